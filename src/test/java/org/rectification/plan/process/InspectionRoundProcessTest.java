package org.rectification.plan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.rectification.plan.process.InspectionRoundProcess.CALL_ACTIVITY_UNIT_RECTIFICATION;
import static org.rectification.plan.process.InspectionRoundProcess.DECISION_APPROVE;
import static org.rectification.plan.process.InspectionRoundProcess.DECISION_RETURN;
import static org.rectification.plan.process.InspectionRoundProcess.END_ROUND_CLOSED;
import static org.rectification.plan.process.InspectionRoundProcess.TASK_APPROVE_PLAN;
import static org.rectification.plan.process.InspectionRoundProcess.TASK_IMPORT_PLAN;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectification.plan.process.InspectionRoundProcess.Vars;

/** Every path of bpmn/inspection-round.bpmn, with the ledger's listeners replaced by recorders. */
@Deployment(resources = { InspectionRoundProcess.RESOURCE, "process-tests/unit-rectification-stub.bpmn" })
class InspectionRoundProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test-engine.cfg.xml")
		.build();

	final List<String> calls = new ArrayList<>();

	/** Results of the coverage check, one per check. */
	final Deque<Boolean> coverage = new ArrayDeque<>();

	final FanOut fanOut = new FanOut();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		Mocks.register("roundRegistration", (ExecutionListener) execution -> calls.add("registered"));
		Mocks.register("importPlanTask", (TaskListener) task -> calls.add("import:" + task.getEventName()));
		Mocks.register("approvePlanTask", (TaskListener) task -> calls.add("approve:" + task.getEventName()));
		Mocks.register("planCoverageCheck", (JavaDelegate) execution -> {
			calls.add("coverage");
			execution.setVariable(Vars.PLAN_COMPLETE, coverage.pop());
		});
		Mocks.register("roundFanOut", fanOut);
		Mocks.register("roundClosed", (ExecutionListener) execution -> calls.add("closed"));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldFanOutToEveryUnitOnApprovalAndCloseWhenAllAreDone() {
		fanOut.assignments = List.of("11:school-a", "11:school-b", "12:dept-x");
		coverage.push(true);
		ProcessInstance round = start();

		assertThat(round).isWaitingAt(TASK_IMPORT_PLAN);
		assertThat(task(round)).hasCandidateGroup("role-office");
		complete(task(round));
		assertThat(round).isWaitingAt(TASK_APPROVE_PLAN);
		assertThat(task(round)).hasCandidateGroup("role-leading-group");
		complete(task(round), withVariables(Vars.PLAN_DECISION, DECISION_APPROVE));

		// The approval only leaves a job behind; the job creates one job per unit, each calls one instance.
		assertThat(round).isWaitingAt(CALL_ACTIVITY_UNIT_RECTIFICATION + "#multiInstanceBody");
		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("unit-rectification").count()).isZero();
		execute(job(round));
		List<Job> perUnit = managementService().createJobQuery().processInstanceId(round.getId()).list();
		assertThat(perUnit).hasSize(3);
		perUnit.forEach(j -> execute(j));
		List<ProcessInstance> units = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("unit-rectification")
			.list();
		assertThat(units).extracting(ProcessInstance::getBusinessKey)
			.containsExactlyInAnyOrder("unit-task-11:school-a", "unit-task-11:school-b", "unit-task-12:dept-x");

		taskService().createTaskQuery().processDefinitionKey("unit-rectification").list().stream().limit(2)
			.forEach(t -> taskService().complete(t.getId()));
		endUnits();
		assertThat(round).isWaitingAt(CALL_ACTIVITY_UNIT_RECTIFICATION);
		taskService().createTaskQuery().processDefinitionKey("unit-rectification").list()
			.forEach(t -> taskService().complete(t.getId()));
		endUnits();

		assertThat(round).isEnded().hasPassed(END_ROUND_CLOSED);
		assertThat(calls).containsExactly("registered", "import:create", "import:complete", "coverage", "approve:create",
				"approve:complete", "fanOut:11:school-a", "fanOut:11:school-b", "fanOut:12:dept-x", "closed");
	}

	@Test
	void shouldReturnThePlanToTheOfficeWhenTheLeadingGroupSendsItBack() {
		fanOut.assignments = List.of("11:school-a");
		coverage.push(true);
		coverage.push(true);
		ProcessInstance round = start();
		complete(task(round));
		complete(task(round), withVariables(Vars.PLAN_DECISION, DECISION_RETURN, InspectionRoundProcess.RETURN_REASON, "措施不具体"));

		assertThat(round).isWaitingAt(TASK_IMPORT_PLAN);
		complete(task(round));
		assertThat(round).isWaitingAt(TASK_APPROVE_PLAN);
		complete(task(round), withVariables(Vars.PLAN_DECISION, DECISION_APPROVE));
		assertThat(round).isWaitingAt(CALL_ACTIVITY_UNIT_RECTIFICATION + "#multiInstanceBody");
		assertThat(calls).containsSubsequence("approve:complete", "import:create", "import:complete", "coverage",
				"approve:create", "approve:complete");
	}

	@Test
	void shouldKeepThePlanWithTheOfficeWhileTheCoverageCheckFindsGaps() {
		coverage.push(true);
		coverage.push(false);
		ProcessInstance round = start();
		String first = task(round).getId();
		complete(task(round));

		assertThat(round).isWaitingAt(TASK_IMPORT_PLAN).hasNotPassed(TASK_APPROVE_PLAN);
		assertThat(task(round).getId()).isNotEqualTo(first);
		complete(task(round));
		assertThat(round).isWaitingAt(TASK_APPROVE_PLAN);
		assertThat(calls).containsExactly("registered", "import:create", "import:complete", "coverage", "import:create",
				"import:complete", "coverage", "approve:create");
	}

	@Test
	void shouldLetOneUnitFailWithoutLosingOrRepeatingTheOthers() {
		fanOut.assignments = List.of("11:school-a", "11:broken", "12:dept-x");
		coverage.push(true);
		ProcessInstance round = start();
		complete(task(round));
		complete(task(round), withVariables(Vars.PLAN_DECISION, DECISION_APPROVE));
		execute(job(round));

		for (Job job : managementService().createJobQuery().processInstanceId(round.getId()).list()) {
			if (fanOut.fails(job)) {
				assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("broken");
			}
			else {
				execute(job);
			}
		}

		assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("unit-rectification").list())
			.extracting(ProcessInstance::getBusinessKey)
			.containsExactlyInAnyOrder("unit-task-11:school-a", "unit-task-12:dept-x");
		Job failed = managementService().createJobQuery().processInstanceId(round.getId()).singleResult();
		assertThat(failed.getRetries()).isEqualTo(2);
		assertThat(failed.getExceptionMessage()).contains("broken");
	}

	/** Runs the units' end jobs (their end events are asynchronous, as in unit-rectification). */
	private void endUnits() {
		managementService().createJobQuery().processDefinitionKey("unit-rectification").list().forEach(j -> execute(j));
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(InspectionRoundProcess.KEY, "7");
	}

	/** The fan-out: its collection, and the unit task each instance "creates" (here, a made-up key). */
	public class FanOut implements ExecutionListener {

		List<String> assignments = List.of();

		public List<String> assignments(DelegateExecution execution) {
			assertThat(execution.getProcessBusinessKey()).isEqualTo("7");
			return assignments;
		}

		@Override
		public void notify(DelegateExecution execution) {
			String assignment = (String) execution.getVariable(Vars.ASSIGNMENT);
			if (assignment.endsWith("broken")) {
				throw new IllegalStateException("unit " + assignment + " broken");
			}
			calls.add("fanOut:" + assignment);
			execution.setVariableLocal(Vars.UNIT_TASK_ID, "unit-task-" + assignment);
		}

		boolean fails(Job job) {
			return runtimeService().getVariable(job.getExecutionId(), Vars.ASSIGNMENT).toString().endsWith("broken");
		}

	}

}
