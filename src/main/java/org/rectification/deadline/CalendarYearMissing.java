package org.rectification.deadline;

import org.rectification.system.RuleViolation;

/**
 * A working-day question about a year no calendar file covers. Refused rather than answered as plain
 * Monday-to-Friday, which would silently put deadlines on public holidays.
 */
public class CalendarYearMissing extends RuleViolation {

	public static final String CODE = "CALENDAR_YEAR_MISSING";

	private final int year;

	public CalendarYearMissing(int year) {
		super(CODE, "工作日历中没有" + year + "年的节假日安排，请按 docs/working-days.md 补充后再试");
		this.year = year;
	}

	public int year() {
		return year;
	}

}
