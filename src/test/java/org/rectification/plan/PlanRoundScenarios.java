package org.rectification.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectification.support.PlanWorkbooks.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.PlanWorkbooks;
import org.rectification.system.BusinessClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A round from the start form to open unit tasks, through the real entry points: Tasklist's API with webapp
 * sessions for the start form and the tasks, the app's upload endpoint for the workbook, the job executor for
 * the fan-out. Run on H2 and on PostgreSQL.
 */
abstract class PlanRoundScenarios {

	static final String ENGINE = "/camunda/api/engine/engine/default";

	static final String A1 = "一、党的政治建设方面";

	static final String A2 = "二、全面从严治党方面";

	static final String P1 = "（一）理论学习不够深入";

	static final String P2 = "（二）财务管理不规范";

	static final String P3 = "（三）师德师风建设抓得不实";

	static final LocalDate FEEDBACK = LocalDate.now().minusDays(10);

	static final LocalDate DUE = LocalDate.now().plusMonths(3);

	/** 20 schools in the demo org chart, 7 of them secondary (全体中学). */
	static final int SCHOOLS = 20;

	@LocalServerPort
	int port;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	BusinessClock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** A realistic plan: departments, one school, all schools, a named set; merged aspect cells. */
	static byte[] goodPlan() {
		return plan().titleRows(1)
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定年度理论学习计划，每月集中学习一次", "限期整改", "张伟", "党建办", "办公室", "党建办", "王建国", DUE)
			.row("1.2", "", "", "2. 学习笔记照抄照搬", "开展学习笔记专项检查", "立行立改", "张伟", "党建办", "", "全体中学", "各校书记", DUE)
			.row("2.1", "", P2, "1. 公务接待超标准", "修订公务接待管理办法，清退超标准费用", "限期整改", "李娜", "计划财务股", "", "计划财务股、实验中学", "吕志强", DUE)
			.row("3.1", A2, P3, "1. 个别教师违规有偿补课", "开展违规有偿补课专项治理，签订师德承诺书", "长期坚持", "陈刚", "人事股", "", "全体学校", "各校校长", DUE)
			.merge("B3:B4")
			.bytes();
	}

	int plannedUnitTasks() {
		return 1 + 7 + 2 + SCHOOLS;
	}

