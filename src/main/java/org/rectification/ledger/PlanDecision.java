package org.rectification.ledger;

import java.time.OffsetDateTime;

/** The leading group's approval of a round's plan, or its return to the office with a reason. */
public record PlanDecision(Long id, Long roundId, Outcome outcome, String reason, String decidedBy,
		OffsetDateTime decidedAt) {

	public enum Outcome {
		APPROVED, RETURNED
	}

}
