package org.rectification.ledger;

/** Where a look-back stands. */
public enum LookBackStatus {

	SCHEDULED("待回头看"), WITH_UNIT("待单位报送"), UNDER_REVIEW("待整改办复查"), HELD("未反弹"), REBOUNDED("发现反弹");

	private final String label;

	LookBackStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
