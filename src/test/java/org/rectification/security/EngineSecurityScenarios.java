package org.rectification.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectification.support.DueJobs;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's holes, tried as an attacker would on every door (/engine-rest with HTTP Basic, the webapps'
 * /camunda/api with a Tasklist session, the app's /api): expressions in queries at any depth, account locking,
 * resolve and delegate, the password policy, self-service on one's own account, unbounded queries, metrics,
 * Java serialization and deployments. Each probe asserts the refusal and that nothing changed. Run on H2 and on
 * PostgreSQL, each on a database of its own (passwords and throttles change here).
 */
abstract class EngineSecurityScenarios {

	static final String WEBAPP = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.boot.autoconfigure.web.ServerProperties serverProperties;

	String engineTaskId;

	long unitTaskId;

	Path marker;

	@BeforeEach
	void oneItemOfExperimentalMiddleSchool() throws Exception {
		Response created = Http.basic(port, "admin").post("/api/rounds", Plans.round("安全测试 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-syzx"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		DueJobs.execute(managementService);
		long roundId = created.json().at("/round/id").asLong();
		unitTaskId = Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
		engineTaskId = Http.basic(port, "office1").get("/api/unit-tasks/" + unitTaskId).json().at("/openTask/taskId").asText();
		marker = Files.createTempDirectory("probe").resolve("pwned");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	// --- 1. No expression from outside is ever evaluated

	/** Would create the marker file with an OS command, and set a system property, if evaluated. */
	String payload() {
		return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
				+ marker + "')}";
	}

	String propertyPayload() {
		return "${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), ''.getClass())"
				+ ".invoke(null, 'rectification.pwned', 'yes')}";
	}

	@Test
	void shouldRefuseExpressionsInQueriesAtEveryDepthOnEveryDoor() throws Exception {
		Map<String, Object> orQuery = Map.of("orQueries", List.of(Map.of("assigneeExpression", payload())));
		Map<String, Object> deeper = Map.of("orQueries", List.of(Map.of("name", "x", "orQueries",
				List.of(Map.of("candidateUserExpression", propertyPayload())))));
		Map<String, Object> topLevel = Map.of("dueDateExpression", propertyPayload());
		String unitFilter = filterId("本单位待办");

		List<Response> answers = new ArrayList<>();
		for (Door entry : doors("syzx1")) {
			Http door = entry.http();
			String engine = entry.engine();
			for (Map<String, Object> body : List.of(orQuery, deeper, topLevel)) {
				answers.add(door.post(engine + "/task?firstResult=0&maxResults=15", body));
				answers.add(door.post(engine + "/task/count", body));
				answers.add(door.post(engine + "/filter/" + unitFilter + "/list?firstResult=0&maxResults=15", body));
				answers.add(door.post(engine + "/filter/" + unitFilter + "/count", body));
				answers.add(door.post(engine + "/filter/" + unitFilter + "/singleResult", body));
			}
			answers.add(door.get(engine + "/task?assigneeExpression=" + java.net.URLEncoder.encode(payload(), "UTF-8")));
		}
		assertThat(answers).hasSize(32).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.json().get("message").asText()).as(answer.body()).isEqualTo(CommandGuard.EXPRESSION_MESSAGE);
		});
		assertThat(answers.get(0).json().get("message").asText()).isEqualTo(CommandGuard.EXPRESSION_MESSAGE);
		assertThat(answers.get(0).json().get("code").asInt()).isEqualTo(CommandGuard.EXPRESSION_REFUSED);

		// The app's own door takes no query: an expression in a parameter is data, never evaluated.
		Response api = Http.basic(port, "syzx1").get("/api/unit-tasks?unitId=" + java.net.URLEncoder.encode(payload(), "UTF-8"));
		assertThat(api.status()).isIn(400, 403);

		Thread.sleep(500);
		assertThat(marker).doesNotExist();
		assertThat(System.getProperty("rectification.pwned")).isNull();
		// The same queries without expressions still work, and the app's own filters still find the task.
		Http clerk = Http.tasklistSession(port, "syzx1");
		assertThat(clerk.post(WEBAPP + "/filter/" + unitFilter + "/list?firstResult=0&maxResults=15", Map.of()).json())
			.anySatisfy(task -> assertThat(task.get("id").asText()).isEqualTo(engineTaskId));
		assertThat(clerk.post(WEBAPP + "/task?firstResult=0&maxResults=15",
				Map.of("orQueries", List.of(Map.of("assignee", "syzx1")))).status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseStoredFiltersWithExpressionsBeyondTheHarmlessOnes() {
		Http admin = Http.basic(port, "admin");
		long before = filterService.createFilterQuery().count();
		for (Map<String, ?> query : List.<Map<String, ?>>of(Map.of("assigneeExpression", payload()),
				Map.of("orQueries", List.of(Map.of("assigneeExpression", propertyPayload()))),
				Map.of("dueBeforeExpression", "${dateTime().plusDays(1).getClass().forName('java.lang.Runtime')}"))) {
			Response create = admin.post("/engine-rest/filter/create",
					Map.of("resourceType", "Task", "name", "恶意过滤器", "owner", "admin", "query", query));
			assertThat(create.status()).as(create.body()).isEqualTo(400);
			assertThat(create.json().get("message").asText()).isEqualTo(CommandGuard.FILTER_EXPRESSION_MESSAGE);
		}
		assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
		// An existing filter cannot be changed into one either.
		String mine = filterId("我的待办");
		Response update = admin.put("/engine-rest/filter/" + mine,
				Map.of("resourceType", "Task", "name", "我的待办", "owner", "admin", "query", Map.of("assigneeExpression", payload())));
		assertThat(update.status()).isEqualTo(400);
		assertThat(update.json().get("message").asText()).isEqualTo(CommandGuard.FILTER_EXPRESSION_MESSAGE);
		Filter unchanged = filterService.getFilter(mine);
		assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) unchanged.getQuery()).getExpressions())
			.containsValue("${currentUser()}");
		// Tasklist's own kinds of filter expression are fine.
		Response harmless = admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "三天内到期",
				"owner", "admin", "query", Map.of("assigneeExpression", "${ currentUser() }", "dueBeforeExpression",
						"${dateTime().plusDays(3).withTimeAtStartOfDay()}")));
		assertThat(harmless.status()).as(harmless.body()).isEqualTo(200);
		filterService.deleteFilter(harmless.json().get("id").asText());
		assertThat(marker).doesNotExist();
	}

	// --- 2. Identity

	@Test
	void shouldThrottleGuessingPerSourceWithoutLockingTheOwnerOutForGood() {
		Http attacker = Http.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.66");
		for (int i = 0; i < 10; i++) {
			assertThat(Http.basic(port, "admin", "wrong-" + i).withHeader("X-Forwarded-For", "203.0.113.66")
				.get("/engine-rest/user?maxResults=1").status()).isEqualTo(401);
			// The attacker waits out each delay, as a patient script would.
			waitMinutes(16);
			assertThat(attacker.webappLogin("admin", "wrong-" + i).status()).isEqualTo(401);
			waitMinutes(16);
		}
		assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE user_id = 'admin' AND source = '203.0.113.66'")
			.query(Integer.class).single()).isEqualTo(20);

		// The administrator, from their own address, is not held up at all, on any door.
		assertThat(Http.basic(port, "admin").withHeader("X-Forwarded-For", "198.51.100.7").get("/engine-rest/user?maxResults=1")
			.status()).isEqualTo(200);
		assertThat(Http.anonymous(port).withHeader("X-Forwarded-For", "198.51.100.7").webappLogin("admin", "demo").status())
			.isEqualTo(200);
		assertThat(Http.basic(port, "admin").get("/api/rounds").status()).isEqualTo(200);

		// The guessing address waits: right after one more failure, even the right password is not accepted...
		assertThat(attacker.webappLogin("admin", "wrong-again").status()).isEqualTo(401);
		assertThat(attacker.webappLogin("admin", "demo").status()).isEqualTo(401);
		// A waiting address gets the same answer as a wrong password: nothing tells a script the account exists.
		Response waiting = Http.basic(port, "admin", "demo").withHeader("X-Forwarded-For", "203.0.113.66").get("/api/rounds");
		assertThat(waiting.status()).isEqualTo(401);
		assertThat(waiting.json().get("message").asText()).isEqualTo("用户名或密码错误");
		// ...until its wait (at most 15 minutes) is over: nobody is locked out for good.
		waitMinutes(16);
		assertThat(attacker.webappLogin("admin", "demo").status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE user_id = 'admin' AND source = '203.0.113.66'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void shouldLetOnlyOneOfManyParallelGuessesThroughPerWait() throws Exception {
		String user = "sz1";
		for (int i = 0; i < 3; i++) {
			Http.basic(port, user, "warm-up-" + i).withHeader("X-Forwarded-For", "203.0.113.99").get("/api/rounds");
		}
		waitMinutes(16);
		// 20 guesses at once from one address take turns: the first fails, the others find the address waiting.
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String guess = "parallel-" + i;
				answers.add(pool.submit(() -> Http.basic(port, user, guess).withHeader("X-Forwarded-For", "203.0.113.99")
					.get("/api/rounds").status()));
			}
			for (java.util.concurrent.Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(401);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE user_id = ? AND source = '203.0.113.99'")
			.param(user).query(Integer.class).single()).isEqualTo(4);
		assertThat(Http.basic(port, user).get("/api/rounds").status()).isEqualTo(200);

		// Parallel calls with the right password (a script, several tabs) all pass and count nothing.
		pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				answers.add(pool.submit(() -> Http.basic(port, "yz1").withHeader("X-Forwarded-For", "203.0.113.98")
					.get("/api/rounds").status()));
			}
			for (java.util.concurrent.Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE user_id = 'yz1' AND source = '203.0.113.98'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void shouldTrustOnlyAProxyOnThisMachineToNameTheClient() {
		java.util.regex.Pattern trusted = java.util.regex.Pattern.compile(serverProperties.getTomcat().getRemoteip().getInternalProxies());
		assertThat(List.of("127.0.0.1", "0:0:0:0:0:0:0:1")).allMatch(a -> trusted.matcher(a).matches());
		assertThat(List.of("10.1.2.3", "192.168.1.20", "172.16.0.5", "100.64.0.1", "203.0.113.5"))
			.noneMatch(a -> trusted.matcher(a).matches());
	}

	@Test
	void shouldHoldEveryPasswordToThePolicy() {
		String user = "syzx2";
		Http clerk = Http.basic(port, user);
		String hash = passwordHash(user);
		for (String weak : List.of("a", "short1", "1234567890", "QWERTYUIOP", "syzx2-2026-spring", "")) {
			Response change = clerk.put("/engine-rest/user/" + user + "/credentials",
					Map.of("password", weak, "authenticatedUserPassword", "demo"));
			assertThat(change.status()).as(weak + ": " + change.body()).isEqualTo(400);
			assertThat(change.json().get("message").asText()).as(weak).contains("密码不符合要求");
		}
		assertThat(passwordHash(user)).isEqualTo(hash);
		// The administrator is held to it too, in Admin as anywhere.
		Response byAdmin = Http.basic(port, "admin").put("/engine-rest/user/" + user + "/credentials",
				Map.of("password", "password123", "authenticatedUserPassword", "demo"));
		assertThat(byAdmin.status()).isEqualTo(400);
		assertThat(passwordHash(user)).isEqualTo(hash);
		// The policy as Admin and the welcome page show it.
		JsonNode policy = clerk.get("/engine-rest/identity/password-policy").json();
		assertThat(policy.findValuesAsText("placeholder")).contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_USER_DATA",
				"PASSWORD_POLICY_COMMON");

		String strong = "春风又绿江南岸-2026";
		Response change = clerk.put("/engine-rest/user/" + user + "/credentials",
				Map.of("password", strong, "authenticatedUserPassword", "demo"));
		assertThat(change.status()).as(change.body()).isEqualTo(204);
		assertThat(Http.basic(port, user, strong).get("/api/unit-tasks").status()).isEqualTo(200);
	}

	@Test
	void shouldLetOnlyAdministratorsRenameOrDeleteUsers() {
		Http clerk = Http.basic(port, "syzx1");
		String name = identityService.createUserQuery().userId("syzx1").singleResult().getFirstName();
		Response rename = clerk.put("/engine-rest/user/syzx1/profile", Map.of("id", "syzx1", "firstName", "校长", "lastName", ""));
		assertThat(rename.status()).isEqualTo(403);
		assertThat(rename.json().get("message").asText()).isEqualTo(ThrottledIdentityProvider.SELF_SERVICE_MESSAGE);
		Response newId = clerk.put("/engine-rest/user/syzx1/profile", Map.of("id", "principal", "firstName", name, "lastName", ""));
		assertThat(newId.status()).isIn(400, 403, 404);
		Response delete = clerk.delete("/engine-rest/user/syzx1");
		assertThat(delete.status()).isEqualTo(403);
		Response webappDelete = Http.tasklistSession(port, "syzx1").delete(WEBAPP + "/user/syzx1");
		assertThat(webappDelete.status()).isEqualTo(403);
		assertThat(identityService.createUserQuery().userId("syzx1").singleResult().getFirstName()).isEqualTo(name);
		assertThat(identityService.createUserQuery().userId("principal").count()).isZero();
		assertThat(clerk.get("/api/unit-tasks").status()).isEqualTo(200);
		// Nor anyone else's, nor groups or memberships.
		assertThat(clerk.delete("/engine-rest/user/syzx2").status()).isEqualTo(403);
		assertThat(clerk.post("/engine-rest/group/role-office/members/syzx1", Map.of()).status()).isIn(403, 405);
		assertThat(clerk.put("/engine-rest/group/role-office/members/syzx1", Map.of()).status()).isEqualTo(403);
		assertThat(identityService.createUserQuery().memberOfGroup("role-office").userId("syzx1").count()).isZero();
		// The administrator can.
		Response byAdmin = Http.basic(port, "admin").put("/engine-rest/user/syzx1/profile",
				Map.of("id", "syzx1", "firstName", name, "lastName", "", "email", "syzx1@example.cn"));
		assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(204);
	}

	// --- 3. Engine settings for a hostile network

	@Test
	void shouldRefuseResolveAndDelegateOnEveryDoorAndWriteNothing() {
		String instance = taskService.createTaskQuery().taskId(engineTaskId).singleResult().getProcessInstanceId();
		Map<String, Object> variables = runtimeService.getVariables(instance);
		Map<String, Object> forged = Map.of("variables", Map.of("unitTaskId", Map.of("value", 1, "type", "Long"),
				"approved", Map.of("value", true, "type", "Boolean")));
		Http basic = Http.basic(port, "syzx1");
		Http session = Http.tasklistSession(port, "syzx1");
		assertThat(basic.post("/engine-rest/task/" + engineTaskId + "/claim", Map.of("userId", "syzx1")).status()).isEqualTo(204);
		for (Response answer : List.of(basic.post("/engine-rest/task/" + engineTaskId + "/resolve", forged),
				session.post(WEBAPP + "/task/" + engineTaskId + "/resolve", forged),
				basic.post("/engine-rest/task/" + engineTaskId + "/delegate", Map.of("userId", "syzx2")),
				session.post(WEBAPP + "/task/" + engineTaskId + "/delegate", Map.of("userId", "syzx2")),
				Http.basic(port, "admin").post("/engine-rest/task/" + engineTaskId + "/resolve", forged))) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.json().get("message").asText()).contains("不使用任务委托");
		}
		// Nor may the unit end its own task with a BPMN error or an escalation: nothing catches them, and the engine
		// would end the item's process past review and sign-off.
		for (Response answer : List.of(
				basic.post("/engine-rest/task/" + engineTaskId + "/bpmnError", Map.of("errorCode", "x", "variables", forged.get("variables"))),
				session.post(WEBAPP + "/task/" + engineTaskId + "/bpmnError", Map.of("errorCode", "x")),
				basic.post("/engine-rest/task/" + engineTaskId + "/bpmnEscalation", Map.of("escalationCode", "x")))) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.json().get("message").asText()).isEqualTo("任务只能通过任务表单办理，不能以错误或升级事件结束");
		}
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + unitTaskId).json().at("/task/state").asText())
			.isEqualTo("IN_PROGRESS");
		assertThat(runtimeService.getVariables(instance)).isEqualTo(variables);
		JsonNode task = basic.get("/engine-rest/task/" + engineTaskId).json();
		assertThat(task.get("assignee").asText()).isEqualTo("syzx1");
		assertThat(task.get("delegationState").isNull()).isTrue();
	}

	@Test
	void shouldAnswerAtMostTheConfiguredNumberOfRows() {
		for (Door entry : doors("leader1")) {
			Http door = entry.http();
			String engine = entry.engine();
			for (String path : List.of("/history/detail", "/history/variable-instance", "/history/activity-instance", "/task",
					"/history/detail?maxResults=5000", "/history/task?firstResult=0&maxResults=2001")) {
				Response answer = door.get(engine + path);
				assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
				assertThat(answer.json().get("message").asText()).as(path).isEqualTo(String.format(CommandGuard.MAX_RESULTS_MESSAGE_FORMAT, 2000));
			}
			Response page = door.get(engine + "/history/detail?firstResult=0&maxResults=2000");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.json().size()).isPositive().isLessThanOrEqualTo(2000);
		}
	}

	@Test
	void shouldRefuseUnboundedListsOfCockpitsPluginApiInChinese() {
		Response plugin = Http.tasklistSession(port, "leader1").get("/camunda/api/cockpit/plugin/base/default/process-instance");
		assertThat(plugin.status()).as(plugin.body()).isEqualTo(400);
		assertThat(plugin.json().get("message").asText()).isEqualTo(String.format(CommandGuard.MAX_RESULTS_MESSAGE_FORMAT, 2000));
		assertThat(Http.tasklistSession(port, "leader1")
			.get("/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50").status()).isEqualTo(200);
	}

	@Test
	void shouldPageTheAppsOwnListsWithinTheSameLimit() {
		Http.basic(port, "admin").post("/api/rounds", Plans.round("分页测试 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-syzx", "school-yz"))));
		Http office = Http.basic(port, "office1");
		JsonNode first = office.get("/api/unit-tasks?firstResult=0&maxResults=1").json();
		JsonNode second = office.get("/api/unit-tasks?firstResult=1&maxResults=1").json();
		assertThat(first).hasSize(1);
		assertThat(second).hasSize(1);
		assertThat(first.get(0).get("id")).isNotEqualTo(second.get(0).get("id"));
		assertThat(office.get("/api/unit-tasks").json().size()).isGreaterThanOrEqualTo(3);
		for (String path : List.of("/api/unit-tasks?maxResults=2001", "/api/unit-tasks?maxResults=0",
				"/api/unit-tasks?firstResult=-1", "/api/progress-reports?maxResults=5000")) {
			Response refused = office.get(path);
			assertThat(refused.status()).as(path).isEqualTo(400);
			assertThat(refused.json().get("code").asText()).isEqualTo("PAGE_INVALID");
			assertThat(refused.json().get("message").asText()).matches(".*(maxResults 须在1到2000之间|firstResult 不能小于0).*");
		}
		assertThat(office.get("/api/progress-reports?firstResult=0&maxResults=10").status()).isEqualTo(200);
	}

	@Test
	void shouldShowEngineMetricsToAdministratorsOnly() {
		for (String user : List.of("syzx1", "leader1", "office1")) {
			Response metrics = Http.basic(port, user).get("/engine-rest/metrics/activity-instance-start/sum");
			assertThat(metrics.status()).as(user).isEqualTo(403);
			assertThat(metrics.json().get("message").asText()).isEqualTo("只有系统管理员可以查看引擎运行指标");
			assertThat(Http.basic(port, user).get("/engine-rest/metrics?name=activity-instance-start&maxResults=10").status())
				.isEqualTo(403);
		}
		assertThat(Http.basic(port, "admin").get("/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseJavaSerializedVariablesAndDeploymentsThroughTheDoors() {
		String instance = taskService.createTaskQuery().taskId(engineTaskId).singleResult().getProcessInstanceId();
		// java.util.ArrayList, serialized: harmless itself, but the format is how gadget chains get in.
		String serialized = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";
		Response put = Http.basic(port, "admin").put("/engine-rest/process-instance/" + instance + "/variables/gadget",
				Map.of("value", serialized, "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.ArrayList",
						"serializationDataFormat", "application/x-java-serialized-object")));
		assertThat(put.status()).as(put.body()).isIn(400, 500).isNotEqualTo(204);
		assertThat(runtimeService.getVariable(instance, "gadget")).isNull();

		long deployments = managementService.createJobQuery().count();
		long before = Http.basic(port, "admin").get("/engine-rest/deployment/count").json().get("count").asLong();
		Response deploy = Http.basic(port, "admin").upload("/engine-rest/deployment/create", "evil.bpmn",
				("<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL' targetNamespace='x'>"
						+ "<process id='evil' isExecutable='true'><startEvent id='s'/></process></definitions>").getBytes(),
				Map.of("deployment-name", "evil"));
		assertThat(deploy.status()).as(deploy.body()).isEqualTo(403);
		assertThat(deploy.json().get("message").asText()).isEqualTo("流程和表单随系统发布部署，不能通过接口部署");
		assertThat(Http.basic(port, "admin").get("/engine-rest/deployment/count").json().get("count").asLong()).isEqualTo(before);
		assertThat(managementService.createJobQuery().count()).isEqualTo(deployments);
	}

	// --- helpers

	static void waitMinutes(int minutes) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(minutes).toMillis()));
	}

	String passwordHash(String user) {
		return jdbc.sql("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = ?").param(user).query(String.class).single();
	}

	String filterId(String name) {
		return filterService.createFilterQuery().filterName(name).singleResult().getId();
	}

	/** The engine's two doors for one user: /engine-rest with HTTP Basic, the webapps' API with a Tasklist session. */
	List<Door> doors(String user) {
		return List.of(new Door(Http.basic(port, user), "/engine-rest"), new Door(Http.tasklistSession(port, user), WEBAPP));
	}

	record Door(Http http, String engine) {
	}

}
