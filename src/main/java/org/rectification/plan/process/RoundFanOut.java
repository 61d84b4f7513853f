package org.rectification.plan.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Plans;
import org.rectification.ledger.Rounds;
import org.rectification.plan.process.InspectionRoundProcess.Vars;
import org.rectification.rectification.UnitTaskService;
import org.springframework.stereotype.Component;

/**
 * CallActivity_UnitRectification: the fan-out of an approved plan. The multi-instance collection is every
 * (measure, responsible unit) pair without a unit task yet; each instance, in a job of its own, creates its
 * unit task in the ledger and calls unit-rectification with the task's id as business key. The database's
 * unique (measure, unit) constraint makes a second task for a pair impossible.
 */
@Component("roundFanOut")
public class RoundFanOut implements ExecutionListener {

	private final Plans plans;

	private final Rounds rounds;

	private final UnitTaskService unitTaskService;

	RoundFanOut(Plans plans, Rounds rounds, UnitTaskService unitTaskService) {
		this.plans = plans;
		this.rounds = rounds;
		this.unitTaskService = unitTaskService;
	}

	/** The multi-instance collection. */
	public List<String> assignments(DelegateExecution execution) {
		return plans.undispatched(RoundKey.roundId(execution)).stream().map(Plans.Assignment::token).toList();
	}

	@Override
	public void notify(DelegateExecution execution) {
		Plans.Assignment assignment = Plans.Assignment.of((String) execution.getVariable(Vars.ASSIGNMENT));
		InspectionRound round = rounds.findRound(RoundKey.roundId(execution)).orElseThrow();
		long unitTaskId = unitTaskService.createUnitTask(assignment.measureId(), assignment.unitId(),
				round.approvedBy() == null ? round.createdBy() : round.approvedBy());
		execution.setVariableLocal(Vars.UNIT_TASK_ID, String.valueOf(unitTaskId));
	}

}
