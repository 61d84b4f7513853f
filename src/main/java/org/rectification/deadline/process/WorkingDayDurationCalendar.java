package org.rectification.deadline.process;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.rectification.deadline.WorkingDayCalendar;

/**
 * Timer durations ({@code duration}) and due dates ({@code dueDate}: task due and follow-up dates, timer
 * dates) whose days count working days; everything else is answered by Camunda's own calendar of that name.
 */
class WorkingDayDurationCalendar implements BusinessCalendar {

	private final BusinessCalendar camunda;

	private final WorkingDayCalendar calendar;

	private final ZoneId zone;

	WorkingDayDurationCalendar(BusinessCalendar camunda, WorkingDayCalendar calendar, ZoneId zone) {
		this.camunda = camunda;
		this.calendar = calendar;
		this.zone = zone;
	}

	@Override
	public Date resolveDuedate(String description) {
		return resolveDuedate(description, (Date) null);
	}

	@Override
	public Date resolveDuedate(String description, Task task) {
		return resolveDuedate(description, (Date) null);
	}

	/** From {@code startDate}, or from now as Camunda does when there is none. */
	@Override
	public Date resolveDuedate(String description, Date startDate) {
		return WorkingDayDuration.parse(description)
			.map(duration -> duration.after(startDate != null ? startDate : ClockUtil.getCurrentTime(), calendar, zone))
			.orElseGet(() -> camunda.resolveDuedate(description, startDate));
	}

}
