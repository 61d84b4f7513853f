package org.rectification.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.rectification.deadline.CalendarYearMissing;
import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.reporting.ReportingProperties.Cadence;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The dates of a cycle on the 2026 calendar: holidays and the working weekends (调休) move them. */
class CyclePlanTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final WorkingDayCalendar calendar = new WorkingDayCalendar("classpath:calendar/",
			new PathMatchingResourcePatternResolver());

	@Test
	void shouldOpenAnOrdinaryWeekOnMondayAndEscalateOnWednesday() {
		CyclePlan plan = weekly(LocalDate.of(2026, 9, 16), 2);

		assertThat(plan.periodStart()).isEqualTo("2026-09-14");
		assertThat(plan.periodEnd()).isEqualTo("2026-09-20");
		assertThat(plan.opensOn()).isEqualTo("2026-09-14");
		assertThat(plan.dueOn()).isEqualTo("2026-09-15");
		assertThat(plan.escalateOn()).isEqualTo("2026-09-16");
		assertThat(plan.closesAt()).isEqualTo(LocalDate.of(2026, 9, 21).atStartOfDay(SHANGHAI).toOffsetDateTime());
	}

	@Test
	void shouldOpenTheNationalDayWeekOnThursdayAndEscalateOnTheWorkingSaturday() {
		CyclePlan plan = weekly(LocalDate.of(2026, 10, 5), 2);

		assertThat(plan.opensOn()).isEqualTo("2026-10-08");
		assertThat(plan.dueOn()).isEqualTo("2026-10-09");
		assertThat(plan.escalateOn()).isEqualTo("2026-10-10");
	}

	@Test
	void shouldCloseAfterTheEscalationWhenTheDueDayRunsIntoTheNextWeek() {
		// Five working days from Thursday 10/8: 10/8, 10/9, 10/10 (调休), 10/12, 10/13; escalated on 10/14.
		CyclePlan plan = weekly(LocalDate.of(2026, 10, 8), 5);

		assertThat(plan.dueOn()).isEqualTo("2026-10-13");
		assertThat(plan.escalateOn()).isEqualTo("2026-10-14");
		assertThat(plan.closesAt()).isEqualTo(LocalDate.of(2026, 10, 15).atStartOfDay(SHANGHAI).toOffsetDateTime());
	}

	@Test
	void shouldHaveNoCycleInAWeekWithoutAWorkingDay() {
		// 春节 2026: 2/15-2/23 off, so the week of Monday 2/16 has no working day.
		assertThat(CyclePlan.of(LocalDate.of(2026, 2, 18), Cadence.WEEKLY, 2, calendar, SHANGHAI)).isEmpty();
	}

	@Test
	void shouldOpenAMonthOnItsFirstWorkingDay() {
		CyclePlan plan = CyclePlan.of(LocalDate.of(2026, 10, 20), Cadence.MONTHLY, 2, calendar, SHANGHAI).orElseThrow();

		assertThat(plan.periodStart()).isEqualTo("2026-10-01");
		assertThat(plan.periodEnd()).isEqualTo("2026-10-31");
		assertThat(plan.opensOn()).isEqualTo("2026-10-08");
		assertThat(plan.dueOn()).isEqualTo("2026-10-09");
		assertThat(plan.closesAt()).isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(SHANGHAI).toOffsetDateTime());
	}

	@Test
	void shouldRefuseAYearWithoutACalendar() {
		assertThatThrownBy(() -> weekly(LocalDate.of(2017, 3, 6), 2)).isInstanceOf(CalendarYearMissing.class);
	}

	private static CyclePlan weekly(LocalDate day, int dueWorkingDays) {
		return CyclePlan.of(day, Cadence.WEEKLY, dueWorkingDays, calendar, SHANGHAI).orElseThrow();
	}

}
