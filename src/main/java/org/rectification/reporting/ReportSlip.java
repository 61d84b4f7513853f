package org.rectification.reporting;

import java.time.OffsetDateTime;

/** 报送督办单: a report missing on the escalation day, addressed to one responsible leader of its items. */
public record ReportSlip(Long id, Long reportId, String addressedTo, OffsetDateTime raisedAt, String acknowledgedBy,
		OffsetDateTime acknowledgedAt, String instruction) {
}
