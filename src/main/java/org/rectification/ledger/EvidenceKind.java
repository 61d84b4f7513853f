package org.rectification.ledger;

import java.util.Arrays;
import java.util.Optional;

/** What a file proves; a plan may require some kinds for a measure. */
public enum EvidenceKind {

	REGULATION("制度文件"), MINUTES("会议纪要"), PHOTO("照片"), LEDGER("台账或截图"), OTHER("其他");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** By label (制度文件) or name (REGULATION). */
	public static Optional<EvidenceKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(k -> k.label.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
	}

}
