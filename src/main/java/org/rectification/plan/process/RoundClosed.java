package org.rectification.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectification.ledger.Plans;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/** EndEvent_RoundClosed: every unit task of the round is closed, and so is the round. */
@Component("roundClosed")
class RoundClosed implements ExecutionListener {

	private final Plans plans;

	private final BusinessClock clock;

	RoundClosed(Plans plans, BusinessClock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateExecution execution) {
		plans.markClosed(RoundKey.roundId(execution), clock.now());
	}

}
