package org.rectification.progress;

import java.util.Arrays;
import java.util.Optional;

/** Which version of the figures: everything (internal), or only what the plan allows to publish. */
public enum Scope {

	INTERNAL("内部版"), PUBLIC("公开版");

	private final String label;

	Scope(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** internal / public, in any case. */
	public static Optional<Scope> parse(String text) {
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
	}

}
