package org.rectification.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectification.support.Http;
import org.rectification.system.BusinessClock;
import org.rectification.support.Http.Download;
import org.rectification.support.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures and the progress report from a known ledger, through the real entry points: a round of
 * two aspects, four problems (five findings) and five measures, one kept from publication, with items signed off,
 * kept long-term, late and in their warning period, and results reported on signing off. A second round adds a
 * long-term item whose later phase runs and an item a look-back reopened, made so with SQL on top of items closed
 * through the entry points (the look-back and phase flows are not what is tested here).
 */
abstract class ProgressScenarios {

	private static final String GROUP = "区委第一巡察组";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	// Dates as the app sees them (the bureau's zone): the test machine's zone may already be on another day.
	@Autowired
	BusinessClock clock;

	long roundId;

	Map<String, Long> tasks = new HashMap<>();

	@BeforeEach
	void knownLedger() {
		LocalDate today = clock.today();
		String past = today.minusDays(10).toString();
		String soon = today.plusDays(5).toString();
		String later = today.plusDays(30).toString();
		Map<String, Object> round = new LinkedHashMap<>();
		round.put("name", "看板测试 " + UUID.randomUUID());
		round.put("inspectionGroup", GROUP);
		round.put("inspectedBody", "区教育局");
		round.put("periodStart", today.minusDays(90).toString());
		round.put("periodEnd", today.minusDays(60).toString());
		round.put("feedbackDate", today.minusDays(30).toString());
		round.put("documentNo", "龙巡〔2026〕9号");
		round.put("deadline", today.plusDays(90).toString());
		round.put("dispatch", true);
		round.put("aspects", List.of(
				Map.of("code", "一", "title", "一、落实全面从严治党责任有差距", "problems", List.of(
						problem("1", "（一）财务管理不规范", List.of("部分学校存在白条入账现象", "公务接待无公函"),
								measure("1-1", "开展财务专项检查，清理白条", "限期整改", later, "1", true, "school-yz", "school-ez"),
								measure("1-2", "规范公务接待，补齐公函", "限期整改", past, "2", true, "school-syzx")),
						problem("2", "违规收受礼品礼金", List.of(),
								measure("2-1", "对收受礼品礼金问题立案调查", "限期整改", later, "", false, "dept-jjg")))),
				Map.of("code", "二", "title", "二、教师队伍管理存在薄弱环节", "problems", List.of(
						problem("3", "师德师风建设常态化机制不健全", List.of("个别教师有偿补课"),
								measure("3-1", "开展有偿补课专项整治", "长期坚持", later, "1", true, "dept-rsg")),
						problem("4", "教师资格管理不严格", List.of("存在无资格证人员任教"),
								measure("4-1", "排查无资格证任教人员", "限期整改", soon, "1", true, "school-syxx"))))));
		Response created = Http.basic(port, "admin").post("/api/rounds", round);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		roundId = created.json().at("/round/id").asLong();
		for (JsonNode task : Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json()) {
			tasks.put(task.get("measureCode").asText() + "@" + task.get("unitId").asText(), task.get("id").asLong());
		}
		assertThat(tasks).hasSize(6);

		Map<String, Object> regulation = Map.of("title", "财务报销管理办法", "documentNo", "龙教〔2026〕5号",
				"issuedOn", today.minusDays(3).toString());
		close("1-1@school-yz", "yz1", Map.of("institutions", List.of(regulation), "fundsRecovered", "1200.50"));
		// The same bureau-wide rule reported by a second school counts once.
		close("1-1@school-ez", "ez1", Map.of("institutions", List.of(regulation), "fundsRecovered", "800"));
		close("2-1@dept-jjg", "jjg1", Map.of("accountabilities", List.of(Map.of("kind", "ADMONITION", "persons", 2)),
				"fundsRecovered", "5000"));
		close("3-1@dept-rsg", "rsg1", Map.of("institutions", List.of(Map.of("title", "师德师风考核办法"))));
		// Submitted, not yet reviewed: quoted in the internal report only.
		Response submitted = Http.basic(port, "syxx1").post("/api/unit-tasks/" + tasks.get("4-1@school-syxx") + "/evidence",
				Map.of("summary", "已排查全部任课教师资格证", "completionDate", today.toString()));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
	}

