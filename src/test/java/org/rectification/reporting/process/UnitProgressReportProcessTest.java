package org.rectification.reporting.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.rectification.reporting.process.UnitProgressReportProcess.BOUNDARY_CYCLE_CLOSED;
import static org.rectification.reporting.process.UnitProgressReportProcess.END_REPORT_MISSED;
import static org.rectification.reporting.process.UnitProgressReportProcess.END_REPORT_SUBMITTED;
import static org.rectification.reporting.process.UnitProgressReportProcess.SERVICE_MARK_MISSED;
import static org.rectification.reporting.process.UnitProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/unit-progress-report.bpmn, with the ledger glue replaced by a stub and recorders. */
@Deployment(resources = { UnitProgressReportProcess.RESOURCE, "forms/submit-progress-report.form" })
class UnitProgressReportProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test-engine.cfg.xml")
		.build();

	ReportingStepsStub steps;

	final List<String> listenerCalls = new ArrayList<>();

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(ReportingStepsStub.at(ReportingStepsStub.OPENS_ON, LocalTime.of(8, 30)));
		init(engine.getProcessEngine());
		steps = new ReportingStepsStub();
		Mocks.register("unitReportSteps", steps);
		Mocks.register("submitProgressReportListener", (TaskListener) task -> listenerCalls.add(task.getEventName()));
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void shouldAskTheUnitForItsReport() {
		ProcessInstance report = start();

		assertThat(report).isWaitingAt(TASK_SUBMIT_PROGRESS_REPORT);
		assertThat(task(report)).hasCandidateGroup("school-syzx");
		assertThat(steps.calls).containsExactly("started:11");
		assertThat(listenerCalls).containsExactly("create");
		assertThat(closeTimer(report).getDuedate())
			.isEqualTo(ReportingStepsStub.at(ReportingStepsStub.CLOSES_ON, LocalTime.MIDNIGHT));
	}

	@Test
	void shouldEndWhenTheUnitSubmits() {
		ProcessInstance report = start();

		complete(task(report), withVariables(UnitProgressReportProcess.FormFields.PROGRESS, "1. 【3-1】已完成排查"));

		assertThat(report).isEnded().hasPassed(END_REPORT_SUBMITTED).hasNotPassed(SERVICE_MARK_MISSED);
		assertThat(listenerCalls).containsExactly("create", "complete");
		assertThat(managementService().createJobQuery().processInstanceId(report.getId()).count()).isZero();
	}

	@Test
	void shouldCloseTheTaskAsMissedWhenTheCycleEnds() {
		ProcessInstance report = start();

		Job close = closeTimer(report);
		ClockUtil.setCurrentTime(close.getDuedate());
		execute(close);

		assertThat(report).isEnded().hasPassed(BOUNDARY_CYCLE_CLOSED, SERVICE_MARK_MISSED, END_REPORT_MISSED)
			.hasNotPassed(END_REPORT_SUBMITTED);
		assertThat(steps.calls).containsExactly("started:11", "missed:11");
		assertThat(listenerCalls).containsExactly("create");
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(UnitProgressReportProcess.KEY, "11");
	}

	private static Job closeTimer(ProcessInstance report) {
		return managementService().createJobQuery().processInstanceId(report.getId()).activityId(BOUNDARY_CYCLE_CLOSED)
			.singleResult();
	}

}
