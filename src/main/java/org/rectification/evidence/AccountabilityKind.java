package org.rectification.evidence;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of accountability (问责) a unit reports, from the mildest. */
public enum AccountabilityKind {

	CRITICISM_EDUCATION("批评教育"), ADMONITION("诫勉谈话"), CIRCULATED_CRITICISM("通报批评"),
	ORGANIZATIONAL_HANDLING("组织处理"), DISMISSAL("免职"), GOVERNMENT_SANCTION("政务处分"),
	PARTY_DISCIPLINE("党纪处分");

	private final String label;

	AccountabilityKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** By label (诫勉谈话) or name (ADMONITION). */
	public static Optional<AccountabilityKind> parse(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter(k -> k.label.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
	}

}
