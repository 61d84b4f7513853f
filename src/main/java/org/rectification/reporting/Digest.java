package org.rectification.reporting;

import java.time.OffsetDateTime;
import java.util.List;


/**
 * What the office reads about a cycle: who reported (on time or late), who did not and which leaders were
 * escalated, each unit's items with their progress, and the items whose state changed since the cycle opened.
 */
public record Digest(ReportingCycle cycle, List<Line> reports, List<StateChange> changes, OffsetDateTime asOf) {

	/** One unit's report with its entries and the leaders its slips went to. */
	public record Line(UnitReport report, String reporterName, List<ReportEntry> entries, List<String> escalatedTo) {
	}

	public List<Line> reported() {
		return reports.stream().filter(l -> l.report().submitted()).toList();
	}

	public List<Line> notReported() {
		return reports.stream().filter(l -> !l.report().submitted()).toList();
	}

}
