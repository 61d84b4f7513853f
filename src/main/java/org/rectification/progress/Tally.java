package org.rectification.progress;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Items by where they stand: 已销号, 已整改·长期坚持, 正在整改 (open, not late) and 逾期 (open, past the first
 * working day after the deadline). {@code yellow} counts the open items in their warning period (黄灯), a
 * part of {@code inProgress}.
 */
public record Tally(long total, long signedOff, long longTermKept, long inProgress, long overdue, long yellow) {

	public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

	public Tally plus(Tally other) {
		return new Tally(total + other.total, signedOff + other.signedOff, longTermKept + other.longTermKept,
				inProgress + other.inProgress, overdue + other.overdue, yellow + other.yellow);
	}

	/** Closed items (已销号 and 长期坚持) in percent of all, one decimal; 0 when there are none. */
	@JsonProperty("completionRate")
	public double completionRate() {
		return total == 0 ? 0 : Math.round((signedOff + longTermKept) * 1000.0 / total) / 10.0;
	}

}
