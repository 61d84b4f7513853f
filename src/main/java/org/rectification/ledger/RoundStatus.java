package org.rectification.ledger;

/** Where a round stands, from the plan being written to the last item closed. */
public enum RoundStatus {

	PLANNING("整改方案制定中"),
	AWAITING_APPROVAL("整改方案待审批"),
	IN_RECTIFICATION("整改中"),
	CLOSED("整改完成");

	private final String label;

	RoundStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
