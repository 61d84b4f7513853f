package org.rectification.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.reporting.ReportingProperties.Cadence;

/**
 * The dates of the cycle whose period holds a day, counted on the working-day calendar.
 *
 * @param opensOn the first working day of the period
 * @param dueOn reports are due by the end of this day
 * @param escalateOn the working day after {@code dueOn}: slips and the digest go out at remind-at
 * @param closesAt the end of the period, or the day after the escalation when that falls later: reports still
 * missing then are MISSED, so no report task outlives its cycle for long
 */
public record CyclePlan(Cadence cadence, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate dueOn,
		LocalDate escalateOn, OffsetDateTime closesAt) {

	/**
	 * @return empty when the period has no working day at all (a week of 春节)
	 * @throws org.rectification.deadline.CalendarYearMissing when a date falls in a year without a calendar file
	 */
	static Optional<CyclePlan> of(LocalDate day, Cadence cadence, int dueWorkingDays, WorkingDayCalendar calendar,
			ZoneId zone) {
		LocalDate start = cadence == Cadence.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: day.withDayOfMonth(1);
		LocalDate end = cadence == Cadence.WEEKLY ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
		LocalDate opens = start;
		while (!opens.isAfter(end) && !calendar.isWorkingDay(opens)) {
			opens = opens.plusDays(1);
		}
		if (opens.isAfter(end)) {
			return Optional.empty();
		}
		LocalDate due = calendar.plusWorkingDays(opens, dueWorkingDays - 1);
		LocalDate escalate = calendar.plusWorkingDays(due, 1);
		LocalDate closes = escalate.isAfter(end) ? escalate.plusDays(1) : end.plusDays(1);
		return Optional.of(new CyclePlan(cadence, start, end, opens, due, escalate,
				closes.atStartOfDay(zone).toOffsetDateTime()));
	}

	/** The moment the missing reports are escalated. */
	public OffsetDateTime escalateAt(LocalTime remindAt, ZoneId zone) {
		return escalateOn.atTime(remindAt).atZone(zone).toOffsetDateTime();
	}

}
