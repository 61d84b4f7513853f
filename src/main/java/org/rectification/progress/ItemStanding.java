package org.rectification.progress;

import org.rectification.ledger.UnitTaskState;

/** Where a measure, a unit task or a finding stands on the dashboard and in the report. */
public enum ItemStanding {

	SIGNED_OFF("已销号", "已整改"),
	LONG_TERM_KEPT("已整改·长期坚持", "已整改，长期坚持"),
	IN_PROGRESS("正在整改", "整改推进中"),
	OVERDUE("逾期", "整改推进中"),
	/** A look-back found the problem back: neither new nor done, until it is signed off again. */
	REOPENED("反弹·重新整改", "反弹，重新整改中");

	private final String label;

	private final String reportResult;

	ItemStanding(String label, String reportResult) {
		this.label = label;
		this.reportResult = reportResult;
	}

	public String label() {
		return label;
	}

	/** The 整改结果 a published report gives an item in this standing. */
	public String reportResult() {
		return reportResult;
	}

	/**
	 * A group of unit tasks: late if any is late, reopened if any is reopened, open if any is open (or none exists
	 * yet), else closed. Late comes first because it is what needs a leader now; a reopened task is not late in the
	 * count (its own deadline shows in the warnings).
	 */
	static ItemStanding of(Tally tasks) {
		if (tasks.overdue() > 0) {
			return OVERDUE;
		}
		if (tasks.reopened() > 0) {
			return REOPENED;
		}
		if (tasks.inProgress() > 0 || tasks.total() == 0) {
			return IN_PROGRESS;
		}
		return tasks.longTermKept() > 0 ? LONG_TERM_KEPT : SIGNED_OFF;
	}

	/**
	 * One unit task: reopened while a look-back's rebound is not signed off again; kept long-term once its first
	 * phase is signed off, while its later phases run; else by its state and light.
	 */
	static ItemStanding of(UnitTaskState state, boolean keptSince, boolean reopened, boolean late) {
		if (state == UnitTaskState.SIGNED_OFF) {
			return SIGNED_OFF;
		}
		if (state == UnitTaskState.LONG_TERM_KEPT) {
			return LONG_TERM_KEPT;
		}
		if (reopened) {
			return REOPENED;
		}
		if (keptSince) {
			return LONG_TERM_KEPT;
		}
		return late ? OVERDUE : IN_PROGRESS;
	}

}
