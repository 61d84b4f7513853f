package org.rectification.deadline;

/**
 * An item's deadline dates changed in the ledger, published in the transaction that changed them. The owner of
 * the unit's process brings the process in line: for an approved extension the unit's task is entered afresh
 * (a new due date and the timers of the new deadline); for a recount after a calendar change the running timers
 * and the task's due date follow, the task itself stays.
 */
public record DeadlineMoved(long unitTaskId, Cause cause) {

	public enum Cause {

		EXTENSION_APPROVED, CALENDAR_CHANGED

	}

}
