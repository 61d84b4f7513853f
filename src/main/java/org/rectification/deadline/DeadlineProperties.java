package org.rectification.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The traffic-light ladder, in working days.
 *
 * @param yellowWorkingDays an item turns YELLOW this many working days before its deadline
 * @param severeOverdueWorkingDays overdue by this many working days, a second slip goes to the principal and
 * the leading group
 * @param overdueReminderWorkingDays while overdue, the unit is reminded every this many working days
 */
@ConfigurationProperties("rectification.deadlines")
public record DeadlineProperties(Integer yellowWorkingDays, Integer severeOverdueWorkingDays,
		Integer overdueReminderWorkingDays) {

	public DeadlineProperties {
		yellowWorkingDays = positive(yellowWorkingDays, 10, "yellow-working-days");
		severeOverdueWorkingDays = positive(severeOverdueWorkingDays, 10, "severe-overdue-working-days");
		overdueReminderWorkingDays = positive(overdueReminderWorkingDays, 3, "overdue-reminder-working-days");
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
