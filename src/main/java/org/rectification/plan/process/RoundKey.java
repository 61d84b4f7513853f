package org.rectification.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.system.RuleViolation;

/** The round an inspection-round instance belongs to: its business key is the round's ledger id. */
final class RoundKey {

	private RoundKey() {
	}

	static long roundId(DelegateExecution execution) {
		String key = execution.getProcessBusinessKey();
		if (key == null || key.isEmpty() || !key.chars().allMatch(Character::isDigit)) {
			throw new RuleViolation("NOT_FROM_LEDGER", "该流程没有对应台账中的巡察轮次");
		}
		return Long.parseLong(key);
	}

}
