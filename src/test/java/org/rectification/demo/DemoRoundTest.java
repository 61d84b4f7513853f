package org.rectification.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rectification.support.DemoTest;
import org.rectification.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first start of the default profile gives a realistic round with items in every state and weeks of history,
 * once; every demo login of the README finds the work its row promises. Read through /api and /engine-rest as each
 * user, the way Tasklist and Cockpit read them.
 */
@DemoTest
class DemoRoundTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	DemoRound demoRound;

	@Autowired
	ProcessEngine engine;

	@LocalServerPort
	int port;

	@Test
	void shouldRegisterTheFeedbackWithItsFourAspectsFifteenProblemsFortyManifestationsAndSixtyMeasures() {
		JsonNode headline = dashboard().get("headline");

		assertThat(headline.get("aspects").asInt()).isEqualTo(4);
		assertThat(headline.get("problems").asInt()).isEqualTo(15);
		assertThat(headline.get("findings").asInt()).isEqualTo(40);
		assertThat(headline.get("measures").asInt()).isEqualTo(61);
		JsonNode round = Http.basic(port, "office1").get("/api/rounds/" + mainRoundId()).json();
		assertThat(round.get("measures")).hasSize(61);
		// Several measures go to every school (全体学校 expands to all 20).
		long forAllSchools = StreamSupport.stream(round.get("measures").spliterator(), false)
			.filter(m -> unitsOf(round, m.get("id").asLong()) == 20)
			.count();
		assertThat(forAllSchools).isGreaterThanOrEqualTo(3);
	}

	@Test
	void shouldHaveItemsInEveryState() {
		List<JsonNode> items = items();
		Set<String> states = items.stream().map(i -> i.get("state").asText()).collect(Collectors.toSet());

		assertThat(states).contains("IN_PROGRESS", "UNDER_REVIEW", "RETURNED", "AWAITING_SIGN_OFF", "SIGNED_OFF",
				"LONG_TERM_KEPT", "REOPENED");
		// Long-term items in their second phase, kept up since the first one's sign-off (已整改·长期坚持).
		assertThat(items).anySatisfy(i -> {
			assertThat(i.get("phaseNo").asInt()).isEqualTo(2);
			assertThat(i.hasNonNull("keptSince")).isTrue();
			assertThat(i.get("standing").asText()).startsWith("已整改·长期坚持");
		});
		assertThat(items).allSatisfy(i -> assertThat(i.hasNonNull("processInstanceId") || i.hasNonNull("id")).isTrue());

		// Sent back with a reason: 实验中学 by the office, 第二中学 by its leader.
		JsonNode returned = Http.basic(port, "office1").get("/api/unit-tasks/" + item("3-1", "school-syzx").get("id").asLong()).json();
		assertThat(returned.get("task").get("state").asText()).isEqualTo("RETURNED");
		assertThat(returned.toString()).contains("只写了学习");
		assertThat(item("3-1", "school-ez").get("state").asText()).isEqualTo("RETURNED");
		// 实验小学's 3-1 is due within ten working days (yellow) and left to the browser walk, which may have run.
		if (item("3-1", "school-syxx").get("state").asText().equals("IN_PROGRESS")) {
			assertThat(item("3-1", "school-syxx").get("warning").asText()).isEqualTo("YELLOW");
		}
		// Overdue with slips (督办单): 私立明德中学 has its leader's slip and the severe one.
		JsonNode late = deadline(item("9-1", "school-smzx"));
		assertThat(late.get("warning").asText()).isEqualTo("RED");
		assertThat(late.get("escalations").size()).isGreaterThanOrEqualTo(2);
		// An approved extension, and one waiting for the leader.
		assertThat(deadline(item("11-1", "dept-rsg")).get("extensions").get(0).get("status").asText()).isEqualTo("APPROVED");
		assertThat(deadline(item("7-2", "dept-twy")).get("extensions").get(0).get("status").asText()).isEqualTo("PENDING");
		// Look-backs: with the unit, under the office's review, held, rebounded.
		Set<String> lookBacks = items.stream()
			.map(i -> Http.basic(port, "office1").get("/api/unit-tasks/" + i.get("id").asLong()).json().get("lookBacks"))
			.filter(l -> l != null && l.size() > 0)
			.flatMap(l -> StreamSupport.stream(l.spliterator(), false))
			.map(l -> l.get("status").asText())
			.collect(Collectors.toSet());
		assertThat(lookBacks).contains("WITH_UNIT", "UNDER_REVIEW", "HELD", "REBOUNDED");
	}

	@Test
	void shouldGiveEveryDemoLoginTheWorkTheReadmePromises() {
		assertThat(filter("syxx1", "本单位待办")).contains("【10-1】提交佐证材料（第2阶段） · 实验小学")
			.allSatisfy(t -> assertThat(t).endsWith(" · 实验小学"));
		if (item("3-1", "school-syxx").get("state").asText().equals("IN_PROGRESS")) {
			assertThat(filter("syxx1", "本单位待办")).contains("〔即将到期〕【3-1】提交佐证材料 · 实验小学");
		}
		assertThat(filter("syzx1", "本单位待办")).anyMatch(t -> t.contains("【3-1】") && t.contains("实验中学"));
		assertThat(filter("sz1", "本单位待办")).anyMatch(t -> t.contains("〔回头看反弹〕【13-1】提交佐证材料"));
		assertThat(filter("yz1", "本单位待办")).anyMatch(t -> t.contains("【13-1】报送回头看材料"));
		assertThat(filter("smzx1", "已逾期")).anyMatch(t -> t.contains("【9-1】"));
		assertThat(filter("jcg1", "本单位待办")).anyMatch(t -> t.contains("【3-2】报送回头看材料"));
		assertThat(filter("rsg1", "已逾期")).anyMatch(t -> t.contains("【8-2】"));
		assertThat(filter("twy1", "本单位待办")).anyMatch(t -> t.contains("【7-2】"));

		for (String office : List.of("office1", "office2")) {
			assertThat(filter(office, "待审核")).anyMatch(t -> t.contains("审核佐证材料"))
				.anyMatch(t -> t.contains("【12-2】回头看复查"));
		}
		for (String leader : List.of("leader1", "leader2", "leader3")) {
			assertThat(filter(leader, "待销号")).as(leader).isNotEmpty();
		}
		assertThat(filter("leader1", "督办单")).anyMatch(t -> t.contains("【9-1】") && t.contains("私立明德中学"))
			.anyMatch(t -> t.contains("【8-2】"));
		assertThat(filter("leader2", "延期审批")).anyMatch(t -> t.contains("【7-2】"));
		for (String leadingGroup : List.of("secretary", "leader1")) {
			assertThat(filter(leadingGroup, "方案审批")).anyMatch(t -> t.contains("区委第三巡察组专项巡察"));
		}
		assertThat(filter("secretary", "督办单")).anyMatch(t -> t.contains("严重逾期"));
		assertThat(Http.basic(port, "admin").get("/engine-rest/task/count").json().get("count").asInt()).isPositive();
	}

	@Test
	void shouldDateTheHistoryBackOverTheWeeksSinceTheFeedback() {
		LocalDate today = LocalDate.now(ZONE);
		JsonNode oldest = Http.basic(port, "admin")
			.get("/engine-rest/history/process-instance?sortBy=startTime&sortOrder=asc&maxResults=1")
			.json()
			.get(0);
		assertThat(OffsetDateTime.parse(oldest.get("startTime").asText().replaceFirst("(\\+\\d\\d)(\\d\\d)$", "$1:$2"))
			.atZoneSameInstant(ZONE)
			.toLocalDate()).isBefore(today.minusDays(60));
		JsonNode round = Http.basic(port, "office1").get("/api/rounds/" + mainRoundId()).json().get("round");
		assertThat(LocalDate.parse(round.get("feedbackDate").asText())).isBefore(today.minusDays(70));

		// Sign-offs spread over the past weeks (the browser walk in the same context adds one today).
		List<LocalDate> signOffs = items().stream()
			.filter(i -> i.get("state").asText().equals("SIGNED_OFF"))
			.map(i -> Http.basic(port, "office1").get("/api/unit-tasks/" + i.get("id").asLong()).json().get("history"))
			.flatMap(h -> StreamSupport.stream(h.spliterator(), false))
			.filter(h -> "SIGNED_OFF".equals(h.path("toState").asText()) && "AWAITING_SIGN_OFF".equals(h.path("fromState").asText()))
			.map(h -> OffsetDateTime.parse(h.get("changedAt").asText()).atZoneSameInstant(ZONE).toLocalDate())
			.toList();
		assertThat(signOffs.stream().filter(d -> d.isBefore(today)).count()).isGreaterThan(30);
		assertThat(signOffs.stream().min(LocalDate::compareTo).orElseThrow()).isBefore(today.minusDays(50));
		assertThat(signOffs.stream().distinct().count()).isGreaterThan(10);
	}

	@Test
	void shouldShowTheRoundInProgressWithHistoryOnTheDashboard() {
		JsonNode dashboard = dashboard();

		assertThat(dashboard.get("round").get("status").asText()).isEqualTo("IN_RECTIFICATION");
		JsonNode tasks = dashboard.get("unitTasks");
		assertThat(tasks.get("signedOff").asInt()).isGreaterThan(50);
		assertThat(tasks.get("longTermKept").asInt()).isPositive();
		assertThat(tasks.get("inProgress").asInt()).isPositive();
		assertThat(tasks.get("overdue").asInt()).isPositive();
		assertThat(tasks.get("reopened").asInt()).isPositive();
		assertThat(dashboard.get("warnings").get("red").asInt()).isPositive();
		assertThat(dashboard.get("headline").get("sentence").asText())
			.startsWith("针对区委第一巡察组反馈意见的4个方面、15项、40条问题，制定整改措施61条；");
	}

	@Test
	void shouldNotCreateTheDemoAgainOnRestart() {
		int before = Http.basic(port, "office1").get("/api/rounds").json().size();
		int items = items().size();

		demoRound.run(null);

		assertThat(Http.basic(port, "office1").get("/api/rounds").json().size()).isEqualTo(before);
		assertThat(items()).hasSize(items);
		assertThat(demoRound.status()).isEqualTo(DemoRound.Status.READY);
	}

	@Test
	void shouldSaySoWhenTheFirstStartWasStoppedWhilePlayingTheDemo() {
		ManagementService management = engine.getManagementService();
		String completed = management.getProperties().get(DemoRound.COMPLETE_PROPERTY);
		assertThat(completed).isNotBlank();
		try {
			management.deleteProperty(DemoRound.COMPLETE_PROPERTY);
			demoRound.run(null);
			assertThat(demoRound.status()).isEqualTo(DemoRound.Status.INTERRUPTED);
			assertThat(Http.anonymous(port).get("/demo/logins").json().get("status").asText()).isEqualTo("INTERRUPTED");
		}
		finally {
			management.setProperty(DemoRound.COMPLETE_PROPERTY, completed);
			demoRound.run(null);
		}
		assertThat(demoRound.status()).isEqualTo(DemoRound.Status.READY);
	}

	// --- through the API as the users ---

	private long mainRoundId() {
		for (JsonNode round : Http.basic(port, "office1").get("/api/rounds").json()) {
			if (round.get("name").asText().equals(DemoRound.MAIN_ROUND)) {
				return round.get("id").asLong();
			}
		}
		throw new AssertionError("No demo round");
	}

	private JsonNode dashboard() {
		Http.Response response = Http.basic(port, "leader1").get("/api/dashboard/rounds/" + mainRoundId());
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private List<JsonNode> items() {
		List<JsonNode> list = new ArrayList<>();
		Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + mainRoundId()).json().forEach(list::add);
		return list;
	}

	private JsonNode item(String measureCode, String unitId) {
		return items().stream()
			.filter(i -> i.get("measureCode").asText().equals(measureCode) && i.get("unitId").asText().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No demo item " + measureCode + " of " + unitId));
	}

	private JsonNode deadline(JsonNode item) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + item.get("id").asLong() + "/deadline").json();
	}

	private static long unitsOf(JsonNode round, long measureId) {
		return StreamSupport.stream(round.get("measureUnits").spliterator(), false)
			.filter(u -> u.get("measureId").asLong() == measureId && "RESPONSIBLE".equals(u.get("role").asText()))
			.count();
	}

	/** The names of the tasks a user's Tasklist filter lists, read as Tasklist reads them. */
	private List<String> filter(String user, String name) {
		Http http = Http.basic(port, user);
		JsonNode filters = http.get("/engine-rest/filter?resourceType=Task&maxResults=100").json();
		String id = StreamSupport.stream(filters.spliterator(), false)
			.filter(f -> f.get("name").asText().equals(name))
			.map(f -> f.get("id").asText())
			.findFirst()
			.orElseThrow(() -> new AssertionError(user + " has no filter " + name));
		List<String> names = new ArrayList<>();
		http.post("/engine-rest/filter/" + id + "/list?maxResults=1000", java.util.Map.of()).json()
			.forEach(t -> names.add(t.get("name").asText()));
		return names;
	}

}
