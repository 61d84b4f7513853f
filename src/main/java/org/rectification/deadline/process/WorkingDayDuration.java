package org.rectification.deadline.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rectification.deadline.WorkingDayCalendar;

/**
 * An ISO-8601 duration with a day part, which counts working days: {@code P3D} is three working days,
 * {@code P1DT4H} one working day and then four hours of clock time. Years and months stay calendar ones;
 * durations with weeks, fractions of days, signs or no day part are left to Camunda.
 */
record WorkingDayDuration(int years, int months, int days, Duration time) {

	private static final Pattern ISO = Pattern
		.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

	/** The duration, if {@code text} is one whose days count working days. */
	static Optional<WorkingDayDuration> parse(String text) {
		Matcher m = text == null ? null : ISO.matcher(text.strip());
		if (m == null || !m.matches() || m.group(3) == null || m.group(3).matches("0+")) {
			return Optional.empty();
		}
		try {
			Duration time = Duration.ofHours(number(m.group(4))).plusMinutes(number(m.group(5)));
			if (m.group(6) != null) {
				time = time.plusNanos(new BigDecimal(m.group(6)).movePointRight(9).longValueExact());
			}
			return Optional.of(new WorkingDayDuration(number(m.group(1)), number(m.group(2)), number(m.group(3)), time));
		}
		catch (ArithmeticException | NumberFormatException tooLarge) {
			return Optional.empty();
		}
	}

	/** {@code start} plus this duration; the working days land on the same time of day in {@code zone}. */
	Date after(Date start, WorkingDayCalendar calendar, ZoneId zone) {
		ZonedDateTime t = start.toInstant().atZone(zone).plusYears(years).plusMonths(months);
		t = t.with(calendar.plusWorkingDays(t.toLocalDate(), days));
		return Date.from(t.plus(time).toInstant());
	}

	/** {@code end} minus this duration, the inverse of {@link #after}. */
	Date before(Date end, WorkingDayCalendar calendar, ZoneId zone) {
		ZonedDateTime t = end.toInstant().atZone(zone).minus(time);
		t = t.with(calendar.plusWorkingDays(t.toLocalDate(), -days));
		return Date.from(t.minusMonths(months).minusYears(years).toInstant());
	}

	private static int number(String digits) {
		return digits == null ? 0 : Integer.parseInt(digits);
	}

}
