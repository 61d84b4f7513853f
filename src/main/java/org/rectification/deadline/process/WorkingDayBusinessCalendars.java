package org.rectification.deadline.process;

import java.time.ZoneId;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.rectification.deadline.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the days of BPMN durations count working days: timer durations and cycles, and task due dates
 * (docs/working-days.md, "BPMN 中的期限"). Set before the engine initialises, which keeps a calendar
 * manager that is already set.
 */
@Component
class WorkingDayBusinessCalendars extends AbstractProcessEnginePlugin {

	private final WorkingDayCalendar calendar;

	private final ZoneId zone;

	WorkingDayBusinessCalendars(WorkingDayCalendar calendar, @Value("${rectification.zone}") ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
				new WorkingDayDurationCalendar(new DurationBusinessCalendar(), calendar, zone));
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
				new WorkingDayDurationCalendar(new DueDateBusinessCalendar(), calendar, zone));
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new WorkingDayCycleCalendar(calendar, zone));
		configuration.setBusinessCalendarManager(calendars);
	}

}
