package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectification.support.EngineClock.at;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * Deadlines in any year, as the office meets them in December 2026: next year is provisional (暂定), a round of
 * 2022 is approved on its own year's calendar, and when the 2027 schedule is uploaded every open item's dates,
 * timers and Tasklist due date move at once, with a history entry, and the unit is told when its deadline moved.
 * Job execution is off in these contexts: the test reads the timers' due dates, it does not wait for them.
 */
abstract class CalendarYearScenarios {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	/** A made-up 2027 schedule with a worked Saturday (2027-02-20) after a longer 春节 than the statute's. */
	static final String SCHEDULE_2027 = """
			year: 2027
			source: 测试用2027年安排（虚构，非国务院办公厅通知）
			holidays:
			  - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }
			  - { name: 春节, from: 2027-02-05, to: 2027-02-12 }
			  - { name: 清明节, from: 2027-04-03, to: 2027-04-05 }
			  - { name: 劳动节, from: 2027-05-01, to: 2027-05-05 }
			  - { name: 端午节, from: 2027-06-09, to: 2027-06-09 }
			  - { name: 中秋节, from: 2027-09-15, to: 2027-09-15 }
			  - { name: 国庆节, from: 2027-10-01, to: 2027-10-07 }
			workdays:
			  - { date: 2027-02-20, for: 春节 }
			  - { date: 2027-05-08, for: 劳动节 }
			  - { date: 2027-10-09, for: 国庆节 }
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManagementService managementService;

	@Autowired
	WorkingDayCalendar calendar;

	final String code = "Y" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void decemberTheSeventh() {
		at(TODAY, 10, 0);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldCountNextYearProvisionallyAndMoveEverythingWhenItsScheduleIsUploaded() {
		JsonNode year = Http.basic(port, "syxx1").get("/api/calendar/2027").json();
		assertThat(year.get("provisional").asBoolean()).isTrue();
		assertThat(year.get("origin").asText()).isEqualTo("COMPUTED");
		assertThat(year.get("holidays").findValuesAsText("from")).contains("2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15");
		JsonNode status = Http.anonymous(port).get("/calendar/status").json();
		assertThat(status.get("firstProvisionalYear").asInt()).isEqualTo(2027);
		assertThat(status.get("officialYears").findValuesAsText("")).isEmpty();
		assertThat(status.get("officialYears")).extracting(JsonNode::asInt).contains(2018, 2026).doesNotContain(2027);

		// A date typed in the plan, extended into 2027, and a deadline written in working days.
		Map<String, Object> typed = Plans.measure(code + "a", "限期整改", "leader2", "school-syxx");
		typed.put("deadline", "2027-01-15");
		Map<String, Object> counted = Plans.measure(code + "b", "限期整改", "leader2", "school-syzx");
		counted.remove("deadline");
		counted.put("deadlineWorkingDays", 45);
		long roundId = createRound(List.of(typed, counted), "2027-06-30");
		long a = item(roundId, code + "a");
		long b = item(roundId, code + "b");

		JsonNode typedView = deadline(a, "syxx1");
		assertThat(typedView.get("deadline").asText()).isEqualTo("2027-01-15");
		assertThat(typedView.get("provisional").asBoolean()).isTrue();
		assertThat(typedView.at("/provisionalDates/deadline").asBoolean()).as("typed as a date").isFalse();
		assertThat(typedView.at("/provisionalDates/warnFrom").asBoolean()).isTrue();
		assertThat(typedView.get("warningText").asText()).endsWith("（暂定）");
		JsonNode countedView = deadline(b, "syzx1");
		LocalDate provisionalDeadline = LocalDate.parse(countedView.get("deadline").asText());
		// 45 working days from Monday 12/7 with 元旦 and the provisional 春节 (2/5-2/10) off: Monday 2/15.
		assertThat(provisionalDeadline).isEqualTo("2027-02-15");
		assertThat(countedView.at("/provisionalDates/deadline").asBoolean()).isTrue();
		assertThat(taskDue(b)).isEqualTo(provisionalDeadline);

		// An extension into 2027.
		Response asked = Http.basic(port, "syxx1").post("/api/unit-tasks/" + a + "/extensions",
				Map.of("requestedDeadline", "2027-02-19", "reason", "需等待寒假后复查"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		Http leader = Http.tasklistSession(port, "leader2");
		String decide = null;
		for (JsonNode t : leader.get("/camunda/api/engine/engine/default/task?maxResults=100&taskDefinitionKey=Task_DecideExtension&assignee=leader2")
			.json()) {
			if (t.get("name").asText().contains(code + "a")) {
				decide = t.get("id").asText();
			}
		}
		assertThat(decide).isNotNull();
		assertThat(leader.post("/camunda/api/engine/engine/default/task/" + decide + "/submit-form",
				Map.of("variables", Map.of("extensionDecision", Map.of("value", "APPROVE", "type", "String")))).status())
			.isEqualTo(204);
		JsonNode extended = deadline(a, "syxx1");
		assertThat(extended.get("deadline").asText()).isEqualTo("2027-02-19");
		// Provisional: 2/5-2/10 off (除夕 to 初三 with two days for the weekend), weekends rest.
		assertThat(extended.get("warnFrom").asText()).isEqualTo("2027-02-01");
		assertThat(extended.get("overdueFrom").asText()).isEqualTo("2027-02-22");
		assertThat(timer(a, UnitRectificationProcess.BOUNDARY_DEADLINE_APPROACHING)).isEqualTo("2027-02-01");
		assertThat(timer(a, UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED)).isEqualTo("2027-02-22");

		// Only the office uploads, and a broken file stores nothing.
		assertThat(Http.basic(port, "syxx1").upload("/api/calendar", "2027.yml", bytes(SCHEDULE_2027)).status()).isEqualTo(403);
		Response broken = Http.basic(port, "office1").upload("/api/calendar", "2027年安排.yml",
				bytes(SCHEDULE_2027.replace("2027-05-08", "2027-05-12").replace("holidays:", "holiday:")));
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().get("code").asText()).isEqualTo("CALENDAR_FILE_INVALID");
		assertThat(broken.json().get("details")).extracting(JsonNode::asText)
			.contains("2027年安排.yml：未知的键 /holiday", "2027年安排.yml：holidays 为空")
			.anyMatch(p -> p.contains("调休上班日 2027-05-12不是周六或周日"));
		assertThat(Http.basic(port, "office1").get("/api/calendar/2027").json().get("provisional").asBoolean()).isTrue();
		assertThat(deadline(a, "syxx1").get("warnFrom").asText()).isEqualTo("2027-02-01");

		Response uploaded = Http.basic(port, "office1").upload("/api/calendar", "2027年节假日安排.yml", bytes(SCHEDULE_2027));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().at("/year/provisional").asBoolean()).isFalse();
		assertThat(uploaded.json().at("/recount/moved").findValuesAsText("unitTaskId")).contains(String.valueOf(a),
				String.valueOf(b));
		JsonNode official = Http.basic(port, "syzx1").get("/api/calendar/2027").json();
		assertThat(official.get("provisional").asBoolean()).isFalse();
		assertThat(official.get("origin").asText()).isEqualTo("UPLOADED");
		assertThat(official.get("uploadedBy").asText()).isEqualTo("office1");

		// The extended date stays; its thresholds follow the 8-day 春节 and the worked Saturday 2/20.
		JsonNode movedA = deadline(a, "syxx1");
		assertThat(movedA.get("deadline").asText()).isEqualTo("2027-02-19");
		assertThat(movedA.get("warnFrom").asText()).isEqualTo("2027-01-28");
		assertThat(movedA.get("overdueFrom").asText()).isEqualTo("2027-02-20");
		assertThat(movedA.get("provisional").asBoolean()).isFalse();
		assertThat(movedA.get("warningText").asText()).doesNotContain("暂定");
		assertThat(timer(a, UnitRectificationProcess.BOUNDARY_DEADLINE_APPROACHING)).isEqualTo("2027-01-28");
		assertThat(timer(a, UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED)).isEqualTo("2027-02-20");
		assertThat(timer(a, UnitRectificationProcess.BOUNDARY_SEVERELY_OVERDUE)).isEqualTo(movedA.get("severeFrom").asText());
		assertThat(taskDue(a)).isEqualTo("2027-02-19");
		assertThat(notices(a, DeadlineNotices.DEADLINE_RECOUNTED)).as("its deadline did not move").isZero();
		assertThat(history(a)).anyMatch(n -> n.startsWith("工作日历变更（2027年节假日安排已上传）") && n.contains("黄灯起由2027-02-01改为2027-01-28"));

		// The working-day deadline is counted again on the published year; timers, due date and the unit follow.
		LocalDate recounted = calendar.plusWorkingDays(TODAY, 45);
		assertThat(recounted).isEqualTo("2027-02-17");
		JsonNode movedB = deadline(b, "syzx1");
		assertThat(movedB.get("deadline").asText()).isEqualTo(recounted.toString());
		assertThat(movedB.get("originalDeadline").asText()).isEqualTo(recounted.toString());
		assertThat(movedB.get("provisional").asBoolean()).isFalse();
		assertThat(taskDue(b)).isEqualTo(recounted);
		assertThat(timer(b, UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED)).isEqualTo(movedB.get("overdueFrom").asText());
		assertThat(timer(b, UnitRectificationProcess.BOUNDARY_OVERDUE_REMINDER))
			.isEqualTo(calendar.plusWorkingDays(recounted, 3).toString());
		assertThat(notices(b, DeadlineNotices.DEADLINE_RECOUNTED)).isEqualTo(1);
		assertThat(history(b)).anyMatch(n -> n.contains("完成时限由" + provisionalDeadline + "改为" + recounted));

		// Uploading the same schedule again moves nothing more.
		Response again = Http.basic(port, "office1").upload("/api/calendar", "2027.yml", bytes(SCHEDULE_2027));
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("version").asInt()).isEqualTo(2);
		assertThat(again.json().at("/recount/moved").findValuesAsText("unitTaskId")).doesNotContain(String.valueOf(a),
				String.valueOf(b));
	}

	@Test
	void shouldApproveARoundOfAnEarlierYearOnItsOwnCalendar() {
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", "school-yz");
		measure.put("deadline", "2022-06-30");
		Map<String, Object> round = round(List.of(measure), "2022-12-31");
		round.put("feedbackDate", "2022-03-10");
		Response created = Http.basic(port, "admin").post("/api/rounds", round);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = item(created.json().at("/round/id").asLong(), code);
		JsonNode view = deadline(id, "yz1");
		assertThat(view.get("deadline").asText()).isEqualTo("2022-06-30");
		// Ten working days back from Thursday 6/30 is 6/16; 7/1 is a Friday.
		assertThat(view.get("warnFrom").asText()).isEqualTo("2022-06-16");
		assertThat(view.get("overdueFrom").asText()).isEqualTo("2022-07-01");
		assertThat(view.get("provisional").asBoolean()).isFalse();
		assertThat(view.get("warning").asText()).isEqualTo("RED");
	}

	long createRound(List<Map<String, Object>> measures, String deadline) {
		Response created = Http.basic(port, "admin").post("/api/rounds", round(measures, deadline));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().at("/round/id").asLong();
	}

	Map<String, Object> round(List<Map<String, Object>> measures, String deadline) {
		Map<String, Object> round = new HashMap<>(Plans.round("日历测试 " + UUID.randomUUID(), measures));
		round.put("feedbackDate", "2026-11-20");
		round.put("deadline", deadline);
		return round;
	}

	long item(long roundId, String measureCode) {
		for (JsonNode t : Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId + "&maxResults=100").json()) {
			if (t.get("measureCode").asText().equals(measureCode)) {
				return t.get("id").asLong();
			}
		}
		throw new AssertionError("no item " + measureCode);
	}

	JsonNode deadline(long id, String user) {
		return Http.basic(port, user).get("/api/unit-tasks/" + id + "/deadline").json();
	}

	String processInstance(long id) {
		return jdbc.sql("SELECT process_instance_id FROM unit_task WHERE id = ?").param(id).query(String.class).single();
	}

	/** The day (in the bureau's zone) of the item's timer on the given boundary event. */
	String timer(long id, String activityId) {
		for (Job job : managementService.createJobQuery().processInstanceId(processInstance(id)).timers().list()) {
			String activity = managementService.createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId();
			if (activity.equals(activityId)) {
				ZonedDateTime due = job.getDuedate().toInstant().atZone(SHANGHAI);
				assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(8, 30));
				return due.toLocalDate().toString();
			}
		}
		throw new AssertionError("no timer " + activityId);
	}

	LocalDate taskDue(long id) {
		java.util.Date due = jdbc.sql("SELECT due_date_ FROM act_ru_task WHERE proc_inst_id_ = ? AND task_def_key_ = ?")
			.params(processInstance(id), UnitRectificationProcess.TASK_SUBMIT_EVIDENCE)
			.query(java.util.Date.class)
			.single();
		return due.toInstant().atZone(SHANGHAI).toLocalDate();
	}

	long notices(long id, String kind) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE unit_task_id = ? AND kind = ?")
			.params(id, kind)
			.query(Long.class)
			.single();
	}

	List<String> history(long id) {
		return jdbc.sql("SELECT note FROM status_history WHERE unit_task_id = ? AND note IS NOT NULL ORDER BY id")
			.param(id)
			.query(String.class)
			.list();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
