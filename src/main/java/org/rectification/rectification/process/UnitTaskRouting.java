package org.rectification.rectification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Who works on an item and how it ends, read from the ledger by the process's business key (the unit task
 * id). Process variables are not used for this: a task's candidates may set variables, and must not be able
 * to re-route their own item.
 */
@Component("unitTaskRouting")
public class UnitTaskRouting {

	private final UnitTasks unitTasks;

	UnitTaskRouting(UnitTasks unitTasks) {
		this.unitTasks = unitTasks;
	}

	/** The candidate group of Task_SubmitEvidence. */
	public String unit(DelegateExecution execution) {
		return item(execution).unitId();
	}

	/** The assignee of Task_SignOff. */
	public String responsibleLeader(DelegateExecution execution) {
		return item(execution).responsibleLeader();
	}

	/** Gateway_LongTermMeasure. */
	public boolean longTerm(DelegateExecution execution) {
		return item(execution).measureType() == MeasureType.LONG_TERM;
	}

	UnitTask item(DelegateTask task) {
		return item(task.getExecution());
	}

	public static long unitTaskId(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || !businessKey.chars().allMatch(Character::isDigit) || businessKey.isEmpty()) {
			throw new RuleViolation("NOT_FROM_LEDGER", "整改任务只能由整改办在台账中下达，不能直接发起流程");
		}
		return Long.parseLong(businessKey);
	}

	private UnitTask item(DelegateExecution execution) {
		long id = unitTaskId(execution);
		return unitTasks.find(id)
			.orElseThrow(() -> new RuleViolation("NOT_FROM_LEDGER", "台账中没有编号为 " + id + " 的整改任务"));
	}

}
