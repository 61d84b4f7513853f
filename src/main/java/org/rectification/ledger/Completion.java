package org.rectification.ledger;

/** How a closed item met its deadline: the three facts a final report counts separately. */
public enum Completion {

	ON_TIME("按期完成"),
	EXTENDED("经批准延期完成"),
	LATE("逾期完成");

	private final String label;

	Completion(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
