package org.rectification.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One unit's item from assignment to sign-off through the app's real entry points: the JSON API, Tasklist's
 * own API (/camunda/api/engine, with a webapp session) and /engine-rest. Run on H2 and on PostgreSQL.
 */
abstract class UnitRectificationScenarios {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Test
	void shouldWalkAnItemThroughReturnToSignOffWithItsHistory() {
		long id = dispatch("限期整改", "leader2", "school-syzx").get(0);
		Http school = Http.basic(port, "syzx1");
		Http office = Http.basic(port, "office1");
		Http leader = Http.basic(port, "leader2");

		assertThat(school.post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已组织财务人员学习报销制度。", "completionDate", LocalDate.now().toString())).status()).isEqualTo(200);
		assertThat(state(id)).isEqualTo("UNDER_REVIEW");

		Response noReason = office.post("/api/unit-tasks/" + id + "/review", Map.of("decision", "RETURN", "reason", "  "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("code").asText()).isEqualTo("REASON_REQUIRED");
		assertThat(noReason.json().get("message").asText()).isEqualTo("退回时必须填写退回理由");
		JsonNode unchanged = detail(id);
		assertThat(unchanged.at("/task/state").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(unchanged.get("decisions")).isEmpty();
		assertThat(unchanged.at("/openTask/step").asText()).isEqualTo("Task_ReviewEvidence");

		assertThat(office.post("/api/unit-tasks/" + id + "/review",
				Map.of("decision", "RETURN", "reason", "请补充整改后的报销审批流程文件")).status()).isEqualTo(200);
		assertThat(state(id)).isEqualTo("RETURNED");

		// The school sees the reason on its next submit form (the task's variables as Tasklist loads them).
		Http tasklist = Http.tasklistSession(port, "syzx1");
		String taskId = detail(id).at("/openTask/taskId").asText();
		JsonNode form = tasklist.get("/camunda/api/engine/engine/default/task/" + taskId + "/form-variables").json();
		assertThat(form.at("/ctxReturnHistory/value").asText()).contains("请补充整改后的报销审批流程文件");
		assertThat(form.at("/summary/value").asText()).isEqualTo("已组织财务人员学习报销制度。");
		JsonNode task = tasklist.get("/camunda/api/engine/engine/default/task/" + taskId).json();
		assertThat(task.get("name").asText()).isEqualTo("【1-1】提交佐证材料 · 实验中学");
		assertThat(task.get("due").asText()).startsWith(LocalDate.now().plusDays(30).toString());

		assertThat(school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "清理白条3张，修订报销审批流程并印发。",
				"completionDate", LocalDate.now().toString())).status()).isEqualTo(200);
		assertThat(office.post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT")).status()).isEqualTo(200);
		assertThat(leader.post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF")).status()).isEqualTo(200);

		JsonNode done = detail(id);
		assertThat(done.at("/task/state").asText()).isEqualTo("SIGNED_OFF");
		assertThat(done.at("/task/closedAt").isMissingNode()).isFalse();
		assertThat(done.get("openTask")).isNull();
		assertThat(done.get("evidence")).hasSize(2);
		List<String> transitions = new ArrayList<>();
		done.get("history").forEach(h -> transitions.add(h.path("fromState").asText("-") + ">" + h.get("toState").asText()
				+ "@" + h.get("changedBy").asText()));
		assertThat(transitions).containsExactly("->IN_PROGRESS@admin", "IN_PROGRESS>UNDER_REVIEW@syzx1",
				"UNDER_REVIEW>RETURNED@office1", "RETURNED>UNDER_REVIEW@syzx1", "UNDER_REVIEW>AWAITING_SIGN_OFF@office1",
				"AWAITING_SIGN_OFF>SIGNED_OFF@leader2", "SIGNED_OFF>SIGNED_OFF@leader2");
		// The sign-off schedules the look-back, six months on for an ordinary item.
		assertThat(done.at("/history/6/note").asText()).startsWith("已安排回头看：").endsWith("（销号后6个月）");
		assertThat(done.at("/lookBacks/0/status").asText()).isEqualTo("SCHEDULED");
	}

	@Test
	void shouldReturnToUnitWhenLeaderSendsBackAtSignOff() {
		long id = dispatch("限期整改", "leader2", "school-yz").get(0);
		submit(id, "yz1");
		accept(id);

		Response noReason = Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "RETURN"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(state(id)).isEqualTo("AWAITING_SIGN_OFF");

		Response back = Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off",
				Map.of("decision", "RETURN", "reason", "照片不能说明问题已解决"));
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.json().at("/task/state").asText()).isEqualTo("RETURNED");
		assertThat(back.json().at("/openTask/step").asText()).isEqualTo("Task_SubmitEvidence");
		assertThat(back.json().at("/decisions/1/stage").asText()).isEqualTo("SIGN_OFF");
		assertThat(back.json().at("/decisions/1/reason").asText()).isEqualTo("照片不能说明问题已解决");
	}

	@Test
	void shouldKeepLongTermMeasureAliveAfterSignOff() {
		long id = dispatch("长期坚持", "leader1", "school-ez").get(0);
		submit(id, "ez1");
		accept(id);
		Http.basic(port, "leader1").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));