	@Test
	void dashboardCountsTheLedgerAsTheReportsDo() {
		JsonNode internal = Http.basic(port, "leader1").get("/api/dashboard/rounds/" + roundId).json();
		String date = chineseDate(clock.today());
		assertThat(internal.at("/headline/sentence").asText()).isEqualTo("针对" + GROUP
				+ "反馈意见的2个方面、4项、5条问题，制定整改措施5条；截至" + date
				+ "，2条问题已整改完成，1条问题已整改、需长期坚持，2条问题正在整改；建立健全制度2项；问责2人（诫勉谈话2人）；退缴、追回资金7000.50元。");
		assertThat(internal.at("/headline/findingsDone").asInt()).isEqualTo(2);
		assertThat(internal.at("/headline/findingsReopened").asInt()).isZero();
		assertThat(internal.at("/unitTasks/reopened").asLong()).isZero();
		assertThat(internal.at("/measures/reopened").asLong()).isZero();
		assertThat(internal.at("/headline/institutions").asInt()).isEqualTo(2);
		assertThat(internal.at("/headline/fundsRecovered").decimalValue()).isEqualByComparingTo("7000.50");

		assertThat(tally(internal.at("/measures"))).containsExactly(5L, 2L, 1L, 1L, 1L, 1L);
		assertThat(tally(internal.at("/unitTasks"))).containsExactly(6L, 3L, 1L, 1L, 1L, 1L);
		assertThat(internal.at("/unitTasks/completionRate").asDouble()).isEqualTo(66.7);
		assertThat(internal.at("/byAspect/0/code").asText()).isEqualTo("一");
		assertThat(tally(internal.at("/byAspect/0/unitTasks"))).containsExactly(4L, 3L, 0L, 0L, 1L, 0L);
		assertThat(tally(internal.at("/byAspect/1/unitTasks"))).containsExactly(2L, 0L, 1L, 1L, 0L, 1L);
		JsonNode syzx = unit(internal, "school-syzx");
		assertThat(syzx.at("/unitName").asText()).isEqualTo("实验中学");
		assertThat(tally(syzx.at("/unitTasks"))).containsExactly(1L, 0L, 0L, 0L, 1L, 0L);
		assertThat(results(internal)).containsExactly("整改推进中", "已整改", "已整改，长期坚持", "整改推进中");
		assertThat(internal.at("/problems/0/standing").asText()).isEqualTo("OVERDUE");

		JsonNode warnings = internal.at("/warnings");
		assertThat(warnings.at("/red").asInt()).isEqualTo(1);
		assertThat(warnings.at("/yellow").asInt()).isEqualTo(1);
		JsonNode red = warnings.at("/items/0");
		assertThat(red.at("/level").asText()).isEqualTo("RED");
		assertThat(red.at("/unitName").asText()).isEqualTo("实验中学");
		assertThat(red.at("/measureCode").asText()).isEqualTo("1-2");
		assertThat(red.at("/leaderName").asText()).isEqualTo("李娜");
		assertThat(red.at("/workingDaysOverdue").asInt()).isPositive();
		String instance = Http.basic(port, "office1").get("/api/unit-tasks/" + tasks.get("1-2@school-syzx")).json()
			.at("/task/processInstanceId").asText();
		assertThat(red.at("/cockpitPath").asText()).isEqualTo("#/process-instance/" + instance + "/runtime");
		assertThat(warnings.at("/items/1/level").asText()).isEqualTo("YELLOW");
		assertThat(warnings.at("/items/1/unitName").asText()).isEqualTo("实验小学");
		assertThat(warnings.at("/items/1/workingDaysLeft").asInt()).isPositive();
		assertThat(warnings.at("/items")).hasSize(2);
		assertThat(Http.basic(port, "leader1").get("/api/dashboard/rounds/" + roundId + "?warnings=1").json()
			.at("/warnings/items")).hasSize(1);
	}

