package org.rectification.ledger;

import java.time.OffsetDateTime;

/** One line of a unit task's status history: who moved it, when, from where to where. */
public record StatusChange(Long id, Long unitTaskId, UnitTaskState fromState, UnitTaskState toState,
		String changedBy, OffsetDateTime changedAt, String note) {
}
