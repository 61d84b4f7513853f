package org.rectification.deadline.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.support.H2Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's engine counts working days with the calendar files shipped in the application. */
@H2Test
class WorkingDayCalendarWiringTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void shouldGiveTheEngineTheWorkingDayCalendars() {
		BusinessCalendarManager calendars = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
			.getBusinessCalendarManager();

		assertThat(calendars.getBusinessCalendar("duration")).isInstanceOf(WorkingDayDurationCalendar.class);
		assertThat(calendars.getBusinessCalendar("dueDate")).isInstanceOf(WorkingDayDurationCalendar.class);
		assertThat(calendars.getBusinessCalendar("cycle")).isInstanceOf(WorkingDayCycleCalendar.class);
		assertThat(calendar.years()).contains(2025, 2026);
	}

}
