package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One inspection of one body, from feedback to the last signed-off item. */
public record InspectionRound(Long id, String name, String inspectionGroup, String inspectedBody,
		LocalDate periodStart, LocalDate periodEnd, LocalDate feedbackDate, String documentNo, LocalDate deadline,
		String createdBy, OffsetDateTime createdAt) {
}
