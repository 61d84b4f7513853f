package org.rectification.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.DemoTest;
import org.rectification.support.HeadlessChromium;
import org.rectification.support.TasklistPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Done-when, walked in Camunda Tasklist as the people would: a school submits its evidence, the
 * office sends it back with a reason (an empty reason is refused by the form), the school sees the reason and
 * submits again, the office accepts and the responsible leader signs the item off. Screenshots of every step
 * are saved under target/screenshots/.
 */
@DemoTest
@ExtendWith(BrowserAvailable.class)
class TasklistWalkBrowserTest {

	private static final String SCHOOL = "实验小学";

	/** The demo item is due in eight days, within the ten working days of YELLOW: Tasklist marks it. */
	private static final String SUBMIT_TASK = "〔即将到期〕【3-1】提交佐证材料 · " + SCHOOL;

	private static final String REVIEW_TASK = "【3-1】审核佐证材料 · " + SCHOOL;

	private static final String SIGN_OFF_TASK = "【3-1】销号 · " + SCHOOL;

	private static final String MEASURE_TEXT = "开展财务专项检查，清理白条，规范公务接待和报销审批流程";

	private static final String FIRST_SUMMARY = "已开展财务专项自查，清理白条2张，均已补齐原始凭证。";

	private static final String ADDITION = "已修订并印发《报销审批流程》，附公务接待公函台账。";

