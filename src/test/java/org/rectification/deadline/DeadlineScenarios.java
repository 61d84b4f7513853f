package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectification.support.EngineClock.at;
import static org.rectification.support.EngineClock.sleep;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines that enforce themselves, tried the way the bureau lives them: the engine clock is moved across the
 * 2026 National Day holiday while the job executor runs, and the app's own entry points (the ledger API,
 * Tasklist's API with a webapp session) are watched. Mail goes to a real SMTP server running in the test.
 * Run on H2 and on PostgreSQL.
 */
abstract class DeadlineScenarios {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final int SMTP_PORT = 3925;

	/** A Friday after the 国庆 holiday (10/1-10/7) and its working Saturday 10/10. */
	static final LocalDate DEADLINE = LocalDate.of(2026, 10, 16);

	/**
	 * The SMTP server the app is configured with (see the subclasses), running for the whole class. Mail is
	 * awaited long enough for one retry after the outbox's first backoff (30 s).
	 */
	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	/**
	 * The measure's code, new for every test: the engine clock is shared by every app context in the JVM, so
	 * other contexts' items may mail the same mailboxes while the clock is moved; subjects carry the code.
	 */
	final String code = "T" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HistoryService historyService;

	@Autowired
	ThresholdBackfill backfill;

	@BeforeEach
	void sendOutOnTheFirstOfSeptember() {
		at(LocalDate.of(2026, 9, 1), 9, 0);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldTurnYellowThenRedOnTheRightWorkingDaysAndEscalateOnce() throws Exception {
		long id = dispatch("school-syzx");
		JsonNode item = item(id);
		// Ten working days before 10/16, counting the working Saturday 10/10 and skipping 10/1-10/7.
		assertThat(item.get("warnFrom").asText()).isEqualTo("2026-09-28");
		assertThat(item.get("severeFrom").asText()).isEqualTo("2026-10-30");
		assertThat(item.get("warning").asText()).isEqualTo("GREEN");
		assertThat(task(id, "syzx1").get("priority").asInt()).isEqualTo(50);

		// 9/27 is the Sunday of the 中秋 holiday: still green.
		at(LocalDate.of(2026, 9, 27), 23, 0);
		assertThat(item(id).get("warning").asText()).isEqualTo("GREEN");

		// The light changes at midnight; the reminder goes out at the start of office hours (08:30).
		at(LocalDate.of(2026, 9, 28), 0, 0);
		assertThat(item(id).get("warning").asText()).isEqualTo("YELLOW");
		sleep(Duration.ofSeconds(3));
		assertThat(notices(id, "DEADLINE_APPROACHING")).isZero();
		at(LocalDate.of(2026, 9, 28), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "DEADLINE_APPROACHING") == 1);
		await().atMost(Duration.ofSeconds(5)).until(() -> task(id, "syzx1").get("priority").asInt() == 75);
		assertThat(task(id, "syzx1").get("name").asText()).isEqualTo("〔即将到期〕【" + code + "】提交佐证材料 · 实验中学");
		assertThat(filterCount("syzx1", "即将到期", id)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(45)).until(() -> mailsTo("syzx1@edu.example.cn", "【即将到期】【" + code + "】") == 1);

		at(DEADLINE, 23, 0);
		assertThat(item(id).get("warning").asText()).isEqualTo("YELLOW");
		// The deadline was a Friday: overdue from Monday, the next working day, not over the weekend.
		at(DEADLINE.plusDays(2), 12, 0);
		assertThat(item(id).get("warning").asText()).isEqualTo("YELLOW");
		assertThat(Http.basic(port, "syzx1").get("/api/unit-tasks/" + id + "/deadline").json().get("warningText").asText())
			.isEqualTo("黄灯：完成时限 2026-10-16 已过，下一个工作日起计为逾期");
		assertThat(slips(id)).isEmpty();
		at(LocalDate.of(2026, 10, 19), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> slips(id).size() == 1);
		JsonNode slip = slips(id).get(0);
		assertThat(slip.get("level").asText()).isEqualTo("LEADER");
		assertThat(slip.get("addressedTo").asText()).isEqualTo("leader2");
		assertThat(slip.get("deadline").asText()).isEqualTo("2026-10-16");
		// In the bureau's time, whatever the database returns (PostgreSQL answers in UTC).
		assertThat(slip.get("raisedAt").asText()).startsWith("2026-10-19T08:3").endsWith("+08:00");
		assertThat(Http.basic(port, "syzx1").get("/api/unit-tasks/" + id + "/deadline").json().get("warningText").asText())
			.isEqualTo("红灯：已逾期 1 个工作日");
		assertThat(item(id).get("warning").asText()).isEqualTo("RED");
		await().atMost(Duration.ofSeconds(5)).until(() -> task(id, "syzx1").get("priority").asInt() == 100);
		assertThat(filterCount("syzx1", "已逾期", id)).isEqualTo(1);
		assertThat(filterCount("syzx1", "即将到期", id)).isZero();
		await().atMost(Duration.ofSeconds(45)).until(() -> mailsTo("leader2@edu.example.cn", "【督办单】【" + code + "】实验中学") == 1);

		// The leader acknowledges the slip in Tasklist with an instruction; the unit sees it on its task.
		Http leader = Http.tasklistSession(port, "leader2");
		JsonNode slipTask = leader.get("/camunda/api/engine/engine/default/task?maxResults=100&taskDefinitionKey=Task_AcknowledgeEscalation&processInstanceId="
				+ item(id).get("processInstanceId").asText()).json().get(0);
		assertThat(slipTask.get("name").asText()).isEqualTo("【" + code + "】签收督办单 · 实验中学");
		assertThat(leader.post("/camunda/api/engine/engine/default/task/" + slipTask.get("id").asText() + "/submit-form",
				Map.of("variables", Map.of("instruction", Map.of("value", "请于10月23日前完成并报送佐证材料", "type", "String"))))
			.status()).isEqualTo(204);
		JsonNode acknowledged = slips(id).get(0);
		assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("leader2");
		assertThat(acknowledged.get("instruction").asText()).isEqualTo("请于10月23日前完成并报送佐证材料");
		JsonNode form = Http.tasklistSession(port, "syzx1")
			.get("/camunda/api/engine/engine/default/task/" + task(id, "syzx1").get("id").asText() + "/form-variables")
			.json();
		assertThat(form.at("/ctxEscalations/value").asText()).contains("李娜", "请于10月23日前完成并报送佐证材料");

		// Every third working day while overdue: 10/21, then 10/26.
		at(LocalDate.of(2026, 10, 21), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "OVERDUE_REMINDER") == 1);
		at(LocalDate.of(2026, 10, 26), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "OVERDUE_REMINDER") == 2);

		at(LocalDate.of(2026, 10, 30), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> slips(id).size() == 2);
		assertThat(slips(id).get(1).get("level").asText()).isEqualTo("SEVERE");
		JsonNode severeTask = Http.tasklistSession(port, "secretary")
			.get("/camunda/api/engine/engine/default/task?maxResults=100&taskDefinitionKey=Task_AcknowledgeSevereEscalation&processInstanceId="
					+ item(id).get("processInstanceId").asText())
			.json();
		assertThat(severeTask).hasSize(1);

		// Nothing fired twice: each timer ran once (the third reminder is awaited below), and each reminder reached
		// the unit's mailbox once.
		String instance = item(id).get("processInstanceId").asText();
		assertThat(fired(instance, UnitRectificationProcess.BOUNDARY_DEADLINE_APPROACHING)).isEqualTo(1);
		assertThat(fired(instance, UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED)).isEqualTo(1);
		assertThat(fired(instance, UnitRectificationProcess.BOUNDARY_SEVERELY_OVERDUE)).isEqualTo(1);
		assertThat(notices(id, "DEADLINE_APPROACHING")).isEqualTo(1);
		assertThat(notices(id, "OVERDUE")).isEqualTo(1);
		assertThat(notices(id, "ESCALATION_LEADER")).isEqualTo(1);
		// Moving to 10/30 also passed 10/29, the ninth working day overdue: the third reminder.
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "OVERDUE_REMINDER") == 3);
		assertThat(fired(instance, UnitRectificationProcess.BOUNDARY_OVERDUE_REMINDER)).isEqualTo(3);
		await().atMost(Duration.ofSeconds(45)).until(() -> mailsTo("syzx1@edu.example.cn", "【逾期催办】【" + code + "】") == 3);
		assertThat(mailsTo("syzx1@edu.example.cn", "【即将到期】【" + code + "】")).isEqualTo(1);
		assertThat(mailsTo("syzx1@edu.example.cn", "【已逾期】【" + code + "】")).isEqualTo(1);
		submit(id, "syzx1");
	}

	@Test
	void shouldMoveTheDeadlineAndEveryTimerWhenAnExtensionIsApprovedJustBeforeTheDeadline() {
		long id = dispatch("school-yz");
		at(DEADLINE.minusDays(1), 10, 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "DEADLINE_APPROACHING") == 1);
		Http school = Http.basic(port, "yz1");

		Response noReason = school.post("/api/unit-tasks/" + id + "/extensions", Map.of("requestedDeadline", "2026-11-13", "reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("code").asText()).isEqualTo("REASON_REQUIRED");
		assertThat(noReason.json().get("message").asText()).isEqualTo("请填写延期理由");
		Response notLater = school.post("/api/unit-tasks/" + id + "/extensions",
				Map.of("requestedDeadline", DEADLINE.toString(), "reason", "需等待上级批复"));
		assertThat(notLater.status()).isEqualTo(400);
		assertThat(notLater.json().get("message").asText()).isEqualTo("延期后的完成时限必须晚于当前时限2026-10-16");
		assertThat(Http.basic(port, "syzx1").post("/api/unit-tasks/" + id + "/extensions",
				Map.of("requestedDeadline", "2026-11-13", "reason", "需等待上级批复")).status()).isEqualTo(403);
		assertThat(extensions(id)).isEmpty();

		// Two members of the unit ask at the same moment: one request, the other is told it exists.
		Map<String, Object> body = Map.of("requestedDeadline", "2026-11-13", "reason", "校舍维修需等待区住建局验收");
		List<CompletableFuture<Response>> both = List.of(
				CompletableFuture.supplyAsync(() -> school.post("/api/unit-tasks/" + id + "/extensions", body)),
				CompletableFuture.supplyAsync(() -> Http.basic(port, "yz1").post("/api/unit-tasks/" + id + "/extensions", body)));
		assertThat(both.stream().map(f -> f.join().status()).sorted()).containsExactly(201, 409);
		assertThat(extensions(id)).hasSize(1);
		Response twice = school.post("/api/unit-tasks/" + id + "/extensions",
				Map.of("requestedDeadline", "2026-11-20", "reason", "再次申请"));
		assertThat(twice.status()).isEqualTo(409);

		// The leader decides in Tasklist.
		Http leader = Http.tasklistSession(port, "leader2");
		String decideId = decisionTask(leader, id);
		String oldTask = task(id, "yz1").get("id").asText();
		assertThat(leader.post("/camunda/api/engine/engine/default/task/" + decideId + "/submit-form",
				Map.of("variables", Map.of("extensionDecision", Map.of("value", "APPROVE", "type", "String"))))
			.status()).isEqualTo(204);

		JsonNode moved = item(id);
		assertThat(moved.get("deadline").asText()).isEqualTo("2026-11-13");
		assertThat(moved.get("originalDeadline").asText()).isEqualTo("2026-10-16");
		assertThat(moved.get("warning").asText()).isEqualTo("GREEN");
		JsonNode extension = extensions(id).get(0);
		assertThat(extension.get("status").asText()).isEqualTo("APPROVED");
		assertThat(extension.get("approvedDeadline").asText()).isEqualTo("2026-11-13");
		assertThat(extension.get("previousDeadline").asText()).isEqualTo("2026-10-16");
		assertThat(extension.get("decidedBy").asText()).isEqualTo("leader2");
		JsonNode newTask = task(id, "yz1");
		assertThat(newTask.get("id").asText()).isNotEqualTo(oldTask);
		assertThat(newTask.get("due").asText()).startsWith("2026-11-13");
		assertThat(newTask.get("priority").asInt()).isEqualTo(50);

		// The old deadline passes: no slip, no overdue notice.
		at(LocalDate.of(2026, 10, 19), 8, 30);
		sleep(Duration.ofSeconds(8));
		assertThat(slips(id)).isEmpty();
		assertThat(notices(id, "OVERDUE")).isZero();
		assertThat(item(id).get("warning").asText()).isEqualTo("GREEN");

		// Completed late against the original date but within the approved one.
		submit(id, "yz1");
		Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"));
		Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));
		assertThat(item(id).get("completion").asText()).isEqualTo("EXTENDED");
	}

	@Test
	void shouldKeepTheDeadlineWhenTheExtensionIsRejected() {
		long id = dispatch("school-sz");
		Http.basic(port, "sz1").post("/api/unit-tasks/" + id + "/extensions",
				Map.of("requestedDeadline", "2026-10-30", "reason", "人手不足"));
		Http leader = Http.tasklistSession(port, "leader2");
		String decideId = decisionTask(leader, id);

		Response noComment = leader.post("/camunda/api/engine/engine/default/task/" + decideId + "/submit-form",
				Map.of("variables", Map.of("extensionDecision", Map.of("value", "REJECT", "type", "String"))));
		assertThat(noComment.status()).isEqualTo(400);
		assertThat(noComment.json().get("message").asText()).isEqualTo("不批准延期时请填写理由");
		assertThat(extensions(id).get(0).get("status").asText()).isEqualTo("PENDING");

		assertThat(leader.post("/camunda/api/engine/engine/default/task/" + decideId + "/submit-form",
				Map.of("variables", Map.of("extensionDecision", Map.of("value", "REJECT", "type", "String"), "decisionComment",
						Map.of("value", "该项工作不需要延期，请加快进度", "type", "String"))))
			.status()).isEqualTo(204);
		assertThat(extensions(id).get(0).get("status").asText()).isEqualTo("REJECTED");
		assertThat(item(id).get("deadline").asText()).isEqualTo("2026-10-16");
		assertThat(item(id).get("originalDeadline").asText()).isEqualTo("2026-10-16");

		at(LocalDate.of(2026, 10, 19), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> slips(id).size() == 1);

		// Overdue now: a new date must lie ahead, not merely after the old deadline.
		Response past = Http.basic(port, "sz1").post("/api/unit-tasks/" + id + "/extensions",
				Map.of("requestedDeadline", "2026-10-18", "reason", "人手不足"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("message").asText()).isEqualTo("延期后的完成时限必须晚于今天（2026-10-19）");
		// A request still pending when the unit submits is withdrawn, and its decision task with it.
		assertThat(Http.basic(port, "sz1").post("/api/unit-tasks/" + id + "/extensions",
				Map.of("requestedDeadline", "2026-10-30", "reason", "再给一周")).status()).isEqualTo(201);
		String pendingTask = decisionTask(leader, id);
		submit(id, "sz1");
		assertThat(extensions(id).get(1).get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(leader.get("/camunda/api/engine/engine/default/task/" + pendingTask).status()).isEqualTo(404);
		Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"));
		Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));
		assertThat(item(id).get("completion").asText()).isEqualTo("LATE");
	}

	@Test
	void shouldNotRemindAUnitThatSubmittedBeforeItsReminder() {
		long id = dispatch("school-sx");
		at(LocalDate.of(2026, 9, 10), 10, 0);
		submit(id, "sx1");

		at(LocalDate.of(2026, 9, 28), 8, 30);
		at(LocalDate.of(2026, 10, 19), 8, 30);
		sleep(Duration.ofSeconds(8));

		assertThat(notices(id, null)).isZero();
		assertThat(slips(id)).isEmpty();
		Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"));
		Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));
		assertThat(item(id).get("completion").asText()).isEqualTo("ON_TIME");
		assertThat(item(id).get("completedOn").asText()).isEqualTo("2026-09-10");
	}

	@Test
	void shouldCountAWorkingDayDeadlineFromTheDaySentAcrossTheNationalDayHoliday() {
		// Sent on Tuesday 9/29: 9/30, then 10/1-10/7 off, 10/8, 10/9, the working Saturday 10/10, 10/12-10/16, 10/19.
		at(LocalDate.of(2026, 9, 29), 10, 0);
		Map<String, Object> both = Plans.measure(code, "限期整改", "leader2", "school-syxx");
		both.put("deadlineWorkingDays", 10);
		Map<String, Object> none = Plans.measure(code + "b", "限期整改", "leader2", "school-syxx");
		none.remove("deadline");
		none.put("deadlineWorkingDays", 0);
		Response refused = Http.basic(port, "admin").post("/api/rounds", round(List.of(both, none)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("details")).extracting(JsonNode::asText).contains(
				"整改措施 " + code + "（方面 一 问题 1）：完成时限只能是日期或工作日数之一",
				"整改措施 " + code + "b（方面 一 问题 1）：完成时限的工作日数应在 1 到 500 之间");

		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", "school-syxx");
		measure.remove("deadline");
		measure.put("deadlineWorkingDays", 10);
		Response created = Http.basic(port, "admin").post("/api/rounds", round(List.of(measure)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		JsonNode planned = Http.basic(port, "office1").get("/api/rounds/" + roundId).json().at("/measures/0");
		assertThat(planned.path("deadline").asText(null)).isNull();
		assertThat(planned.get("deadlineWorkingDays").asInt()).isEqualTo(10);

		long id = Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
		JsonNode item = item(id);
		assertThat(item.get("deadline").asText()).isEqualTo("2026-10-19");
		assertThat(item.get("originalDeadline").asText()).isEqualTo("2026-10-19");
		// Ten working days is inside the yellow band from the day it is sent.
		assertThat(item.get("warnFrom").asText()).isEqualTo("2026-09-29");
		assertThat(item.get("warning").asText()).isEqualTo("YELLOW");
		assertThat(task(id, "syxx1").get("due").asText()).startsWith("2026-10-19");
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "DEADLINE_APPROACHING") == 1);

		at(LocalDate.of(2026, 10, 19), 23, 0);
		assertThat(item(id).get("warning").asText()).isEqualTo("YELLOW");
		at(LocalDate.of(2026, 10, 20), 8, 30);
		await().atMost(Duration.ofSeconds(20)).until(() -> slips(id).size() == 1);
		assertThat(item(id).get("warning").asText()).isEqualTo("RED");
		submit(id, "syxx1");
	}

	@Test
	void shouldCountTheThresholdsOfItemsSentBeforeTheLedgerKeptThem() {
		long id = dispatch("school-ez");
		jdbc.sql("UPDATE unit_task SET warn_from = NULL, overdue_from = NULL, severe_from = NULL WHERE id = ?").param(id).update();
		assertThat(item(id).path("warnFrom").asText(null)).isNull();

		backfill.fill();

		JsonNode item = item(id);
		assertThat(item.get("warnFrom").asText()).isEqualTo("2026-09-28");
		assertThat(item.get("overdueFrom").asText()).isEqualTo("2026-10-19");
		assertThat(item.get("severeFrom").asText()).isEqualTo("2026-10-30");
		assertThat(item.get("warning").asText()).isEqualTo("GREEN");
		submit(id, "ez1");
	}

	Map<String, Object> round(List<Map<String, Object>> measures) {
		Map<String, Object> round = Plans.round("时限测试 " + UUID.randomUUID(), measures);
		round.put("feedbackDate", "2026-08-20");
		round.put("deadline", "2026-12-31");
		return round;
	}

	long dispatch(String unit) {
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", unit);
		measure.put("deadline", DEADLINE.toString());
		Response created = Http.basic(port, "admin").post("/api/rounds", round(List.of(measure)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

	void submit(long id, String user) {
		Response response = Http.basic(port, user).post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已完成整改。", "completionDate", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SHANGHAI).toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	JsonNode item(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().get("task");
	}

	String unitName(long id) {
		return item(id).get("unitName").asText();
	}

	JsonNode slips(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id + "/deadline").json().get("escalations");
	}

	JsonNode extensions(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id + "/deadline").json().get("extensions");
	}

	/** The unit's open submission task as Tasklist shows it to one of its users. */
	JsonNode task(long id, String user) {
		return Http.tasklistSession(port, user)
			.get("/camunda/api/engine/engine/default/task?maxResults=100&taskDefinitionKey=Task_SubmitEvidence&processInstanceId="
					+ item(id).get("processInstanceId").asText())
			.json()
			.get(0);
	}

	String decisionTask(Http leader, long id) {
		String name = unitName(id);
		for (JsonNode t : leader.get("/camunda/api/engine/engine/default/task?maxResults=100&taskDefinitionKey=Task_DecideExtension&assignee=leader2")
			.json()) {
			if (t.get("name").asText().endsWith(name)) {
				return t.get("id").asText();
			}
		}
		throw new AssertionError("no decision task for " + name);
	}

	/** How many of the item's tasks a Tasklist filter lists for the user. */
	long filterCount(String user, String filterName, long id) {
		Http tasklist = Http.tasklistSession(port, user);
		String filterId = null;
		for (JsonNode f : tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=100").json()) {
			if (f.get("name").asText().equals(filterName)) {
				filterId = f.get("id").asText();
			}
		}
		assertThat(filterId).as(filterName).isNotNull();
		String processInstanceId = item(id).get("processInstanceId").asText();
		JsonNode tasks = tasklist.post("/camunda/api/engine/engine/default/filter/" + filterId + "/list?maxResults=1000", Map.of()).json();
		long n = 0;
		for (JsonNode t : tasks) {
			if (t.get("processInstanceId").asText().equals(processInstanceId)) {
				n++;
			}
		}
		return n;
	}

	/** How many times a boundary timer of the process instance has fired, from the engine's history. */
	long fired(String processInstanceId, String activityId) {
		return historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.count();
	}

	long notices(long id, String kind) {
		return kind == null
				? jdbc.sql("SELECT COUNT(*) FROM notification WHERE unit_task_id = ?").param(id).query(Long.class).single()
				: jdbc.sql("SELECT COUNT(*) FROM notification WHERE unit_task_id = ? AND kind = ?")
					.params(id, kind)
					.query(Long.class)
					.single();
	}

	long mailsTo(String address, String subjectPrefix) {
		long n = 0;
		try {
			// The copies in this one mailbox: a second send would be a second copy here.
			com.icegreen.greenmail.user.GreenMailUser user = mail.getUserManager().getUserByEmail(address);
			if (user == null) {
				return 0;
			}
			for (com.icegreen.greenmail.store.StoredMessage message : mail.getManagers()
				.getImapHostManager()
				.getInbox(user)
				.getMessages()) {
				if (message.getMimeMessage().getSubject().startsWith(subjectPrefix)) {
					n++;
				}
			}
		}
		catch (jakarta.mail.MessagingException | com.icegreen.greenmail.store.FolderException e) {
			throw new IllegalStateException(e);
		}
		return n;
	}

}
