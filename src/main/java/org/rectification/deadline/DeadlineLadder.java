package org.rectification.deadline;

import java.time.LocalDate;
import java.time.LocalTime;

import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.UnitTask;
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

	/** A deadline given as N working days, counted from the day the item is sent. */
	public LocalDate inWorkingDays(LocalDate sentOn, int workingDays) {
		return calendar.plusWorkingDays(sentOn, workingDays);
	}

	/**
	 * Which of an item's dates rest on a provisional calendar year (暂定): its deadline when the plan wrote it in
	 * working days counted through such a year, and each threshold counted from the deadline through one.
	 */
	public record Marks(boolean deadline, boolean warnFrom, boolean overdueFrom, boolean severeFrom) {

		public boolean any() {
			return deadline || warnFrom || overdueFrom || severeFrom;
		}

	}

	public Marks marks(UnitTask item) {
		boolean deadline = item.deadlineWorkingDays() != null
				&& calendar.isProvisionalBetween(item.deadlineCountedFrom(), item.deadline());
		return new Marks(deadline, deadline || calendar.isProvisionalBetween(item.warnFrom(), item.deadline()),
				deadline || calendar.isProvisionalBetween(item.deadline(), item.overdueFrom()),
				deadline || calendar.isProvisionalBetween(item.deadline(), item.severeFrom()));
	}

	/** Whether a count of working days between the two days (either order) rests on a provisional year. */
	public boolean provisional(LocalDate a, LocalDate b) {
		return calendar.isProvisionalBetween(a, b);
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
