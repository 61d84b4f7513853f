package org.rectification.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.rectification.reporting.process.ProgressReportingProcess.CALL_UNIT_REPORTS;
import static org.rectification.reporting.process.ProgressReportingProcess.END_CYCLE_COMPLETED;
import static org.rectification.reporting.process.ProgressReportingProcess.END_NO_CYCLE_TODAY;
import static org.rectification.reporting.process.ProgressReportingProcess.SERVICE_CLOSE_CYCLE;
import static org.rectification.reporting.process.ProgressReportingProcess.SERVICE_ESCALATE;
import static org.rectification.reporting.process.ProgressReportingProcess.START_EVENT;
import static org.rectification.reporting.process.ProgressReportingProcess.TASK_ACKNOWLEDGE_REPORT_ESCALATION;
import static org.rectification.reporting.process.ProgressReportingProcess.TASK_READ_DIGEST;
import static org.rectification.reporting.process.ProgressReportingProcess.TIMER_CYCLE_ENDS;
import static org.rectification.reporting.process.ProgressReportingProcess.TIMER_REPORTS_DUE;
import static org.rectification.reporting.process.UnitProgressReportProcess.END_REPORT_MISSED;
import static org.rectification.reporting.process.UnitProgressReportProcess.END_REPORT_SUBMITTED;
import static org.rectification.reporting.process.UnitProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of bpmn/progress-reporting.bpmn with its called bpmn/unit-progress-report.bpmn: the daily start
 * that opens nothing, a cycle with two units' reports, reports on time, a missing report escalated to two
 * leaders, a late report, a report missing at the cycle's end, and the office's digest.
 */
@Deployment(resources = { ProgressReportingProcess.RESOURCE, UnitProgressReportProcess.RESOURCE,
		"forms/submit-progress-report.form", "forms/acknowledge-report-escalation.form", "forms/read-progress-digest.form" })
class ProgressReportingProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test-engine.cfg.xml")
		.build();

	ReportingStepsStub steps;

	final List<String> listenerCalls = new ArrayList<>();

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(ReportingStepsStub.at(ReportingStepsStub.OPENS_ON, LocalTime.of(8, 0)));
		steps = new ReportingStepsStub();
		// Registered before the deployment: the timer start event reads its schedule when it is deployed.
		Mocks.register("reportingSchedule", steps);
		Mocks.register("reportingCycleSteps", steps);
		Mocks.register("unitReportSteps", steps);
		Mocks.register("submitProgressReportListener", recorder("report"));
		Mocks.register("acknowledgeReportEscalationListener", recorder("slip"));
		Mocks.register("readDigestListener", recorder("digest"));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void shouldEndAtOnceWhenNoCycleOpensToday() {
		init(engine.getProcessEngine());
		steps.opensToday = false;

		executeDailyStart();

		assertThat(steps.calls).containsExactly("open");
		assertThat(historyService().createHistoricActivityInstanceQuery().activityId(END_NO_CYCLE_TODAY).count()).isEqualTo(1);
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ProgressReportingProcess.KEY).count())
			.isZero();
		// Tomorrow's run is scheduled.
		assertThat(dailyStart().getDuedate()).isAfter(ClockUtil.getCurrentTime());
	}

	@Test
	void shouldOpenACycleWithOneReportPerUnit() {
		init(engine.getProcessEngine());
		ProcessInstance cycle = openCycle();

		assertThat(cycle).hasBusinessKey("7").isWaitingAt(CALL_UNIT_REPORTS, TIMER_REPORTS_DUE);
		ProcessInstance syzx = report("11");
		ProcessInstance yz = report("12");
		assertThat(syzx).isWaitingAt(TASK_SUBMIT_PROGRESS_REPORT);
		assertThat(task(syzx)).hasCandidateGroup("school-syzx");
		assertThat(task(yz)).hasCandidateGroup("school-yz");
		assertThat(steps.calls).containsExactly("open", "started:11", "started:12");
		assertThat(timer(cycle, TIMER_REPORTS_DUE).getDuedate())
			.isEqualTo(ReportingStepsStub.at(ReportingStepsStub.ESCALATE_ON, LocalTime.of(8, 30)));
	}

	@Test
	void shouldEscalateNothingWhenEveryUnitReportedOnTime() {
		init(engine.getProcessEngine());
		ProcessInstance cycle = openCycle();
		ProcessInstance syzx = report("11");
		ProcessInstance yz = report("12");

		completeReport(cycle, syzx);
		completeReport(cycle, yz);
		dueDay(cycle);

		assertThat(syzx).isEnded().hasPassed(END_REPORT_SUBMITTED);
		assertThat(yz).isEnded().hasPassed(END_REPORT_SUBMITTED);
		assertThat(cycle).hasPassed(SERVICE_ESCALATE).isWaitingAt(TIMER_CYCLE_ENDS, TASK_READ_DIGEST);
		assertThat(taskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE_REPORT_ESCALATION).count()).isZero();
	}

	@Test
	void shouldGiveEachLeaderASlipForAMissingReportToAcknowledge() {
		init(engine.getProcessEngine());
		steps.slips.put(21L, "leader1");
		steps.slips.put(22L, "leader2");
		ProcessInstance cycle = openCycle();
		completeReport(cycle, report("11"));

		dueDay(cycle);

		assertThat(steps.calls).contains("escalate:7");
		List<Task> slips = taskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE_REPORT_ESCALATION).orderByTaskAssignee().asc().list();
		assertThat(slips).extracting(Task::getAssignee).containsExactly("leader1", "leader2");
		assertThat(cycle).isWaitingAt(CALL_UNIT_REPORTS, TASK_ACKNOWLEDGE_REPORT_ESCALATION, TASK_READ_DIGEST);
		slips.forEach(slip -> complete(slip));
		assertThat(cycle).hasPassed(TASK_ACKNOWLEDGE_REPORT_ESCALATION).isWaitingAt(CALL_UNIT_REPORTS, TASK_READ_DIGEST);
		assertThat(listenerCalls).containsSubsequence("slip:create", "slip:create", "slip:complete", "slip:complete");
	}

	@Test
	void shouldAcceptALateReportAfterTheEscalation() {
		init(engine.getProcessEngine());
		steps.slips.put(21L, "leader1");
		ProcessInstance cycle = openCycle();
		ProcessInstance yz = report("12");
		completeReport(cycle, report("11"));
		dueDay(cycle);

		completeReport(cycle, yz);

		assertThat(yz).isEnded().hasPassed(END_REPORT_SUBMITTED);
		assertThat(cycle).hasPassed(CALL_UNIT_REPORTS).isWaitingAt(TIMER_CYCLE_ENDS, TASK_ACKNOWLEDGE_REPORT_ESCALATION,
				TASK_READ_DIGEST);
	}

	@Test
	void shouldCloseAReportStillMissingWhenTheCycleEnds() {
		init(engine.getProcessEngine());
		ProcessInstance cycle = openCycle();
		ProcessInstance yz = report("12");
		completeReport(cycle, report("11"));
		dueDay(cycle);

		Job close = managementService().createJobQuery().processInstanceId(yz.getId()).timers().singleResult();
		ClockUtil.setCurrentTime(close.getDuedate());
		execute(close);
		runAsync(cycle);

		assertThat(yz).isEnded().hasPassed(END_REPORT_MISSED);
		assertThat(taskQuery().taskDefinitionKey(TASK_SUBMIT_PROGRESS_REPORT).count()).isZero();
		assertThat(steps.calls).contains("missed:12");
		execute(timer(cycle, TIMER_CYCLE_ENDS));
		assertThat(cycle).hasPassed(SERVICE_CLOSE_CYCLE).isWaitingAt(TASK_READ_DIGEST);
		assertThat(steps.calls).contains("close:7");
	}

	@Test
	void shouldCompleteTheCycleOnceTheOfficeHasReadTheDigest() {
		init(engine.getProcessEngine());
		ProcessInstance cycle = openCycle();
		completeReport(cycle, report("11"));
		completeReport(cycle, report("12"));
		dueDay(cycle);

		Task digest = taskQuery().taskDefinitionKey(TASK_READ_DIGEST).singleResult();
		assertThat(digest).hasCandidateGroup("role-office");
		complete(digest);
		assertThat(cycle).isWaitingAt(TIMER_CYCLE_ENDS);
		Job end = timer(cycle, TIMER_CYCLE_ENDS);
		ClockUtil.setCurrentTime(end.getDuedate());
		execute(end);

		assertThat(cycle).isEnded().hasPassed(SERVICE_CLOSE_CYCLE, END_CYCLE_COMPLETED);
		assertThat(listenerCalls).contains("digest:create", "digest:complete");
	}

	private ProcessInstance openCycle() {
		executeDailyStart();
		ProcessInstance cycle = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(ProgressReportingProcess.KEY)
			.processInstanceBusinessKey("7")
			.singleResult();
		runAsync(cycle);
		return cycle;
	}

	/** The call activity's jobs: its multi-instance body, one per unit, and one after each report ends. */
	private static void runAsync(ProcessInstance cycle) {
		List<Job> async;
		while (!(async = managementService().createJobQuery().processInstanceId(cycle.getId()).messages().list()).isEmpty()) {
			async.forEach(job -> execute(job));
		}
	}

	private static void completeReport(ProcessInstance cycle, ProcessInstance report) {
		complete(task(report));
		runAsync(cycle);
	}

	private void executeDailyStart() {
		ClockUtil.setCurrentTime(ReportingStepsStub.at(ReportingStepsStub.OPENS_ON, LocalTime.of(8, 30)));
		execute(dailyStart());
	}

	private static Job dailyStart() {
		return managementService().createJobQuery().processDefinitionKey(ProgressReportingProcess.KEY)
			.activityId(START_EVENT)
			.singleResult();
	}

	private static void dueDay(ProcessInstance cycle) {
		Job due = timer(cycle, TIMER_REPORTS_DUE);
		ClockUtil.setCurrentTime(due.getDuedate());
		execute(due);
	}

	private static ProcessInstance report(String reportId) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(UnitProgressReportProcess.KEY)
			.processInstanceBusinessKey(reportId)
			.singleResult();
	}

	private static Job timer(ProcessInstance instance, String activityId) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
	}

	private TaskListener recorder(String name) {
		return task -> listenerCalls.add(name + ":" + task.getEventName());
	}

}
