package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One inspection of one body, from feedback to the last signed-off item. */
public record InspectionRound(Long id, String name, String inspectionGroup, String inspectedBody,
		LocalDate periodStart, LocalDate periodEnd, LocalDate feedbackDate, String documentNo, LocalDate deadline,
		RoundStatus status, String processInstanceId, String approvedBy, OffsetDateTime approvedAt,
		OffsetDateTime closedAt, String createdBy, OffsetDateTime createdAt) {

	public String statusLabel() {
		return status == null ? "" : status.label();
	}

}
