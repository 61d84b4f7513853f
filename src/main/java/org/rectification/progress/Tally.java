package org.rectification.progress;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Items by where they stand: 已销号, 已整改·长期坚持 (also a long-term item whose later phases run), 正在整改 (open,
 * not late), 逾期 (open, past the first working day after the deadline) and 反弹·重新整改 (reopened by a look-back,
 * until signed off again). The five add up to {@code total}. {@code yellow} counts the 正在整改 items in their
 * warning period (黄灯), a part of {@code inProgress}.
 */
public record Tally(long total, long signedOff, long longTermKept, long inProgress, long overdue, long reopened,
		long yellow) {

	public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0);

	public Tally plus(Tally other) {
		return new Tally(total + other.total, signedOff + other.signedOff, longTermKept + other.longTermKept,
				inProgress + other.inProgress, overdue + other.overdue, reopened + other.reopened, yellow + other.yellow);
	}

	/** Done items (已销号 and 长期坚持) in percent of all, one decimal; 0 when there are none. */
	@JsonProperty("completionRate")
	public double completionRate() {
		return total == 0 ? 0 : Math.round((signedOff + longTermKept) * 1000.0 / total) / 10.0;
	}

}
