package org.rectification.reporting;

import java.time.OffsetDateTime;

import org.rectification.ledger.UnitTaskState;

/** An item's change of state from the status history, for the digest's 本期变化. */
public record StateChange(Long unitTaskId, String measureCode, String unitName, UnitTaskState fromState,
		UnitTaskState toState, String changedBy, OffsetDateTime changedAt) {
}
