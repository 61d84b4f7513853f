package org.rectification.reporting;

import java.time.LocalDate;

import org.rectification.ledger.UnitTaskState;

/**
 * One item of a report: the unit task as it stood when the cycle opened, and the progress the unit wrote.
 *
 * @param itemNo the number the form lists it under, from 1
 */
public record ReportEntry(Long id, Long reportId, int itemNo, Long unitTaskId, UnitTaskState state, LocalDate deadline,
		String progress, String measureCode, String measureText, String responsibleLeader) {

	/** e.g. 【3-1】 */
	public String reference() {
		return "【" + measureCode + "】";
	}

}
