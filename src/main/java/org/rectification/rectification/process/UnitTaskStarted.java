package org.rectification.rectification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectification.ledger.UnitTasks;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * StartEvent_UnitTaskAssigned: links the new instance to its unit task, whether the office dispatched it
 * alone or the round's fan-out called it. A unit task already linked to an instance is never started twice.
 */
@Component("unitTaskStarted")
class UnitTaskStarted implements ExecutionListener {

	private final UnitTasks unitTasks;

	UnitTaskStarted(UnitTasks unitTasks) {
		this.unitTasks = unitTasks;
	}

	@Override
	public void notify(DelegateExecution execution) {
		long id = UnitTaskRouting.unitTaskId(execution);
		if (!unitTasks.linkProcessInstance(id, execution.getProcessInstanceId())) {
			throw RuleViolation.conflict("ALREADY_STARTED", "整改任务 " + id + " 不存在或已在办理中");
		}
	}

}
