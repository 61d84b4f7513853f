package org.rectification.lookback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rectification.support.BrowserAvailable;
import org.rectification.support.H2Test;
import org.rectification.support.HeadlessChromium;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.rectification.support.TasklistPage;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A long-term item's later phase and its look-back in Tasklist, as the people would use them: the leader signs off
 * the last phase, the engine clock moves to the look-back's day, the school reports with the 佐证材料 tab open to it,
 * the office finds a rebound, and the school finds the item back with the reason. Screenshots are saved under
 * target/screenshots/. On a database of its own, since the clock is moved.
 */
@H2Test
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:look-back-browser;DB_CLOSE_DELAY=-1")
@ExtendWith(BrowserAvailable.class)
class LookBackBrowserTest {

	private static final ZoneId ZONE = ZoneId.of(HeadlessChromium.TIME_ZONE);

	@LocalServerPort
	int port;

	private TasklistPage page;

	@BeforeEach
	void startBrowser() {
		page = TasklistPage.open(port);
	}

	@AfterEach
	void stopBrowser() {
		ClockUtil.reset();
		if (page != null) {
			page.close();
		}
	}

	@Test
	void leaderClosesTheLastPhaseAndTheOfficeReopensTheItemAtItsLookBack() {
		try {
			walk();
		}
		catch (AssertionError | RuntimeException e) {
			page.screenshot("look-back-failure");
			page.pageSource("look-back-failure");
			throw e;
		}
	}

	private void walk() {
		LocalDate today = LocalDate.now(ZONE);
		long id = dispatch(today.plusDays(20), today.plusDays(40));
		rectify(id, true);
		rectify(id, false);

		// The last phase, signed off by the leader in 待销号.
		String signOffTask = "【LB-1】销号 · 实验中学";
		page.login("leader2");
		page.openFilter("待销号");
		page.openTask(signOffTask);
		assertThat(page.waitForField("textarea", "ctxPhase").getDomProperty("value")).contains("当前第2阶段（共2阶段）",
				"✓ 第1阶段：完成整改措施", "▶ 第2阶段：建立师德师风长效机制");
		page.chooseOption("同意销号");
		page.screenshot("look-back-01-leader-signs-off-last-phase");
		page.complete(signOffTask);
		assertThat(item(id).get("state").asText()).isEqualTo("LONG_TERM_KEPT");
		LocalDate dueOn = LocalDate.parse(detail(id).at("/lookBacks/0/dueOn").asText());
		assertThat(dueOn).isAfterOrEqualTo(today.plusMonths(3));

		// The look-back's day: the school finds it in 本单位待办, may add files, and reports.
		ClockUtil.setCurrentTime(java.util.Date.from(dueOn.atTime(8, 31).atZone(ZONE).toInstant()));
		await().atMost(Duration.ofSeconds(30)).until(() -> "SUBMIT".equals(step(id)));
		String lookBackTask = "【LB-1】报送回头看材料 · 实验中学";
		page.login("syzx1");
		page.openFilter("本单位待办");
		page.openTask(lookBackTask);
		page.openTab("佐证材料");
		page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".re-upload")));
		page.openFormTab();
		page.claimIfNeeded();
		page.scrollTo(page.waitForField("textarea", "summary")).sendKeys("长效机制坚持执行，但本学期仍有家长反映个别教师有偿补课。");
		page.screenshot("look-back-02-school-reports");
		page.complete(lookBackTask);

		// The office finds the problem back and reopens the item with a reason and a new deadline.
		String reviewTask = "【LB-1】回头看复查 · 实验中学";
		LocalDate newDeadline = dueOn.plusDays(30);
		page.login("office1");
		page.openFilter("待审核");
		page.openTask(reviewTask);
		page.claimIfNeeded();
		assertThat(page.waitForField("textarea", "ctxSummary").getDomProperty("value")).contains("有偿补课");
		page.chooseOption("发现反弹，退回重新整改");
		page.scrollTo(page.waitForField("textarea", "reboundReason")).sendKeys("个别教师有偿补课问题反弹，请重新开展专项整治");
		page.pickDate("newDeadline", newDeadline);
		page.screenshot("look-back-03-office-finds-rebound");
		page.complete(reviewTask);
		JsonNode reopened = item(id);
		assertThat(reopened.get("state").asText()).isEqualTo("REOPENED");
		assertThat(reopened.get("deadline").asText()).isEqualTo(newDeadline.toString());

		// Back in the school's queue, marked, with the reason on the form.
		String reopenedTask = "〔回头看反弹〕【LB-1】提交佐证材料（第2阶段） · 实验中学";
		page.login("syzx1");
		page.openFilter("本单位待办");
		page.openTask(reopenedTask);
		assertThat(page.waitForField("textarea", "ctxReturnHistory").getDomProperty("value"))
			.contains("回头看发现反弹（王敏）：个别教师有偿补课问题反弹，请重新开展专项整治");
		page.screenshot("look-back-04-school-finds-item-reopened");
	}

	private long dispatch(LocalDate deadline, LocalDate milestone) {
		Map<String, Object> measure = Plans.measure("LB-1", "长期坚持", "leader2", "school-syzx");
		measure.put("deadline", deadline.toString());
		measure.put("milestones", List.of(Map.of("title", "建立师德师风长效机制", "deadline", milestone.toString())));
		Response created = Http.basic(port, "admin")
			.post("/api/rounds", Plans.round("回头看 " + System.nanoTime(), new ArrayList<>(List.of(measure))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

	/** The school submits and the office accepts; the leader signs off too when asked. */
	private void rectify(long id, boolean signOff) {
		Response submitted = Http.basic(port, "syzx1").post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已按要求完成本阶段整改。", "completionDate", LocalDate.now(ZONE).toString()));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Response reviewed = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		if (signOff) {
			Response signedOff = Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));
			assertThat(signedOff.status()).as(signedOff.body()).isEqualTo(200);
		}
	}

	private String step(long id) {
		JsonNode open = detail(id).get("openTask");
		return open != null && "Task_SubmitLookBack".equals(open.get("step").asText()) ? "SUBMIT" : "";
	}

	private JsonNode detail(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id).json();
	}

	private JsonNode item(long id) {
		return detail(id).get("task");
	}

}
