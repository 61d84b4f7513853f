package org.rectification.progress;

/** Where a measure, a unit task or a finding stands on the dashboard and in the report. */
public enum ItemStanding {

	SIGNED_OFF("已销号", "已整改"),
	LONG_TERM_KEPT("已整改·长期坚持", "已整改，长期坚持"),
	IN_PROGRESS("正在整改", "整改推进中"),
	OVERDUE("逾期", "整改推进中");

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

	/** A group of unit tasks: late if any is late, open if any is open (or none exists yet), else closed. */
	static ItemStanding of(Tally tasks) {
		if (tasks.overdue() > 0) {
			return OVERDUE;
		}
		if (tasks.inProgress() > 0 || tasks.total() == 0) {
			return IN_PROGRESS;
		}
		return tasks.longTermKept() > 0 ? LONG_TERM_KEPT : SIGNED_OFF;
	}

}
