package org.rectification.rectification.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.rectification.rectification.process.UnitRectificationProcess.DECISION_ACCEPT;
import static org.rectification.rectification.process.UnitRectificationProcess.DECISION_RETURN;
import static org.rectification.rectification.process.UnitRectificationProcess.DECISION_SIGN_OFF;
import static org.rectification.rectification.process.UnitRectificationProcess.END_KEPT_LONG_TERM;
import static org.rectification.rectification.process.UnitRectificationProcess.END_SIGNED_OFF;
import static org.rectification.rectification.process.UnitRectificationProcess.GATEWAY_EVIDENCE_ACCEPTED;
import static org.rectification.rectification.process.UnitRectificationProcess.GATEWAY_SIGNED_OFF;
import static org.rectification.rectification.process.UnitRectificationProcess.END_LOOK_BACK_HELD;
import static org.rectification.rectification.process.UnitRectificationProcess.EVENT_LOOK_BACK_DUE;
import static org.rectification.rectification.process.UnitRectificationProcess.GATEWAY_NEXT_PHASE;
import static org.rectification.rectification.process.UnitRectificationProcess.GATEWAY_REBOUNDED;
import static org.rectification.rectification.process.UnitRectificationProcess.SERVICE_TASK_OPEN_LOOK_BACK;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_REVIEW_LOOK_BACK;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_REVIEW_EVIDENCE;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_SIGN_OFF;
import static org.rectification.rectification.process.UnitRectificationProcess.TASK_SUBMIT_EVIDENCE;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectification.lookback.LookBackService;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path of bpmn/unit-rectification.bpmn, with the ledger listeners replaced by recorders. */
@Deployment(resources = { UnitRectificationProcess.RESOURCE, "forms/submit-evidence.form",
		"forms/review-evidence.form", "forms/sign-off.form", "forms/acknowledge-escalation.form",
		"forms/submit-look-back.form", "forms/review-look-back.form" })
class UnitRectificationProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test-engine.cfg.xml")
		.build();

	final List<String> listenerCalls = new ArrayList<>();

	LookBackStepsStub lookBack;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		Mocks.register("submitEvidenceListener", recorder("submit"));
		Mocks.register("reviewEvidenceListener", recorder("review"));
		Mocks.register("signOffListener", recorder("signOff"));
		Mocks.register("deadlineSteps", new DeadlineStepsStub());
		Mocks.register("submitLookBackListener", recorder("submitLookBack"));
		Mocks.register("reviewLookBackListener", recorder("reviewLookBack"));
		lookBack = new LookBackStepsStub();
		Mocks.register("lookBackSteps", lookBack);
		Mocks.register("unitTaskStarted", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> listenerCalls
			.add("started:" + execution.getProcessBusinessKey()));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldSignOffWhenEvidenceIsAcceptedFirstTime() {
		ProcessInstance item = start(false);

		assertThat(item).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		assertThat(task(item)).hasCandidateGroup("school-syzx");
		complete(task(item));
		assertThat(item).isWaitingAt(TASK_REVIEW_EVIDENCE);
		assertThat(task(item)).hasCandidateGroup("role-office");
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		assertThat(item).isWaitingAt(TASK_SIGN_OFF);
		assertThat(task(item)).isAssignedTo("leader2");
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, false));
		assertThat(item).hasPassed(END_SIGNED_OFF).hasNotPassed(END_KEPT_LONG_TERM).isWaitingAt(EVENT_LOOK_BACK_DUE);

		passLookBack(item);
		assertThat(listenerCalls).containsExactly("started:42", "submit:create", "submit:complete", "review:create",
				"review:complete", "signOff:create", "signOff:complete", "submitLookBack:create", "submitLookBack:complete",
				"reviewLookBack:create", "reviewLookBack:complete");
	}

	@Test
	void shouldReturnToUnitWhenReviewSendsBackThenSignOff() {
		ProcessInstance item = start(false);

		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_RETURN));
		assertThat(item).hasPassed(GATEWAY_EVIDENCE_ACCEPTED).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		assertThat(task(item)).hasCandidateGroup("school-syzx");

		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, false));
		passLookBack(item);

		assertThat(item).hasPassed(END_SIGNED_OFF);
		assertThat(listenerCalls).filteredOn("submit:create"::equals).hasSize(2);
	}

	@Test
	void shouldReturnToUnitWhenSignOffSendsBack() {
		ProcessInstance item = start(false);

		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_RETURN));

		assertThat(item).hasPassed(GATEWAY_SIGNED_OFF).isWaitingAt(TASK_SUBMIT_EVIDENCE);
		complete(task(item));
		assertThat(item).isWaitingAt(TASK_REVIEW_EVIDENCE);
	}

	@Test
	void shouldEndAsKeptLongTermForLongTermMeasure() {
		ProcessInstance item = start(true);

		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, false));
		assertThat(item).hasPassed(END_KEPT_LONG_TERM).hasNotPassed(END_SIGNED_OFF).isWaitingAt(EVENT_LOOK_BACK_DUE);
		passLookBack(item);

		assertThat(item).hasPassed(END_KEPT_LONG_TERM).hasNotPassed(END_SIGNED_OFF);
	}

	@Test
	void shouldWorkThroughEveryPhaseOfALongTermMeasureBeforeItsLookBack() {
		ProcessInstance item = start(true);

		// Phase 1 signed off, phase 2 follows with the unit: the same three steps again.
		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, true));
		assertThat(item).hasPassed(GATEWAY_NEXT_PHASE).isWaitingAt(TASK_SUBMIT_EVIDENCE).hasNotPassed(END_KEPT_LONG_TERM);
		assertThat(task(item)).hasCandidateGroup("school-syzx");

		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, false));

		assertThat(item).hasPassed(END_KEPT_LONG_TERM).isWaitingAt(EVENT_LOOK_BACK_DUE);
		assertThat(listenerCalls).filteredOn("signOff:complete"::equals).hasSize(2);
	}

	@Test
	void shouldOpenTheLookBackOnItsDayAndEndWhenNothingRebounded() {
		ProcessInstance item = start(false);
		signOff(item);

		assertThat(item).isWaitingAt(EVENT_LOOK_BACK_DUE);
		assertThat(lookBack.calls).isEmpty();
		execute(job(item));
		assertThat(lookBack.calls).containsExactly("open:42");
		assertThat(item).hasPassed(SERVICE_TASK_OPEN_LOOK_BACK).isWaitingAt(TASK_SUBMIT_LOOK_BACK);
		assertThat(task(item)).hasCandidateGroup("school-syzx");
		complete(task(item));
		assertThat(item).isWaitingAt(TASK_REVIEW_LOOK_BACK);
		assertThat(task(item)).hasCandidateGroup("role-office");
		complete(task(item), withVariables(Vars.LOOK_BACK_VERDICT, LookBackService.VERDICT_HELD));

		// The end is reached in a job, so that a round counting its items never makes two endings collide.
		assertThat(item).isWaitingAt(END_LOOK_BACK_HELD);
		execute(job(item));
		assertThat(item).isEnded().hasPassed(END_LOOK_BACK_HELD);
	}

	@Test
	void shouldReopenTheItemWithItsUnitWhenTheLookBackFindsARebound() {
		ProcessInstance item = start(false);
		signOff(item);
		execute(job(item));
		complete(task(item));
		complete(task(item), withVariables(Vars.LOOK_BACK_VERDICT, LookBackService.VERDICT_REBOUNDED));

		assertThat(item).hasPassed(GATEWAY_REBOUNDED).isWaitingAt(TASK_SUBMIT_EVIDENCE).hasNotPassed(END_LOOK_BACK_HELD);
		assertThat(task(item)).hasCandidateGroup("school-syzx");

		// Rectified again, then looked at again.
		signOff(item);
		assertThat(item).isWaitingAt(EVENT_LOOK_BACK_DUE);
		passLookBack(item);
		assertThat(listenerCalls).filteredOn("submit:create"::equals).hasSize(2);
		assertThat(lookBack.calls).hasSize(2);
	}

	/** From the unit's task to the final sign-off, accepted at once. */
	private void signOff(ProcessInstance item) {
		complete(task(item));
		complete(task(item), withVariables(Vars.REVIEW_DECISION, DECISION_ACCEPT));
		complete(task(item), withVariables(Vars.SIGN_OFF_DECISION, DECISION_SIGN_OFF, Vars.NEXT_PHASE, false));
	}

	/** The look-back's day comes, the unit reports, the office finds no rebound, the item's life ends. */
	private void passLookBack(ProcessInstance item) {
		execute(job(item));
		complete(task(item));
		complete(task(item), withVariables(Vars.LOOK_BACK_VERDICT, LookBackService.VERDICT_HELD));
		execute(job(item));
		assertThat(item).isEnded().hasPassed(END_LOOK_BACK_HELD);
	}

	private ProcessInstance start(boolean longTerm) {
		Mocks.register("unitTaskRouting", new LedgerRouting(longTerm));
		return runtimeService().startProcessInstanceByKey(UnitRectificationProcess.KEY, "42");
	}

	/** Stands in for the ledger's answer about unit task 42. */
	public static class LedgerRouting {

		private final boolean longTerm;

		LedgerRouting(boolean longTerm) {
			this.longTerm = longTerm;
		}

		public String unit(DelegateExecution execution) {
			assertThat(execution.getProcessBusinessKey()).isEqualTo("42");
			return "school-syzx";
		}

		public String responsibleLeader(DelegateExecution execution) {
			return "leader2";
		}

		public boolean longTerm(DelegateExecution execution) {
			return longTerm;
		}

	}

	private TaskListener recorder(String name) {
		return task -> listenerCalls.add(name + ":" + task.getEventName());
	}

}
