package org.rectification.deadline.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectification.deadline.CalendarYearMissing;
import org.rectification.deadline.WorkingDayCalendar;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deadlines the engine computes from BPMN durations, on an engine with {@link WorkingDayBusinessCalendars}:
 * around Mid-Autumn and National Day 2026 (9/25–9/27 and 10/1–10/7 off, Sunday 9/20 and Saturday 10/10 worked).
 */
@Deployment(resources = WorkingDayCalendarProcessTest.RESOURCE)
class WorkingDayCalendarProcessTest {

	static final String RESOURCE = "process-tests/working-day-timers.bpmn";

	static final String PROCESS = "working-day-timers";

	static final String TASK_SUBMIT_EVIDENCE = "Task_SubmitEvidence";

	static final String TASK_REVIEW_EVIDENCE = "Task_ReviewEvidence";

	static final String BOUNDARY_REMINDER_DUE = "BoundaryEvent_ReminderDue";

	static final String BOUNDARY_REVIEW_REMINDER_DUE = "BoundaryEvent_ReviewReminderDue";

	static final String END_REMINDER_SENT = "EndEvent_ReminderSent";

	static final String END_REVIEW_REMINDER_SENT = "EndEvent_ReviewReminderSent";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.useProcessEngine(engineWithWorkingDays())
		.build();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
	}

	@AfterAll
	static void closeEngine() {
		engine.getProcessEngine().close();
	}

	@Test
	void shouldGiveTheTaskADueDateFiveWorkingDaysAheadOverBothHolidays() {
		ClockUtil.setCurrentTime(at("2026-09-24T10:00"));
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS);

		assertThat(instance).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		// Mon 9/28, Tue 9/29, Wed 9/30, then Thu 10/8 and Fri 10/9.
		assertThat(task(instance).getDueDate()).isEqualTo(at("2026-10-09T10:00"));
	}

	@Test
	void shouldRemindThreeWorkingDaysLaterCountingTheWorkingSunday() {
		ClockUtil.setCurrentTime(at("2026-09-17T10:00"));
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS);

		// Fri 9/18, Sun 9/20 (worked), Mon 9/21; calendar days would give Sun 9/20.
		Job reminder = timer(instance, BOUNDARY_REMINDER_DUE);
		assertThat(reminder.getDuedate()).isEqualTo(at("2026-09-21T10:00"));

		ClockUtil.setCurrentTime(reminder.getDuedate());
		managementService().executeJob(reminder.getId());
		assertThat(instance).hasPassed(END_REMINDER_SENT).isWaitingAt(TASK_SUBMIT_EVIDENCE);
	}

	@Test
	void shouldRemindAfterTheNationalDayHoliday() {
		ClockUtil.setCurrentTime(at("2026-09-29T10:00"));
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS);

		// Wed 9/30, then Thu 10/8 and Fri 10/9.
		assertThat(timer(instance, BOUNDARY_REMINDER_DUE).getDuedate()).isEqualTo(at("2026-10-09T10:00"));
	}

	@Test
	void shouldRepeatTheReviewReminderEveryTwoWorkingDays() {
		ClockUtil.setCurrentTime(at("2026-09-29T09:00"));
		ProcessInstance instance = runtimeService().createProcessInstanceByKey(PROCESS)
			.startBeforeActivity(TASK_REVIEW_EVIDENCE)
			.execute();

		List<Date> occurrences = new ArrayList<>();
		Job reminder = timer(instance, BOUNDARY_REVIEW_REMINDER_DUE);
		for (int fired = 0; fired < 3; fired++) {
			occurrences.add(reminder.getDuedate());
			// The second fires six hours late; the next occurrence still counts from the one before.
			ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + (fired == 1 ? 6 * 3_600_000L : 0)));
			managementService().executeJob(reminder.getId());
			reminder = timer(instance, BOUNDARY_REVIEW_REMINDER_DUE);
		}
		occurrences.add(reminder.getDuedate());

		// Wed 9/30 and Thu 10/8; Fri 10/9 and Sat 10/10 (worked); Mon 10/12 and Tue 10/13; Wed, Thu.
		assertThat(occurrences).containsExactly(at("2026-10-08T09:00"), at("2026-10-10T09:00"), at("2026-10-13T09:00"),
				at("2026-10-15T09:00"));
		assertThat(instance).isWaitingAt(TASK_REVIEW_EVIDENCE);
		assertThat(historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(END_REVIEW_REMINDER_SENT)
			.count()).isEqualTo(3);
	}

	@Test
	void shouldCountADueDateIntoTheProvisionalNextYear() {
		ClockUtil.setCurrentTime(at("2026-12-28T10:00"));
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS);

		// Tue 12/29 to Thu 12/31, 元旦 2027 off by statute, then Mon 1/4 and Tue 1/5.
		assertThat(task(instance).getDueDate()).isEqualTo(at("2027-01-05T10:00"));
	}

	@Test
	void shouldRefuseADueDateInAYearTheCalendarDoesNotCover() {
		ClockUtil.setCurrentTime(at("2017-12-27T10:00"));

		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS))
			.isInstanceOf(CalendarYearMissing.class)
			.hasMessageContaining("2017年");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isZero();
	}

	private static Job timer(ProcessInstance instance, String activityId) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.singleResult();
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
	}

	private static ProcessEngine engineWithWorkingDays() {
		WorkingDayCalendar calendar = new WorkingDayCalendar("classpath:calendar/", new PathMatchingResourcePatternResolver());
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setProcessEngineName("working-day-calendar");
		configuration.setJdbcUrl("jdbc:h2:mem:working-day-calendar;DB_CLOSE_DELAY=1000");
		configuration.setJobExecutorActivate(false);
		configuration.setHistory("full");
		// As in application.yml: a refused deadline is the caller's to report, not an engine error to log.
		configuration.setEnableCmdExceptionLogging(false);
		configuration.getProcessEnginePlugins().add(new WorkingDayBusinessCalendars(calendar, SHANGHAI));
		return configuration.buildProcessEngine();
	}

}
