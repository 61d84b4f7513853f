package org.rectification.rectification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.rectification.rectification.process.UnitRectificationProcess.BOUNDARY_DEADLINE_APPROACHING;
import static org.rectification.rectification.process.UnitRectificationProcess.BOUNDARY_DEADLINE_EXTENDED;
import static org.rectification.rectification.process.UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED;
import static org.rectification.rectification.process.UnitRectificationProcess.BOUNDARY_OVERDUE_REMINDER;
import static org.rectification.rectification.process.UnitRectificationProcess.BOUNDARY_SEVERELY_OVERDUE;
import static org.rectification.rectification.process.UnitRectificationProcess.DECISION_ACCEPT;
import static org.rectification.rectification.process.UnitRectificationProcess.DECISION_SIGN_OFF;
import static org.rectification.rectification.process.UnitRectificationProcess.END_ESCALATION_RAISED_BEFORE;
import static org.rectification.rectification.process.UnitRectificationProcess.END_SIGNED_OFF;
import static org.rectification.rectification.process.UnitRectificationProcess.END_UNIT_REMINDED_APPROACHING;
import static org.rectification.rectification.process.UnitRectificationProcess.END_UNIT_REMINDED_OVERDUE;
import static org.rectification.rectification.process.UnitRectificationProcess.MESSAGE_DEADLINE_EXTENDED;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_ACKNOWLEDGE_ESCALATION;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_ACKNOWLEDGE_SEVERE_ESCALATION;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_SUBMIT_EVIDENCE;

import java.time.LocalDate;
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
import org.rectification.rectification.process.UnitRectificationProcess.Vars;

/**
 * The deadline paths of bpmn/unit-rectification.bpmn: every timer on the unit's task, the slips they raise,
 * the extension that enters the task afresh, and what submitting or signing off does to them.
 */
@Deployment(resources = { UnitRectificationProcess.RESOURCE, "forms/submit-evidence.form",
		"forms/review-evidence.form", "forms/sign-off.form", "forms/acknowledge-escalation.form" })
class DeadlineTimersProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test-engine.cfg.xml")
		.build();

	DeadlineStepsStub steps;

	@BeforeEach
	void setUp() {
		// Before the stub's dates, as when an item is sent well ahead of its deadline.
		ClockUtil.setCurrentTime(DeadlineStepsStub.startOf(LocalDate.of(2026, 6, 1)));
		init(engine.getProcessEngine());
		TaskListener none = task -> {
		};
		Mocks.register("submitEvidenceListener", none);
		Mocks.register("reviewEvidenceListener", none);
		Mocks.register("signOffListener", none);
		Mocks.register("acknowledgeEscalationListener", none);
		Mocks.register("unitTaskStarted", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> {
		});
		Mocks.register("unitTaskRouting", new UnitRectificationProcessTest.LedgerRouting(false));
		steps = new DeadlineStepsStub();
		Mocks.register("deadlineSteps", steps);
		Mocks.register("lookBackSteps", new LookBackStepsStub());
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void shouldArmEveryDeadlineTimerOnTheUnitsTask() {
		ProcessInstance item = start();

		assertThat(item).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		assertThat(timer(item, BOUNDARY_DEADLINE_APPROACHING).getDuedate())
			.isEqualTo(DeadlineStepsStub.startOf(steps.warnFrom));
		assertThat(timer(item, BOUNDARY_DEADLINE_PASSED).getDuedate())
			.isEqualTo(DeadlineStepsStub.startOf(steps.deadline.plusDays(1)));
		assertThat(timer(item, BOUNDARY_SEVERELY_OVERDUE).getDuedate()).isEqualTo(DeadlineStepsStub.startOf(steps.severeFrom));
		assertThat(timer(item, BOUNDARY_OVERDUE_REMINDER).getDuedate())
			.isEqualTo(DeadlineStepsStub.startOf(steps.deadline.plusDays(3)));
	}

	@Test
	void shouldRemindTheUnitWhenTheDeadlineApproaches() {
		ProcessInstance item = start();

		execute(timer(item, BOUNDARY_DEADLINE_APPROACHING));

		assertThat(item).hasPassed(END_UNIT_REMINDED_APPROACHING).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		assertThat(steps.calls).containsExactly("approaching");
		assertThat(timers(item)).hasSize(3);
	}

	@Test
	void shouldGiveTheLeaderASlipWhenTheDeadlinePasses() {
		steps.slips.add(7L);
		ProcessInstance item = start();

		execute(timer(item, BOUNDARY_DEADLINE_PASSED));

		assertThat(steps.calls).containsExactly("raise:LEADER");
		assertThat(item).isWaitingAt(TASK_SUBMIT_EVIDENCE, TASK_ACKNOWLEDGE_ESCALATION);
		Task slip = taskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE_ESCALATION).singleResult();
		assertThat(slip).isAssignedTo("leader2");
		assertThat(runtimeService().getVariableLocal(slip.getExecutionId(), Vars.ESCALATION_ID)).isEqualTo(7L);

		complete(slip, withVariables("instruction", "本周内完成"));
		assertThat(item).hasPassed("EndEvent_EscalationAcknowledged").isWaitingAt(TASK_SUBMIT_EVIDENCE);
	}

	@Test
	void shouldNotRaiseASecondSlipForTheSameDeadline() {
		ProcessInstance item = start();

		execute(timer(item, BOUNDARY_DEADLINE_PASSED));

		assertThat(item).hasPassed(END_ESCALATION_RAISED_BEFORE).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		assertThat(taskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE_ESCALATION).count()).isZero();
	}

	@Test
	void shouldGiveThePrincipalAndLeadingGroupASlipWhenSeverelyOverdue() {
		steps.slips.add(8L);
		ProcessInstance item = start();

		execute(timer(item, BOUNDARY_SEVERELY_OVERDUE));

		assertThat(steps.calls).containsExactly("raise:SEVERE");
		Task slip = taskQuery().taskDefinitionKey(TASK_ACKNOWLEDGE_SEVERE_ESCALATION).singleResult();
		assertThat(slip).hasCandidateGroup("role-principal").hasCandidateGroup("role-leading-group");
		complete(slip);
		assertThat(item).hasPassed("EndEvent_SevereEscalationAcknowledged");
	}

	@Test
	void shouldRemindTheUnitAgainAndAgainWhileOverdue() {
		ProcessInstance item = start();

		Job first = timer(item, BOUNDARY_OVERDUE_REMINDER);
		ClockUtil.setCurrentTime(first.getDuedate());
		execute(first);
		Job next = timer(item, BOUNDARY_OVERDUE_REMINDER);
		ClockUtil.setCurrentTime(next.getDuedate());
		execute(next);

		assertThat(steps.calls).containsExactly("overdue", "overdue");
		assertThat(item).hasPassed(END_UNIT_REMINDED_OVERDUE).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		// This test engine has Camunda's plain calendars: the cycle's period is three calendar days here.
		assertThat(first.getDuedate()).isEqualTo(DeadlineStepsStub.startOf(steps.deadline.plusDays(3)));
		assertThat(next.getDuedate()).isEqualTo(DeadlineStepsStub.startOf(steps.deadline.plusDays(6)));
		assertThat(timer(item, BOUNDARY_OVERDUE_REMINDER)).isNotNull();
	}

	@Test
	void shouldEnterTheTaskAfreshWithNewTimersWhenTheDeadlineIsExtended() {
		ProcessInstance item = start();
		Task before = taskQuery().taskDefinitionKey(TASK_SUBMIT_EVIDENCE).singleResult();
		List<String> oldTimers = timers(item).stream().map(Job::getId).toList();

		steps.deadline = steps.deadline.plusDays(31);
		runtimeService().createMessageCorrelation(MESSAGE_DEADLINE_EXTENDED).processInstanceBusinessKey("42").correlate();

		Task after = taskQuery().taskDefinitionKey(TASK_SUBMIT_EVIDENCE).singleResult();
		assertThat(after.getId()).isNotEqualTo(before.getId());
		assertThat(item).hasPassed(BOUNDARY_DEADLINE_EXTENDED).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		assertThat(timers(item)).hasSize(4).extracting(Job::getId).doesNotContainAnyElementsOf(oldTimers);
		assertThat(timer(item, BOUNDARY_DEADLINE_PASSED).getDuedate())
			.isEqualTo(DeadlineStepsStub.startOf(steps.deadline.plusDays(1)));
	}

	@Test
	void shouldDropEveryTimerWhenTheUnitSubmits() {
		ProcessInstance item = start();

		complete(taskQuery().taskDefinitionKey(TASK_SUBMIT_EVIDENCE).singleResult());

		assertThat(timers(item)).isEmpty();
		assertThat(steps.calls).isEmpty();
	}

	@Test
	void shouldCloseAnUnacknowledgedSlipWhenTheItemIsSignedOff() {
		steps.slips.add(9L);
		ProcessInstance item = start();
		execute(timer(item, BOUNDARY_DEADLINE_PASSED));

		complete(taskQuery().taskDefinitionKey(TASK_SUBMIT_EVIDENCE).singleResult());
		complete(taskQuery().taskDefinitionKey(UnitRectificationProcess.TASK_REVIEW_EVIDENCE).singleResult(),
				withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(taskQuery().taskDefinitionKey(UnitRectificationProcess.TASK_SIGN_OFF).singleResult(),
				withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, false));

		// The rectification's scope ends with the slip; only the look-back's timer is left.
		assertThat(item).hasPassed(END_SIGNED_OFF).isWaitingAt(UnitRectificationProcess.EVENT_LOOK_BACK_DUE);
		assertThat(taskQuery().processInstanceId(item.getId()).count()).isZero();
		assertThat(managementService().createJobQuery().processInstanceId(item.getId()).timers().count()).isEqualTo(1);
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(UnitRectificationProcess.KEY, "42");
	}

	private static List<Job> timers(ProcessInstance item) {
		return managementService().createJobQuery().processInstanceId(item.getId()).timers().list();
	}

	private static Job timer(ProcessInstance item, String boundaryEvent) {
		return managementService().createJobQuery()
			.processInstanceId(item.getId())
			.activityId(boundaryEvent)
			.singleResult();
	}

}
