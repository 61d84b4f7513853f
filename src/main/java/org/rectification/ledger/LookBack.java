package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One look-back (回头看) of a closed item: scheduled at its final sign-off, opened on {@code dueOn}, answered by
 * the unit with fresh evidence and decided by the office.
 */
public record LookBack(Long id, Long unitTaskId, LocalDate dueOn, LookBackStatus status, OffsetDateTime scheduledAt,
		OffsetDateTime openedAt, String verdictBy, OffsetDateTime verdictAt, String reason, LocalDate newDeadline) {
}
