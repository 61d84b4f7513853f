package org.rectification.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A unit sees and acts only on its own work, through every door: Tasklist's API, /engine-rest and the app's
 * API. Nothing is anonymous.
 */
abstract class UnitAccessScenarios {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	long ownTaskId;

	long foreignTaskId;

	String foreignEngineTaskId;

	@BeforeEach
	void twoSchoolsWithOneMeasure() {
		Response created = Http.basic(port, "admin").post("/api/rounds", Plans.round("权限测试 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-yz", "school-ez"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		for (JsonNode task : Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json()) {
			if (task.get("unitId").asText().equals("school-yz")) {
				ownTaskId = task.get("id").asLong();
			}
			else {
				foreignTaskId = task.get("id").asLong();
			}
		}
		foreignEngineTaskId = Http.basic(port, "office1").get("/api/unit-tasks/" + foreignTaskId).json()
			.at("/openTask/taskId").asText();
	}

	@Test
	void shouldHideAnotherSchoolsTaskInTasklist() {
		Http tasklist = Http.tasklistSession(port, "yz1");

		List<String> names = names(tasklist.get("/camunda/api/engine/engine/default/task?maxResults=1000").json());
		assertThat(names).anyMatch(n -> n.endsWith("· 第一中学")).noneMatch(n -> n.endsWith("· 第二中学"));
		assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + foreignEngineTaskId).status()).isIn(403, 404);
		assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + foreignEngineTaskId + "/form-variables")
			.status()).isIn(403, 404);

		Response complete = tasklist.post("/camunda/api/engine/engine/default/task/" + foreignEngineTaskId + "/submit-form",
				submission());
		assertThat(complete.status()).isEqualTo(403);
		assertThat(state(foreignTaskId)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void shouldHideAnotherSchoolsTaskInEngineRest() {
		Http yz = Http.basic(port, "yz1");

		List<String> names = names(yz.get("/engine-rest/task?maxResults=1000").json());
		assertThat(names).anyMatch(n -> n.endsWith("· 第一中学")).noneMatch(n -> n.endsWith("· 第二中学"));
		assertThat(yz.get("/engine-rest/task/" + foreignEngineTaskId).status()).isIn(403, 404);
		assertThat(yz.get("/engine-rest/process-instance?maxResults=1000").json()).isEmpty();

		assertThat(yz.post("/engine-rest/task/" + foreignEngineTaskId + "/complete", submission()).status()).isEqualTo(403);
		assertThat(state(foreignTaskId)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void shouldHideAnotherSchoolsTaskInTheAppApi() {
		Http yz = Http.basic(port, "yz1");

		JsonNode list = yz.get("/api/unit-tasks").json();
		list.forEach(t -> assertThat(t.get("unitId").asText()).isEqualTo("school-yz"));
		assertThat(list.findValues("id").stream().map(JsonNode::asLong)).contains(ownTaskId).doesNotContain(foreignTaskId);

		Response detail = yz.get("/api/unit-tasks/" + foreignTaskId);
		assertThat(detail.status()).isEqualTo(403);
		assertThat(detail.json().get("code").asText()).isEqualTo("FORBIDDEN");
		assertThat(yz.get("/api/unit-tasks?unitId=school-ez").status()).isEqualTo(403);

		Response submit = yz.post("/api/unit-tasks/" + foreignTaskId + "/evidence",
				Map.of("summary", "冒名提交", "completionDate", LocalDate.now().toString()));
		assertThat(submit.status()).isEqualTo(403);
		assertThat(state(foreignTaskId)).isEqualTo("IN_PROGRESS");

		// A school cannot review its own work either.
		Response review = yz.post("/api/unit-tasks/" + ownTaskId + "/review", Map.of("decision", "ACCEPT"));
		assertThat(review.status()).isIn(403, 409);
	}

	@Test
	void shouldRejectAnonymousCalls() {
		Http anonymous = Http.anonymous(port);

		assertThat(anonymous.get("/engine-rest/task?maxResults=100").status()).isEqualTo(401);
		assertThat(anonymous.post("/engine-rest/task/" + foreignEngineTaskId + "/complete", submission()).status())
			.isEqualTo(401);
		Response api = anonymous.get("/api/unit-tasks");
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.json().get("code").asText()).isEqualTo("UNAUTHENTICATED");
		assertThat(anonymous.get("/camunda/api/engine/engine/default/task?maxResults=100").status()).isEqualTo(401);
		assertThat(Http.basic(port, "yz1").get("/engine-rest/task?maxResults=100").status()).isEqualTo(200);
	}

	@Test
	void shouldRejectWrongPassword() {
		// A user of its own: failed logins make the engine delay that user's next attempts.
		Http wrong = Http.anonymous(port);
		assertThat(wrong.getWithBasic("/api/unit-tasks", "tszx1", "not-the-password").status()).isEqualTo(401);
		assertThat(wrong.getWithBasic("/engine-rest/task?maxResults=100", "tszx1", "not-the-password").status()).isEqualTo(401);
		Response api = wrong.getWithBasic("/api/unit-tasks", "tszx1", "demo-but-wrong");
		assertThat(api.json().get("message").asText()).isEqualTo("用户名或密码错误");
	}

	@Test
	void shouldRequireTheCsrfTokenForSessionCallsToTheAppApi() {
		Http tasklist = Http.tasklistSession(port, "yz1");
		assertThat(tasklist.get("/api/unit-tasks").status()).isEqualTo(200);

		Response withoutToken = tasklist.postWithoutCsrfToken("/api/unit-tasks/" + ownTaskId + "/evidence",
				Map.of("summary", "已整改", "completionDate", LocalDate.now().toString()));
		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(state(ownTaskId)).isEqualTo("IN_PROGRESS");

		assertThat(tasklist.post("/api/unit-tasks/" + ownTaskId + "/evidence",
				Map.of("summary", "已整改", "completionDate", LocalDate.now().toString())).status()).isEqualTo(200);
	}

	@Test
	void shouldNotLetAUnitReRouteOrRescheduleItsOwnItem() {
		Http yz = Http.basic(port, "yz1");
		String taskId = Http.basic(port, "office1").get("/api/unit-tasks/" + ownTaskId).json().at("/openTask/taskId").asText();

		assertThat(yz.put("/engine-rest/task/" + taskId + "/variables/responsibleLeader",
				Map.of("value", "yz1", "type", "String")).status()).isEqualTo(403);
		assertThat(yz.put("/engine-rest/task/" + taskId, Map.of("name", "改名", "due", "2099-01-01T00:00:00.000+0800"))
			.status()).isEqualTo(403);
		assertThat(yz.post("/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "office1")).status()).isEqualTo(403);

		// Extra variables sent with the form land in the process but decide nothing: the ledger routes the item.
		Response submit = yz.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of(
				"summary", Map.of("value", "已整改"), "completionDate", Map.of("value", LocalDate.now().toString()),
				"responsibleLeader", Map.of("value", "yz1"), "unitId", Map.of("value", "school-ez"),
				"longTerm", Map.of("value", true))));
		assertThat(submit.status()).as(submit.body()).isEqualTo(204);
		assertThat(Http.basic(port, "office1").post("/api/unit-tasks/" + ownTaskId + "/review", Map.of("decision", "ACCEPT"))
			.status()).isEqualTo(200);
		JsonNode signOff = Http.basic(port, "leader2").get("/engine-rest/task?maxResults=100&taskDefinitionKey=Task_SignOff&assignee=leader2")
			.json();
		assertThat(signOff.findValues("name").stream().map(JsonNode::asText)).contains("【1-1】销号 · 第一中学");
		assertThat(Http.basic(port, "leader2").post("/api/unit-tasks/" + ownTaskId + "/sign-off",
				Map.of("decision", "SIGN_OFF")).json().at("/task/state").asText()).isEqualTo("SIGNED_OFF");
	}

	@Test
	void shouldAcceptPlainCompleteThroughEngineRestWithTheSameRules() {
		Http yz = Http.basic(port, "yz1");
		String taskId = Http.basic(port, "office1").get("/api/unit-tasks/" + ownTaskId).json().at("/openTask/taskId").asText();

		Response empty = yz.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("message").asText()).isEqualTo("请填写整改情况");

		Response done = yz.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
				"summary", Map.of("value", "已整改"), "completionDate", Map.of("value", LocalDate.now().toString()))));
		assertThat(done.status()).as(done.body()).isEqualTo(204);
		String reviewId = Http.basic(port, "office1").get("/api/unit-tasks/" + ownTaskId).json().at("/openTask/taskId").asText();
		Response review = Http.basic(port, "office2").post("/engine-rest/task/" + reviewId + "/complete",
				Map.of("variables", Map.of("reviewDecision", Map.of("value", " ACCEPT "))));
		assertThat(review.status()).as(review.body()).isEqualTo(204);
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + ownTaskId).json().at("/task/state").asText())
			.isEqualTo("AWAITING_SIGN_OFF");
	}

	@Test
	void shouldDropASessionUsersAccessAsSoonAsTheyLeaveTheUnit() {
		Http tasklist = Http.tasklistSession(port, "hxz1");
		assertThat(tasklist.get("/api/unit-tasks?unitId=school-hxz").status()).isEqualTo(200);

		identityService.deleteMembership("hxz1", "school-hxz");
		try {
			assertThat(tasklist.get("/api/unit-tasks?unitId=school-hxz").status()).isEqualTo(403);
		}
		finally {
			identityService.createMembership("hxz1", "school-hxz");
		}
	}

	@Test
	void shouldNotStartAnItemOutsideTheLedger() {
		Response start = Http.basic(port, "office1").post("/engine-rest/process-definition/key/unit-rectification/start",
				Map.of("variables", Map.of("unitId", Map.of("value", "school-yz"))));

		assertThat(start.status()).isEqualTo(403);
		assertThat(Http.basic(port, "office1").get("/engine-rest/process-definition/key/unit-rectification").json()
			.get("startableInTasklist").asBoolean()).isFalse();
	}

	private static Map<String, Object> submission() {
		return Map.of("variables", Map.of("summary", Map.of("value", "越权提交"), "completionDate",
				Map.of("value", LocalDate.now().toString())));
	}

	private static List<String> names(JsonNode tasks) {
		List<String> names = new ArrayList<>();
		tasks.forEach(t -> names.add(t.get("name").asText()));
		return names;
	}

	private String state(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/task/state").asText();
	}

}
