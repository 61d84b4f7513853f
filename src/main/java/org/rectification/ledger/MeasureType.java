package org.rectification.ledger;

import java.util.Arrays;
import java.util.Optional;

/** How a measure is to be done: at once, by its deadline, or kept up for good. */
public enum MeasureType {

	IMMEDIATE("立行立改"), DEADLINE("限期整改"), LONG_TERM("长期坚持");

	private final String label;

	MeasureType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<MeasureType> fromLabel(String label) {
		return Arrays.stream(values()).filter(t -> t.label.equals(label) || t.name().equals(label)).findFirst();
	}

}
