package org.rectification.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectification.support.EvidenceSamples.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.DemoTest;
import org.rectification.support.HeadlessChromium;
import org.rectification.support.Http;
import org.rectification.support.PlanWorkbooks;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole life of one item, through the real UI only, as the four people who touch it: the office (整改办)
 * registers a round from the start page and imports its one-measure plan, the leading group approves it, the
 * school submits with a file, the office sends it back, the school adds a file and resubmits, the office
 * accepts, the responsible leader signs it off and finds it 已销号 on the Cockpit dashboard. Screenshots of
 * every step are saved under target/screenshots/ (life-*.png).
 */
@DemoTest
@ExtendWith(BrowserAvailable.class)
class ItemLifeBrowserTest {

	private static final String OFFICE = "office1";

	private static final String LEADING_GROUP = "secretary";

	private static final String SCHOOL = "syxx1";

	/** 李娜, the measure's responsible leader. */
	private static final String LEADER = "leader2";

	private static final String SCHOOL_NAME = "实验小学";

	private static final String SUBMIT = "【1.1】提交佐证材料 · " + SCHOOL_NAME;

	private static final String REVIEW = "【1.1】审核佐证材料 · " + SCHOOL_NAME;

	private static final String SIGN_OFF = "【1.1】销号 · " + SCHOOL_NAME;

	private static final String RETURN_REASON = "只有自查报告，请补充整改后的食堂采购台账。";

	private final String roundName = "食堂管理专项巡察整改-" + UUID.randomUUID().toString().substring(0, 4);

	private final LocalDate today = LocalDate.now(ZoneId.of(HeadlessChromium.TIME_ZONE));

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	private TasklistPage page;

	private ChromeDriver driver;

