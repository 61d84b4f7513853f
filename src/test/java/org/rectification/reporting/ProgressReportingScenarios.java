package org.rectification.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectification.support.EngineClock.at;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.rectification.reporting.process.ProgressReportingProcess;
import org.rectification.support.DueJobs;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Periodic progress reports the way the bureau lives them: the engine clock is moved across the autumn of
 * 2026, 国庆 included, and the jobs due at each moment are run by the test (the context's job executor is off), and units, leaders and the office work through Tasklist's
 * API with a webapp session and through /api. A cycle exists once per period, so each test takes a week of
 * its own, in calendar order, and units of its own. Run on H2 and on PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ProgressReportingScenarios {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final String ENGINE = "/camunda/api/engine/engine/default";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManagementService managementService;

	final String code = "R" + UUID.randomUUID().toString().substring(0, 5);

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@Order(1)
	void shouldAskEachUnitWithOpenItemsForOneReportAndEscalateTheOneThatDidNotReport() throws IOException {
		at(LocalDate.of(2026, 9, 10), 9, 0);
		long syzxItem = dispatch(List.of(measure(code + "-1", "leader2", "school-syzx", "school-yz"),
				measure(code + "-2", "leader3", "school-yz"))).stream()
			.filter(t -> t.get("unitId").asText().equals("school-syzx"))
			.findFirst().orElseThrow().get("id").asLong();

		// Monday 2026-09-14, 08:30: the week's cycle opens.
		JsonNode cycle = openCycleOn(LocalDate.of(2026, 9, 14));
		assertThat(cycle.get("opensOn").asText()).isEqualTo("2026-09-14");
		assertThat(cycle.get("dueOn").asText()).isEqualTo("2026-09-15");
		assertThat(cycle.get("escalateOn").asText()).isEqualTo("2026-09-16");
		long cycleId = cycle.get("id").asLong();
		JsonNode syzxTask = reportTaskOf("syzx1");
		JsonNode yzTask = reportTaskOf("yz1");
		assertThat(reportTasks("syzx1")).hasSize(1);
		assertThat(reportTasks("yz1")).hasSize(1);
		assertThat(syzxTask.get("name").asText()).isEqualTo("报送整改进展 · 实验中学 · 2026-09-14 至 2026-09-20 周报");
		assertThat(syzxTask.get("due").asText()).startsWith("2026-09-15");
		List<String> units = new ArrayList<>();
		Http.basic(port, "office1").get("/api/progress-reports?cycleId=" + cycleId).json()
			.forEach(r -> units.add(r.get("unitId").asText()));
		assertThat(units).contains("school-syzx", "school-yz").doesNotContain("school-sx");
		assertThat(reportTasks("sx1")).isEmpty();

		// What the unit sees: the period, the due day, its items, and one numbered line per item to fill in.
		Http syzx = Http.tasklistSession(port, "syzx1");
		JsonNode form = syzx.get(ENGINE + "/task/" + syzxTask.get("id").asText() + "/form-variables").json();
		assertThat(form.at("/ctxPeriod/value").asText()).isEqualTo("2026-09-14 至 2026-09-20 周报");
		assertThat(form.at("/ctxDueOn/value").asText()).startsWith("2026-09-15（星期二）");
		assertThat(form.at("/ctxItems/value").asText()).contains("1. 【" + code + "-1】开展财务专项检查", "正在整改",
				"完成时限 2026-11-30", "绿灯");
		String prefilled = form.at("/progress/value").asText();
		assertThat(prefilled).isEqualTo("1. 【" + code + "-1】开展财务专项检查，清理白条，规范报销审批流程：");
		JsonNode yzForm = Http.tasklistSession(port, "yz1").get(ENGINE + "/task/" + yzTask.get("id").asText() + "/form-variables").json();
		assertThat(yzForm.at("/progress/value").asText()).isEqualTo("1. 【" + code + "-1】开展财务专项检查，清理白条，规范报销审批流程：\n"
				+ "2. 【" + code + "-2】开展财务专项检查，清理白条，规范报销审批流程：");

		at(LocalDate.of(2026, 9, 15), 10, 0);
		Response submitted = syzx.post(ENGINE + "/task/" + syzxTask.get("id").asText() + "/submit-form", Map.of("variables",
				Map.of("progress", Map.of("value", prefilled + "已完成全校财务票据自查，清理白条3张。\n报销审批流程已修订。", "type", "String"))));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
		JsonNode syzxReport = reportOf(cycleId, "school-syzx");
		assertThat(syzxReport.get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(syzxReport.get("submittedBy").asText()).isEqualTo("syzx1");
		JsonNode entries = Http.basic(port, "syzx1").get("/api/progress-reports/" + syzxReport.get("id").asText()).json().get("entries");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).get("progress").asText()).isEqualTo("已完成全校财务票据自查，清理白条3张。\n报销审批流程已修订。");
		assertThat(entries.get(0).get("unitTaskId").asLong()).isEqualTo(syzxItem);
		assertThat(entries.get(0).get("state").asText()).isEqualTo("IN_PROGRESS");
		// The item moves on during the cycle: the digest lists the change.
		assertThat(Http.basic(port, "syzx1").post("/api/unit-tasks/" + syzxItem + "/evidence",
				Map.of("summary", "已完成整改。", "completionDate", "2026-09-15")).status()).isEqualTo(200);

		// Tuesday passes without 第一中学's report: on Wednesday at 08:30 its leaders get slips, the office the digest.
		at(LocalDate.of(2026, 9, 15), 23, 0);
		assertThat(reportOf(cycleId, "school-yz").get("status").asText()).isEqualTo("OPEN");
		at(LocalDate.of(2026, 9, 16), 8, 30);
		String cycleInstance = cycle(cycleId).get("processInstanceId").asText();
		Http office = Http.tasklistSession(port, "office1");
		DueJobs.execute(managementService);
		assertThat(office.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_ReadDigest&processInstanceId=" + cycleInstance).json()).hasSize(1);
		for (String leader : List.of("leader2", "leader3")) {
			JsonNode slips = Http.tasklistSession(port, leader)
				.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_AcknowledgeReportEscalation&assignee=" + leader + "&processInstanceId="
						+ cycleInstance)
				.json();
			assertThat(slips).as(leader).hasSize(1);
			assertThat(slips.get(0).get("name").asText()).isEqualTo("签收报送督办单 · 第一中学 · 2026-09-14 至 2026-09-20 周报");
		}
		long yzReport = reportOf(cycleId, "school-yz").get("id").asLong();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'REPORT_ESCALATION' AND idempotency_key LIKE ?")
			.param("REPORT_ESCALATION:" + yzReport + ":%").query(Long.class).single()).isEqualTo(2);
		assertThat(Http.basic(port, "office1").get("/api/progress-reports/" + reportOf(cycleId, "school-syzx").get("id").asText())
			.json().get("slips")).isEmpty();

		JsonNode digestTask = office.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_ReadDigest&processInstanceId=" + cycleInstance).json().get(0);
		JsonNode digest = office.get(ENGINE + "/task/" + digestTask.get("id").asText() + "/form-variables").json();
		assertThat(digest.at("/ctxReported/value").asText()).contains("实验中学：", " 于 2026-09-15 10:00 报送（按时）");
		assertThat(digest.at("/ctxNotReported/value").asText()).contains("第一中学：未报送，已向李娜、陈刚发出报送督办单")
			.doesNotContain("实验中学");
		assertThat(digest.at("/ctxChanges/value").asText()).contains("【" + code + "-1】实验中学：正在整改 → 待审核（2026-09-15 10:00）");
		assertThat(digest.at("/ctxDownload/value").asText()).isEqualTo("/api/reporting-cycles/" + cycleId + "/digest.xlsx");

		Http.Download xlsx = Http.basic(port, "office1").download("/api/reporting-cycles/" + cycleId + "/digest.xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(rows(workbook.getSheet("报送情况"))).anySatisfy(r -> assertThat(r).startsWith("实验中学", "按时报送", "何振华"))
				.anySatisfy(r -> assertThat(r).containsExactly("第一中学", "待报送", "", "", "李娜、陈刚"));
			assertThat(rows(workbook.getSheet("事项进展")))
				.anySatisfy(r -> assertThat(r).contains("实验中学", "【" + code + "-1】", "已完成全校财务票据自查，清理白条3张。\n报销审批流程已修订。"))
				.anySatisfy(r -> assertThat(r).contains("第一中学", "【" + code + "-2】", "（未报送）"));
			assertThat(rows(workbook.getSheet("本期变化")))
				.anySatisfy(r -> assertThat(r).containsExactly("【" + code + "-1】", "实验中学", "正在整改", "待审核", "2026-09-15 10:00"));
		}
		Response forUnit = Http.basic(port, "yz1").get("/api/reporting-cycles/" + cycleId + "/digest.xlsx");
		assertThat(forUnit.status()).isEqualTo(403);
		assertThat(forUnit.json().get("message").asText()).isEqualTo("整改进展汇总只有整改办、分管领导和领导小组可以下载");

		// The leader acknowledges with an instruction; the unit reports late through the API.
		Http leader2 = Http.tasklistSession(port, "leader2");
		String slipTask = leader2.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_AcknowledgeReportEscalation&assignee=leader2&processInstanceId="
				+ cycleInstance).json().get(0).get("id").asText();
		assertThat(leader2.post(ENGINE + "/task/" + slipTask + "/submit-form",
				Map.of("variables", Map.of("instruction", Map.of("value", "请今天下班前补报", "type", "String")))).status())
			.isEqualTo(204);
		JsonNode slips = Http.basic(port, "office1").get("/api/progress-reports/" + yzReport).json().get("slips");
		assertThat(slips).hasSize(2);
		assertThat(slips).anySatisfy(s -> {
			assertThat(s.get("addressedTo").asText()).isEqualTo("leader2");
			assertThat(s.get("acknowledgedBy").asText()).isEqualTo("leader2");
			assertThat(s.get("instruction").asText()).isEqualTo("请今天下班前补报");
		});

		List<Map<String, Object>> late = new ArrayList<>();
		for (JsonNode entry : Http.basic(port, "yz1").get("/api/progress-reports/" + yzReport).json().get("entries")) {
			late.add(Map.of("unitTaskId", entry.get("unitTaskId").asLong(), "progress", "正在开展自查，本周内完成。"));
		}
		Response lateReport = Http.basic(port, "yz1").post("/api/progress-reports/" + yzReport, Map.of("entries", late));
		assertThat(lateReport.status()).as(lateReport.body()).isEqualTo(200);
		assertThat(lateReport.json().at("/report/status").asText()).isEqualTo("SUBMITTED_LATE");
		assertThat(reportTasks("yz1")).isEmpty();
		assertThat(Http.anonymous(port).get("/api/progress-reports").status()).isEqualTo(401);
	}

	@Test
	@Order(2)
	void shouldRefuseIncompleteProgressAndReportsOfOtherUnitsAndStoreNothing() {
		at(LocalDate.of(2026, 9, 18), 9, 0);
		dispatch(List.of(measure(code + "-1", "leader1", "school-sz"), measure(code + "-2", "leader2", "school-sz")));
		long cycleId = openCycleOn(LocalDate.of(2026, 9, 21)).get("id").asLong();
		JsonNode task = reportTaskOf("sz1");
		long reportId = reportOf(cycleId, "school-sz").get("id").asLong();
		Http sz = Http.tasklistSession(port, "sz1");
		String prefilled = sz.get(ENGINE + "/task/" + task.get("id").asText() + "/form-variables").json().at("/progress/value").asText();
		String[] lines = prefilled.split("\n");

		Response missing = submitForm(sz, task, lines[0] + "已召开专题会议部署。\n" + lines[1] + "  ");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("message").asText()).isEqualTo("第2项【" + code + "-2】请填写本期进展");
		Response unknown = submitForm(sz, task, prefilled.replace("：", "：已部署") + "\n3. 另有一项");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("message").asText()).isEqualTo("第3项不存在：本期报告共2项");
		Response tooLong = submitForm(sz, task, lines[0] + "甲".repeat(1001) + "\n" + lines[1] + "已部署");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("message").asText()).isEqualTo("第1项【" + code + "-1】的进展不能超过1000字");

		JsonNode entries = Http.basic(port, "sz1").get("/api/progress-reports/" + reportId).json().get("entries");
		Response apiMissing = Http.basic(port, "sz1").post("/api/progress-reports/" + reportId, Map.of("entries",
				List.of(Map.of("unitTaskId", entries.get(0).get("unitTaskId").asLong(), "progress", "已部署"))));
		assertThat(apiMissing.status()).isEqualTo(400);
		assertThat(apiMissing.json().get("code").asText()).isEqualTo("PROGRESS_REQUIRED");
		assertThat(apiMissing.json().get("message").asText()).isEqualTo("第2项【" + code + "-2】请填写本期进展");
		List<Map<String, Object>> complete = List.of(
				Map.of("unitTaskId", entries.get(0).get("unitTaskId").asLong(), "progress", "已部署"),
				Map.of("unitTaskId", entries.get(1).get("unitTaskId").asLong(), "progress", "已完成"));
		Response office = Http.basic(port, "office1").post("/api/progress-reports/" + reportId, Map.of("entries", complete));
		assertThat(office.status()).isEqualTo(403);
		assertThat(office.json().get("message").asText()).isEqualTo("只有第三中学的人员可以报送本单位的整改进展");
		Response otherUnit = Http.basic(port, "syxx1").post("/api/progress-reports/" + reportId, Map.of("entries", complete));
		assertThat(otherUnit.status()).isEqualTo(403);
		assertThat(otherUnit.json().get("message").asText()).isEqualTo("您只能查看本单位的整改进展报告");

		JsonNode untouched = Http.basic(port, "office1").get("/api/progress-reports/" + reportId).json();
		assertThat(untouched.at("/report/status").asText()).isEqualTo("OPEN");
		assertThat(untouched.at("/report/submittedBy").isMissingNode()).isTrue();
		assertThat(untouched.get("entries")).allSatisfy(e -> assertThat(e.path("progress").isMissingNode()).isTrue());
		assertThat(reportTasks("sz1")).hasSize(1);

		Response ok = Http.basic(port, "sz1").post("/api/progress-reports/" + reportId, Map.of("entries", complete));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.json().at("/report/status").asText()).isEqualTo("SUBMITTED");
		Response twice = Http.basic(port, "sz1").post("/api/progress-reports/" + reportId, Map.of("entries", complete));
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	@Order(3)
	void shouldShowAUnitOnlyItsOwnReports() {
		at(LocalDate.of(2026, 9, 24), 9, 0);
		dispatch(List.of(measure(code + "-1", "leader1", "school-yx", "school-ex")));
		long cycleId = openCycleOn(LocalDate.of(2026, 9, 28)).get("id").asLong();
		reportTaskOf("yx1");
		reportTaskOf("ex1");
		long exReport = reportOf(cycleId, "school-ex").get("id").asLong();
		Http yx = Http.basic(port, "yx1");

		assertThat(yx.get("/api/progress-reports/" + exReport).status()).isEqualTo(403);
		assertThat(yx.get("/api/progress-reports?unitId=school-ex").status()).isEqualTo(403);
		JsonNode own = yx.get("/api/progress-reports?cycleId=" + cycleId).json();
		assertThat(own).hasSize(1);
		assertThat(own.get(0).get("unitId").asText()).isEqualTo("school-yx");
		assertThat(reportTasks("yx1")).hasSize(1).allSatisfy(t -> assertThat(t.get("name").asText()).contains("第一小学"));
		String exInstance = Http.basic(port, "office1").get("/api/progress-reports/" + exReport).json().at("/report/processInstanceId").asText();
		assertThat(Http.tasklistSession(port, "yx1").get(ENGINE + "/task?maxResults=100&processInstanceId=" + exInstance).json()).isEmpty();
		assertThat(Http.anonymous(port).get("/api/progress-reports/" + exReport).status()).isEqualTo(401);
		assertThat(Http.basic(port, "office1").get("/api/progress-reports/" + exReport).status()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void shouldOpenTheNationalDayWeekOnThursdayAndCountTheWorkingSaturday() {
		at(LocalDate.of(2026, 10, 4), 10, 0);
		dispatch(List.of(measure(code + "-1", "leader1", "school-ez")));
		at(LocalDate.of(2026, 10, 4), 20, 0);
		recalculateDailyStart();

		// 10/5-10/7 are 国庆 holidays: nothing opens on Monday.
		at(LocalDate.of(2026, 10, 5), 8, 30);
		DueJobs.execute(managementService);
		assertThat(cycleOfWeek(LocalDate.of(2026, 10, 5))).isNull();
		JsonNode cycle = openCycleOn(LocalDate.of(2026, 10, 8));
		assertThat(cycle.get("periodStart").asText()).isEqualTo("2026-10-05");
		assertThat(cycle.get("opensOn").asText()).isEqualTo("2026-10-08");
		assertThat(cycle.get("openedAt").asText()).startsWith("2026-10-08T08:3");
		assertThat(cycle.get("dueOn").asText()).isEqualTo("2026-10-09");
		// The Saturday 10/10 is a working day (调休): the slips and the digest come then, not on Monday.
		assertThat(cycle.get("escalateOn").asText()).isEqualTo("2026-10-10");
		long cycleId = cycle.get("id").asLong();
		JsonNode task = reportTaskOf("ez1");
		assertThat(task.get("due").asText()).startsWith("2026-10-09");

		at(LocalDate.of(2026, 10, 9), 17, 30);
		Http ez = Http.tasklistSession(port, "ez1");
		String prefilled = ez.get(ENGINE + "/task/" + task.get("id").asText() + "/form-variables").json().at("/progress/value").asText();
		assertThat(submitForm(ez, task, prefilled + "节前完成自查，节后整改。").status()).isEqualTo(204);
		assertThat(reportOf(cycleId, "school-ez").get("status").asText()).isEqualTo("SUBMITTED");

		at(LocalDate.of(2026, 10, 10), 8, 30);
		String cycleInstance = cycle(cycleId).get("processInstanceId").asText();
		Http office = Http.tasklistSession(port, "office1");
		DueJobs.execute(managementService);
		assertThat(office.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_ReadDigest&processInstanceId=" + cycleInstance).json()).hasSize(1);
		JsonNode digestTask = office.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_ReadDigest&processInstanceId=" + cycleInstance).json().get(0);
		JsonNode digest = office.get(ENGINE + "/task/" + digestTask.get("id").asText() + "/form-variables").json();
		assertThat(digest.at("/ctxReported/value").asText()).contains("第二中学：", "2026-10-09 17:30 报送（按时）");
		assertThat(Http.basic(port, "office1").get("/api/progress-reports/" + reportOf(cycleId, "school-ez").get("id").asText())
			.json().get("slips")).isEmpty();
		// The office reads it and is done.
		assertThat(office.post(ENGINE + "/task/" + digestTask.get("id").asText() + "/submit-form",
				Map.of("variables", Map.of("digestNote", Map.of("value", "已阅", "type", "String")))).status()).isEqualTo(204);
		assertThat(cycle(cycleId).get("digestReadBy").asText()).isEqualTo("office1");
	}

	// --- helpers

	Map<String, Object> measure(String measureCode, String leader, String... units) {
		Map<String, Object> measure = Plans.measure(measureCode, "限期整改", leader, units);
		measure.put("deadline", "2026-11-30");
		return measure;
	}

	/** Registers a migrated round with the measures and sends them out; its unit tasks. */
	List<JsonNode> dispatch(List<Map<String, Object>> measures) {
		Map<String, Object> round = Plans.round("报送测试 " + UUID.randomUUID(), measures);
		round.put("feedbackDate", "2026-08-20");
		round.put("deadline", "2026-12-31");
		Response created = Http.basic(port, "admin").post("/api/rounds", round);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		DueJobs.execute(managementService);
		long roundId = created.json().at("/round/id").asLong();
		List<JsonNode> items = new ArrayList<>();
		Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().forEach(items::add);
		return items;
	}

	/**
	 * Moves the clock to 08:30 of the day, after re-arming the daily start from the evening before (an earlier
	 * test or the real date may have left it elsewhere), and waits for the week's cycle.
	 */
	JsonNode openCycleOn(LocalDate day) {
		at(day.minusDays(1), 20, 0);
		recalculateDailyStart();
		at(day, 8, 30);
		DueJobs.execute(managementService);
		JsonNode cycle = cycleOfWeek(day);
		assertThat(cycle).as("the cycle of the week of " + day).isNotNull();
		return cycle;
	}

	void recalculateDailyStart() {
		Job start = managementService.createJobQuery()
			.processDefinitionKey(ProgressReportingProcess.KEY)
			.activityId(ProgressReportingProcess.START_EVENT)
			.singleResult();
		managementService.recalculateJobDuedate(start.getId(), false);
	}

	JsonNode cycleOfWeek(LocalDate day) {
		LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
		for (JsonNode cycle : Http.basic(port, "office1").get("/api/reporting-cycles").json()) {
			if (cycle.get("periodStart").asText().equals(monday.toString())) {
				return cycle;
			}
		}
		return null;
	}

	JsonNode cycle(long id) {
		for (JsonNode cycle : Http.basic(port, "office1").get("/api/reporting-cycles").json()) {
			if (cycle.get("id").asLong() == id) {
				return cycle;
			}
		}
		throw new AssertionError("no cycle " + id);
	}

	JsonNode reportOf(long cycleId, String unitId) {
		JsonNode reports = Http.basic(port, "office1").get("/api/progress-reports?cycleId=" + cycleId + "&unitId=" + unitId).json();
		assertThat(reports).as(unitId).hasSize(1);
		return reports.get(0);
	}

	/** The report tasks a unit's user finds in Tasklist. */
	JsonNode reportTasks(String user) {
		return Http.tasklistSession(port, user).get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_SubmitProgressReport").json();
	}

	JsonNode reportTaskOf(String user) {
		DueJobs.execute(managementService);
		JsonNode tasks = reportTasks(user);
		assertThat(tasks).as(user).isNotEmpty();
		return tasks.get(0);
	}

	Response submitForm(Http session, JsonNode task, String progress) {
		return session.post(ENGINE + "/task/" + task.get("id").asText() + "/submit-form",
				Map.of("variables", Map.of("progress", Map.of("value", progress, "type", "String"))));
	}

	static final DataFormatter FORMATTER = new DataFormatter();

	static List<List<String>> rows(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 3; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				cells.add(row.getCell(c) == null ? "" : FORMATTER.formatCellValue(row.getCell(c)));
			}
			rows.add(cells);
		}
		return rows;
	}

}