	private static final String RETURN_REASON = "未附修订后的报销审批流程文件，请补充后再提交。";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

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
	void schoolSubmitsOfficeReturnsSchoolResubmitsOfficeAcceptsLeaderSignsOff() {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("failure");
			page.pageSource("failure");
			throw e;
		}
	}

	private void walk() {
		long unitTaskId = unitTaskId("3-1", "school-syxx");
		assertThat(ledger(unitTaskId).at("/task/state").asText()).as("实验小学's 3-1 is untouched in the demo")
			.isEqualTo("IN_PROGRESS");
		// Other schools have open 3-1 submission tasks too, which 实验小学 must not see.
		assertThat(ledger(unitTaskId("3-1", "school-syzx")).at("/openTask/step").asText())
			.isEqualTo("Task_SubmitEvidence");
		LocalDate today = LocalDate.now(ZoneId.of(HeadlessChromium.TIME_ZONE));

		// The school opens 本单位待办 and sees only its own tasks.
		page.login("syxx1");
		page.openFilter("本单位待办");
		page.waitForTaskInList(SUBMIT_TASK);
		List<String> listed = page.listedTasks();
		page.screenshot("01-school-task-list");
		assertThat(listed).contains(SUBMIT_TASK).allSatisfy(name -> assertThat(name).endsWith("· " + SCHOOL));
		assertThat(String.join("\n", listed)).doesNotContain("实验中学", "第一中学", "第二中学");

		// It opens its 3-1 task: the Chinese form with the item's read-only context.
		openTask(SUBMIT_TASK);
		claimIfNeeded();
		assertThat(driver.findElement(By.cssSelector(".task-card")).getText()).contains("提交佐证材料", "巡察轮次",
				"整改措施", "责任领导", "整改情况", "完成日期");
		WebElement measure = page.field("textarea", "ctxMeasure");
		assertThat(measure.getDomProperty("value")).contains(MEASURE_TEXT);
		assertThat(measure.getDomAttribute("readonly")).isNotNull();
		assertThat(page.field("input", "ctxUnit").getDomProperty("value")).isEqualTo(SCHOOL);
		assertThat(page.field("input", "ctxLeader").getDomProperty("value")).isEqualTo("李娜");
		page.screenshot("02-school-submit-form");

		// A rule only the server knows (no completion date in the future) comes back as a plain Chinese message.
		type(page.field("textarea", "summary"), FIRST_SUMMARY);
		pickDate(today.plusDays(3));
		page.clickComplete();
		WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".page-notifications .alert")));
		wait.until(ExpectedConditions.textToBePresentInElement(refused, "完成日期不能晚于今天"));
		assertThat(refused.getText()).doesNotContain("Cannot submit");
		page.screenshot("03-school-future-date-refused");
		assertThat(ledger(unitTaskId).at("/task/state").asText()).isEqualTo("IN_PROGRESS");
		page.dismissNotifications();

		LocalDate firstDate = today.minusDays(2);
		pickDate(firstDate);
		page.screenshot("03-school-submit-filled");
		complete(SUBMIT_TASK);
		JsonNode afterSubmit = ledger(unitTaskId);
		assertThat(afterSubmit.at("/task/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(afterSubmit.at("/evidence/0/summary").asText()).isEqualTo(FIRST_SUMMARY);
		assertThat(afterSubmit.at("/evidence/0/completionDate").asText()).isEqualTo(firstDate.toString());
		assertThat(afterSubmit.at("/evidence/0/submittedBy").asText()).isEqualTo("syxx1");

		// The office opens 待审核 and the school's task.
		page.login("office1");
		page.openFilter("待审核");
		page.waitForTaskInList(REVIEW_TASK);
		page.screenshot("04-office-review-list");
		openTask(REVIEW_TASK);
		claimIfNeeded();
		assertThat(page.field("textarea", "ctxSummary").getDomProperty("value")).isEqualTo(FIRST_SUMMARY);

		// Returning without a reason is refused by the form; the task stays open.
		page.chooseOption("退回单位重新整改");
		WebElement reason = page.waitForField("textarea", "returnReason");
		page.clickComplete();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector(".fjs-form-field-error[id$='-Field_returnReason-error-message']")));
		page.scrollTo(error);
		page.screenshot("05-office-return-without-reason-blocked");
		assertThat(error.getText()).isNotBlank();
		assertThat(page.waitForField("textarea", "returnReason").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.cssSelector(".task-card h2.task")).getText()).contains(REVIEW_TASK);
		assertThat(page.listedTasks()).contains(REVIEW_TASK);
		JsonNode blocked = ledger(unitTaskId);
		assertThat(blocked.at("/task/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(blocked.at("/openTask/step").asText()).isEqualTo("Task_ReviewEvidence");
		assertThat(blocked.at("/decisions").size()).isZero();
		page.dismissNotifications();

		// With a reason the return goes through.
		reason = page.waitForField("textarea", "returnReason");
		type(reason, RETURN_REASON);
		page.screenshot("06-office-return-with-reason");
		complete(REVIEW_TASK);
		assertThat(ledger(unitTaskId).at("/task/state").asText()).isEqualTo("RETURNED");

		// The school finds the task back, with the reason on the form and its previous text to edit.
		page.login("syxx1");
		page.openFilter("本单位待办");
		page.waitForTaskInList(SUBMIT_TASK);
		openTask(SUBMIT_TASK);
		claimIfNeeded();
		WebElement returnHistory = page.field("textarea", "ctxReturnHistory");
		assertThat(returnHistory.getDomProperty("value")).contains(RETURN_REASON, "审核退回");
		WebElement summary = page.field("textarea", "summary");
		assertThat(summary.getDomProperty("value")).isEqualTo(FIRST_SUMMARY);
		page.scrollTo(returnHistory);
		page.screenshot("07-school-returned-task-with-reason");

		LocalDate secondDate = today.minusDays(1);
		type(summary, ADDITION);
		pickDate(secondDate);
		page.screenshot("08-school-resubmit-filled");
		complete(SUBMIT_TASK);
		JsonNode afterResubmit = ledger(unitTaskId);
		assertThat(afterResubmit.at("/task/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(afterResubmit.at("/evidence/1/summary").asText()).isEqualTo(FIRST_SUMMARY + ADDITION);
		assertThat(afterResubmit.at("/evidence/1/completionDate").asText()).isEqualTo(secondDate.toString());

		// The office accepts.
		page.login("office1");
		page.openFilter("待审核");
		page.waitForTaskInList(REVIEW_TASK);
		openTask(REVIEW_TASK);
		claimIfNeeded();
		assertThat(page.field("textarea", "ctxSummary").getDomProperty("value")).isEqualTo(FIRST_SUMMARY + ADDITION);
		assertThat(page.field("textarea", "ctxReturnHistory").getDomProperty("value")).contains(RETURN_REASON);
		page.chooseOption("通过，报责任领导销号");
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("textarea[id$='-Field_returnReason']")));
		page.screenshot("09-office-accept");
		complete(REVIEW_TASK);
		assertThat(ledger(unitTaskId).at("/task/state").asText()).isEqualTo("AWAITING_SIGN_OFF");

		// The measure's responsible leader signs it off from 待销号.
		page.login("leader2");
		page.openFilter("待销号");
		page.waitForTaskInList(SIGN_OFF_TASK);
		openTask(SIGN_OFF_TASK);
		claimIfNeeded();
		assertThat(page.field("input", "ctxReview").getDomProperty("value")).contains("审核通过");
		page.chooseOption("同意销号");
		page.screenshot("10-leader-sign-off");
		complete(SIGN_OFF_TASK);
		page.screenshot("11-leader-signed-off");

		JsonNode done = ledger(unitTaskId);
		assertThat(done.at("/task/state").asText()).isEqualTo("SIGNED_OFF");
		assertThat(done.at("/openTask").isMissingNode() || done.at("/openTask").isNull()).isTrue();
		List<JsonNode> history = StreamSupport.stream(done.get("history").spliterator(), false).toList();
		assertThat(history.stream().filter(h -> h.hasNonNull("fromState")).count()).isGreaterThanOrEqualTo(5);
		assertThat(history.stream().map(h -> h.get("toState").asText())).containsExactly("IN_PROGRESS",
				"UNDER_REVIEW", "RETURNED", "UNDER_REVIEW", "AWAITING_SIGN_OFF", "SIGNED_OFF", "SIGNED_OFF");
		// The last line schedules the look-back (回头看).
		assertThat(history.get(6).get("note").asText()).startsWith("已安排回头看：");
		assertThat(history.get(2).get("changedBy").asText()).isEqualTo("office1");
		assertThat(history.get(2).get("note").asText()).contains(RETURN_REASON);
		assertThat(history.get(5).get("changedBy").asText()).isEqualTo("leader2");
	}

	// --- Tasklist, with this walk's waits ---

	/** Opens the task and waits until its form shows the item's context. */
	private void openTask(String taskName) {
		page.openTask(taskName);
		waitForFormContext();
	}

	private void waitForFormContext() {
		wait.until(d -> {
			List<WebElement> measure = d.findElements(By.cssSelector("textarea[id$='-Field_ctxMeasure']"));
			return !measure.isEmpty() && measure.get(0).getDomProperty("value").contains(MEASURE_TEXT);
		});
	}

	private void claimIfNeeded() {
		page.claimIfNeeded();
		waitForFormContext();
	}

	/** Appends text at the end of a text field (a returned unit edits its previous text). */
	private void type(WebElement field, String text) {
		page.scrollTo(field).click();
		field.sendKeys(Keys.END, text);
		String value = field.getDomProperty("value");
		assertThat(value).endsWith(text);
	}

	private void pickDate(LocalDate date) {
		assertThat(page.field("input", "completionDate-date").getDomAttribute("placeholder")).isEqualTo("mm/dd/yyyy");
		page.pickDate("completionDate", date);
	}

	/** Completes the open task and waits until Tasklist has removed it from the list. */
	private void complete(String taskName) {
		page.complete(taskName);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".no-task")));
	}

	// --- The ledger API ---

	private JsonNode ledger(long unitTaskId) {
		ResponseEntity<JsonNode> response = rest.withBasicAuth("office1", "demo")
			.getForEntity("/api/unit-tasks/{id}", JsonNode.class, unitTaskId);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private long unitTaskId(String measureCode, String unitId) {
		ResponseEntity<JsonNode> response = rest.withBasicAuth("office1", "demo")
			.getForEntity("/api/unit-tasks?unitId={unit}", JsonNode.class, unitId);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return StreamSupport.stream(response.getBody().spliterator(), false)
			.filter(t -> t.get("measureCode").asText().equals(measureCode))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No unit task " + measureCode + " for " + unitId))
			.get("id")
			.asLong();
	}

}
