package org.rectification.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.rectification.reporting.ReportingProperties.Cadence;

/** One week's or month's round of progress reports, and the office's reading of its digest. */
public record ReportingCycle(Long id, Cadence cadence, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn,
		LocalDate dueOn, LocalDate escalateOn, OffsetDateTime closesAt, OffsetDateTime openedAt, OffsetDateTime digestAt,
		String digestReadBy, OffsetDateTime digestReadAt, String digestNote, OffsetDateTime closedAt,
		String processInstanceId) {

	/** e.g. 2026-09-14 至 2026-09-20 周报 */
	public String title() {
		return periodStart + " 至 " + periodEnd + " " + cadence.label();
	}

}
