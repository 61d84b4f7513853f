package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.rectification.support.BrowserAvailable;
import org.rectification.support.H2Test;
import org.rectification.support.HeadlessChromium;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.rectification.support.TasklistPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The unit's 完成时限 tab in Tasklist and the leader's 延期审批, as the people would use them: the school sees its
 * light and deadline, is told why a request without a reason is refused, asks for more time, and the leader
 * approves in the decision form. Screenshots are saved under target/screenshots/.
 */
@H2Test
@ExtendWith(BrowserAvailable.class)
class DeadlineTabBrowserTest {

	private static final String SCHOOL = "建设路小学";

	private static final String SUBMIT_TASK = "【DL-1】提交佐证材料 · " + SCHOOL;

	private static final String DECIDE_TASK = "【DL-1】审批延期申请 · " + SCHOOL;

	@LocalServerPort
	int port;

	@Autowired
	WorkingDayCalendar calendar;

	private TasklistPage page;

	@BeforeEach
	void startBrowser() {
		page = TasklistPage.open(port);
	}

	@AfterEach
	void stopBrowser() {
		if (page != null) {
			page.close();
		}
	}

	@Test
	void schoolAsksForMoreTimeInItsTabAndTheLeaderApproves() {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("deadline-failure");
			page.pageSource("deadline-failure");
			throw e;
		}
	}

	@Test
	void leaderAcknowledgesTheSlipInTasklistAndTheSchoolSeesTheInstruction() {
		try {
			slip();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("slip-failure");
			page.pageSource("slip-failure");
			throw e;
		}
	}

	private void slip() {
		LocalDate today = LocalDate.now(ZoneId.of(HeadlessChromium.TIME_ZONE));
		// Due two working days ago: the item is red from the start and its RED timer is due at once.
		long id = dispatch("DL-2", "school-gqz", calendar.plusWorkingDays(today, -2));
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineView(id).get("escalations").size() == 1);
		String slipTask = "【DL-2】签收督办单 · 高桥镇中学";

		page.login("leader2");
		page.openFilter("督办单");
		page.openTask(slipTask);
		assertThat(page.waitForField("input", "ctxSlip").getDomProperty("value")).isEqualTo("督办单（" + today + " 发出）");
		assertThat(page.field("input", "ctxWarning").getDomProperty("value")).startsWith("红灯：已逾期");
		page.scrollTo(page.field("textarea", "instruction")).sendKeys("请于本周五前完成整改并报送佐证材料");
		page.screenshot("slip-01-leader-acknowledges");
		page.complete(slipTask);
		JsonNode acknowledged = deadlineView(id).at("/escalations/0");
		assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("leader2");
		assertThat(acknowledged.get("instruction").asText()).isEqualTo("请于本周五前完成整改并报送佐证材料");

		page.login("gqz1");
		page.openFilter("已逾期");
		String submitTask = "〔已逾期〕【DL-2】提交佐证材料 · 高桥镇中学";
		page.openTask(submitTask);
		assertThat(page.waitForField("textarea", "ctxEscalations").getDomProperty("value")).contains("督办单", "李娜",
				"请于本周五前完成整改并报送佐证材料");
		page.screenshot("slip-02-school-sees-instruction");
		page.openTab("完成时限");
		WebElement light = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rd-light")));
		assertThat(light.getText()).startsWith("红灯：已逾期");
		assertThat(page.driver().findElement(By.cssSelector(".rd-escalations")).getText()).contains("督办单，已签收",
				"请于本周五前完成整改并报送佐证材料");
	}

	private void walk() {
		LocalDate today = LocalDate.now(ZoneId.of(HeadlessChromium.TIME_ZONE));
		LocalDate deadline = today.plusDays(60);
		LocalDate later = deadline.plusDays(30);
		long id = dispatch("DL-1", "school-jsl", deadline);

		page.login("jsl1");
		page.openFilter("本单位待办");
		page.openTask(SUBMIT_TASK);
		page.openTab("完成时限");
		WebElement light = page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rd-light")));
		assertThat(light.getText()).startsWith("绿灯：距完成时限还有");
		assertThat(page.driver().findElement(By.cssSelector(".rd-deadline")).getText()).isEqualTo("当前完成时限：" + deadline);
		// The light's dates, each marked 暂定 when counted through a year whose holidays are not yet published.
		JsonNode dates = deadlineView(id);
		for (String[] line : new String[][] { { "warnFrom", "黄灯起" }, { "overdueFrom", "逾期起" }, { "severeFrom", "严重逾期起" } }) {
			assertThat(page.driver().findElement(By.cssSelector(".rd-" + line[0])).getText()).isEqualTo(line[1] + "："
					+ dates.get(line[0]).asText() + (dates.at("/provisionalDates/" + line[0]).asBoolean() ? "（暂定）" : ""));
		}
		assertThat(page.driver().findElements(By.cssSelector(".rd-provisional"))).hasSize(dates.get("provisional").asBoolean() ? 1 : 0);

		// A request without a reason is refused by the server with its Chinese message, and nothing is recorded.
		WebElement date = page.driver().findElement(By.cssSelector(".rd-date"));
		page.driver().executeScript("arguments[0].value = arguments[1];", date, later.toString());
		page.scrollTo(page.driver().findElement(By.cssSelector(".rd-request"))).click();
		WebElement error = page.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rd-error")));
		assertThat(error.getText()).isEqualTo("请填写延期理由");
		page.screenshot("deadline-01-reason-required");
		assertThat(deadlineView(id).get("extensions")).isEmpty();

		page.driver().findElement(By.cssSelector(".rd-reason")).sendKeys("校舍维修需等待区住建局验收");
		page.scrollTo(page.driver().findElement(By.cssSelector(".rd-request"))).click();
		WebElement success = page.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rd-success")));
		assertThat(success.getText()).isEqualTo("延期申请已提交，等待责任领导审批。");
		assertThat(page.driver().findElement(By.cssSelector(".rd-extensions")).getText())
			.contains("申请延至 " + later, "校舍维修需等待区住建局验收", "待审批");
		assertThat(page.driver().findElements(By.cssSelector(".rd-form"))).isEmpty();
		page.screenshot("deadline-02-requested");

		// The leader finds it in 延期审批 and approves with the requested date.
		page.login("leader2");
		page.openFilter("延期审批");
		page.openTask(DECIDE_TASK);
		assertThat(page.waitForField("textarea", "ctxRequest").getDomProperty("value")).contains(later.toString(),
				"校舍维修需等待区住建局验收");
		page.chooseOption("批准延期");
		page.screenshot("deadline-03-leader-decides");
		page.complete(DECIDE_TASK);

		JsonNode view = deadlineView(id);
		assertThat(view.get("deadline").asText()).isEqualTo(later.toString());
		assertThat(view.get("originalDeadline").asText()).isEqualTo(deadline.toString());
		assertThat(view.at("/extensions/0/status").asText()).isEqualTo("APPROVED");
	}

	private long dispatch(String code, String unit, LocalDate deadline) {
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", unit);
		measure.put("deadline", deadline.toString());
		Response created = Http.basic(port, "admin")
			.post("/api/rounds", Plans.round("完成时限标签页 " + UUID.randomUUID(), List.of(measure)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

	private JsonNode deadlineView(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id + "/deadline").json();
	}

}