		assertThat(state(id)).isEqualTo("LONG_TERM_KEPT");
	}

	@Test
	void shouldRejectEmptySummaryFromTasklistAndChangeNothing() {
		long id = dispatch("限期整改", "leader2", "school-sz").get(0);
		Http tasklist = Http.tasklistSession(port, "sz1");
		String taskId = detail(id).at("/openTask/taskId").asText();

		Response empty = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
				Map.of("variables", Map.of("summary", Map.of("value", " ", "type", "String"), "completionDate",
						Map.of("value", LocalDate.now().toString(), "type", "String"))));

		assertThat(empty.status()).as(empty.body()).isEqualTo(400);
		assertThat(empty.json().get("message").asText()).isEqualTo("请填写整改情况");
		assertThat(empty.json().get("code").asInt()).isEqualTo(22000);
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		assertThat(detail(id).get("evidence")).isEmpty();
		assertThat(detail(id).at("/openTask/taskId").asText()).isEqualTo(taskId);

		Response ok = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
				Map.of("variables", Map.of("summary", Map.of("value", "已整改", "type", "String"), "completionDate",
						Map.of("value", LocalDate.now().toString(), "type", "String"))));
		assertThat(ok.status()).isEqualTo(204);
		assertThat(state(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void shouldRejectCompletionDateInTheFutureOrUnreadable() {
		long id = dispatch("限期整改", "leader2", "school-sx").get(0);
		Http school = Http.basic(port, "sx1");

		Response future = school.post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已整改", "completionDate", LocalDate.now().plusDays(3).toString()));
		Response garbage = school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "已整改", "completionDate", "下周"));

		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("code").asText()).isEqualTo("COMPLETION_DATE_IN_FUTURE");
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(garbage.json().get("code").asText()).isEqualTo("COMPLETION_DATE_INVALID");
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void shouldNotLetTheSubmitterReviewOrSignOffTheSameItem() {
		// office1 works in 办公室 and is also in the rectification office.
		long id = dispatch("限期整改", "leader2", "dept-bgs").get(0);
		submit(id, "office1");

		Response own = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"));
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("code").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
		assertThat(state(id)).isEqualTo("UNDER_REVIEW");

		// The same rule holds when the submitter goes straight to the engine.
		String taskId = detail(id).at("/openTask/taskId").asText();
		Response viaEngine = Http.basic(port, "office1").post("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("reviewDecision", Map.of("value", "ACCEPT"))));
		assertThat(viaEngine.status()).isEqualTo(400);
		assertThat(viaEngine.json().get("message").asText()).isEqualTo("您提交过该事项的佐证材料，不能再审核或销号同一事项");
		assertThat(state(id)).isEqualTo("UNDER_REVIEW");

		assertThat(Http.basic(port, "office2").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"))
			.status()).isEqualTo(200);
		assertThat(state(id)).isEqualTo("AWAITING_SIGN_OFF");
	}

	@Test
	void shouldOnlyLetTheResponsibleLeaderSignOff() {
		long id = dispatch("限期整改", "leader2", "school-jsl").get(0);
		submit(id, "jsl1");
		accept(id);

		Response other = Http.basic(port, "leader1").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));

		assertThat(other.status()).isEqualTo(403);
		assertThat(state(id)).isEqualTo("AWAITING_SIGN_OFF");
	}

	@Test
	void shouldRejectAPlanWithEveryProblemListedAndStoreNothing() {
		String name = "校验测试 " + UUID.randomUUID();
		Map<String, Object> bad = Plans.measure("1-1", "马上就改", "syzx1", "school-nowhere", "lead");
		bad.put("deadline", LocalDate.now().minusYears(1).toString());
		Response response = Http.basic(port, "admin").post("/api/rounds", Plans.round(name, List.of(bad)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
		List<String> details = new ArrayList<>();
		response.json().get("details").forEach(d -> details.add(d.asText()));
		assertThat(details).anyMatch(d -> d.contains("类型须为"))
			.anyMatch(d -> d.contains("不是分管领导"))
			.anyMatch(d -> d.contains("school-nowhere 不存在"))
			.anyMatch(d -> d.contains("局领导班子 不是股室或学校"))
			.anyMatch(d -> d.contains("完成时限不能早于反馈日期"));
		JsonNode rounds = Http.basic(port, "office1").get("/api/rounds").json();
		rounds.forEach(r -> assertThat(r.get("name").asText()).isNotEqualTo(name));
	}

	@Test
	void shouldShowTheRoundsPlanAndItsItemsByStateToOverseersOnly() {
		Response created = Http.basic(port, "admin").post("/api/rounds", Plans.round("进度测试 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-ez", "school-sz", "school-sx"))));
		long roundId = created.json().at("/round/id").asLong();
		JsonNode tasks = Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json();
		submit(tasks.get(0).get("id").asLong(), tasks.get(0).get("unitId").asText().replace("school-", "") + "1");

		Response round = Http.basic(port, "leader1").get("/api/rounds/" + roundId);

		assertThat(round.status()).isEqualTo(200);
		assertThat(round.json().at("/unitTasksByState/IN_PROGRESS").asLong()).isEqualTo(2);
		assertThat(round.json().at("/unitTasksByState/UNDER_REVIEW").asLong()).isEqualTo(1);
		assertThat(round.json().at("/unitTasksByState/SIGNED_OFF").asLong()).isZero();
		assertThat(round.json().get("measures")).hasSize(1);
		assertThat(round.json().get("measureUnits")).hasSize(3);
		assertThat(round.json().at("/findings/0/manifestationText").asText()).isEqualTo("部分学校存在白条入账现象");
		assertThat(Http.basic(port, "ez1").get("/api/rounds/" + roundId).status()).isEqualTo(403);
	}

	@Test
	void shouldSendAMeasureToOneMoreUnitOnceAndRecordItAsResponsible() {
		Response created = Http.basic(port, "admin").post("/api/rounds", Plans.round("追加单位 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-ez"))));
		long roundId = created.json().at("/round/id").asLong();
		long measureId = created.json().at("/measures/0/id").asLong();

		Response added = Http.basic(port, "office1").post("/api/measures/" + measureId + "/unit-tasks", Map.of("unitId", "school-sz"));
		Response again = Http.basic(port, "office1").post("/api/measures/" + measureId + "/unit-tasks", Map.of("unitId", "school-sz"));
		Response byUnit = Http.basic(port, "sz1").post("/api/measures/" + measureId + "/unit-tasks", Map.of("unitId", "school-sz"));

		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("unitName").asText()).isEqualTo("第三中学");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asText()).isEqualTo("DUPLICATE_UNIT_TASK");
		assertThat(byUnit.status()).isEqualTo(403);
		JsonNode round = Http.basic(port, "office1").get("/api/rounds/" + roundId).json();
		assertThat(round.get("measureUnits").findValues("unitId").stream().map(JsonNode::asText))
			.containsExactlyInAnyOrder("school-ez", "school-sz");
		assertThat(round.at("/unitTasksByState/IN_PROGRESS").asLong()).isEqualTo(2);
	}

	@Test
	void shouldReadATimestampAsADateInTheBureausTimeZone() {
		long id = dispatch("限期整改", "leader2", "school-zyl").get(0);
		Instant instant = LocalDate.now(SHANGHAI).minusDays(2).atStartOfDay(SHANGHAI).toInstant();

		Response response = Http.basic(port, "zyl1").post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已整改", "completionDate", instant.toString()));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().at("/evidence/0/completionDate").asText())
			.isEqualTo(LocalDate.now(SHANGHAI).minusDays(2).toString());
	}

	@Test
	void shouldLimitTheLengthOfAnOptionalNote() {
		long id = dispatch("限期整改", "leader2", "school-bsz").get(0);
		submit(id, "bsz1");

		Response tooLong = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review",
				Map.of("decision", "ACCEPT", "reason", "很".repeat(4001)));

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("code").asText()).isEqualTo("REASON_TOO_LONG");
		assertThat(state(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void shouldLetOnlyAdministratorsRegisterApprovedRoundsDirectly() {
		for (String user : List.of("syzx1", "office1", "leader1")) {
			Response response = Http.basic(port, user).post("/api/rounds",
					Plans.round("越权 " + UUID.randomUUID(), List.of(Plans.measure("1-1", "限期整改", "leader2", "school-syzx"))));

			assertThat(response.status()).as(user).isEqualTo(403);
			assertThat(response.json().get("message").asText()).startsWith("直接登记已批准的巡察轮次仅用于迁移");
		}
	}

	@Test
	void shouldRefuseAModifyingCallFromAnotherSite() {
		long id = dispatch("限期整改", "leader2", "school-sx").get(0);
		Map<String, String> evidence = Map.of("summary", "已整改", "completionDate", LocalDate.now().toString());

		Response forged = Http.basic(port, "sx1").withHeader("Sec-Fetch-Site", "cross-site")
			.post("/api/unit-tasks/" + id + "/evidence", evidence);
		Response otherOrigin = Http.basic(port, "sx1").withHeader("Origin", "http://evil.example")
			.post("/api/unit-tasks/" + id + "/evidence", evidence);

		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.json().get("code").asText()).isEqualTo("CROSS_SITE_REQUEST");
		assertThat(otherOrigin.status()).isEqualTo(403);
		assertThat(state(id)).isEqualTo("IN_PROGRESS");
		Response sameSite = Http.basic(port, "sx1").withHeader("Sec-Fetch-Site", "same-origin")
			.post("/api/unit-tasks/" + id + "/evidence", evidence);
		assertThat(sameSite.status()).as(sameSite.body()).isEqualTo(200);
	}

	// ---------------------------------------------------------------------------------------------------------

	/** Registers a round whose single measure goes to the given units; returns the unit task ids. */
	List<Long> dispatch(String type, String leader, String... units) {
		Response created = Http.basic(port, "admin").post("/api/rounds",
				Plans.round("测试轮次 " + UUID.randomUUID(), List.of(Plans.measure("1-1", type, leader, units))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		List<Long> ids = new ArrayList<>();
		Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().forEach(t -> ids.add(t.get("id").asLong()));
		assertThat(ids).hasSize(units.length);
		return ids;
	}

	void submit(long id, String user) {
		Response response = Http.basic(port, user).post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已完成整改。", "completionDate", LocalDate.now().toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	void accept(long id) {
		Response response = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	JsonNode detail(long id) {
		Response response = Http.basic(port, "office1").get("/api/unit-tasks/" + id);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	String state(long id) {
		return detail(id).at("/task/state").asText();
	}

}
