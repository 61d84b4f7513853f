package org.rectification.deadline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectification.deadline.WorkingDayCalendar;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The duration convention, case by case, around National Day 2026 (10/1–10/7 off, Saturday 10/10 worked). */
class WorkingDayBusinessCalendarsTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final WorkingDayCalendar calendar = new WorkingDayCalendar("classpath:calendar/",
			new PathMatchingResourcePatternResolver());

	final BusinessCalendar duration = new WorkingDayDurationCalendar(new DurationBusinessCalendar(), calendar, SHANGHAI);

	final BusinessCalendar dueDate = new WorkingDayDurationCalendar(new DueDateBusinessCalendar(), calendar, SHANGHAI);

	final CycleBusinessCalendar cycle = new WorkingDayCycleCalendar(calendar, SHANGHAI);

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldCountDaysAsWorkingDaysAndHoursAsClockTime() {
		Date start = at("2026-09-30T10:00");
		assertThat(duration.resolveDuedate("P1D", start)).isEqualTo(at("2026-10-08T10:00"));
		assertThat(duration.resolveDuedate("P1DT4H30M", start)).isEqualTo(at("2026-10-08T14:30"));
		assertThat(duration.resolveDuedate("P3DT16H", start)).as("hours may run into a day off")
			.isEqualTo(at("2026-10-11T02:00"));
		assertThat(duration.resolveDuedate("PT20H", start)).isEqualTo(at("2026-10-01T06:00"));
		assertThat(dueDate.resolveDuedate("P2D", start)).isEqualTo(at("2026-10-09T10:00"));
	}

	@Test
	void shouldCountFromNowWithoutAStartDate() {
		ClockUtil.setCurrentTime(at("2026-09-30T10:00"));
		assertThat(duration.resolveDuedate("P3D")).isEqualTo(at("2026-10-10T10:00"));
		assertThat(dueDate.resolveDuedate("P3D", (org.camunda.bpm.engine.task.Task) null)).isEqualTo(at("2026-10-10T10:00"));
	}

	@Test
	void shouldKeepMonthsAsCalendarMonthsAndCountTheDaysAfterThem() {
		// 8/28 + 1 month = Mon 9/28, then Tue 9/29 and Wed 9/30.
		assertThat(duration.resolveDuedate("P1M2D", at("2026-08-28T10:00"))).isEqualTo(at("2026-09-30T10:00"));
	}

	@Test
	void shouldLeaveEverythingWithoutADayPartToCamunda() {
		Date start = at("2026-09-29T10:00");
		for (String description : new String[] { "PT4H", "P1W", "P1M", "P0D", "P0DT2H" }) {
			assertThat(duration.resolveDuedate(description, start)).as(description)
				.isEqualTo(new DurationBusinessCalendar().resolveDuedate(description, start));
		}
		assertThat(duration.resolveDuedate("P1W", start)).as("a week is seven calendar days")
			.isEqualTo(at("2026-10-06T10:00"));
		assertThat(dueDate.resolveDuedate("2026-10-03T10:00:00+08:00", start)).as("an absolute date stays")
			.isEqualTo(at("2026-10-03T10:00"));
		String cron = "0 0 9 ? * MON-FRI";
		assertThat(cycle.resolveDuedate(cron, start)).isEqualTo(new CycleBusinessCalendar().resolveDuedate(cron, start));
	}

	@Test
	void shouldStepACycleWithAStartByWorkingDaysOnTheSameTimeOfDay() {
		String every2 = "R/2026-09-29T09:00:00+08:00/P2D";
		ClockUtil.setCurrentTime(at("2026-09-29T12:00"));
		assertThat(cycle.resolveDuedate(every2)).isEqualTo(at("2026-10-08T09:00"));
		ClockUtil.setCurrentTime(at("2026-10-08T09:00"));
		assertThat(cycle.resolveDuedate(every2)).isEqualTo(at("2026-10-10T09:00"));
		ClockUtil.setCurrentTime(at("2026-10-10T09:00"));
		assertThat(cycle.resolveDuedate(every2)).isEqualTo(at("2026-10-13T09:00"));
		ClockUtil.setCurrentTime(at("2026-09-28T12:00"));
		assertThat(cycle.resolveDuedate(every2)).as("a start still ahead is the first occurrence")
			.isEqualTo(at("2026-09-29T09:00"));
	}

	@Test
	void shouldStopACycleAfterItsRepetitions() {
		String twice = "R2/2026-09-29T09:00:00+08:00/P2D";
		ClockUtil.setCurrentTime(at("2026-10-09T12:00"));
		assertThat(cycle.resolveDuedate(twice)).isEqualTo(at("2026-10-10T09:00"));
		ClockUtil.setCurrentTime(at("2026-10-12T09:00"));
		assertThat(cycle.resolveDuedate(twice)).isNull();
	}

	@Test
	void shouldStepACycleWithoutAStartFromNowOrFromTheStartDateGiven() {
		ClockUtil.setCurrentTime(at("2026-09-30T10:00"));
		assertThat(cycle.resolveDuedate("R/P2D")).isEqualTo(at("2026-10-09T10:00"));
		assertThat(cycle.resolveDuedate("R/P2D", at("2026-10-09T08:00"))).isEqualTo(at("2026-10-12T08:00"));
	}

	@Test
	void shouldStepACycleWithAnEndBackwardsFromIt() {
		ClockUtil.setCurrentTime(at("2026-09-30T12:00"));
		// Occurrences 10/13, 10/10, 10/8, 9/29: the first after now is 10/8.
		assertThat(cycle.resolveDuedate("R/P2D/2026-10-13T09:00:00+08:00")).isEqualTo(at("2026-10-08T09:00"));
	}

	@Test
	void shouldKeepADueDateShiftForTheNextOccurrences() {
		// The job was moved from 10/8 09:00 to 10:00 with cascade: later occurrences move too.
		ClockUtil.setCurrentTime(at("2026-10-08T10:00"));
		assertThat(cycle.resolveDuedate("R/2026-09-29T09:00:00+08:00/P2D", null, 3_600_000L))
			.isEqualTo(at("2026-10-10T10:00"));
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
	}

}
