package org.rectification.deadline.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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
import org.rectification.deadline.process.DeadlineExtensionProcess.Vars;

/** Both paths of bpmn/deadline-extension.bpmn, with the ledger listener replaced by a recorder. */
@Deployment(resources = { DeadlineExtensionProcess.RESOURCE, "forms/decide-extension.form" })
class DeadlineExtensionProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test-engine.cfg.xml")
		.build();

	final List<String> calls = new ArrayList<>();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		Mocks.register("extensionRouting", new Routing());
		Mocks.register("decideExtensionListener", (TaskListener) task -> calls.add(task.getEventName()));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void shouldEndApprovedWhenTheLeaderApproves() {
		ProcessInstance request = runtimeService().startProcessInstanceByKey(DeadlineExtensionProcess.KEY, "5");

		assertThat(request).isWaitingAt(DeadlineExtensionProcess.TASK_DECIDE_EXTENSION);
		assertThat(task(request)).isAssignedTo("leader2");
		complete(task(request), withVariables(Vars.EXTENSION_DECISION, DeadlineExtensionProcess.DECISION_APPROVE));

		assertThat(request).isEnded().hasPassed(DeadlineExtensionProcess.END_APPROVED);
		assertThat(calls).containsExactly("create", "complete");
	}

	@Test
	void shouldEndRejectedWhenTheLeaderRejects() {
		ProcessInstance request = runtimeService().startProcessInstanceByKey(DeadlineExtensionProcess.KEY, "5");

		complete(task(request), withVariables(Vars.EXTENSION_DECISION, DeadlineExtensionProcess.DECISION_REJECT));

		assertThat(request).isEnded().hasPassed(DeadlineExtensionProcess.END_REJECTED)
			.hasNotPassed(DeadlineExtensionProcess.END_APPROVED);
	}

	/** Stands in for the ledger's answer about request 5. */
	public static class Routing {

		public String responsibleLeader(DelegateExecution execution) {
			assertThat(execution.getProcessBusinessKey()).isEqualTo("5");
			return "leader2";
		}

	}

}
