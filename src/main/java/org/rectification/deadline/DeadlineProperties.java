package org.rectification.deadline;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The traffic-light ladder, in working days, and the time of day its reminders and slips go out.
 *
 * @param yellowWorkingDays an item turns YELLOW this many working days before its deadline
 * @param severeOverdueWorkingDays overdue by this many working days, a second slip goes to the principal and
 * the leading group
 * @param overdueReminderWorkingDays while overdue, the unit is reminded every this many working days
 * @param remindAt the time of day (in the bureau's zone) the timers fire on their day: the start of office
 * hours, so that slips and group-chat messages arrive when people work
 */
@ConfigurationProperties("rectification.deadlines")
public record DeadlineProperties(Integer yellowWorkingDays, Integer severeOverdueWorkingDays,
		Integer overdueReminderWorkingDays, LocalTime remindAt) {

	public DeadlineProperties {
		yellowWorkingDays = positive(yellowWorkingDays, 10, "yellow-working-days");
		severeOverdueWorkingDays = positive(severeOverdueWorkingDays, 10, "severe-overdue-working-days");
		overdueReminderWorkingDays = positive(overdueReminderWorkingDays, 3, "overdue-reminder-working-days");
		remindAt = remindAt == null ? LocalTime.of(8, 30) : remindAt;
	}

	private static int positive(Integer value, int fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value < 1) {
			throw new IllegalArgumentException("rectification.deadlines." + name + " 必须是正整数，当前为 " + value);
		}
		return value;
	}

}
