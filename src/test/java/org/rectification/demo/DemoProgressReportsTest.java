package org.rectification.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectification.reporting.ReportingCycle;
import org.rectification.reporting.ReportingService;
import org.rectification.reporting.UnitReport;
import org.rectification.reporting.process.ProgressReportingProcess;
import org.rectification.reporting.process.UnitProgressReportProcess;
import org.rectification.system.BusinessClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo as the default profile plays it, with periodic progress reports on: last week's cycle and this week's
 * were opened and reported by the units, except 私立明德中学 (and 体卫艺股 this week).
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:demo-reporting;DB_CLOSE_DELAY=-1",
		"rectification.demo.enabled=true", "rectification.reporting.enabled=true" })
class DemoProgressReportsTest {

	@Autowired
	ReportingService reporting;

	@Autowired
	TaskService taskService;

	@Autowired
	BusinessClock clock;

	@Test
	void shouldHaveLastWeeksCycleReportedByAllButOneUnit() {
		LocalDate lastMonday = clock.today().with(DayOfWeek.MONDAY).minusWeeks(1);
		ReportingCycle cycle = cycleOf(lastMonday);
		Map<String, UnitReport.Status> byUnit = statuses(cycle);

		assertThat(byUnit).hasSizeGreaterThan(20);
		assertThat(byUnit.get("school-smzx")).isIn(UnitReport.Status.OPEN, UnitReport.Status.MISSED);
		assertThat(byUnit.entrySet().stream().filter(e -> !e.getKey().equals("school-smzx")).map(Map.Entry::getValue))
			.containsOnly(UnitReport.Status.SUBMITTED);
		if (cycle.closesAt().isBefore(OffsetDateTime.now())) {
			// Closed: 私立明德中学 missed it, and the office has the digest to read.
			assertThat(byUnit.get("school-smzx")).isEqualTo(UnitReport.Status.MISSED);
			List<Task> digest = taskService.createTaskQuery()
				.processInstanceId(cycle.processInstanceId())
				.taskDefinitionKey(ProgressReportingProcess.TASK_READ_DIGEST)
				.taskCandidateGroup("role-office")
				.list();
			assertThat(digest).hasSize(1);
		}
		// Its responsible leaders were sent a slip for the missing report.
		assertThat(reporting.reports(cycle.id(), List.of("school-smzx")).get(0).id())
			.satisfies(id -> assertThat(reporting.slips(id)).isNotEmpty());
	}

	@Test
	void shouldLeaveThisWeeksReportOpenForTheUnitsThatHaveNotReported() {
		LocalDate thisMonday = clock.today().with(DayOfWeek.MONDAY);
		ReportingCycle cycle = reporting.cycles().stream().filter(c -> c.periodStart().equals(thisMonday)).findFirst().orElse(null);
		if (cycle == null) {
			// Before this week's opening (Monday morning, or a holiday week) there is nothing to check yet.
			assertThat(clock.today()).isBefore(thisMonday.plusDays(7));
			return;
		}
		Map<String, UnitReport.Status> byUnit = statuses(cycle);
		assertThat(byUnit.get("school-smzx")).isEqualTo(UnitReport.Status.OPEN);
		assertThat(byUnit.get("dept-twy")).isEqualTo(UnitReport.Status.OPEN);
		assertThat(byUnit.values()).contains(UnitReport.Status.SUBMITTED);
		UnitReport open = reporting.reports(cycle.id(), List.of("dept-twy")).get(0);
		assertThat(taskService.createTaskQuery()
			.processInstanceId(open.processInstanceId())
			.taskDefinitionKey(UnitProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT)
			.taskCandidateGroup("dept-twy")
			.count()).isEqualTo(1);
	}

	private ReportingCycle cycleOf(LocalDate monday) {
		return reporting.cycles().stream().filter(c -> c.periodStart().equals(monday)).findFirst()
			.orElseThrow(() -> new AssertionError("No progress report cycle for the week of " + monday + ": " + reporting.cycles()));
	}

	private Map<String, UnitReport.Status> statuses(ReportingCycle cycle) {
		return reporting.reports(cycle.id(), null).stream().collect(Collectors.toMap(UnitReport::unitId, UnitReport::status));
	}

}
