package org.rectification.ledger;

/** Where one unit's work on one measure stands in the ledger. */
public enum UnitTaskState {

	IN_PROGRESS("正在整改"),
	UNDER_REVIEW("待审核"),
	RETURNED("已退回"),
	AWAITING_SIGN_OFF("待销号"),
	SIGNED_OFF("已销号"),
	LONG_TERM_KEPT("已整改·长期坚持"),
	/** A look-back found the problem back (反弹): the item is with its unit again, neither new nor done. */
	REOPENED("反弹·重新整改");

	private final String label;

	UnitTaskState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isClosed() {
		return this == SIGNED_OFF || this == LONG_TERM_KEPT;
	}

	/** The unit holds the item: it may add evidence, ask for more time, and its deadline binds it. */
	public boolean isWithUnit() {
		return this == IN_PROGRESS || this == RETURNED || this == REOPENED;
	}

}
