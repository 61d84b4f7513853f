package org.rectification.ledger;

/** The traffic light (红黄绿灯) of an open item, from its current deadline. */
public enum WarningLevel {

	GREEN("绿灯", "正常"),
	YELLOW("黄灯", "即将到期"),
	RED("红灯", "已逾期");

	private final String label;

	private final String meaning;

	WarningLevel(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return label;
	}

	/** What the light says, e.g. 即将到期. */
	public String meaning() {
		return meaning;
	}

}