	private WebDriverWait wait;

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
	void oneItemFromTheRoundsStartToTheDashboardAsOfficeLeadingGroupSchoolAndLeader() throws Exception {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("life-failure");
			page.pageSource("life-failure");
			throw e;
		}
	}

	private void walk() throws Exception {
		// The office starts at the start page and follows it to Tasklist.
		driver.get("http://localhost:" + port + "/");
		WebElement door = wait.until(ExpectedConditions.elementToBeClickable(By.id("door-tasklist")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("巡察整改系统");
		page.screenshot("life-01-start-page");
		door.click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
		assertThat(driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
		page.login(OFFICE);

		// It registers the round and imports its plan in the import task's 整改方案 tab.
		page.startProcess("巡察整改轮次");
		type(page.waitForField("input", "roundName"), roundName);
		type(page.field("input", "inspectionGroup"), "区委第二巡察组");
		type(page.field("input", "inspectedBody"), "区教育局");
		page.pickDate("feedbackDate", today.minusDays(10));
		page.pickDate("deadline", today.plusMonths(3));
		type(page.field("input", "documentNo"), "龙巡〔2026〕31号");
		page.screenshot("life-02-office-starts-round");
		page.submitStartForm();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[id$='-Field_roundName']")));

		String importTask = "【" + roundName + "】导入整改方案";
		page.openFilter("整改方案");
		page.openTask(importTask);
		page.openTab("整改方案");
		Path plan = Files.write(folder.resolve("整改方案.xlsx"), PlanWorkbooks.plan()
			.row("1.1", "一、落实全面从严治党责任方面", "（一）学校食堂管理不规范", "1. 食材采购未公开招标", "规范食堂食材采购，建立采购台账并公示",
					"限期整改", "李娜", "计划财务股", "", SCHOOL_NAME, "王校长", today.plusMonths(2))
			.bytes());
		// The tab draws its upload form once it has read the task: wait for it.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.rp-file")))
			.sendKeys(plan.toAbsolutePath().toString());
		page.scrollTo(driver.findElement(By.cssSelector("button.rp-upload"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".rp-success"), "整改方案已导入"));
		page.screenshot("life-03-office-imports-plan");
		page.openFormTab();
		page.claimIfNeeded();
		page.complete(importTask);

		// The leading group approves the plan; the item reaches the school.
		page.login(LEADING_GROUP);
		page.openFilter("方案审批");
		String approveTask = "【" + roundName + "】审批整改方案";
		page.openTask(approveTask);
		page.claimIfNeeded();
		page.chooseOption("批准，下达各责任单位");
		page.screenshot("life-04-leading-group-approves");
		page.complete(approveTask);
		long roundId = roundId();
		new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(300))
			.until(d -> Http.basic(port, OFFICE).get("/api/rounds/" + roundId + "/progress").json().get("fanOutComplete").asBoolean());
		long itemId = Http.basic(port, OFFICE).get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();

		// The school uploads its self-check report in the 佐证材料 tab and submits.
		page.login(SCHOOL);
		page.openFilter("本单位待办");
		page.openTask(SUBMIT);
		page.openTab("佐证材料");
		upload("其他", Files.write(folder.resolve("食堂自查报告.pdf"), pdf("食堂自查报告")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".re-success"), "已上传“食堂自查报告.pdf”"));
		page.screenshot("life-05-school-uploads");
		page.openFormTab();
		page.claimIfNeeded();
		WebElement summary = page.waitForField("textarea", "summary");
		page.scrollTo(summary).sendKeys("已开展食堂采购自查，形成自查报告。");
		page.pickDate("completionDate", today.minusDays(1));
		page.scrollTo(summary).click();
		page.screenshot("life-06-school-submits");
		page.complete(SUBMIT);
		assertThat(item(itemId).at("/task/state").asText()).isEqualTo("UNDER_REVIEW");

		// The office sees the file on the review form and sends the item back with a reason.
		page.login(OFFICE);
		page.openFilter("待审核");
		page.openTask(REVIEW);
		page.claimIfNeeded();
		assertThat(page.field("textarea", "ctxFiles").getDomProperty("value")).contains("食堂自查报告.pdf");
		page.chooseOption("退回单位重新整改");
		type(page.waitForField("textarea", "returnReason"), RETURN_REASON);
		page.screenshot("life-07-office-sends-back");
		page.complete(REVIEW);
		assertThat(item(itemId).at("/task/state").asText()).isEqualTo("RETURNED");

		// The school reads the reason, adds the ledger and resubmits.
		page.login(SCHOOL);
		page.openFilter("本单位待办");
		page.openTask(SUBMIT);
		page.claimIfNeeded();
		assertThat(page.field("textarea", "ctxReturnHistory").getDomProperty("value")).contains(RETURN_REASON);
		page.screenshot("life-08-school-reads-reason");
		page.openTab("佐证材料");
		upload("台账或截图", Files.write(folder.resolve("食堂采购台账.pdf"), pdf("食堂采购台账")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".re-success"), "已上传“食堂采购台账.pdf”"));
		page.openFormTab();
		page.scrollTo(page.waitForField("textarea", "summary")).sendKeys("已建立食堂采购台账并在校务公开栏公示。");
		page.pickDate("completionDate", today);
		page.scrollTo(page.field("textarea", "summary")).click();
		page.screenshot("life-09-school-resubmits");
		page.complete(SUBMIT);
		assertThat(item(itemId).at("/task/state").asText()).isEqualTo("UNDER_REVIEW");

		// The office accepts; both files are listed, the second with the second submission.
		page.login(OFFICE);
		page.openFilter("待审核");
		page.openTask(REVIEW);
		page.claimIfNeeded();
		assertThat(page.field("textarea", "ctxFiles").getDomProperty("value")).contains("食堂自查报告.pdf",
				"食堂采购台账.pdf（台账或截图，第2次提交）");
		page.chooseOption("通过，报责任领导销号");
		page.screenshot("life-10-office-accepts");
		page.complete(REVIEW);
		assertThat(item(itemId).at("/task/state").asText()).isEqualTo("AWAITING_SIGN_OFF");

		// The responsible leader signs it off.
		page.login(LEADER);
		page.openFilter("待销号");
		page.openTask(SIGN_OFF);
		page.claimIfNeeded();
		page.chooseOption("同意销号");
		page.screenshot("life-11-leader-signs-off");
		page.complete(SIGN_OFF);
		assertThat(item(itemId).at("/task/state").asText()).isEqualTo("SIGNED_OFF");

		// And finds the round on Cockpit's 整改看板: its one measure and one item signed off.
		driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/rectification-dashboard");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rd-round option")));
		new Select(driver.findElement(By.id("rd-round"))).selectByValue(String.valueOf(roundId));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rd-headline"), "1个方面、1项问题"));
		assertThat(driver.findElement(By.id("rd-headline")).getText()).contains("制定整改措施1条");
		List<String> cards = driver.findElements(By.cssSelector(".rd-card")).stream()
			.map(e -> e.getDomProperty("textContent"))
			.toList();
		assertThat(cards).contains("1已销号", "0正在整改", "0逾期");
		Thread.sleep(500); // the charts' entry animation, for the screenshot
		page.screenshot("life-12-leader-dashboard");
	}

	private void upload(String kind, Path file) {
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-kind")))).selectByVisibleText(kind);
		driver.findElement(By.cssSelector(".re-input")).sendKeys(file.toAbsolutePath().toString());
	}

	private void type(WebElement field, String text) {
		page.scrollTo(field).click();
		field.sendKeys(text);
	}

	private long roundId() {
		for (JsonNode round : Http.basic(port, OFFICE).get("/api/rounds").json()) {
			if (round.get("name").asText().equals(roundName)) {
				return round.get("id").asLong();
			}
		}
		throw new AssertionError("Round " + roundName + " was not registered");
	}

	private JsonNode item(long id) {
		return Http.basic(port, OFFICE).get("/api/unit-tasks/" + id).json();
	}

}
