package org.rectification.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.EvidenceSamples;
import org.rectification.support.H2Test;
import org.rectification.support.HeadlessChromium;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evidence as the people handle it in Tasklist: a school attaches a PDF and a photo in the 佐证材料 tab (a renamed
 * program is refused), reports one new regulation and submits; the office sees both files with their hashes and a
 * warning for the photo another school already used, and sends the item back; the school finds its files still
 * there. Screenshots are saved under target/screenshots/.
 */
@H2Test
@ExtendWith(BrowserAvailable.class)
class EvidenceTabBrowserTest {

	private static final String SCHOOL = "龙山镇中心小学";

	private static final String SUBMIT_TASK = "【EV-1】提交佐证材料 · " + SCHOOL;

	private static final String REVIEW_TASK = "【EV-1】审核佐证材料 · " + SCHOOL;

	@LocalServerPort
	int port;

	private TasklistPage page;

	private Path folder;

	@BeforeEach
	void startBrowser() throws Exception {
		page = TasklistPage.open(port);
		folder = Files.createTempDirectory("evidence-browser");
	}

	@AfterEach
	void stopBrowser() {
		if (page != null) {
			page.close();
		}
	}

	@Test
	void schoolAttachesFilesAndSubmitsTheOfficeSeesHashesAndReuseAndSendsItBack() throws Exception {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("evidence-failure");
			page.pageSource("evidence-failure");
			throw e;
		}
	}

	private void walk() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of(HeadlessChromium.TIME_ZONE));
		byte[] photo = EvidenceFileScenarios.png(4242);
		// Another school already used the same photo as its evidence.
		long earlier = dispatch("EV-0", "school-bsz", today.plusDays(60));
		Http.basic(port, "bsz1").upload("/api/unit-tasks/" + earlier + "/evidence-files", "食堂.png", photo, Map.of("kind", "照片"));
		assertThat(Http.basic(port, "bsz1").post("/api/unit-tasks/" + earlier + "/evidence",
				Map.of("summary", "已整改。", "completionDate", today.toString())).status()).isEqualTo(200);
		long id = dispatch("EV-1", "school-lsz", today.plusDays(60));

		byte[] pdf = EvidenceSamples.pdf("公务接待管理办法（修订）");
		Path pdfFile = write("公务接待管理办法.pdf", pdf);
		Path photoFile = write("食堂公示栏.png", photo);
		Path renamed = write("整改报告.pdf", "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1));

		page.login("lsz1");
		page.openFilter("本单位待办");
		page.openTask(SUBMIT_TASK);
		page.openTab("佐证材料");
		upload("制度文件", pdfFile);
		page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".re-success"), "已上传“公务接待管理办法.pdf”"));
		upload("照片", photoFile);
		page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".re-success"), "已上传“食堂公示栏.png”"));
		// A name that would be markup is shown as text.
		Path markup = write("<img src=x onerror=alert(1)>.png", EvidenceFileScenarios.png(77));
		upload("其他", markup);
		page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".re-files"), "<img src=x onerror=alert(1)>.png"));
		assertThat(page.driver().findElements(By.cssSelector(".re-tab img"))).isEmpty();
		page.driver().findElements(By.cssSelector(".re-file")).stream()
			.filter(r -> r.getText().contains("onerror"))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector(".re-delete"))
			.click();
		page.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".re-success"), "已删除"));
		upload("其他", renamed);
		WebElement refused = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-error")));
		assertThat(refused.getText())
			.isEqualTo("“整改报告.pdf”的内容不是PDF文件（文件内容与扩展名 .pdf 不符），请上传原始文件，不要只改扩展名；从其他系统导出的文件，请先用 Office 或 WPS 打开，“另存为”该格式后再上传");
		assertThat(shas()).containsExactly(EvidenceFileScenarios.sha256(pdf), EvidenceFileScenarios.sha256(photo));
		assertThat(page.driver().findElements(By.cssSelector(".re-delete"))).hasSize(2);
		page.screenshot("evidence-01-school-tab");

		// What was done, one new regulation, and submit.
		page.openFormTab();
		page.claimIfNeeded();
		WebElement summary = page.waitForField("textarea", "summary");
		page.scrollTo(summary).sendKeys("修订公务接待管理办法并在食堂公示，已组织全体教职工学习。");
		page.pickDate("completionDate", today.minusDays(1));
		page.scrollTo(page.field("textarea", "institutions")).sendKeys("公务接待管理办法，龙山教〔2026〕5号，" + today.minusDays(3));
		page.scrollTo(page.field("input", "accountability_ADMONITION")).sendKeys("1");
		// Leaving the field commits the typing (form-js waits for a pause otherwise).
		page.scrollTo(summary).click();
		page.screenshot("evidence-02-school-form");
		page.complete(SUBMIT_TASK);
		JsonNode submitted = Http.basic(port, "office1").get("/api/unit-tasks/" + id).json();
		assertThat(submitted.at("/task/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(submitted.at("/results/0/results/institutions/0/title").asText()).isEqualTo("公务接待管理办法");
		assertThat(submitted.at("/results/0/results/institutions/0/documentNo").asText()).isEqualTo("龙山教〔2026〕5号");
		assertThat(submitted.at("/results/0/results/institutions/0/issuedOn").asText()).isEqualTo(today.minusDays(3).toString());
		assertThat(submitted.at("/results/0/results/accountabilities/0/kindLabel").asText()).isEqualTo("诫勉谈话");

		// The office: both files with their hashes, the reused photo flagged, on the tab and on the form.
		page.login("office1");
		page.openFilter("待审核");
		page.openTask(REVIEW_TASK);
		page.openTab("佐证材料");
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-files")));
		assertThat(shas()).containsExactly(EvidenceFileScenarios.sha256(pdf), EvidenceFileScenarios.sha256(photo));
		assertThat(page.driver().findElements(By.cssSelector(".re-reused"))).singleElement()
			.satisfies(w -> assertThat(w.getText()).isEqualTo("⚠ 相同文件已用于：【EV-0】白沙镇中学"));
		assertThat(page.driver().findElements(By.cssSelector(".re-delete"))).isEmpty();
		assertThat(page.driver().findElements(By.cssSelector(".re-upload"))).isEmpty();
		page.screenshot("evidence-03-office-tab");
		page.openFormTab();
		page.claimIfNeeded();
		assertThat(page.waitForField("textarea", "ctxWarnings").getDomProperty("value"))
			.contains("文件“食堂公示栏.png”与【EV-0】白沙镇中学的佐证材料完全相同（SHA-256 一致）");
		assertThat(page.field("textarea", "ctxResults").getDomProperty("value")).contains("《公务接待管理办法》龙山教〔2026〕5号");
		By authentic = By.xpath("//label[input[@type='checkbox']][normalize-space(.)='佐证材料真实、完整']");
		page.scrollTo(page.waiting().until(ExpectedConditions.elementToBeClickable(authentic))).click();
		page.waiting().until(d -> d.findElement(authentic).findElement(By.tagName("input")).isSelected());
		page.chooseOption("退回单位重新整改");
		page.scrollTo(page.waitForField("textarea", "returnReason")).sendKeys("食堂照片与白沙镇中学的相同，请提供本校的现场照片。");
		page.screenshot("evidence-04-office-returns");
		page.complete(REVIEW_TASK);
		JsonNode review = Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/decisions/0");
		assertThat(review.get("checklist").asText()).isEqualTo("AUTHENTIC");
		assertThat(review.get("warnings").asText()).contains("食堂公示栏.png");

		// The school: the first files are still there, locked, and it can add more.
		page.login("lsz1");
		page.openFilter("本单位待办");
		page.openTask(SUBMIT_TASK);
		page.openTab("佐证材料");
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-files")));
		assertThat(shas()).containsExactly(EvidenceFileScenarios.sha256(pdf), EvidenceFileScenarios.sha256(photo));
		assertThat(page.driver().findElement(By.cssSelector(".re-files")).getText()).contains("第1次提交");
		assertThat(page.driver().findElements(By.cssSelector(".re-delete"))).isEmpty();
		assertThat(page.driver().findElements(By.cssSelector(".re-upload"))).hasSize(1);
		page.screenshot("evidence-05-school-after-return");

		// A user of another school gets 403 on the download link.
		String link = page.driver().findElement(By.cssSelector(".re-download")).getDomAttribute("href");
		assertThat(Http.basic(port, "syzx1").download(link).status()).isEqualTo(403);
		assertThat(Http.basic(port, "lsz1").download(link).body()).isEqualTo(pdf);
	}

	private void upload(String kind, Path file) {
		new Select(page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-kind"))))
			.selectByVisibleText(kind);
		page.driver().findElement(By.cssSelector(".re-input")).sendKeys(file.toAbsolutePath().toString());
	}

	private List<String> shas() {
		return page.driver().findElements(By.cssSelector(".re-sha")).stream().map(WebElement::getText).toList();
	}

	private Path write(String name, byte[] content) throws Exception {
		return Files.write(folder.resolve(name), content);
	}

	private long dispatch(String code, String unit, LocalDate deadline) {
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", unit);
		measure.put("deadline", deadline.toString());
		Response created = Http.basic(port, "admin")
			.post("/api/rounds", Plans.round("佐证材料标签页 " + UUID.randomUUID(), List.of(measure)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

}
