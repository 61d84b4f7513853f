package org.rectification.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.DemoTest;
import org.rectification.support.TasklistPage;
import org.rectification.support.Http;
import org.rectification.support.MaliciousFiles;
import org.rectification.support.PlanWorkbooks;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Done-when in Camunda Tasklist: the office registers a round with the start form, downloads the
 * template, fills in a realistic plan, uploads a broken copy in the task's 整改方案 tab and sees every mistake
 * at once, uploads the corrected one, submits it; the leading group approves; each responsible unit finds its
 * own task; the exported ledger lists every item with its state. Screenshots go to target/screenshots/.
 */
@DemoTest
@ExtendWith(BrowserAvailable.class)
class PlanImportBrowserTest {

	private static final LocalDate DUE = LocalDate.now().plusMonths(2);

	private final String roundName = "区委巡察反馈整改-" + UUID.randomUUID().toString().substring(0, 4);

	@LocalServerPort
	int port;

	private ChromeDriver driver;

	private WebDriverWait wait;

	private TasklistPage page;

	@BeforeEach
	void startBrowser() {
		page = TasklistPage.open(port);
		driver = page.driver();
		wait = page.waiting();
	}

	@AfterEach
	void stopBrowser() {
		if (page != null) {
			page.close();
		}
	}

	@Test
	void officeImportsThePlanInTasklistLeadingGroupApprovesUnitsFindTheirTasks() throws IOException {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("plan-failure");
			page.pageSource("plan-failure");
			throw e;
		}
	}

	private void walk() throws IOException {
		page.login("office1");
		startRound();
		page.openFilter("整改方案");
		String importTask = "【" + roundName + "】导入整改方案";
		page.openTask(importTask);
		page.openTab("整改方案");
		WebElement template = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.rp-template")));
		assertThat(template.getDomAttribute("href")).isEqualTo("/api/plan-template.xlsx");

		// The template as the office downloads it, filled in as people do.
		Http.Download download = Http.basic(port, "office1").download("/api/plan-template.xlsx");
		assertThat(download.status()).isEqualTo(200);
		Path broken = fill(download.body(), true);
		Path fixed = fill(download.body(), false);

		upload(broken);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rp-error")));
		List<String> problems = driver.findElements(By.cssSelector(".rp-problems tbody tr")).stream()
			.map(WebElement::getText)
			.toList();
		assertThat(driver.findElement(By.cssSelector(".rp-error")).getText()).isEqualTo("整改方案有 3 处问题，未导入任何内容。请改正后重新上传。");
		assertThat(problems).containsExactly("3 G 责任领导 “张卫”不是系统中的分管领导",
				"6 J 责任单位 单位“实验一小”不存在（请填写系统中的单位全称，或 全体学校、全体股室 等单位集合）",
				"9 L 完成时限 无法识别的完成时限“下月底”，请写成 2025-06-30、2025年6月30日、2025年6月底 或 30个工作日");
		page.screenshot("plan-1-errors-listed");
		assertThat(progress().get("measures").asInt()).isZero();

		// A macro-enabled workbook renamed .xlsx: refused in the tab with its reason, nothing imported.
		Path macro = Files.write(Files.createTempFile("方案-宏-", ".xlsx"), MaliciousFiles.xlsmAsXlsx());
		macro.toFile().deleteOnExit();
		upload(macro);
		assertThat(driver.findElement(By.cssSelector(".rp-error")).getText()).contains("含有宏", "不能上传");
		assertThat(progress().get("measures").asInt()).isZero();

		upload(fixed);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rp-success")));
		assertThat(driver.findElement(By.cssSelector(".rp-success")).getText()).contains("整改方案已导入", "新增 14 条");
		assertThat(driver.findElement(By.cssSelector(".rp-gaps-none")).isDisplayed()).isTrue();
		page.screenshot("plan-2-imported");

		page.openFormTab();
		page.claimIfNeeded();
		page.complete(importTask);

		page.login("leader1");
		page.openFilter("方案审批");
		String approveTask = "【" + roundName + "】审批整改方案";
		page.openTask(approveTask);
		page.claimIfNeeded();
		page.chooseOption("批准，下达各责任单位");
		page.screenshot("plan-3-approval");
		page.complete(approveTask);
		awaitFanOut();

		page.login("syxx1");
		page.openFilter("本单位待办");
		page.waitForTaskInList("【3.1】提交佐证材料 · 实验小学");
		page.waitForTaskInList("【1.2】提交佐证材料 · 实验小学");
		page.screenshot("plan-4-school-tasks");
		page.login("jcg1");
		page.openFilter("本单位待办");
		page.waitForTaskInList("【2.1】提交佐证材料 · 计划财务股");

		long roundId = roundId();
		List<List<String>> ledger = PlanWorkbooks
			.read(Http.basic(port, "office1").download("/api/rounds/" + roundId + "/ledger.xlsx").body());
		List<List<String>> items = ledger.subList(3, ledger.size());
		assertThat(items).hasSize(progress().get("plannedUnitTasks").asInt());
		assertThat(items).allSatisfy(r -> assertThat(r.get(10)).isEqualTo("正在整改"));
		assertThat(items).extracting(r -> r.get(0)).contains("1.1", "1.2", "2.1", "3.1", "5.2");
	}

	/** A plan of 3 aspects, a dozen problems and 14 measures; the broken copy has three mistakes. */
	private Path fill(byte[] template, boolean broken) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheet("整改方案");
			sheet.removeRow(sheet.getRow(1));
			String a1 = "一、党的政治建设方面";
			String a2 = "二、全面从严治党方面";
			String a3 = "三、落实教育根本任务方面";
			Object[][] rows = {
					{ "1.1", a1, "（一）理论学习不够深入", "1. 中心组学习流于形式", "制定年度理论学习计划", "限期整改", "张伟", "党建办", "办公室", "党建办", "王建国" },
					{ "1.2", "", "", "2. 学校政治学习不经常", "每月开展一次集中政治学习", "长期坚持", broken ? "张卫" : "张伟", "党建办", "", "全体学校", "各校书记" },
					{ "1.3", "", "（二）意识形态工作责任制落实不到位", "", "修订意识形态工作责任清单", "限期整改", "张伟", "党建办", "", "党建办", "" },
					{ "2.1", a2, "（三）财务管理不规范", "1. 公务接待超标准", "清退超标准接待费用，修订接待办法", "立行立改", "李娜", "计划财务股", "", "计划财务股", "吕志强" },
					{ "2.2", "", "（四）政府采购程序不规范", "", "开展政府采购专项检查", "限期整改", "李娜", "计划财务股", "", broken ? "实验一小" : "实验小学、第一中学", "" },
					{ "2.3", "", "（五）国有资产管理薄弱", "", "清查盘点国有资产，建立资产台账", "限期整改", "李娜", "计划财务股", "", "全体学校", "各校校长" },
					{ "2.4", "", "（六）干部选拔任用不规范", "", "规范中层干部选拔程序", "限期整改", "陈刚", "人事股", "", "人事股", "韩丽华" },
					{ "3.1", a3, "（七）师德师风建设抓得不实", "1. 个别教师违规有偿补课", "开展违规有偿补课专项治理", "长期坚持", "陈刚", "人事股", "", "全体学校", "各校校长" },
					{ "3.2", "", "", "2. 师德考核流于形式", "完善师德考核办法", "限期整改", "陈刚", "人事股", "", "人事股", "" },
					{ "4.1", "", "（八）校园安全隐患排查不彻底", "", "开展校园安全隐患大排查", "立行立改", "陈刚", "安全稳定股", "", "全体学校", "" },
					{ "4.2", "", "（九）食堂管理不规范", "", "规范学校食堂采购和留样", "限期整改", "陈刚", "安全稳定股", "体卫艺股", "全体中学", "" },
					{ "5.1", "", "（十）课后服务收费不规范", "", "清理规范课后服务收费", "立行立改", "张伟", "基础教育股", "", "基础教育股", "金海涛" },
					{ "5.2", "", "（十一）作业管理落实不到位", "", "落实作业公示制度", "长期坚持", "张伟", "基础教育股", "", "全体小学", "" },
					{ "5.3", "", "（十二）督导问题整改跟踪不够", "", "建立督导问题整改台账", "限期整改", "张伟", "教育督导室", "", "教育督导室", "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue((String) rows[r][c]);
				}
				if (broken && r == 7) {
					row.createCell(11).setCellValue("下月底");
				}
				else {
					row.createCell(11).setCellValue(DUE.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
				}
			}
			Path file = Files.createTempFile(broken ? "方案-有误-" : "方案-", ".xlsx");
			try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				workbook.write(out);
				Files.write(file, out.toByteArray());
			}
			file.toFile().deleteOnExit();
			return file;
		}
	}

	// --- Tasklist ---

	/** Registers the round through Tasklist's start dialog and the start form. */
	private void startRound() {
		page.startProcess("巡察整改轮次");
		type(page.waitForField("input", "roundName"), roundName);
		type(page.field("input", "inspectionGroup"), "区委第三巡察组");
		type(page.field("input", "inspectedBody"), "区教育局");
		page.pickDate("feedbackDate", LocalDate.now().minusDays(20));
		page.pickDate("deadline", DUE.plusMonths(1));
		type(page.field("input", "documentNo"), "教党〔2025〕12号");
		page.screenshot("plan-0-start-form");
		page.submitStartForm();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[id$='-Field_roundName']")));
	}

	private void type(WebElement field, String text) {
		field.click();
		field.sendKeys(text);
	}

	/** Chooses the file in the 整改方案 tab and uploads it. */
	private void upload(Path file) {
		WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.rp-file")));
		input.sendKeys(file.toAbsolutePath().toString());
		page.scrollTo(driver.findElement(By.cssSelector("button.rp-upload"))).click();
		wait.until(d -> !d.findElements(By.cssSelector(".rp-error, .rp-success")).isEmpty());
	}

	// --- The app's API ---

	private long roundId() {
		JsonNode rounds = Http.basic(port, "office1").get("/api/rounds").json();
		for (JsonNode round : rounds) {
			if (round.get("name").asText().equals(roundName)) {
				return round.get("id").asLong();
			}
		}
		throw new AssertionError("Round " + roundName + " was not registered");
	}

	private JsonNode progress() {
		return Http.basic(port, "office1").get("/api/rounds/" + roundId() + "/progress").json();
	}

	private void awaitFanOut() {
		new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(300))
			.until(d -> progress().get("fanOutComplete").asBoolean());
	}

}
