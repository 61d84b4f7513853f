package org.rectification.deadline;

import java.time.LocalDate;
import java.time.LocalTime;

import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.WarningLevel;
import org.springframework.stereotype.Component;

/** Where a deadline's traffic light changes, counted in working days on the calendar. */
@Component
public class DeadlineLadder {

	private final WorkingDayCalendar calendar;

	private final DeadlineProperties properties;

	DeadlineLadder(WorkingDayCalendar calendar, DeadlineProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * The thresholds of a deadline.
	 *
	 * @throws CalendarYearMissing when a threshold falls in a year the calendar does not cover
	 */
	public DeadlineDates datesFor(LocalDate deadline) {
		return new DeadlineDates(deadline, calendar.plusWorkingDays(deadline, -properties.yellowWorkingDays()),
				calendar.plusWorkingDays(deadline, 1), calendar.plusWorkingDays(deadline, properties.severeOverdueWorkingDays()));
	}

	/**
	 * The latest deadline on or before {@code wanted} whose thresholds the calendar can count: {@code wanted}
	 * itself, or, near the end of the last year on file, a date early enough for its severe threshold. For data
	 * the system makes up (the demo), never for a plan's own deadlines.
	 */
	public LocalDate countableDeadline(LocalDate wanted) {
		LocalDate date = wanted;
		for (int i = 0; i < 366; i++) {
			try {
				datesFor(date);
				return date;
			}
			catch (CalendarYearMissing e) {
				date = date.minusDays(1);
			}
		}
		throw new CalendarYearMissing(wanted.getYear());
	}

	/** A deadline given as N working days, counted from the day the item is sent. */
	public LocalDate inWorkingDays(LocalDate sentOn, int workingDays) {
		return calendar.plusWorkingDays(sentOn, workingDays);
	}

	public WarningLevel level(DeadlineDates dates, LocalDate today) {
		if (!today.isBefore(dates.overdueFrom())) {
			return WarningLevel.RED;
		}
		return today.isBefore(dates.warnFrom()) ? WarningLevel.GREEN : WarningLevel.YELLOW;
	}

	/** How many working days the deadline lies behind today (0 when it has not passed). */
	public int workingDaysOverdue(LocalDate deadline, LocalDate today) {
		return calendar.workingDaysAfter(deadline, today);
	}

	/** How many working days are left until the deadline, today excluded (0 once it has passed). */
	public int workingDaysLeft(LocalDate deadline, LocalDate today) {
		return calendar.workingDaysAfter(today, deadline);
	}

	/** The day of the first repeated reminder while overdue; later ones follow at the same working-day step. */
	public LocalDate firstOverdueReminder(LocalDate deadline) {
		return calendar.plusWorkingDays(deadline, properties.overdueReminderWorkingDays());
	}

	/** The time of day the deadline timers fire. */
	public LocalTime remindAt() {
		return properties.remindAt();
	}

	public int overdueReminderStep() {
		return properties.overdueReminderWorkingDays();
	}

	/** Which repeated reminder is due on {@code today}: 1 for the first; 0 before the first. */
	public int overdueReminderNumber(LocalDate deadline, LocalDate today) {
		return workingDaysOverdue(deadline, today) / properties.overdueReminderWorkingDays();
	}

}
