package org.rectification.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectification.ledger.Plans;
import org.rectification.ledger.RoundStatus;
import org.rectification.plan.PlanCoverage;
import org.rectification.plan.process.InspectionRoundProcess.Vars;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CheckCoverage: a plan with gaps goes back to the office (the new import task lists them); a
 * complete one goes to the leading group and can no longer be changed by an import.
 */
@Component("planCoverageCheck")
class PlanCoverageCheck implements JavaDelegate {

	private final Plans plans;

	private final PlanCoverage coverage;

	PlanCoverageCheck(Plans plans, PlanCoverage coverage) {
		this.plans = plans;
		this.coverage = coverage;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long roundId = RoundKey.roundId(execution);
		plans.lockStatus(roundId);
		boolean complete = coverage.gaps(roundId).isEmpty();
		if (complete) {
			plans.setStatus(roundId, RoundStatus.AWAITING_APPROVAL);
		}
		execution.setVariable(Vars.PLAN_COMPLETE, complete);
	}

}
