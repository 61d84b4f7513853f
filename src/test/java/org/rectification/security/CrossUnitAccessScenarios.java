package org.rectification.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectification.support.EvidenceSamples;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One school (实验中学, syzx1) has worked on its items: a file uploaded and submitted, another item open with a
 * draft file, a comment and an attachment by the office, a progress report. Another school's clerk (第一中学, yz1)
 * then tries to reach those records through every door: /engine-rest (Basic), the webapps' engine API and plugin
 * APIs (Tasklist session) and /api. Every probe must be refused or come back empty, and change nothing, while the
 * owner and the office do see the same records. {@link org.rectification.rectification.UnitAccessScenarios}
 * covers a unit's own item and the rules; this covers what one unit can learn of or do to another's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrossUnitAccessScenarios {

	static final String ENGINE_REST = "/engine-rest";

	static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

	static final String COCKPIT_PLUGIN = "/camunda/api/cockpit/plugin/base/default";

	static final String PAGE = "firstResult=0&maxResults=100";

	static final String OWNER = "syzx1";

	static final String OTHER = "yz1";

	static final String OWNER_UNIT = "school-syzx";

	/** What the school's records say, in the comment, the attachment and the evidence; never shown to another unit. */
	static final String[] CONTENT = { "请补充会议纪要原件", "补充说明", "会议纪要原件另行报送", "已清理白条", "白条清理台账", "会议纪要.pdf" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long roundId;

	/** 实验中学's item it submitted (now with the office for review), and its item still open. */
	long submittedItem;

	long openItem;

	/** 第一中学's own item of the open measure, for the checks that the clerk's own work is still reachable. */
	long otherOwnItem;

	String submittedInstance;

	String openInstance;

	String processDefinitionId;

	/** The completed 提交佐证材料 task of the submitted item, the office's review task, and the open task. */
	String completedTask;

	String reviewTask;

	String openTask;

	String otherOwnTask;

	long submittedFile;

	long draftFile;

	String commentId;

	String attachmentId;

	long cycleId;

	long reportId;

	@BeforeAll
	void twoSchoolsAtWork() {
		Response created = Http.basic(port, "admin").post("/api/rounds", Plans.round("跨单位权限 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", OWNER_UNIT, "school-yz"),
						Plans.measure("1-2", "限期整改", "leader2", OWNER_UNIT, "school-yz"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		roundId = created.json().at("/round/id").asLong();
		awaitFanOut();

		Http office = Http.basic(port, "office1");
		for (JsonNode item : office.get("/api/unit-tasks?roundId=" + roundId).json()) {
			String code = item.get("measureCode").asText();
			boolean owner = item.get("unitId").asText().equals(OWNER_UNIT);
			long id = item.get("id").asLong();
			if (owner && code.equals("1-1")) {
				submittedItem = id;
			}
			else if (owner) {
				openItem = id;
			}
			else if (code.equals("1-2")) {
				otherOwnItem = id;
			}
		}
		assertThat(List.of(submittedItem, openItem, otherOwnItem)).doesNotContain(0L);

		Http owner = Http.basic(port, OWNER);
		completedTask = openTaskOf(submittedItem);
		openTask = openTaskOf(openItem);
		otherOwnTask = openTaskOf(otherOwnItem);
		Response upload = owner.upload("/api/unit-tasks/" + submittedItem + "/evidence-files", "白条清理台账.pdf",
				EvidenceSamples.pdf("跨单位权限 " + UUID.randomUUID()), Map.of("kind", "LEDGER"));
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		submittedFile = upload.json().get("id").asLong();
		Response submit = owner.post("/api/unit-tasks/" + submittedItem + "/evidence",
				Map.of("summary", "已清理白条，修订报销制度", "completionDate", LocalDate.now().toString()));
		assertThat(submit.status()).as(submit.body()).isEqualTo(200);
		reviewTask = openTaskOf(submittedItem);
		Response draft = owner.upload("/api/unit-tasks/" + openItem + "/evidence-files", "会议纪要.pdf",
				EvidenceSamples.pdf("草稿 " + UUID.randomUUID()), Map.of("kind", "MINUTES"));
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		draftFile = draft.json().get("id").asLong();

		JsonNode instance = office.get(ENGINE_REST + "/task/" + openTask).json();
		openInstance = instance.get("processInstanceId").asText();
		processDefinitionId = instance.get("processDefinitionId").asText();
		submittedInstance = office.get(ENGINE_REST + "/task/" + reviewTask).json().get("processInstanceId").asText();

		// Units cannot comment (they have no history), the office can: a note and a file on the school's task.
		Response comment = office.post(ENGINE_REST + "/task/" + openTask + "/comment/create", Map.of("message", "请补充会议纪要原件"));
		assertThat(comment.status()).as(comment.body()).isEqualTo(200);
		commentId = comment.json().get("id").asText();
		Response attachment = office.upload(ENGINE_REST + "/task/" + openTask + "/attachment/create", "说明.txt",
				"补充说明".getBytes(), Map.of("attachment-name", "整改说明", "attachment-description", "补充说明",
						"attachment-type", "text/plain", "content", "会议纪要原件另行报送"));
		assertThat(attachment.status()).as(attachment.body()).isEqualTo(200);
		attachmentId = attachment.json().get("id").asText();

		progressReportOfTheOwner();
	}

	/**
	 * A progress report row of the owner's, written straight into the ledger: this context runs without the
	 * reporting timer, and what is probed here is only who may read or answer it.
	 */
	private void progressReportOfTheOwner() {
		// A week long past, one per round, so it meets no other test's cycle.
		LocalDate start = LocalDate.of(1990, 1, 1).plusWeeks(roundId);
		jdbc.sql("INSERT INTO reporting_cycle (cadence, period_start, period_end, opens_on, due_on, escalate_on, "
				+ "closes_at, opened_at) VALUES ('WEEKLY', ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.params(start, start.plusDays(6), start, start.plusDays(1), start.plusDays(2))
			.update();
		cycleId = jdbc.sql("SELECT id FROM reporting_cycle WHERE period_start = ?").param(start).query(Long.class).single();
		jdbc.sql("INSERT INTO unit_report (cycle_id, unit_id, status, created_at) VALUES (?, ?, 'OPEN', CURRENT_TIMESTAMP)")
			.params(cycleId, OWNER_UNIT)
			.update();
		reportId = jdbc.sql("SELECT id FROM unit_report WHERE cycle_id = ? AND unit_id = ?")
			.params(cycleId, OWNER_UNIT)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO unit_report_entry (report_id, item_no, unit_task_id, state, deadline, progress) "
				+ "VALUES (?, 1, ?, 'IN_PROGRESS', ?, '已完成自查')")
			.params(reportId, openItem, LocalDate.now().plusDays(30))
			.update();
	}

	// ---------------------------------------------------------------- the owner and the office do see it

	@Test
	void shouldShowTheSchoolsRecordsToItselfAndToTheOffice() {
		for (Door door : doors(OWNER)) {
			assertThat(door.get("/task?" + PAGE).body()).as(door.name).contains(openTask);
			assertThat(door.get("/task/" + openTask).status()).as(door.name).isEqualTo(200);
			assertThat(door.get("/task/" + openTask + "/form-variables").status()).as(door.name).isEqualTo(200);
			assertThat(door.get("/task/" + openTask + "/variables").body()).as(door.name).contains("实验中学");
			assertThat(door.get("/task/count?processInstanceId=" + openInstance).json().get("count").asLong()).isEqualTo(1);
			assertThat(door.get("/task/" + openTask + "/identity-links").body()).contains(OWNER_UNIT);
			assertThat(filterLists(door)).as(door.name).anyMatch(body -> body.contains(openTask));
		}

		for (Door door : doors("office1")) {
			for (String path : instancePaths()) {
				assertThat(door.get(path).body()).as(door.name + " " + path).contains(openInstance);
			}
			assertThat(door.get("/process-definition/" + processDefinitionId + "/statistics").json()).isNotEmpty();
			for (String path : historyPaths()) {
				assertThat(door.get(path).body()).as(door.name + " " + path).contains(submittedInstance);
			}
			// The identity link log has no instance filter: the submitted task's candidate link.
			assertThat(door.get("/history/identity-link-log?taskId=" + completedTask + "&" + PAGE).body()).contains(OWNER_UNIT);
			assertThat(door.get("/task/" + openTask + "/variables").body()).contains("实验中学");
			assertThat(door.get("/task/" + openTask + "/comment").body()).contains(commentId);
			assertThat(door.get("/task/" + openTask + "/comment/" + commentId).status()).isEqualTo(200);
			assertThat(door.get("/task/" + openTask + "/attachment/" + attachmentId).status()).isEqualTo(200);
			assertThat(door.accepting("*/*").get(door.base + "/task/" + openTask + "/attachment/" + attachmentId + "/data").body())
				.isEqualTo("会议纪要原件另行报送");
			assertThat(door.get("/history/task?" + PAGE + "&taskId=" + completedTask).body()).contains(completedTask);
		}
		Http cockpit = Http.tasklistSession(port, "office1");
		Response plugin = cockpit.post(COCKPIT_PLUGIN + "/process-instance?" + PAGE,
				Map.of("processDefinitionId", processDefinitionId, "businessKey", String.valueOf(openItem)));
		assertThat(plugin.body()).as(plugin.toString()).contains(openInstance);

		Http owner = Http.basic(port, OWNER);
		assertThat(owner.get("/api/unit-tasks/" + openItem).status()).isEqualTo(200);
		assertThat(owner.get("/api/unit-tasks/" + openItem + "/deadline").status()).isEqualTo(200);
		assertThat(owner.get("/api/unit-tasks/" + openItem + "/evidence-files").body()).contains("会议纪要.pdf");
		assertThat(owner.get("/api/tasks/" + openTask + "/evidence-files").status()).isEqualTo(200);
		assertThat(owner.download("/api/evidence-files/" + submittedFile + "/content").status()).isEqualTo(200);
		assertThat(owner.get("/api/progress-reports/" + reportId).status()).isEqualTo(200);
		assertThat(cells(owner.download("/api/rounds/" + roundId + "/ledger.xlsx?unit=" + OWNER_UNIT))).contains("实验中学");
		Http office = Http.basic(port, "office1");
		assertThat(office.get("/api/unit-tasks/" + submittedItem + "/evidence-files").body()).contains("白条清理台账.pdf");
		assertThat(office.download("/api/evidence-files/" + submittedFile + "/content").status()).isEqualTo(200);
		assertThat(office.get("/api/dashboard/rounds/" + roundId).body()).contains("实验中学");
		assertThat(office.download("/api/dashboard/rounds/" + roundId + "/report").status()).isEqualTo(200);
		assertThat(office.download("/api/reporting-cycles/" + cycleId + "/digest.xlsx").status()).isEqualTo(200);
		assertThat(office.get("/api/progress-reports?cycleId=" + cycleId).body()).contains(OWNER_UNIT);
	}

	// ---------------------------------------------------------------- reading through the engine's doors

	@Test
	void shouldHideTheOtherSchoolsTasksAtEveryEngineDoor() {
		for (Door door : otherSchoolsDoors()) {
			// Its own task is there, so an empty answer below is the engine filtering, not a broken door.
			assertThat(door.get("/task?" + PAGE).body()).as(door.name).contains(otherOwnTask);

			for (String path : List.of("/task?" + PAGE, "/task?" + PAGE + "&processInstanceId=" + openInstance,
					"/task?candidateGroup=" + OWNER_UNIT + "&" + PAGE, "/task?candidateGroups=" + OWNER_UNIT + "&" + PAGE,
					"/task?" + PAGE + "&processInstanceBusinessKey=" + openItem, "/task?" + PAGE + "&taskIdIn=" + openTask + "," + reviewTask,
					"/task/" + openTask, "/task/" + reviewTask, "/task/" + openTask + "/form-variables",
					"/task/" + openTask + "/variables", "/task/" + openTask + "/variables/unitName",
					"/task/" + openTask + "/localVariables", "/task/" + openTask + "/form",
					"/task/" + openTask + "/identity-links", "/task/" + openTask + "/comment",
					"/task/" + openTask + "/comment/" + commentId, "/task/" + openTask + "/attachment",
					"/task/" + openTask + "/attachment/" + attachmentId,
					"/task/" + completedTask + "/comment", "/task/" + completedTask + "/attachment")) {
				door.assertHidden(path);
			}
			door.assertHidden(door.accepting("*/*").get(door.base + "/task/" + openTask + "/attachment/" + attachmentId + "/data"));
			assertThat(door.get("/task/count?processInstanceId=" + openInstance).json().get("count").asLong()).as(door.name)
				.isZero();
			assertThat(door.get("/task/count?candidateGroup=" + OWNER_UNIT).json().get("count").asLong()).as(door.name)
				.isZero();
			door.assertHidden(door.http.post(door.base + "/task?" + PAGE, Map.of("orQueries",
					List.of(Map.of("candidateGroup", OWNER_UNIT), Map.of("processInstanceId", openInstance)))));
			door.assertHidden(door.http.post(door.base + "/task?" + PAGE,
					Map.of("candidateGroups", List.of(OWNER_UNIT, "role-office"), "includeAssignedTasks", true)));
			assertThat(door.http.post(door.base + "/task/count", Map.of("orQueries",
					List.of(Map.of("candidateGroup", OWNER_UNIT)))).json().get("count").asLong()).isZero();
			Response byGroup = door.get("/task/report/candidate-group-count");
			door.assertHidden(byGroup);
			assertThat(byGroup.body()).doesNotContain(OWNER_UNIT);
			// Tasklist asks for HAL, which embeds each task's identity links, process definition and candidates.
			Response hal = door.accepting("application/hal+json").get(door.base + "/task?" + PAGE);
			assertThat(hal.body()).as(door.name).contains(otherOwnTask);
			door.assertHidden(hal);
			assertThat(hal.body()).doesNotContain(OWNER_UNIT);

			// Each filter shared with the clerk, as is and narrowed to the other school.
			JsonNode filters = door.get("/filter?" + PAGE + "&resourceType=Task").json();
			assertThat(filters).as(door.name).isNotEmpty();
			for (JsonNode filter : filters) {
				String list = "/filter/" + filter.get("id").asText() + "/list?" + PAGE;
				door.assertHidden(door.get(list));
				door.assertHidden(door.http.post(door.base + list, Map.of("candidateGroup", OWNER_UNIT)));
				door.assertHidden(door.http.post(door.base + list, Map.of("processInstanceId", openInstance)));
				assertThat(door.http.post(door.base + "/filter/" + filter.get("id").asText() + "/count",
						Map.of("processInstanceId", openInstance)).json().get("count").asLong()).isZero();
			}
			// Filters of the office are not shared with a school at all.
			for (JsonNode filter : Http.basic(port, "office1").get(ENGINE_REST + "/filter?" + PAGE + "&resourceType=Task").json()) {
				if (filters.findValuesAsText("id").contains(filter.get("id").asText())) {
					continue;
				}
				assertThat(door.get("/filter/" + filter.get("id").asText()).status()).as(door.name).isIn(403, 404);
				door.assertHidden("/filter/" + filter.get("id").asText() + "/list?" + PAGE);
			}
		}
	}

	@Test
	void shouldHideTheOtherSchoolsProcessInstancesAndVariablesAtEveryEngineDoor() {
		for (Door door : otherSchoolsDoors()) {
			for (String path : instancePaths()) {
				door.assertHidden(path);
			}
			for (String path : List.of("/process-instance?" + PAGE, "/process-instance/" + openInstance,
					"/process-instance/" + openInstance + "/variables", "/process-instance/" + openInstance + "/variables/unitName",
					"/process-instance/" + openInstance + "/activity-instances", "/process-instance/" + openInstance + "/comment",
					"/execution/" + openInstance, "/execution/" + openInstance + "/localVariables",
					"/variable-instance?" + PAGE, "/incident?" + PAGE + "&processInstanceId=" + openInstance,
					"/job?" + PAGE + "&processInstanceId=" + openInstance, "/event-subscription?" + PAGE + "&processInstanceId=" + openInstance,
					"/process-instance?" + PAGE + "&businessKey=" + openItem)) {
				door.assertHidden(path);
			}
			assertThat(door.get("/process-instance/count?processInstanceIds=" + openInstance).json().get("count").asLong())
				.isZero();
			assertThat(door.get("/variable-instance/count?processInstanceIdIn=" + openInstance).json().get("count").asLong())
				.isZero();
			// The diagram is public inside the bureau; how many instances wait where is not.
			assertThat(door.get("/process-definition/" + processDefinitionId + "/xml").status()).isEqualTo(200);
			assertThat(door.get("/process-definition/" + processDefinitionId + "/statistics").json()).as(door.name).isEmpty();
			assertThat(door.get("/history/process-definition/" + processDefinitionId + "/statistics").json()).as(door.name)
				.isEmpty();
			door.assertHidden(door.http.post(door.base + "/process-instance?" + PAGE,
					Map.of("processInstanceIds", List.of(openInstance, submittedInstance))));
			door.assertHidden(door.http.post(door.base + "/variable-instance?" + PAGE,
					Map.of("processInstanceIdIn", List.of(openInstance, submittedInstance))));
			// Single variables by id, taken from what the office sees.
			for (JsonNode variable : Http.basic(port, "office1").get(ENGINE_REST + "/variable-instance?" + PAGE + "&processInstanceIdIn="
					+ openInstance + "&" + PAGE).json()) {
				door.assertHidden("/variable-instance/" + variable.get("id").asText());
			}
		}
	}

	@Test
	void shouldHideTheOtherSchoolsHistoryAtEveryEngineDoor() {
		for (Door door : otherSchoolsDoors()) {
			for (String path : historyPaths()) {
				door.assertHidden(path);
			}
			door.assertHidden("/history/identity-link-log?taskId=" + completedTask + "&" + PAGE);
			for (String path : List.of("/history/task?" + PAGE, "/history/task?" + PAGE + "&taskId=" + completedTask,
					"/history/process-instance/" + submittedInstance, "/history/process-instance?" + PAGE,
					"/history/variable-instance?" + PAGE, "/history/detail?" + PAGE, "/history/activity-instance?" + PAGE,
					"/history/user-operation?" + PAGE, "/history/identity-link-log?" + PAGE,
					"/history/user-operation?" + PAGE + "&taskId=" + completedTask, "/history/identity-link-log?" + PAGE + "&taskId=" + openTask,
					"/history/job-log?" + PAGE + "&processInstanceId=" + openInstance, "/history/incident?" + PAGE + "&processInstanceId=" + openInstance,
					"/history/task?taskCandidateGroup=" + OWNER_UNIT + "&" + PAGE)) {
				door.assertHidden(path);
			}
			for (String count : List.of("/history/task/count?processInstanceId=" + submittedInstance,
					"/history/process-instance/count?processInstanceId=" + submittedInstance,
					"/history/variable-instance/count?processInstanceId=" + submittedInstance,
					"/history/detail/count?processInstanceId=" + submittedInstance,
					"/history/activity-instance/count?processInstanceId=" + submittedInstance,
					"/history/user-operation/count?processInstanceId=" + submittedInstance)) {
				assertThat(door.get(count).json().get("count").asLong()).as(door.name + " " + count).isZero();
			}
			door.assertHidden(door.http.post(door.base + "/history/task?" + PAGE, Map.of("orQueries",
					List.of(Map.of("processInstanceId", submittedInstance), Map.of("taskId", completedTask)))));
			door.assertHidden(door.http.post(door.base + "/history/variable-instance?" + PAGE,
					Map.of("processInstanceIdIn", List.of(openInstance, submittedInstance))));
			door.assertHidden(door.http.post(door.base + "/history/process-instance?" + PAGE,
					Map.of("processInstanceIds", List.of(openInstance, submittedInstance))));
			// Single records by id, taken from what the office sees.
			Http office = Http.basic(port, "office1");
			for (JsonNode variable : office.get(ENGINE_REST + "/history/variable-instance?" + PAGE + "&processInstanceId=" + submittedInstance
					+ "&" + PAGE).json()) {
				door.assertHidden("/history/variable-instance/" + variable.get("id").asText());
			}
			for (JsonNode detail : office.get(ENGINE_REST + "/history/detail?" + PAGE + "&processInstanceId=" + submittedInstance
					+ "&maxResults=5").json()) {
				door.assertHidden("/history/detail/" + detail.get("id").asText());
			}
		}
	}

	@Test
	void shouldKeepUnitsOutOfTheWebappsPluginApis() {
		Http session = Http.tasklistSession(port, OTHER);
		for (Response response : List.of(
				session.get(COCKPIT_PLUGIN + "/process-instance?" + PAGE + "&processDefinitionId=" + processDefinitionId),
				session.post(COCKPIT_PLUGIN + "/process-instance?" + PAGE, Map.of("processDefinitionId", processDefinitionId)),
				session.post(COCKPIT_PLUGIN + "/process-instance/count", Map.of("processDefinitionId", processDefinitionId)),
				session.get(COCKPIT_PLUGIN + "/process-instance/" + openInstance + "/called-process-instances?" + PAGE),
				session.get(COCKPIT_PLUGIN + "/incident?" + PAGE + "&processInstanceIdIn=" + openInstance),
				session.get(COCKPIT_PLUGIN + "/process-definition/statistics?" + PAGE),
				session.get(COCKPIT_PLUGIN + "/process-definition/" + processDefinitionId + "/called-process-definitions?" + PAGE),
				session.get("/camunda/api/cockpit/plugin/rectification/default/dashboard"),
				session.get("/camunda/api/tasklist/plugin/rectification/default/tasks"),
				session.get("/camunda/api/admin/auth/user/default/profile"))) {
			// Camunda lets any logged-in user call Cockpit's plugin API; the engine then filters what it returns.
			assertThat(response.status()).as(response.toString()).isIn(200, 401, 403, 404);
			assertThat(response.body()).doesNotContain(openInstance).doesNotContain(CONTENT);
		}
	}

	// ---------------------------------------------------------------- changing through the engine's doors

	@Test
	void shouldRefuseChangesToTheOtherSchoolsTaskAndInstanceAndChangeNothing() {
		Map<String, String> before = ownersRecords();
		List<String> timers = Http.basic(port, "office1").get(ENGINE_REST + "/job?" + PAGE + "&processInstanceId=" + openInstance).json()
			.findValuesAsText("id");
		assertThat(timers).isNotEmpty();
		JsonNode subscriptions = Http.basic(port, "office1").get(ENGINE_REST + "/event-subscription?" + PAGE + "&eventType=message&processInstanceId="
				+ openInstance).json();
		assertThat(subscriptions).isNotEmpty();
		for (Door door : otherSchoolsDoors()) {
			String task = door.base + "/task/" + openTask;
			Attempts attempts = new Attempts(door.name, door.http);
			attempts.post(task + "/claim", Map.of("userId", OTHER));
			attempts.post(task + "/unclaim", Map.of());
			attempts.post(task + "/complete", submission());
			attempts.post(task + "/submit-form", submission());
			attempts.post(task + "/assignee", Map.of("userId", OTHER));
			attempts.put(task, Map.of("name", "改名", "due", "2099-01-01T00:00:00.000+0800"));
			attempts.post(task + "/variables", Map.of("modifications", Map.of("summary", Map.of("value", "冒名"))));
			attempts.put(task + "/variables/summary", Map.of("value", "冒名", "type", "String"));
			attempts.put(task + "/localVariables/summary", Map.of("value", "冒名", "type", "String"));
			attempts.delete(task + "/variables/unitName");
			attempts.post(task + "/identity-links", Map.of("groupId", "school-yz", "type", "candidate"));
			attempts.post(task + "/identity-links/delete", Map.of("groupId", OWNER_UNIT, "type", "candidate"));
			attempts.post(task + "/comment/create", Map.of("message", "冒名留言"));
			attempts.put(task + "/comment", Map.of("id", commentId, "message", "改写留言"));
			attempts.delete(task + "/comment/" + commentId);
			attempts.upload(task + "/attachment/create", "冒名.txt", "冒名".getBytes(),
					Map.of("attachment-name", "冒名附件", "attachment-type", "text/plain"));
			attempts.delete(task + "/attachment/" + attachmentId);
			attempts.post(task + "/bpmnError", Map.of("errorCode", "X"));
			attempts.post(door.base + "/task/" + reviewTask + "/claim", Map.of("userId", OTHER));
			attempts.post(door.base + "/task/" + reviewTask + "/complete",
					Map.of("variables", Map.of("reviewDecision", Map.of("value", "ACCEPT"))));
			attempts.post(door.base + "/process-instance/" + openInstance + "/variables",
					Map.of("modifications", Map.of("unitId", Map.of("value", "school-yz"))));
			attempts.put(door.base + "/process-instance/" + openInstance + "/variables/unitId",
					Map.of("value", "school-yz", "type", "String"));
			attempts.put(door.base + "/process-instance/" + openInstance + "/suspended", Map.of("suspended", true));
			attempts.post(door.base + "/process-instance/" + openInstance + "/modification",
					Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_SubmitEvidence"))));
			attempts.delete(door.base + "/process-instance/" + openInstance);
			attempts.post(door.base + "/process-instance/" + openInstance + "/comment",
					Map.of("message", "冒名留言"));
			attempts.post(door.base + "/execution/" + openInstance + "/localVariables",
					Map.of("modifications", Map.of("unitId", Map.of("value", "school-yz"))));
			attempts.delete(door.base + "/history/process-instance/" + submittedInstance);
			// Operations on many instances at once, naming the school's.
			attempts.put(door.base + "/process-instance/suspended", Map.of("processInstanceIds", List.of(openInstance),
					"suspended", true));
			attempts.put(door.base + "/process-definition/key/unit-rectification/suspended",
					Map.of("suspended", true, "includeProcessInstances", true));
			attempts.put(door.base + "/job/suspended", Map.of("processInstanceId", openInstance, "suspended", true));
			attempts.post(door.base + "/job/retries", Map.of("jobIds", timers, "retries", 0));
			attempts.post(door.base + "/process-instance/delete", Map.of("processInstanceIds", List.of(openInstance)));
			attempts.post(door.base + "/process-instance/variables-async", Map.of("processInstanceIds",
					List.of(openInstance), "variables", Map.of("unitId", Map.of("value", "school-yz"))));
			attempts.post(door.base + "/history/process-instance/delete", Map.of("historicProcessInstanceIds",
					List.of(submittedInstance)));
			// The message an approved extension sends to the item: never from another unit.
			attempts.post(door.base + "/message", Map.of("messageName", "DeadlineExtended", "businessKey",
					String.valueOf(openItem)));
			attempts.post(door.base + "/message", Map.of("messageName", "DeadlineExtended", "processInstanceId", openInstance,
					"all", true));
			for (JsonNode subscription : subscriptions) {
				attempts.post(door.base + "/execution/" + subscription.get("executionId").asText() + "/messageSubscriptions/"
						+ subscription.get("eventName").asText() + "/trigger", Map.of());
			}
			// The item's deadline timers: neither fired early nor moved.
			for (String job : timers) {
				attempts.post(door.base + "/job/" + job + "/execute", Map.of());
				attempts.put(door.base + "/job/" + job + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0800"));
				attempts.put(door.base + "/job/" + job + "/retries", Map.of("retries", 0));
				attempts.put(door.base + "/job/" + job + "/suspended", Map.of("suspended", true));
			}
			attempts.assertRefused(400, 403, 404, 405);
		}
		assertThat(ownersRecords()).isEqualTo(before);
	}

	// ---------------------------------------------------------------- the app's API

	@Test
	void shouldKeepTheOtherSchoolsLedgerFilesAndReportsFromTheApi() throws IOException {
		Map<String, String> before = ownersRecords();
		for (Http other : List.of(Http.basic(port, OTHER), Http.tasklistSession(port, OTHER))) {
			JsonNode list = other.get("/api/unit-tasks?roundId=" + roundId).json();
			assertThat(list.findValuesAsText("unitId")).containsOnly("school-yz").isNotEmpty();
			assertThat(other.get("/api/unit-tasks").json().findValuesAsText("unitId")).doesNotContain(OWNER_UNIT);
			assertThat(other.get("/api/unit-tasks?unitId=" + OWNER_UNIT).status()).isEqualTo(403);
			for (long item : List.of(submittedItem, openItem)) {
				for (String path : List.of("/api/unit-tasks/" + item, "/api/unit-tasks/" + item + "/deadline",
						"/api/unit-tasks/" + item + "/evidence-files")) {
					Response response = other.get(path);
					assertThat(response.status()).as(path).isEqualTo(403);
					assertThat(response.body()).doesNotContain("白条清理台账", "会议纪要.pdf", "已清理白条");
				}
			}
			for (String task : List.of(openTask, reviewTask, completedTask)) {
				for (String path : List.of("/api/tasks/" + task + "/evidence-files", "/api/tasks/" + task + "/deadline",
						"/api/tasks/" + task + "/round")) {
					assertThat(other.get(path).status()).as(path).isIn(403, 404);
				}
			}
			for (long file : List.of(submittedFile, draftFile)) {
				Http.Download download = other.download("/api/evidence-files/" + file + "/content");
				assertThat(download.status()).isEqualTo(403);
				assertThat(new String(download.body())).doesNotContain("%PDF");
			}
			assertThat(other.get("/api/progress-reports?unitId=" + OWNER_UNIT).status()).isEqualTo(403);
			assertThat(other.get("/api/progress-reports?cycleId=" + cycleId).json()).isEmpty();
			assertThat(other.get("/api/progress-reports/" + reportId).status()).isEqualTo(403);

			// Changes: each refused with 403 and the item as it was.
			Attempts attempts = new Attempts("api", other);
			attempts.post("/api/unit-tasks/" + openItem + "/evidence",
					Map.of("summary", "冒名提交", "completionDate", LocalDate.now().toString()));
			attempts.upload("/api/unit-tasks/" + openItem + "/evidence-files", "冒名.pdf", EvidenceSamples.pdf("冒名"),
					Map.of("kind", "OTHER"));
			attempts.delete("/api/evidence-files/" + draftFile);
			attempts.post("/api/unit-tasks/" + openItem + "/extensions",
					Map.of("requestedDeadline", LocalDate.now().plusDays(60).toString(), "reason", "冒名延期"));
			attempts.post("/api/unit-tasks/" + submittedItem + "/review", Map.of("decision", "RETURN", "reason", "冒名退回"));
			attempts.post("/api/unit-tasks/" + submittedItem + "/sign-off", Map.of("decision", "SIGN_OFF"));
			attempts.post("/api/unit-tasks/" + openItem + "/look-back", Map.of("summary", "冒名"));
			attempts.post("/api/progress-reports/" + reportId,
					Map.of("entries", List.of(Map.of("unitTaskId", openItem, "progress", "冒名报送"))));
			attempts.post("/api/measures/1/unit-tasks", Map.of("unitId", "school-yz"));
			attempts.assertRefused(403);
		}
		assertThat(ownersRecords()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT progress FROM unit_report_entry WHERE report_id = ?").param(reportId).query(String.class)
			.single()).isEqualTo("已完成自查");
		assertThat(jdbc.sql("SELECT status FROM unit_report WHERE id = ?").param(reportId).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void shouldKeepTheDashboardReportsAndExportsFromAUnit() throws IOException {
		for (Http other : List.of(Http.basic(port, OTHER), Http.tasklistSession(port, OTHER))) {
			for (String path : List.of("/api/dashboard/rounds", "/api/dashboard/rounds/" + roundId,
					"/api/dashboard/rounds/" + roundId + "?scope=public", "/api/rounds/" + roundId,
					"/api/rounds/" + roundId + "/progress")) {
				Response response = other.get(path);
				assertThat(response.status()).as(path).isEqualTo(403);
				assertThat(response.body()).doesNotContain("实验中学");
			}
			for (String path : List.of("/api/dashboard/rounds/" + roundId + "/report",
					"/api/dashboard/rounds/" + roundId + "/report?scope=public", "/api/rounds/" + roundId + "/ledger.xlsx",
					"/api/rounds/" + roundId + "/ledger.xlsx?unit=" + OWNER_UNIT, "/api/reporting-cycles/" + cycleId + "/digest.xlsx")) {
				Http.Download download = other.download(path);
				assertThat(download.status()).as(path).isEqualTo(403);
				assertThat(download.contentType()).startsWith("application/json");
			}
			// Its own unit's ledger holds its own rows only.
			Http.Download own = other.download("/api/rounds/" + roundId + "/ledger.xlsx?unit=school-yz");
			assertThat(own.status()).isEqualTo(200);
			assertThat(cells(own)).contains("第一中学").doesNotContain("实验中学");
		}
	}

	// ---------------------------------------------------------------- nobody anonymous

	@Test
	void shouldRefuseAnonymousCallsAtEveryDoor() {
		Http anonymous = Http.anonymous(port);
		List<String> paths = new ArrayList<>();
		for (String base : List.of(ENGINE_REST, WEBAPP_ENGINE)) {
			for (String path : List.of("/task/" + openTask, "/task/" + openTask + "/comment/" + commentId,
					"/task/" + openTask + "/attachment/" + attachmentId, "/process-instance/" + openInstance + "/variables",
					"/variable-instance?" + PAGE, "/history/variable-instance?" + PAGE + "&processInstanceId=" + submittedInstance,
					"/history/detail?" + PAGE, "/filter?" + PAGE + "&resourceType=Task", "/process-definition/" + processDefinitionId + "/xml")) {
				paths.add(base + path);
			}
		}
		paths.addAll(List.of(COCKPIT_PLUGIN + "/process-instance?" + PAGE + "&processDefinitionId=" + processDefinitionId,
				"/api/unit-tasks/" + openItem, "/api/unit-tasks/" + openItem + "/evidence-files",
				"/api/evidence-files/" + submittedFile + "/content", "/api/dashboard/rounds/" + roundId,
				"/api/dashboard/rounds/" + roundId + "/report", "/api/rounds/" + roundId + "/ledger.xlsx?unit=" + OWNER_UNIT,
				"/api/progress-reports/" + reportId, "/api/reporting-cycles/" + cycleId + "/digest.xlsx", "/api/rounds"));
		for (String path : paths) {
			Response response = anonymous.get(path);
			assertThat(response.status()).as(path + " " + response).isEqualTo(401);
			assertThat(response.body()).doesNotContain(CONTENT).doesNotContain("实验中学");
		}
		for (Response attempt : List.of(anonymous.post(ENGINE_REST + "/task/" + openTask + "/claim", Map.of("userId", OTHER)),
				anonymous.post(WEBAPP_ENGINE + "/task/" + openTask + "/comment/create", Map.of("message", "匿名")),
				anonymous.post("/api/unit-tasks/" + openItem + "/evidence", Map.of("summary", "匿名")))) {
			assertThat(attempt.status()).as(attempt.toString()).isEqualTo(401);
		}
	}

	// ---------------------------------------------------------------- helpers

	/** Lists and counts that must name the school's open instance when the office asks. */
	private List<String> instancePaths() {
		return List.of("/process-instance?" + PAGE + "&processInstanceIds=" + openInstance, "/process-instance/" + openInstance,
				"/variable-instance?" + PAGE + "&processInstanceIdIn=" + openInstance,
				"/execution?" + PAGE + "&processInstanceId=" + openInstance);
	}

	/** History of the submitted item that the office reads. */
	private List<String> historyPaths() {
		String of = "?processInstanceId=" + submittedInstance + "&" + PAGE;
		return List.of("/history/task" + of, "/history/process-instance" + of, "/history/variable-instance" + of,
				"/history/detail" + of, "/history/activity-instance" + of, "/history/user-operation" + of);
	}

	/** 第一中学's clerk at both engine doors. */
	private List<Door> otherSchoolsDoors() {
		return doors(OTHER);
	}

	/** The user at /engine-rest with HTTP Basic and at the webapps' engine API with a Tasklist session. */
	private List<Door> doors(String user) {
		return List.of(new Door(user, ENGINE_REST), new Door(user, WEBAPP_ENGINE));
	}

	private List<String> filterLists(Door door) {
		List<String> bodies = new ArrayList<>();
		for (JsonNode filter : door.get("/filter?" + PAGE + "&resourceType=Task").json()) {
			bodies.add(door.get("/filter/" + filter.get("id").asText() + "/list?" + PAGE).body());
		}
		return bodies;
	}

	/**
	 * What the owner and the office see of the school's records, to compare before and after the probes.
	 * The time-dependent light and days are left out.
	 */
	private Map<String, String> ownersRecords() {
		Http office = Http.basic(port, "office1");
		Http owner = Http.basic(port, OWNER);
		return Map.of("task", office.get(ENGINE_REST + "/task/" + openTask).body(),
				"review", office.get(ENGINE_REST + "/task/" + reviewTask).body(),
				"variables", office.get(ENGINE_REST + "/process-instance/" + openInstance + "/variables").body(),
				"identityLinks", office.get(ENGINE_REST + "/task/" + openTask + "/identity-links").body(),
				"comments", office.get(ENGINE_REST + "/task/" + openTask + "/comment").body(),
				"attachments", office.get(ENGINE_REST + "/task/" + openTask + "/attachment").body(),
				"instance", office.get(ENGINE_REST + "/process-instance/" + openInstance).body()
						+ office.get(ENGINE_REST + "/job?" + PAGE + "&processInstanceId=" + openInstance).body(),
				"history", office.get(ENGINE_REST + "/history/process-instance/" + submittedInstance).body(),
				"items", office.get("/api/unit-tasks/" + openItem).json().get("task").toString()
						+ office.get("/api/unit-tasks/" + submittedItem).json().get("task").toString(),
				"files", owner.get("/api/unit-tasks/" + openItem + "/evidence-files").json().get("files").toString()
						+ owner.get("/api/unit-tasks/" + submittedItem + "/evidence-files").json().get("files").toString());
	}

	private String openTaskOf(long item) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + item).json().at("/openTask/taskId").asText();
	}

	private void awaitFanOut() {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		Http office = Http.basic(port, "office1");
		while (!office.get("/api/rounds/" + roundId + "/progress").json().get("fanOutComplete").asBoolean()) {
			assertThat(System.nanoTime()).as("the round's fan-out finishes").isLessThan(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private static Map<String, Object> submission() {
		return Map.of("variables", Map.of("summary", Map.of("value", "越权提交"), "completionDate",
				Map.of("value", LocalDate.now().toString())));
	}

	/** The text of every cell of a downloaded workbook. */
	private static String cells(Http.Download download) {
		assertThat(download.status()).isEqualTo(200);
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell).append('\n');
					}
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return text.toString();
	}

	/** Modifying calls, each kept with what it was, for one assertion over all of them. */
	final class Attempts {

		final String who;

		final Http http;

		final Map<String, Response> made = new LinkedHashMap<>();

		Attempts(String who, Http http) {
			this.who = who;
			this.http = http;
		}

		void post(String path, Object body) {
			made.put("POST " + path, http.post(path, body));
		}

		void put(String path, Object body) {
			made.put("PUT " + path, http.put(path, body));
		}

		void delete(String path) {
			made.put("DELETE " + path, http.delete(path));
		}

		void upload(String path, String fileName, byte[] content, Map<String, String> fields) {
			made.put("UPLOAD " + path, http.upload(path, fileName, content, fields));
		}

		void assertRefused(Integer... statuses) {
			made.forEach((call, response) -> {
				assertThat(response.status()).as(who + " " + call + " " + response).isIn((Object[]) statuses);
				assertThat(response.body()).as(who + " " + call).doesNotContain(CONTENT);
			});
		}

	}

	/** One door of the engine's API with the caller's credentials. */
	final class Door {

		final String user;

		final String name;

		final Http http;

		final String base;

		Door(String user, String base) {
			this.user = user;
			this.name = user + (base.equals(ENGINE_REST) ? " engine-rest" : " webapp");
			this.base = base;
			this.http = client(user);
		}

		private Http client(String user) {
			return base.equals(ENGINE_REST) ? Http.basic(port, user) : Http.tasklistSession(port, user);
		}

		Response get(String path) {
			return http.get(base + path);
		}

		/** The same caller in a client of its own that accepts the given types, e.g. for file contents. */
		Http accepting(String types) {
			return client(user).withHeader("Accept", types);
		}

		void assertHidden(String path) {
			assertHidden(get(path), path);
		}

		void assertHidden(Response response) {
			assertHidden(response, "");
		}

		/**
		 * Refused, or answered as if the school's records did not exist: none of their ids in the answer. A refusal
		 * may repeat the id asked for, never what the record holds.
		 */
		private void assertHidden(Response response, String path) {
			assertThat(response.status()).as(name + " " + path + " " + response).isIn(200, 403, 404);
			assertThat(response.body()).as(name + " " + path).doesNotContain(CONTENT);
			if (response.status() == 200) {
				assertThat(response.body()).as(name + " " + path)
					.doesNotContain(openTask, reviewTask, completedTask, openInstance, submittedInstance, commentId, attachmentId);
			}
		}

	}

}
