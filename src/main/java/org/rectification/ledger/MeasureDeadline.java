package org.rectification.ledger;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a plan gives a measure: a date, or N working days counted from the day the item is sent to
 * the unit (通知下达后N个工作日内). Either may be missing while the plan is being written.
 */
public record MeasureDeadline(LocalDate date, Integer workingDays) {

	/** About two years of working days: longer is a long-term measure, not a deadline. */
	public static final int MAX_WORKING_DAYS = 500;

	public static final MeasureDeadline NONE = new MeasureDeadline(null, null);

	private static final Pattern WORKING_DAYS = Pattern
		.compile("^(?:(?:收到|接到)?(?:通知|任务)?(?:下达)?后)?(\\d{1,4})个?工作日内?$");

	public MeasureDeadline {
		if (date != null && workingDays != null) {
			throw new IllegalArgumentException("a deadline is a date or a number of working days, not both");
		}
	}

	public static MeasureDeadline on(LocalDate date) {
		return new MeasureDeadline(date, null);
	}

	public static MeasureDeadline inWorkingDays(int workingDays) {
		return new MeasureDeadline(null, workingDays);
	}

	public boolean isSet() {
		return date != null || workingDays != null;
	}

	/**
	 * The item's deadline when it is sent on {@code sentOn}.
	 *
	 * @param plusWorkingDays the working-day calendar's addition
	 */
	public LocalDate dateWhenSentOn(LocalDate sentOn, BiFunction<LocalDate, Integer, LocalDate> plusWorkingDays) {
		return date != null ? date : plusWorkingDays.apply(sentOn, workingDays);
	}

	/** As the plan workbook writes it: 2026-10-16, or 30个工作日. */
	public String label() {
		if (date != null) {
			return date.toString();
		}
		return workingDays == null ? "" : workingDays + "个工作日";
	}

	/**
	 * Reads "30个工作日", "30工作日内", "通知下达后30个工作日内" and the like (spaces and full-width digits
	 * allowed); empty when the text says no number of working days.
	 */
	public static OptionalInt parseWorkingDays(String text) {
		StringBuilder plain = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c >= '０' && c <= '９') {
				plain.append((char) ('0' + (c - '０')));
			}
			else if (!Character.isWhitespace(c) && c != '\u3000') {
				plain.append(c);
			}
		}
		Matcher matcher = WORKING_DAYS.matcher(plain);
		return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
	}

	@Override
	public String toString() {
		return label();
	}

}
