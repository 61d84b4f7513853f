package org.rectification.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.deadline.DeadlineExtension;
import org.rectification.deadline.ExtensionService;
import org.rectification.ledger.UnitTasks;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/** Who decides an extension request, read from the ledger by the process's business key (the request's id). */
@Component("extensionRouting")
public class ExtensionRouting {

	private final ExtensionService extensions;

	private final UnitTasks unitTasks;

	ExtensionRouting(ExtensionService extensions, UnitTasks unitTasks) {
		this.extensions = extensions;
		this.unitTasks = unitTasks;
	}

	/** The assignee of Task_DecideExtension: the measure's responsible leader. */
	public String responsibleLeader(DelegateExecution execution) {
		DeadlineExtension request = request(execution);
		return unitTasks.find(request.unitTaskId()).orElseThrow().responsibleLeader();
	}

	DeadlineExtension request(DelegateExecution execution) {
		return extensions.get(requestId(execution));
	}

	static long requestId(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		if (key == null || key.isEmpty() || !key.chars().allMatch(Character::isDigit)) {
			throw new RuleViolation("NOT_FROM_LEDGER", "延期申请只能由责任单位在整改任务中提出，不能直接发起流程");
		}
		return Long.parseLong(key);
	}

}
