package org.rectification.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.support.Http;
import org.rectification.support.Plans;
import org.rectification.system.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** A ledger change and the process step that causes it commit, or roll back, together. */
abstract class LedgerTransactionScenarios {

	@LocalServerPort
	int port;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	IdentityService identityService;

	@Autowired
	UnitTasks unitTasks;

	long unitTaskId;

	String processInstanceId;

	@BeforeEach
	void oneTask() {
		var created = Http.basic(port, "admin").post("/api/rounds", Plans.round("事务测试 " + UUID.randomUUID(),
				List.of(Plans.measure("1-1", "限期整改", "leader2", "school-zyl"))));
		long roundId = created.json().at("/round/id").asLong();
		unitTaskId = unitTasks.list(roundId, null, null).get(0).id();
		processInstanceId = unitTasks.find(unitTaskId).orElseThrow().processInstanceId();
		identityService.setAuthentication("zyl1", List.of("school-zyl"));
	}

	@AfterEach
	void logout() {
		identityService.clearAuthentication();
	}

	@Test
	void shouldRollBackTheLedgerWhenTheProcessStepRollsBack() {
		Task submit = openTask();

		transaction.executeWithoutResult(status -> {
			formService.submitTaskForm(submit.getId(), validSubmission());
			// Inside the transaction both moved: the ledger row and the engine's task.
			assertThat(unitTasks.find(unitTaskId).orElseThrow().state()).isEqualTo(UnitTaskState.UNDER_REVIEW);
			assertThat(openTask().getTaskDefinitionKey()).isEqualTo(UnitRectificationProcess.TASK_REVIEW_EVIDENCE);
			status.setRollbackOnly();
		});

		assertThat(unitTasks.find(unitTaskId).orElseThrow().state()).isEqualTo(UnitTaskState.IN_PROGRESS);
		assertThat(unitTasks.evidence(unitTaskId)).isEmpty();
		assertThat(unitTasks.history(unitTaskId)).hasSize(1);
		assertThat(openTask().getId()).isEqualTo(submit.getId());
	}

	@Test
	void shouldRollBackTheProcessStepWhenTheLedgerRejectsALaterChange() {
		Task submit = openTask();

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			formService.submitTaskForm(submit.getId(), validSubmission());
			// The same user may not review what they submitted: the ledger refuses, the whole unit of work fails.
			identityService.setAuthentication("zyl1", List.of("school-zyl", "role-office"));
			formService.submitTaskForm(openTask().getId(), Map.of(UnitRectificationProcess.Vars.REVIEW_DECISION, "ACCEPT"));
		})).isInstanceOf(RuleViolation.class);

		assertThat(unitTasks.find(unitTaskId).orElseThrow().state()).isEqualTo(UnitTaskState.IN_PROGRESS);
		assertThat(unitTasks.evidence(unitTaskId)).isEmpty();
		assertThat(openTask().getId()).isEqualTo(submit.getId());
		assertThat(openTask().getTaskDefinitionKey()).isEqualTo(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE);
	}

	@Test
	void shouldLeaveBothUntouchedWhenTheListenerRejectsTheStep() {
		Task submit = openTask();

		assertThatThrownBy(() -> formService.submitTaskForm(submit.getId(),
				Map.of("summary", "已整改", "completionDate", "2099-01-01")))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("完成日期不能晚于今天");

		assertThat(unitTasks.history(unitTaskId)).hasSize(1);
		assertThat(openTask().getId()).isEqualTo(submit.getId());
	}

	/** The item's open task, looked up without the test user's authorizations. */
	private Task openTask() {
		Authentication user = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		}
		finally {
			if (user != null) {
				identityService.setAuthentication(user);
			}
		}
	}

	private static Map<String, Object> validSubmission() {
		return Map.of("summary", "已整改", "completionDate", LocalDate.now().toString());
	}

}