	@Test
	void shouldCountALivingLongTermItemAsKeptAndAReopenedItemAsReopened() throws Exception {
		LocalDate today = clock.today();
		long round = longTermLedger(today);
		String path = "/api/dashboard/rounds/" + round;
		JsonNode internal = Http.basic(port, "leader1").get(path).json();

		assertThat(internal.at("/headline/sentence").asText()).isEqualTo("针对" + GROUP
				+ "反馈意见的1个方面、4项、5条问题，制定整改措施4条；截至" + chineseDate(today)
				+ "，1条问题已整改完成，1条问题已整改、需长期坚持，1条问题正在整改，2条问题回头看发现反弹、正在重新整改。");
		assertThat(internal.at("/headline/findingsLongTerm").asInt()).isEqualTo(1);
		assertThat(internal.at("/headline/findingsInProgress").asInt()).isEqualTo(1);
		assertThat(internal.at("/headline/findingsReopened").asInt()).isEqualTo(2);
		// The living item is kept long-term, the reopened one neither done nor late though its new deadline passed.
		assertThat(tallyWithReopened(internal.at("/unitTasks"))).containsExactly(4L, 1L, 1L, 1L, 0L, 1L, 0L);
		assertThat(tallyWithReopened(internal.at("/measures"))).containsExactly(4L, 1L, 1L, 1L, 0L, 1L, 0L);
		assertThat(tallyWithReopened(internal.at("/byAspect/0/unitTasks"))).containsExactly(4L, 1L, 1L, 1L, 0L, 1L, 0L);
		assertThat(internal.at("/unitTasks/completionRate").asDouble()).isEqualTo(50.0);
		assertThat(tallyWithReopened(unit(internal, "school-yz").at("/unitTasks"))).containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 0L);
		assertThat(tallyWithReopened(unit(internal, "dept-rsg").at("/unitTasks"))).containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 0L);
		assertThat(results(internal)).containsExactly("已整改，长期坚持", "反弹，重新整改中", "整改推进中", "已整改");
		assertThat(internal.at("/problems/1/standing").asText()).isEqualTo("REOPENED");
		assertThat(internal.at("/problems/1/standingLabel").asText()).isEqualTo("反弹·重新整改");

		// The lights cover every open item and phase: the reopened item is red, the living item's phase 2 yellow.
		JsonNode warnings = internal.at("/warnings");
		assertThat(warnings.at("/red").asInt()).isEqualTo(1);
		assertThat(warnings.at("/yellow").asInt()).isEqualTo(1);
		assertThat(warnings.at("/items")).hasSize(2);
		JsonNode reopened = warnings.at("/items/0");
		assertThat(reopened.at("/level").asText()).isEqualTo("RED");
		assertThat(reopened.at("/measureCode").asText()).isEqualTo("6-1");
		assertThat(reopened.at("/stateLabel").asText()).isEqualTo("反弹·重新整改");
		assertThat(reopened.at("/standing").asText()).isEqualTo("REOPENED");
		assertThat(reopened.at("/deadline").asText()).isEqualTo(today.minusDays(10).toString());
		JsonNode living = warnings.at("/items/1");
		assertThat(living.at("/level").asText()).isEqualTo("YELLOW");
		assertThat(living.at("/measureCode").asText()).isEqualTo("5-1");
		assertThat(living.at("/unitName").asText()).isEqualTo("人事股");
		assertThat(living.at("/stateLabel").asText()).isEqualTo("已整改·长期坚持（第2阶段：正在整改）");
		assertThat(living.at("/standing").asText()).isEqualTo("LONG_TERM_KEPT");
		assertThat(living.at("/phaseNo").asInt()).isEqualTo(2);
		assertThat(living.at("/deadline").asText()).isEqualTo(today.plusDays(3).toString());

		Download report = Http.basic(port, "office1").download(path + "/report");
		assertThat(report.status()).isEqualTo(200);
		String text = text(report.body());
		assertThat(text).contains(internal.at("/headline/sentence").asText(), "人事股：已完成整改，见佐证材料。");
		assertThat(results(text)).containsExactly("已整改，长期坚持", "反弹，重新整改中", "整改推进中", "已整改");
		// The living item counts as done; the reopened one does not.
		assertThat(text.split("共1项整改任务，已完成1项。", -1)).hasSize(3);
		assertThat(text.split("共1项整改任务，已完成0项。", -1)).hasSize(3);

		// Resubmitted after the rebound, the item stays reopened until it is signed off again.
		long reopenedTask = tasks.get("6-1@school-yz");
		jdbc.update("UPDATE unit_task SET state = 'UNDER_REVIEW' WHERE id = ?", reopenedTask);
		JsonNode underReview = Http.basic(port, "leader1").get(path).json();
		assertThat(tallyWithReopened(underReview.at("/unitTasks"))).containsExactly(4L, 1L, 1L, 1L, 0L, 1L, 0L);
		assertThat(underReview.at("/warnings/items/0/stateLabel").asText()).isEqualTo("反弹·重新整改（待审核）");
		jdbc.update("UPDATE unit_task SET state = 'SIGNED_OFF', closed_at = CURRENT_TIMESTAMP WHERE id = ?", reopenedTask);
		JsonNode signedAgain = Http.basic(port, "leader1").get(path).json();
		assertThat(tallyWithReopened(signedAgain.at("/unitTasks"))).containsExactly(4L, 2L, 1L, 1L, 0L, 0L, 0L);
		assertThat(results(signedAgain)).containsExactly("已整改，长期坚持", "已整改", "整改推进中", "已整改");
		assertThat(signedAgain.at("/headline/sentence").asText()).endsWith(
				"，3条问题已整改完成，1条问题已整改、需长期坚持，1条问题正在整改。");
	}

	@Test
	void publicFiguresLeaveOutWhatThePlanKeepsFromPublication() {
		JsonNode pub = Http.basic(port, "office1").get("/api/dashboard/rounds/" + roundId + "?scope=public").json();
		assertThat(pub.at("/headline/sentence").asText()).isEqualTo("针对" + GROUP
				+ "反馈意见的2个方面、3项、4条问题，制定整改措施4条；截至" + chineseDate(clock.today())
				+ "，1条问题已整改完成，1条问题已整改、需长期坚持，2条问题正在整改；建立健全制度2项；退缴、追回资金2000.50元。");
		assertThat(pub.at("/headline/accountabilityPersons").asInt()).isZero();
		assertThat(tally(pub.at("/unitTasks"))).containsExactly(5L, 2L, 1L, 1L, 1L, 1L);
		assertThat(pub.at("/problems")).hasSize(3);
		assertThat(pub.at("/problems").toString()).doesNotContain("礼品礼金");
	}

	@Test
	void reportStatesTheDashboardsFiguresAndAParagraphPerProblem() throws Exception {
		String internalSentence = Http.basic(port, "office1").get("/api/dashboard/rounds/" + roundId).json()
			.at("/headline/sentence").asText();
		Download internal = Http.basic(port, "office1").download("/api/dashboard/rounds/" + roundId + "/report");
		assertThat(internal.status()).isEqualTo(200);
		assertThat(internal.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(internal.disposition()).startsWith("attachment").contains("filename*=UTF-8''");
		String text = text(internal.body());
		assertThat(text).contains("内部资料", "关于" + GROUP + "反馈意见整改进展情况的通报", internalSentence,
				"（龙巡〔2026〕9号）", "（一）落实全面从严治党责任有差距", "1．财务管理不规范", "2．违规收受礼品礼金",
				"（二）教师队伍管理存在薄弱环节", "整改措施：一是开展财务专项检查，清理白条；二是规范公务接待，补齐公函。",
				"第一中学、第二中学：已完成整改，见佐证材料。", "实验小学：已排查全部任课教师资格证（待审核）。",
				"另有1项整改任务正在推进。", "建立健全制度1项：《财务报销管理办法》（龙教〔2026〕5号）",
				"问责2人（诫勉谈话2人）", "退缴、追回资金5000元", "共3项整改任务，已完成2项。");
		assertThat(results(text)).containsExactly("整改推进中", "已整改", "已整改，长期坚持", "整改推进中");
		// No line numbering left over from the plan: "一、" and "（一）" in titles are the report's own.
		assertThat(text).doesNotContain("（一）一、", "1．（一）", "党务公开", "欢迎广大干部群众");

		String publicSentence = Http.basic(port, "office1").get("/api/dashboard/rounds/" + roundId + "?scope=public").json()
			.at("/headline/sentence").asText();
		Download published = Http.basic(port, "leader2").download("/api/dashboard/rounds/" + roundId + "/report?scope=public");
		assertThat(published.status()).isEqualTo(200);
		String publicText = text(published.body());
		assertThat(publicText).contains(publicSentence, "1．财务管理不规范", "（二）教师队伍管理存在薄弱环节")
			.contains("按照党务公开原则", "欢迎广大干部群众对巡察整改落实情况进行监督。", "各项整改任务正在推进。")
			.doesNotContain("内部资料", "礼品礼金", "诫勉谈话", "5000", "基础教育股", "已排查全部任课教师资格证");
		assertThat(results(publicText)).containsExactly("整改推进中", "已整改，长期坚持", "整改推进中");
	}

	@Test
	void onlyTheLeadingGroupLeadersAndTheOfficeSeeTheDashboardAndTheReport() {
		String round = "/api/dashboard/rounds/" + roundId;
		for (String user : List.of("office1", "leader3", "secretary")) {
			assertThat(Http.basic(port, user).get(round).status()).as(user).isEqualTo(200);
			assertThat(Http.basic(port, user).get("/api/dashboard/rounds").status()).as(user).isEqualTo(200);
		}
		for (String user : List.of("yz1", "jjg1", "admin")) {
			Response refused = Http.basic(port, user).get(round);
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.json().at("/code").asText()).isEqualTo("FORBIDDEN");
			assertThat(refused.json().at("/message").asText()).contains("领导小组");
			assertThat(Http.basic(port, user).get("/api/dashboard/rounds").status()).as(user).isEqualTo(403);
			assertThat(Http.basic(port, user).download(round + "/report?scope=public").status()).as(user).isEqualTo(403);
		}
		assertThat(Http.anonymous(port).get(round).status()).isEqualTo(401);
		assertThat(Http.anonymous(port).download(round + "/report").status()).isEqualTo(401);
		Response badScope = Http.basic(port, "leader1").get(round + "?scope=everything");
		assertThat(badScope.status()).isEqualTo(400);
		assertThat(badScope.json().at("/code").asText()).isEqualTo("SCOPE_INVALID");
		assertThat(Http.basic(port, "leader1").get(round + "?warnings=5000").status()).isEqualTo(400);
		assertThat(Http.basic(port, "leader1").get("/api/dashboard/rounds/999999").status()).isEqualTo(404);
	}

	/**
	 * A round of one aspect and four problems (the second with two manifestations answered by one measure): 5-1, a
	 * long-term measure of 人事股 in its second phase, due in 3 days; 6-1 of 第一中学, signed off and reopened by a
	 * look-back with a new deadline 10 days ago; 7-1 of 第二中学 open; 8-1 of 实验中学 signed off.
	 */
	private long longTermLedger(LocalDate today) {
		String later = today.plusDays(30).toString();
		Map<String, Object> round = new LinkedHashMap<>();
		round.put("name", "长期坚持与回头看 " + UUID.randomUUID());
		round.put("inspectionGroup", GROUP);
		round.put("inspectedBody", "区教育局");
		round.put("feedbackDate", today.minusDays(120).toString());
		round.put("deadline", today.plusDays(90).toString());
		round.put("dispatch", true);
		round.put("aspects", List.of(Map.of("code", "一", "title", "一、意识形态和师德师风工作有差距", "problems", List.of(
				problem("5", "师德师风建设常态化机制不健全", List.of(),
						measure("5-1", "建立师德师风考核长效机制", "长期坚持", later, "", true, "dept-rsg")),
				problem("6", "校园安全隐患排查整治不彻底", List.of("消防设施老化", "食堂管理不规范"),
						measure("6-1", "开展校园安全隐患专项整治", "限期整改", later, "", true, "school-yz")),
				problem("7", "教师培训经费使用不规范", List.of(),
						measure("7-1", "规范教师培训经费使用", "限期整改", later, "", true, "school-ez")),
				problem("8", "校务公开不及时", List.of(),
						measure("8-1", "按月公开校务", "限期整改", later, "", true, "school-syzx"))))));
		Response created = Http.basic(port, "admin").post("/api/rounds", round);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		for (JsonNode task : Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json()) {
			tasks.put(task.get("measureCode").asText() + "@" + task.get("unitId").asText(), task.get("id").asLong());
		}
		close("5-1@dept-rsg", "rsg1", Map.of());
		close("6-1@school-yz", "yz1", Map.of());
		close("8-1@school-syzx", "syzx1", Map.of());

		// 5-1: phase 1 signed off, phase 2 (a milestone) due in 3 days and in its warning period.
		long living = tasks.get("5-1@dept-rsg");
		Long measureId = jdbc.queryForObject("SELECT measure_id FROM unit_task WHERE id = ?", Long.class, living);
		jdbc.update("INSERT INTO measure_milestone (measure_id, phase_no, title, due_date) VALUES (?, 2, ?, ?)", measureId,
				"师德师风考核结果纳入年度考核", today.plusDays(3));
		assertThat(jdbc.update("""
				UPDATE unit_task SET state = 'IN_PROGRESS', phase_no = 2, kept_since = CURRENT_TIMESTAMP, closed_at = NULL,
				  deadline = ?, warn_from = ?, overdue_from = ?, severe_from = ? WHERE id = ? AND state = 'LONG_TERM_KEPT'""",
				today.plusDays(3), today.minusDays(7), today.plusDays(4), today.plusDays(18), living)).isEqualTo(1);
		// 6-1: the look-back found the problem back; its new deadline has passed already.
		assertThat(jdbc.update("""
				UPDATE unit_task SET state = 'REOPENED', reopened_at = CURRENT_TIMESTAMP, rebound_count = 1, kept_since = NULL,
				  closed_at = NULL, deadline = ?, warn_from = ?, overdue_from = ?, severe_from = ?
				WHERE id = ? AND state = 'SIGNED_OFF'""",
				today.minusDays(10), today.minusDays(24), today.minusDays(9), today.plusDays(5),
				tasks.get("6-1@school-yz"))).isEqualTo(1);
		return roundId;
	}

	private void close(String key, String user, Map<String, Object> results) {
		long id = tasks.get(key);
		Map<String, Object> evidence = new HashMap<>(results);
		evidence.put("summary", "已完成整改，见佐证材料。");
		evidence.put("completionDate", clock.today().toString());
		Response submitted = Http.basic(port, user).post("/api/unit-tasks/" + id + "/evidence", evidence);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT"))
			.status()).isEqualTo(200);
		Response signed = Http.basic(port, "leader2").post("/api/unit-tasks/" + id + "/sign-off", Map.of("decision", "SIGN_OFF"));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
	}

	private static Map<String, Object> problem(String code, String title, List<String> manifestations,
			Map<String, Object>... measures) {
		List<Map<String, Object>> shown = new ArrayList<>();
		for (int i = 0; i < manifestations.size(); i++) {
			shown.add(Map.of("code", String.valueOf(i + 1), "text", manifestations.get(i)));
		}
		return Map.of("code", code, "title", title, "manifestations", shown, "measures", List.of(measures));
	}

	private static Map<String, Object> measure(String code, String text, String type, String deadline,
			String manifestation, boolean publicReport, String... units) {
		Map<String, Object> measure = new LinkedHashMap<>();
		measure.put("code", code);
		measure.put("text", text);
		measure.put("type", type);
		measure.put("responsibleLeader", "leader2");
		measure.put("leadUnit", "dept-jcg");
		measure.put("responsibleUnits", List.of(units));
		measure.put("deadline", deadline);
		measure.put("manifestation", manifestation);
		measure.put("publicReport", publicReport);
		return measure;
	}

	/** total, 已销号, 长期坚持, 正在整改, 逾期, 黄灯. */
	private static List<Long> tally(JsonNode tally) {
		return List.of(tally.get("total").asLong(), tally.get("signedOff").asLong(), tally.get("longTermKept").asLong(),
				tally.get("inProgress").asLong(), tally.get("overdue").asLong(), tally.get("yellow").asLong());
	}

	/** total, 已销号, 长期坚持, 正在整改, 逾期, 反弹·重新整改, 黄灯. */
	private static List<Long> tallyWithReopened(JsonNode tally) {
		return List.of(tally.get("total").asLong(), tally.get("signedOff").asLong(), tally.get("longTermKept").asLong(),
				tally.get("inProgress").asLong(), tally.get("overdue").asLong(), tally.get("reopened").asLong(),
				tally.get("yellow").asLong());
	}

	private static JsonNode unit(JsonNode snapshot, String unitId) {
		for (JsonNode unit : snapshot.get("byUnit")) {
			if (unit.get("unitId").asText().equals(unitId)) {
				return unit;
			}
		}
		throw new AssertionError("no unit " + unitId + " in " + snapshot.get("byUnit"));
	}

	private static List<String> results(JsonNode snapshot) {
		List<String> results = new ArrayList<>();
		snapshot.get("problems").forEach(p -> results.add(p.get("result").asText()));
		return results;
	}

	private static List<String> results(String reportText) {
		return reportText.lines().filter(l -> l.startsWith("整改结果：")).map(l -> l.substring(5).strip()).toList();
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
