package org.rectification.deadline;

import org.rectification.system.RuleViolation;

/**
 * A working-day question about a year before the current holiday rules that has no schedule. Refused rather
 * than answered as plain Monday-to-Friday, which would silently put deadlines on public holidays.
 */
public class CalendarYearMissing extends RuleViolation {

	public static final String CODE = "CALENDAR_YEAR_MISSING";

	private final int year;

	public CalendarYearMissing(int year) {
		super(CODE, "工作日历中没有" + year + "年的节假日安排，请整改办在“工作日历”页上传该年的安排（格式见 docs/working-days.md）后再试");
		this.year = year;
	}

	public int year() {
		return year;
	}

}