	@Test
	void shouldTakeAPlanFromTheStartFormToEveryResponsibleUnitsTask() {
		Http office = Http.tasklistSession(port, "office1");
		long roundId = startRound(office, "全流程");

		Response broken = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plan()
			.row("1.1", A1, P1, "", "制定计划", "限时整改", "张伟", "党建办", "", "党建办", "", DUE)
			.row("1.2", A1, P1, "", "建立档案", "限期整改", "王五", "党建办", "", "科技股", "", "下个月")
			.row("1.1", A1, P2, "", "修订制度", "限期整改", "李娜", "党建办", "", "党建办", "", FEEDBACK.minusDays(1))
			.bytes());
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().get("code").asText()).isEqualTo("PLAN_INVALID");
		assertThat(broken.json().get("details")).extracting(d -> d.get("text").asText()).containsExactly(
				"第2行 F列（类型）：“限时整改”不是有效的类型，应为 立行立改、限期整改 或 长期坚持",
				"第3行 G列（责任领导）：“王五”不是系统中的分管领导",
				"第3行 J列（责任单位）：单位“科技股”不存在（请填写系统中的单位全称，或 全体学校、全体股室 等单位集合）",
				"第3行 L列（完成时限）：无法识别的完成时限“下个月”，请写成 2025-06-30、2025年6月30日、2025年6月底 或 30个工作日",
				"第4行 A列（编号）：编号 1.1 与第2行重复");
		assertThat(progress(roundId).get("measures").asInt()).isZero();

		Response imported = office.upload("/api/rounds/" + roundId + "/plan", "整改方案.xlsx", goodPlan());
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(4);
		assertThat(imported.json().get("gaps")).isEmpty();
		assertThat(imported.json().get("plan").asText()).isEqualTo("2 个方面、3 个问题、4 条具体表现；4 条整改措施，需下达 " + plannedUnitTasks() + " 项单位整改任务");

		String importTask = task(office, roundId, "Task_ImportPlan");
		JsonNode shown = office.get(ENGINE + "/task/" + importTask + "/form-variables").json();
		assertThat(shown.at("/ctxGaps/value").asText()).startsWith("无");
		assertThat(submit(office, importTask, Map.of()).status()).isEqualTo(204);
		assertThat(round(roundId).at("/round/status").asText()).isEqualTo("AWAITING_APPROVAL");

		Http leader = Http.tasklistSession(port, "leader3");
		assertThat(submit(leader, task(leader, roundId, "Task_ApprovePlan"), Map.of("planDecision", "APPROVE")).status())
			.isEqualTo(204);

		JsonNode done = awaitFanOut(roundId);
		assertThat(done.get("status").asText()).isEqualTo("IN_RECTIFICATION");
		assertThat(done.get("plannedUnitTasks").asInt()).isEqualTo(plannedUnitTasks());
		assertThat(done.get("unitTasks").asInt()).isEqualTo(plannedUnitTasks());
		assertThat(done.at("/unitTasksByState/IN_PROGRESS").asInt()).isEqualTo(plannedUnitTasks());

		// Every responsible unit finds its own tasks, and only those, in Tasklist.
		assertThat(unitTaskCodes("syzx1", roundId)).containsExactlyInAnyOrder("1.2", "2.1", "3.1");
		assertThat(unitTaskCodes("syxx1", roundId)).containsExactly("3.1");
		assertThat(unitTaskCodes("djb1", roundId)).containsExactly("1.1");
		assertThat(unitTaskCodes("jcg1", roundId)).containsExactly("2.1");
		long measureId = round(roundId).at("/measures/0/id").asLong();
		Response extra = Http.basic(port, "office1").post("/api/measures/" + measureId + "/unit-tasks", Map.of("unitId", "school-sz"));
		assertThat(extra.status()).isEqualTo(409);
		assertThat(extra.json().get("code").asText()).isEqualTo("ROUND_MANAGED_BY_PROCESS");
		Http school = Http.tasklistSession(port, "syxx1");
		JsonNode visible = school.get(ENGINE + "/task?maxResults=100&taskDefinitionKey=Task_SubmitEvidence&candidateGroup=school-syxx").json();
		assertThat(visible).anySatisfy(t -> assertThat(t.get("name").asText()).isEqualTo("【3.1】提交佐证材料 · 实验小学"));
	}

	@Test
	void shouldListCoverageGapsOnTheTaskAndKeepThePlanWithTheOfficeUntilTheyAreClosed() {
		Http office = Http.tasklistSession(port, "office1");
		long roundId = startRound(office, "缺口");
		Response withGaps = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定学习计划", "限期整改", "张伟", "党建办", "", "党建办", "", DUE)
			.row("", "", "", "2. 学习笔记照抄照搬", "", "", "", "", "", "", "", "")
			.row("1.3", "", P2, "", "修订制度", "限期整改", "", "计划财务股", "", "", "", "")
			// 2029 has no published schedule: counted provisionally (暂定), not a gap.
			.row("1.4", "", "", "", "建立长效机制", "限期整改", "李娜", "计划财务股", "", "计划财务股", "", "2029-03-30")
			.bytes());
		assertThat(withGaps.status()).as(withGaps.body()).isEqualTo(200);
		assertThat(withGaps.json().get("gaps")).extracting(JsonNode::asText).containsExactly(
				"问题“（一）理论学习不够深入”的具体表现“2. 学习笔记照抄照搬”还没有整改措施", "措施 1.3 缺少责任领导、责任单位、完成时限");

		String first = task(office, roundId, "Task_ImportPlan");
		assertThat(office.get(ENGINE + "/task/" + first + "/form-variables").json().at("/ctxGaps/value").asText())
			.contains("共 2 处", "2. 学习笔记照抄照搬", "措施 1.3 缺少责任领导")
			.doesNotContain("2029年");
		assertThat(submit(office, first, Map.of()).status()).isEqualTo(204);
		String second = task(office, roundId, "Task_ImportPlan");
		assertThat(second).isNotEqualTo(first);
		assertThat(round(roundId).at("/round/status").asText()).isEqualTo("PLANNING");

		Response fixed = office.upload("/api/rounds/" + roundId + "/plan", "方案-修改.xlsx", plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定学习计划", "限期整改", "张伟", "党建办", "", "党建办", "", DUE)
			.row("1.2", "", "", "2. 学习笔记照抄照搬", "检查学习笔记", "立行立改", "张伟", "党建办", "", "党建办", "", DUE)
			.row("1.3", "", P2, "", "修订制度", "限期整改", "李娜", "计划财务股", "", "计划财务股", "", DUE)
			.bytes());
		assertThat(fixed.json().get("created").asInt()).isEqualTo(1);
		assertThat(fixed.json().get("updated").asInt()).isEqualTo(1);
		assertThat(fixed.json().get("unchanged").asInt()).isEqualTo(1);
		assertThat(fixed.json().get("gaps")).isEmpty();
		assertThat(office.get(ENGINE + "/task/" + second + "/form-variables").json().at("/ctxGaps/value").asText()).startsWith("无");
		assertThat(submit(office, second, Map.of()).status()).isEqualTo(204);
		assertThat(task(Http.tasklistSession(port, "secretary"), roundId, "Task_ApprovePlan")).isNotNull();
	}

	@Test
	void shouldReturnThePlanWithAReasonAndUpdateItInPlaceOnReimport() {
		Http office = Http.tasklistSession(port, "office1");
		long roundId = startRound(office, "退回");
		office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", goodPlan());
		submit(office, task(office, roundId, "Task_ImportPlan"), Map.of());
		Http leader = Http.tasklistSession(port, "leader1");
		String approve = task(leader, roundId, "Task_ApprovePlan");

		Response noReason = submit(leader, approve, Map.of("planDecision", "RETURN"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("message").asText()).isEqualTo("退回时必须填写退回意见");
		assertThat(round(roundId).at("/round/status").asText()).isEqualTo("AWAITING_APPROVAL");
		Response frozen = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", goodPlan());
		assertThat(frozen.status()).isEqualTo(200);
		assertThat(frozen.json().get("message").asText()).isEqualTo("文件与台账一致，没有需要更新的内容");

		assertThat(submit(leader, approve, Map.of("planDecision", "RETURN", "returnReason", "措施2.1要写明清退金额")).status())
			.isEqualTo(204);
		String again = task(office, roundId, "Task_ImportPlan");
		assertThat(office.get(ENGINE + "/task/" + again + "/form-variables").json().at("/ctxReturnHistory/value").asText())
			.contains("措施2.1要写明清退金额");

		Response reimported = office.upload("/api/rounds/" + roundId + "/plan", "方案-第二稿.xlsx", plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定年度理论学习计划，每月集中学习一次", "限期整改", "张伟", "党建办", "办公室", "党建办", "王建国", DUE)
			.row("2.1", "", P2, "1. 公务接待超标准", "修订公务接待管理办法，清退超标准费用3200元", "限期整改", "李娜", "计划财务股", "", "计划财务股、实验中学", "吕志强", DUE)
			.row("3.1", A2, P3, "1. 个别教师违规有偿补课", "开展违规有偿补课专项治理，签订师德承诺书", "长期坚持", "陈刚", "人事股", "", "全体学校", "各校校长", DUE)
			.row("3.2", "", "", "", "建立师德失范行为举报受理机制", "长期坚持", "陈刚", "人事股", "", "人事股", "", DUE)
			.bytes());
		assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
		assertThat(reimported.json().get("createdCodes")).extracting(JsonNode::asText).containsExactly("3.2");
		assertThat(reimported.json().get("updatedCodes")).extracting(JsonNode::asText).containsExactly("2.1");
		assertThat(reimported.json().get("removedCodes")).extracting(JsonNode::asText).containsExactly("1.2");
		JsonNode plan = round(roundId);
		assertThat(plan.get("measures")).extracting(m -> m.get("code").asText()).containsExactly("1.1", "2.1", "3.1", "3.2");
		assertThat(plan.get("findings")).noneSatisfy(f -> assertThat(f.get("manifestationText").asText()).isEqualTo("2. 学习笔记照抄照搬"));
	}

	@Test
	void shouldExportTheLedgerAndTakeItBackWithoutAnyChange() throws Exception {
		Http office = Http.tasklistSession(port, "office1");
		long roundId = startRound(office, "台账");
		office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "=HYPERLINK(\"http://evil\",\"点击\")", "限期整改", "张伟", "党建办", "", "党建办、实验中学", "", DUE)
			.row("", "", "", "2. 尚无措施", "", "", "", "", "", "", "", "")
			.row("1.2", "", P2, "", "-1+1 清退资金", "立行立改", "李娜", "计划财务股", "办公室", "全体中学", "", DUE)
			.bytes());
		Http.Download planning = office.download("/api/rounds/" + roundId + "/ledger.xlsx");
		assertThat(planning.status()).isEqualTo(200);
		Response same = office.upload("/api/rounds/" + roundId + "/plan", "台账.xlsx", planning.body());
		assertThat(same.json().get("unchanged").asInt()).as(same.body()).isEqualTo(2);
		assertThat(same.json().get("created").asInt() + same.json().get("updated").asInt() + same.json().get("removed").asInt()).isZero();

		// Complete the gap (and require evidence kinds for 1.1), then approve and fan out.
		List<String> withEvidence = new java.util.ArrayList<>(PlanWorkbooks.HEADERS);
		withEvidence.add("佐证材料要求");
		withEvidence.add("是否公开");
		office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plan().headers(withEvidence)
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "=HYPERLINK(\"http://evil\",\"点击\")", "限期整改", "张伟", "党建办", "", "党建办、实验中学", "", DUE, "制度文件、会议纪要", "")
			.row("1.3", "", "", "2. 尚无措施", "补充措施", "立行立改", "张伟", "党建办", "", "党建办", "", "通知下达后20个工作日内", "", "是")
			.row("1.2", "", P2, "", "-1+1 清退资金", "立行立改", "李娜", "计划财务股", "办公室", "全体中学", "", DUE, "", "否")
			.bytes());
		submit(office, task(office, roundId, "Task_ImportPlan"), Map.of());
		Http leader = Http.tasklistSession(port, "leader2");
		submit(leader, task(leader, roundId, "Task_ApprovePlan"), Map.of("planDecision", "APPROVE"));
		awaitFanOut(roundId);
		long syzx = Http.basic(port, "syzx1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
		for (String kind : List.of("制度文件", "会议纪要")) {
			assertThat(Http.basic(port, "syzx1").upload("/api/unit-tasks/" + syzx + "/evidence-files", kind + ".pdf",
					org.rectification.support.EvidenceSamples.pdf(kind), Map.of("kind", kind))
				.status()).isEqualTo(201);
		}
		assertThat(Http.basic(port, "syzx1").post("/api/unit-tasks/" + syzx + "/evidence",
				Map.of("summary", "@已组织全体教师学习", "completionDate", LocalDate.now().toString())).status()).isEqualTo(200);

		Http.Download ledger = Http.basic(port, "leader1").download("/api/rounds/" + roundId + "/ledger.xlsx");
		assertThat(ledger.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(ledger.disposition()).contains("attachment").contains(".xlsx");
		List<List<String>> rows = PlanWorkbooks.read(ledger.body());
		assertThat(rows.get(2)).startsWith("编号", "方面", "问题", "具体表现", "整改措施", "责任领导", "责任单位", "责任人", "完成时限",
				"进展情况", "状态", "完成日期");
		List<List<String>> items = rows.subList(3, rows.size());
		assertThat(items).hasSize(2 + 1 + 7);
		assertThat(items).anySatisfy(r -> assertThat(r.subList(6, 11)).containsExactly("实验中学", "", DUE.toString(),
				"@已组织全体教师学习", "待审核"));
		assertThat(items).filteredOn(r -> r.get(0).equals("1.1")).allSatisfy(r -> assertThat(r.get(19)).isEqualTo("制度文件、会议纪要"));
		// 是否公开 as the plan set it: only 1.2 is kept out of the public report.
		assertThat(items).filteredOn(r -> r.get(0).equals("1.2")).allSatisfy(r -> assertThat(r.get(20)).isEqualTo("否"));
		assertThat(items).filteredOn(r -> !r.get(0).equals("1.2")).allSatisfy(r -> assertThat(r.get(20)).isEqualTo("是"));
		assertThat(items).filteredOn(r -> r.get(0).equals("1.2")).hasSize(7)
			.allSatisfy(r -> assertThat(r.get(10)).isEqualTo("正在整改"));
		// Working days are counted from the day of the fan-out; the plan's wording stays in 完成时限.
		assertThat(items).filteredOn(r -> r.get(0).equals("1.3")).singleElement().satisfies(r -> {
			assertThat(r.get(8)).isEqualTo("20个工作日");
			// Counted in working days into a year not yet published, the date reads 暂定.
			java.time.LocalDate due = calendar.plusWorkingDays(clock.today(), 20);
			assertThat(r.get(16)).isEqualTo(calendar.isProvisionalBetween(clock.today(), due) ? due + "（暂定）" : due.toString());
		});
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(ledger.body()))) {
			Row first = workbook.getSheetAt(0).getRow(3);
			Cell formula = first.getCell(4);
			assertThat(formula.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"点击\")");
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
		}

		Response reimported = office.upload("/api/rounds/" + roundId + "/plan", "台账.xlsx", ledger.body());
		assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
		assertThat(reimported.json().get("unchanged").asInt()).isEqualTo(3);
		assertThat(reimported.json().get("message").asText()).isEqualTo("文件与台账一致，没有需要更新的内容");
		JsonNode after = progress(roundId);
		assertThat(after.get("unitTasks").asInt()).isEqualTo(2 + 1 + 7);

		Response changed = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "=HYPERLINK(\"http://evil\",\"点击\")", "限期整改", "张伟", "党建办", "", "党建办、实验中学", "", DUE.plusDays(30))
			.row("1.3", "", "", "2. 尚无措施", "补充措施", "立行立改", "张伟", "党建办", "", "党建办", "", "通知下达后20个工作日内")
			.row("1.2", "", P2, "", "-1+1 清退资金", "立行立改", "李娜", "计划财务股", "办公室", "全体中学", "", DUE)
			.bytes());
		assertThat(changed.status()).isEqualTo(409);
		assertThat(changed.json().get("code").asText()).isEqualTo("PLAN_CONFLICT");
		assertThat(changed.json().get("details")).extracting(d -> d.get("text").asText())
			.containsExactly("第2行（编号）：措施 1.1 与台账不一致：完成时限 " + DUE + " → " + DUE.plusDays(30));

		Http.Download own = Http.basic(port, "syzx1").download("/api/rounds/" + roundId + "/ledger.xlsx?unit=school-syzx");
		assertThat(own.status()).isEqualTo(200);
		assertThat(PlanWorkbooks.read(own.body()).subList(3, PlanWorkbooks.read(own.body()).size()))
			.extracting(r -> r.get(6)).containsOnly("实验中学");
		assertThat(Http.basic(port, "syzx1").download("/api/rounds/" + roundId + "/ledger.xlsx?unit=school-yz").status()).isEqualTo(403);
		assertThat(Http.basic(port, "syzx1").download("/api/rounds/" + roundId + "/ledger.xlsx").status()).isEqualTo(403);
	}

	@Test
	void shouldImportMilestonesAndLookBackMonthsShowThemAndTakeTheLedgerBackUnchanged() {
		Http office = Http.tasklistSession(port, "office1");
		long roundId = startRound(office, "阶段性目标");
		LocalDate second = DUE.plusMonths(6);
		LocalDate third = DUE.plusMonths(12).withDayOfMonth(DUE.plusMonths(12).lengthOfMonth());
		String milestones = second + " 建立师德师风长效机制\n" + third.getYear() + "年" + third.getMonthValue() + "月底前：开展专项治理回头看";
		Response imported = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx",
				longTermPlan(milestones, "6").bytes());
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(2);

		JsonNode measures = round(roundId).get("measures");
		JsonNode longTerm = measure(measures, "3.1");
		assertThat(longTerm.get("lookBackMonths").asInt()).isEqualTo(6);
		assertThat(longTerm.get("milestones")).extracting(m -> m.get("phaseNo").asInt(), m -> m.get("title").asText(),
				m -> m.get("dueDate").asText())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "建立师德师风长效机制", second.toString()),
					org.assertj.core.groups.Tuple.tuple(3, "开展专项治理回头看", third.toString()));
		assertThat(measure(measures, "1.1").get("lookBackMonths").asInt()).isEqualTo(3);
		assertThat(measure(measures, "1.1").get("milestones")).isEmpty();

		// A workbook without the two columns leaves them as they are, but may not leave milestones on a measure it
		// makes other than long-term.
		Response without = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plainPlan("长期坚持").bytes());
		assertThat(without.json().get("unchanged").asInt()).as(without.body()).isEqualTo(2);
		assertThat(measure(round(roundId).get("measures"), "3.1").get("milestones")).hasSize(2);
		assertThat(measure(round(roundId).get("measures"), "1.1").get("lookBackMonths").asInt()).isEqualTo(3);
		Response retyped = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", plainPlan("限期整改").bytes());
		assertThat(retyped.status()).isEqualTo(400);
		assertThat(retyped.json().get("details")).extracting(d -> d.get("text").asText()).containsExactly(
				"第3行（类型）：措施 3.1 在台账中有2条阶段性目标，只有“长期坚持”的措施才能有；请在文件中加上“阶段性目标”列并清空这些目标，或保留长期坚持");

		String exported = second + " 建立师德师风长效机制\n" + third + " 开展专项治理回头看";
		List<List<String>> planning = PlanWorkbooks.read(office.download("/api/rounds/" + roundId + "/ledger.xlsx").body());
		assertThat(planning.get(2).subList(21, 23)).containsExactly("阶段性目标", "回头看（月）");
		assertThat(planning.subList(3, planning.size())).filteredOn(r -> r.get(0).equals("3.1")).hasSize(2)
			.allSatisfy(r -> assertThat(r.subList(21, 23)).containsExactly(exported, "6"));
		Response same = office.upload("/api/rounds/" + roundId + "/plan", "台账.xlsx",
				office.download("/api/rounds/" + roundId + "/ledger.xlsx").body());
		assertThat(same.json().get("unchanged").asInt()).as(same.body()).isEqualTo(2);
		assertThat(same.json().get("updated").asInt()).isZero();

		submit(office, task(office, roundId, "Task_ImportPlan"), Map.of());
		Http leader = Http.tasklistSession(port, "leader3");
		submit(leader, task(leader, roundId, "Task_ApprovePlan"), Map.of("planDecision", "APPROVE"));
		awaitFanOut(roundId);

		// As the ledger holds a long-term item on its second phase and one a look-back found rebounded.
		long measureId = longTerm.get("id").asLong();
		jdbc.sql("UPDATE unit_task SET phase_no = 2, kept_since = ? WHERE measure_id = ? AND unit_id = 'school-syzx'")
			.params(clock.now(), measureId)
			.update();
		jdbc.sql("UPDATE unit_task SET state = 'REOPENED' WHERE measure_id = ? AND unit_id = 'school-syxx'")
			.param(measureId)
			.update();
		Http.Download ledger = office.download("/api/rounds/" + roundId + "/ledger.xlsx");
		List<List<String>> rows = PlanWorkbooks.read(ledger.body());
		assertThat(rows.subList(3, rows.size())).filteredOn(r -> r.get(0).equals("3.1"))
			.extracting(r -> r.get(6), r -> r.get(10))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("实验中学", "已整改·长期坚持（第2阶段：正在整改）"),
					org.assertj.core.groups.Tuple.tuple("实验小学", "反弹·重新整改"));
		Response reimported = office.upload("/api/rounds/" + roundId + "/plan", "台账.xlsx", ledger.body());
		assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
		assertThat(reimported.json().get("message").asText()).isEqualTo("文件与台账一致，没有需要更新的内容");

		Response changed = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx",
				longTermPlan(second.plusDays(1) + " 建立师德师风长效机制\n" + third + " 开展专项治理回头看", "12").bytes());
		assertThat(changed.status()).isEqualTo(409);
		assertThat(changed.json().get("code").asText()).isEqualTo("PLAN_CONFLICT");
		assertThat(changed.json().get("details")).extracting(d -> d.get("text").asText())
			.containsExactly("第3行（编号）：措施 3.1 与台账不一致：阶段性目标；回头看月数 6 → 12");
		assertThat(measure(round(roundId).get("measures"), "3.1").get("milestones").get(0).get("dueDate").asText())
			.isEqualTo(second.toString());
	}

	@Test
	void shouldRegisterARoundWithMilestonesThroughTheApiAndListEveryMistake() {
		Map<String, Object> good = org.rectification.support.Plans.measure("1-1", "长期坚持", "leader1", "school-syzx");
		LocalDate due = LocalDate.parse((String) good.get("deadline"));
		good.put("milestones", List.of(Map.of("title", "建立长效机制", "deadline", due.plusMonths(6).toString()),
				Map.of("title", "开展回头看", "deadline", due.plusMonths(12).toString())));
		good.put("lookBackMonths", 3);
		Response created = Http.basic(port, "admin").post("/api/rounds",
				org.rectification.support.Plans.round("阶段性目标-" + UUID.randomUUID(), List.of(good)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode measure = created.json().at("/measures/0");
		assertThat(measure.get("lookBackMonths").asInt()).isEqualTo(3);
		assertThat(measure.get("milestones")).extracting(m -> m.get("title").asText(), m -> m.get("dueDate").asText())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("建立长效机制", due.plusMonths(6).toString()),
					org.assertj.core.groups.Tuple.tuple("开展回头看", due.plusMonths(12).toString()));
		assertThat(round(created.json().at("/round/id").asLong()).at("/measures/0/milestones/1/phaseNo").asInt()).isEqualTo(3);

		Map<String, Object> notLongTerm = org.rectification.support.Plans.measure("1-2", "限期整改", "leader1", "school-syzx");
		notLongTerm.put("milestones", List.of(Map.of("title", "建立机制", "deadline", due.plusMonths(1).toString())));
		notLongTerm.put("lookBackMonths", 40);
		Map<String, Object> outOfOrder = org.rectification.support.Plans.measure("1-3", "长期坚持", "leader1", "school-syzx");
		outOfOrder.put("milestones", List.of(Map.of("title", "建立机制", "deadline", due.toString()),
				Map.of("title", "检查", "deadline", due.plusMonths(3).toString()),
				Map.of("title", "回头看", "deadline", due.plusMonths(2).toString())));
		Map<String, Object> untitled = org.rectification.support.Plans.measure("1-4", "长期坚持", "leader1", "school-syzx");
		untitled.put("milestones", List.of(Map.of("deadline", due.plusMonths(1).toString())));
		int before = Http.basic(port, "admin").get("/api/rounds").json().size();
		Response refused = Http.basic(port, "admin").post("/api/rounds", org.rectification.support.Plans
			.round("阶段性目标有误-" + UUID.randomUUID(), List.of(notLongTerm, outOfOrder, untitled)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
		assertThat(refused.json().get("details")).extracting(JsonNode::asText).containsExactly(
				"整改措施 1-2（方面 一 问题 1）：只有“长期坚持”的措施才能设阶段性目标，这条措施是“限期整改”",
				"整改措施 1-2（方面 一 问题 1）：回头看月数应在 1 到 36 之间",
				"整改措施 1-3（方面 一 问题 1）：第1条阶段性目标的日期 " + due + " 应晚于完成时限 " + due,
				"整改措施 1-3（方面 一 问题 1）：第3条阶段性目标的日期 " + due.plusMonths(2) + " 应晚于第2条的日期 " + due.plusMonths(3),
				"整改措施 1-4（方面 一 问题 1）：第1条阶段性目标须有目标（title）和日期（deadline）");
		assertThat(Http.basic(port, "admin").get("/api/rounds").json().size()).isEqualTo(before);
	}

	@Test
	void shouldLetOnlyTheOfficeStartAndImportAndOnlyTheLeadingGroupApprove() {
		Response schoolStart = Http.tasklistSession(port, "yz1")
			.post(ENGINE + "/process-definition/key/inspection-round/submit-form", Map.of("variables", startVariables("越权")));
		assertThat(schoolStart.status()).isEqualTo(403);

		Http office = Http.tasklistSession(port, "office1");
		long roundId = startRound(office, "权限");
		byte[] workbook = goodPlan();
		Response byLeader = Http.basic(port, "leader1").upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", workbook);
		assertThat(byLeader.status()).isEqualTo(403);
		assertThat(byLeader.json().get("message").asText()).isEqualTo("只有整改办可以导入整改方案");
		assertThat(Http.basic(port, "yz1").upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", workbook).status()).isEqualTo(403);
		assertThat(Http.anonymous(port).upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", workbook).status()).isEqualTo(401);
		assertThat(progress(roundId).get("measures").asInt()).isZero();

		Response text = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", "编号,整改措施".getBytes());
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().get("code").asText()).isEqualTo("NOT_XLSX");
		Response xls = office.upload("/api/rounds/" + roundId + "/plan", "方案.xls", workbook);
		assertThat(xls.json().get("code").asText()).isEqualTo("NOT_XLSX");
		Response corrupted = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx",
				java.util.Arrays.copyOf(workbook, workbook.length / 2));
		assertThat(corrupted.json().get("code").asText()).isEqualTo("FILE_CORRUPTED");
		byte[] huge = new byte[11 * 1024 * 1024];
		System.arraycopy(workbook, 0, huge, 0, workbook.length);
		Response tooLarge = office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", huge);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("message").asText()).startsWith("文件超过 10MB 的上限");
		assertThat(progress(roundId).get("measures").asInt()).isZero();

		office.upload("/api/rounds/" + roundId + "/plan", "方案.xlsx", workbook);
		submit(office, task(office, roundId, "Task_ImportPlan"), Map.of());
		// The office may read the approval task (it oversees the round) but not decide it.
		String approve = task(Http.tasklistSession(port, "leader1"), roundId, "Task_ApprovePlan");
		Response byOffice = office.post(ENGINE + "/task/" + approve + "/submit-form",
				Map.of("variables", Map.of("planDecision", Map.of("value", "APPROVE", "type", "String"))));
		assertThat(byOffice.status()).isIn(403, 404);
		assertThat(round(roundId).at("/round/status").asText()).isEqualTo("AWAITING_APPROVAL");
		assertThat(Http.basic(port, "yz1").get("/api/rounds/" + roundId + "/progress").status()).isEqualTo(403);
	}

	@Test
	void shouldRefuseAStartFormWithMistakesAndRegisterNothing() {
		Http office = Http.tasklistSession(port, "office1");
		int before = office.get("/api/rounds").json().size();
		Map<String, Object> variables = new HashMap<>(startVariables(""));
		variables.put("deadline", Map.of("value", FEEDBACK.minusDays(1).toString(), "type", "String"));
		Response refused = office.post(ENGINE + "/process-definition/key/inspection-round/submit-form", Map.of("variables", variables));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asText()).isEqualTo("轮次名称：必填；整改总时限：不能早于反馈日期");
		assertThat(office.get("/api/rounds").json().size()).isEqualTo(before);
	}

	// helpers

	/** 1.1 with a look-back of 3 months; 3.1 long-term, for two schools, with the given milestones and look-back. */
	static PlanWorkbooks longTermPlan(String milestones, String lookBackMonths) {
		List<String> headers = new java.util.ArrayList<>(PlanWorkbooks.HEADERS);
		headers.add("阶段性目标");
		headers.add("回头看（月）");
		return plan().headers(headers)
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定年度理论学习计划", "限期整改", "张伟", "党建办", "", "党建办", "", DUE, "", 3)
			.row("3.1", A2, P3, "1. 个别教师违规有偿补课", "开展违规有偿补课专项治理", "长期坚持", "陈刚", "人事股", "", "实验中学", "各校校长",
					DUE, milestones, lookBackMonths)
			.row("", "", "", "", "", "", "", "", "", "实验小学", "", "", "", "");
	}

	/** The same plan without the optional columns, 3.1 of the given type. */
	static PlanWorkbooks plainPlan(String type) {
		return plan()
			.row("1.1", A1, P1, "1. 中心组学习流于形式", "制定年度理论学习计划", "限期整改", "张伟", "党建办", "", "党建办", "", DUE)
			.row("3.1", A2, P3, "1. 个别教师违规有偿补课", "开展违规有偿补课专项治理", type, "陈刚", "人事股", "", "实验中学", "各校校长", DUE)
			.row("", "", "", "", "", "", "", "", "", "实验小学", "", "");
	}

	static JsonNode measure(JsonNode measures, String code) {
		return java.util.stream.StreamSupport.stream(measures.spliterator(), false)
			.filter(m -> m.get("code").asText().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no measure " + code + " in " + measures));
	}

	Map<String, Object> startVariables(String name) {
		return Map.of("roundName", Map.of("value", name, "type", "String"), "inspectionGroup",
				Map.of("value", "区委第三巡察组", "type", "String"), "inspectedBody", Map.of("value", "区教育局", "type", "String"),
				"feedbackDate", Map.of("value", FEEDBACK.toString(), "type", "String"), "documentNo",
				Map.of("value", "教党〔2025〕12号", "type", "String"), "deadline",
				Map.of("value", DUE.plusMonths(1).toString(), "type", "String"));
	}

	long startRound(Http office, String label) {
		String name = "2025年巡察整改-" + label + "-" + UUID.randomUUID().toString().substring(0, 6);
		Response started = office.post(ENGINE + "/process-definition/key/inspection-round/submit-form",
				Map.of("variables", startVariables(name)));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		long roundId = Long.parseLong(started.json().get("businessKey").asText());
		JsonNode round = round(roundId).get("round");
		assertThat(round.get("name").asText()).isEqualTo(name);
		assertThat(round.get("status").asText()).isEqualTo("PLANNING");
		// The process keeps none of the form's values: the ledger holds them.
		assertThat(office.get(ENGINE + "/process-instance/" + started.json().get("id").asText() + "/variables").json()
			.fieldNames()).toIterable().isEmpty();
		return roundId;
	}

	String task(Http session, long roundId, String key) {
		JsonNode tasks = session.get(ENGINE + "/task?maxResults=100&processInstanceBusinessKey=" + roundId + "&taskDefinitionKey=" + key).json();
		assertThat(tasks).as("%s of round %d", key, roundId).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	Response submit(Http session, String taskId, Map<String, String> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
		return session.post(ENGINE + "/task/" + taskId + "/submit-form", Map.of("variables", variables));
	}

	JsonNode round(long roundId) {
		return Http.basic(port, "office2").get("/api/rounds/" + roundId).json();
	}

	JsonNode progress(long roundId) {
		return Http.basic(port, "office2").get("/api/rounds/" + roundId + "/progress").json();
	}

	JsonNode awaitFanOut(long roundId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		JsonNode progress = progress(roundId);
		while (!progress.get("fanOutComplete").asBoolean() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			progress = progress(roundId);
		}
		assertThat(progress.get("fanOutComplete").asBoolean()).as(progress.toString()).isTrue();
		return progress;
	}

	List<String> unitTaskCodes(String user, long roundId) {
		JsonNode tasks = Http.basic(port, user).get("/api/unit-tasks?roundId=" + roundId).json();
		return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
			.peek(t -> assertThat(t.get("processInstanceId").isNull()).isFalse())
			.map(t -> t.get("measureCode").asText())
			.toList();
	}

}
