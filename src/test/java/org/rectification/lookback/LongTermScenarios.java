package org.rectification.lookback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectification.support.EngineClock.at;
import static org.rectification.support.EngineClock.sleep;
import static org.rectification.support.EngineClock.today;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Long-term items that are never forgotten, lived the way the bureau lives them: the engine clock is moved across
 * months while the job executor runs, and the app's own entry points (Tasklist's API with a webapp session, the
 * ledger API, the ledger export) are watched. Run on H2 and on PostgreSQL, each on a database of its own.
 */
abstract class LongTermScenarios {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final String TASKS = "/camunda/api/engine/engine/default/task";

	@LocalServerPort
	int port;

	/** New for every test: other contexts' items may share the clock, never the code. */
	final String code = "L" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void sendOutOnTheFirstOfSeptember() {
		at(LocalDate.of(2026, 9, 1), 9, 0);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldKeepALongTermItemAliveThroughItsPhasesAndReopenItWhenTheLookBackFindsARebound() throws Exception {
		long roundId = dispatch("长期坚持", "school-syzx", Map.of("milestones", List.of(
				Map.of("title", "建立师德师风长效机制", "deadline", "2026-11-30"),
				Map.of("title", "开展年度师德师风自查", "deadline", "2026-12-31"))));
		long id = unitTaskOf(roundId);
		assertThat(item(id).get("phaseCount").asInt()).isEqualTo(3);
		assertThat(submitTask(id, "syzx1").get("name").asText()).isEqualTo("【" + code + "】提交佐证材料（第1阶段） · 实验中学");

		// Phase 1 closes: the item is 已整改·长期坚持 and stays with the unit for phase 2.
		at(LocalDate.of(2026, 10, 12), 10, 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "DEADLINE_APPROACHING") == 1);
		rectify(id);
		JsonNode phase2 = item(id);
		assertThat(phase2.get("state").asText()).isEqualTo("IN_PROGRESS");
		assertThat(phase2.get("phaseNo").asInt()).isEqualTo(2);
		assertThat(phase2.get("keptSince").asText()).startsWith("2026-10-12");
		assertThat(phase2.get("standing").asText()).isEqualTo("已整改·长期坚持（第2阶段：正在整改）");
		assertThat(phase2.get("deadline").asText()).isEqualTo("2026-11-30");
		assertThat(phase2.get("originalDeadline").asText()).isEqualTo("2026-11-30");
		assertThat(phase2.has("closedAt")).isFalse();
		JsonNode task = submitTask(id, "syzx1");
		assertThat(task.get("name").asText()).isEqualTo("【" + code + "】提交佐证材料（第2阶段） · 实验中学");
		JsonNode form = Http.tasklistSession(port, "syzx1").get(TASKS + "/" + task.get("id").asText() + "/form-variables").json();
		assertThat(form.at("/ctxPhase/value").asText()).contains("当前第2阶段（共3阶段）", "✓ 第1阶段",
				"▶ 第2阶段：建立师德师风长效机制（完成时限2026-11-30）");
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/lookBacks")).isEmpty();

		// Phases 2 and 3; the last sign-off closes the item and schedules the look-back three months on.
		at(LocalDate.of(2026, 11, 20), 10, 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(id, "DEADLINE_APPROACHING") == 2);
		rectify(id);
		assertThat(item(id).get("phaseNo").asInt()).isEqualTo(3);
		// Phase 3 is due 12/31: nothing of it falls due on 12/1.
		at(LocalDate.of(2026, 12, 1), 10, 0);
		rectify(id);
		JsonNode closed = item(id);
		assertThat(closed.get("state").asText()).isEqualTo("LONG_TERM_KEPT");
		assertThat(closed.get("standing").asText()).isEqualTo("已整改·长期坚持");
		JsonNode scheduled = Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/lookBacks/0");
		assertThat(scheduled.get("status").asText()).isEqualTo("SCHEDULED");
		assertThat(scheduled.get("dueOn").asText()).isEqualTo("2027-03-01");
		assertThat(tasks(id, "syzx1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK)).isEmpty();

		// Three months later the look-back opens in the unit's Tasklist.
		at(LocalDate.of(2027, 2, 28), 23, 0);
		sleep(Duration.ofSeconds(3));
		assertThat(tasks(id, "syzx1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK)).isEmpty();
		at(LocalDate.of(2027, 3, 1), 8, 30);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> tasks(id, "syzx1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK).size() == 1);
		JsonNode lookBackTask = tasks(id, "syzx1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK).get(0);
		assertThat(lookBackTask.get("name").asText()).isEqualTo("【" + code + "】报送回头看材料 · 实验中学");
		assertThat(tasks(id, "yz1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK)).isEmpty();
		assertThat(notices(id, "LOOK_BACK_DUE")).isEqualTo(1);

		// Fresh evidence: a file in the 佐证材料 tab, then the form; another school may not answer for it.
		Response upload = Http.basic(port, "syzx1").upload("/api/unit-tasks/" + id + "/evidence-files", "自查记录.pdf",
				org.rectification.support.EvidenceSamples.pdf("回头看自查记录"), Map.of("kind", "LEDGER"));
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		Http school = Http.tasklistSession(port, "syzx1");
		String lookBackTaskId = lookBackTask.get("id").asText();
		Response empty = school.post(TASKS + "/" + lookBackTaskId + "/submit-form", variables(Map.of("summary", " ")));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("请填写整改成效巩固情况");
		assertThat(school.post(TASKS + "/" + lookBackTaskId + "/submit-form",
				variables(Map.of("summary", "师德师风长效机制坚持执行，本学期未发现新问题。"))).status()).isEqualTo(204);
		assertThat(item(id).get("state").asText()).isEqualTo("LONG_TERM_KEPT");

		// The office finds the problem back: a rebound needs its reason and a future deadline, else nothing moves.
		Http office = Http.tasklistSession(port, "office1");
		JsonNode reviewTask = tasks(id, "office1", UnitRectificationProcess.TASK_REVIEW_LOOK_BACK).get(0);
		JsonNode reviewForm = office.get(TASKS + "/" + reviewTask.get("id").asText() + "/form-variables").json();
		assertThat(reviewForm.at("/ctxSummary/value").asText()).isEqualTo("师德师风长效机制坚持执行，本学期未发现新问题。");
		assertThat(reviewForm.at("/ctxFiles/value").asText()).contains("自查记录.pdf");
		assertThat(reviewForm.at("/ctxLookBack/value").asText()).contains("销号日期：2026-12-01", "回头看 2027-03-01：待整改办复查");
		Response noReason = office.post(TASKS + "/" + reviewTask.get("id").asText() + "/submit-form",
				variables(Map.of("lookBackVerdict", "REBOUNDED", "reboundReason", "", "newDeadline", "2027-04-30")));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("发现反弹时必须写明反弹情况和整改要求");
		Response pastDeadline = office.post(TASKS + "/" + reviewTask.get("id").asText() + "/submit-form",
				variables(Map.of("lookBackVerdict", "REBOUNDED", "reboundReason", "家长反映有教师有偿补课", "newDeadline", "2027-02-01")));
		assertThat(pastDeadline.status()).isEqualTo(400);
		assertThat(pastDeadline.body()).contains("重新整改的完成时限必须晚于今天");
		assertThat(item(id).get("state").asText()).isEqualTo("LONG_TERM_KEPT");
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/lookBacks/0/status").asText())
			.isEqualTo("UNDER_REVIEW");
		assertThat(office.post(TASKS + "/" + reviewTask.get("id").asText() + "/submit-form",
				variables(Map.of("lookBackVerdict", "REBOUNDED", "reboundReason", "家长反映有教师有偿补课", "newDeadline", "2027-04-30")))
			.status()).isEqualTo(204);

		// Reopened: back in the unit's queue with the reason, neither new nor done.
		JsonNode reopened = item(id);
		assertThat(reopened.get("state").asText()).isEqualTo("REOPENED");
		assertThat(reopened.get("standing").asText()).isEqualTo("反弹·重新整改");
		assertThat(reopened.get("reboundCount").asInt()).isEqualTo(1);
		assertThat(reopened.has("keptSince")).isFalse();
		assertThat(reopened.has("closedAt")).isFalse();
		assertThat(reopened.get("deadline").asText()).isEqualTo("2027-04-30");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM unit_task t JOIN measure m ON m.id = t.measure_id WHERE m.round_id = ?")
			.param(roundId).query(Long.class).single()).isEqualTo(1);
		JsonNode again = submitTask(id, "syzx1");
		assertThat(again.get("name").asText()).isEqualTo("〔回头看反弹〕【" + code + "】提交佐证材料（第3阶段） · 实验中学");
		JsonNode againForm = school.get(TASKS + "/" + again.get("id").asText() + "/form-variables").json();
		assertThat(againForm.at("/ctxDeadline/value").asText()).contains("2027-04-30");
		assertThat(againForm.at("/ctxReturnHistory/value").asText())
			.isEqualTo("2027-03-01 回头看发现反弹（王敏）：家长反映有教师有偿补课，重新整改时限2027-04-30");
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/history").toString())
			.contains("回头看发现反弹：家长反映有教师有偿补课");
		assertThat(notices(id, "LOOK_BACK_REBOUNDED")).isEqualTo(1);
		assertThat(ledgerExport(roundId)).contains("反弹·重新整改");

		// Rectified again, looked at again three months on, and this time it held: the item's life ends.
		at(LocalDate.of(2027, 3, 10), 10, 0);
		rectify(id);
		assertThat(item(id).get("state").asText()).isEqualTo("LONG_TERM_KEPT");
		JsonNode second = Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/lookBacks/1");
		assertThat(second.get("dueOn").asText()).isEqualTo("2027-06-10");
		at(LocalDate.of(2027, 6, 10), 8, 30);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> tasks(id, "syzx1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK).size() == 1);
		assertThat(Http.basic(port, "syzx1").post("/api/unit-tasks/" + id + "/look-back", Map.of("summary", "已整改到位，持续坚持。"))
			.status()).isEqualTo(200);
		Response held = Http.basic(port, "office2").post("/api/unit-tasks/" + id + "/look-back/verdict",
				Map.of("verdict", "HELD", "reason", "抽查未发现反弹"));
		assertThat(held.status()).as(held.body()).isEqualTo(200);
		String instance = item(id).get("processInstanceId").asText();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?")
				.param(instance)
				.query(Long.class)
				.single() == 0);
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/lookBacks/1/status").asText())
			.isEqualTo("HELD");
		assertThat(item(id).get("state").asText()).isEqualTo("LONG_TERM_KEPT");
		assertThat(item(id).get("reboundCount").asInt()).isEqualTo(1);
	}

	@Test
	void shouldLookBackAtAnOrdinaryItemAfterItsMeasuresMonthsAndEndItWhenNothingRebounded() {
		long roundId = dispatch("限期整改", "school-yz", Map.of("lookBackMonths", 1));
		long id = unitTaskOf(roundId);
		assertThat(item(id).get("phaseCount").asInt()).isEqualTo(1);
		at(LocalDate.of(2026, 9, 10), 10, 0);
		rectify(id);
		assertThat(item(id).get("state").asText()).isEqualTo("SIGNED_OFF");
		// One month after 9/10 is 10/10, the working Saturday after 国庆: a working day, so it stays.
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/lookBacks/0/dueOn").asText())
			.isEqualTo("2026-10-10");
		// Only the unit answers, only the office decides, and nobody decides before the unit has answered.
		at(LocalDate.of(2026, 10, 10), 8, 30);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> tasks(id, "yz1", UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK).size() == 1);
		Response early = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/look-back/verdict", Map.of("verdict", "HELD"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("code").asText()).isEqualTo("NOT_AT_THIS_STEP");
		assertThat(Http.basic(port, "syzx1").post("/api/unit-tasks/" + id + "/look-back", Map.of("summary", "代报"))
			.status()).isEqualTo(403);
		assertThat(Http.basic(port, "yz1").post("/api/unit-tasks/" + id + "/look-back", Map.of("summary", "整改成效巩固。"))
			.status()).isEqualTo(200);
		Response noVerdict = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/look-back/verdict", Map.of("verdict", ""));
		assertThat(noVerdict.status()).isEqualTo(400);
		assertThat(noVerdict.json().get("message").asText()).isEqualTo("请选择复查结论：未反弹或发现反弹");
		assertThat(Http.basic(port, "yz1").post("/api/unit-tasks/" + id + "/look-back/verdict", Map.of("verdict", "HELD"))
			.status()).isEqualTo(403);
		assertThat(Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/look-back/verdict", Map.of("verdict", "HELD"))
			.status()).isEqualTo(200);
		assertThat(item(id).get("state").asText()).isEqualTo("SIGNED_OFF");
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/history").toString())
			.contains("回头看复查：未反弹");
	}

	/** A round of one measure of the given type for one unit, registered and sent out. */
	long dispatch(String type, String unit, Map<String, Object> plan) {
		Map<String, Object> measure = Plans.measure(code, type, "leader2", unit);
		measure.putAll(plan);
		measure.put("deadline", "2026-10-16");
		Map<String, Object> round = Plans.round("长期坚持事项 " + code, new ArrayList<>(List.of(measure)));
		round.put("feedbackDate", "2026-08-01");
		round.put("deadline", "2026-12-31");
		Response created = Http.basic(port, "admin").post("/api/rounds", round);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().at("/round/id").asLong();
	}

	long unitTaskOf(long roundId) {
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

	/** The unit submits, the office accepts, the responsible leader signs off: one phase done. */
	void rectify(long id) {
		String unitUser = item(id).get("unitId").asText().equals("school-yz") ? "yz1" : "syzx1";
		Response submitted = Http.basic(port, unitUser).post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已按要求完成本阶段整改。", "completionDate", today().toString()));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Response reviewed = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review",
				Map.of("decision", "ACCEPT", "checklist", List.of("AUTHENTIC")));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		Response signedOff = Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));
		assertThat(signedOff.status()).as(signedOff.body()).isEqualTo(200);
	}

	JsonNode item(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().get("task");
	}

	JsonNode submitTask(long id, String user) {
		List<JsonNode> tasks = tasks(id, user, UnitRectificationProcess.TASK_SUBMIT_EVIDENCE);
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	List<JsonNode> tasks(long id, String user, String taskDefinitionKey) {
		List<JsonNode> tasks = new ArrayList<>();
		Http.tasklistSession(port, user)
			.get(TASKS + "?maxResults=100&taskDefinitionKey=" + taskDefinitionKey + "&processInstanceId=" + item(id).get("processInstanceId").asText())
			.json()
			.forEach(tasks::add);
		return tasks;
	}

	long notices(long id, String kind) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE unit_task_id = ? AND kind = ?")
			.params(id, kind)
			.query(Long.class)
			.single();
	}

	String ledgerExport(long roundId) throws Exception {
		Http.Download download = Http.basic(port, "office1").download("/api/rounds/" + roundId + "/ledger.xlsx");
		assertThat(download.status()).isEqualTo(200);
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					text.append(formatter.formatCellValue(cell)).append('\t');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	static Map<String, Object> variables(Map<String, String> values) {
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
		return Map.of("variables", variables);
	}

}
