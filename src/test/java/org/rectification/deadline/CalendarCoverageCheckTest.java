package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rectification.system.BusinessClock;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@ExtendWith(OutputCaptureExtension.class)
class CalendarCoverageCheckTest {

	final CalendarCoverageCheck check = new CalendarCoverageCheck(WorkingDayCalendarTest.calendar, null);

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldAskForTheCurrentYearOnly() {
		assertThat(check.missingYears(LocalDate.parse("2026-10-31"))).isEmpty();
		assertThat(check.missingYears(LocalDate.parse("2027-01-01"))).containsExactly(2027);
		assertThat(check.missingYears(LocalDate.parse("2027-10-31"))).containsExactly(2027);
		assertThat(check.missingYears(LocalDate.parse("2017-06-01"))).containsExactly(2017);
	}

	@Test
	void shouldAskForTheNextYearFromNovember() {
		assertThat(check.missingYears(LocalDate.parse("2025-11-01"))).isEmpty();
		assertThat(check.missingYears(LocalDate.parse("2026-11-01"))).containsExactly(2027);
		assertThat(check.missingYears(LocalDate.parse("2026-12-31"))).containsExactly(2027);
		assertThat(check.missingYears(LocalDate.parse("2027-11-15"))).containsExactly(2027, 2028);
	}

	@Test
	void shouldWarnWhenTheApplicationIsReadyOnTheFirstOfNovemberInTheBureausZone(CapturedOutput output) {
		// 2026-11-01 00:30 in Shanghai, still 31 October in UTC.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-31T16:30:00Z")));
		start().close();

		assertThat(output.getOut()).contains("WARN")
			.contains("工作日历中没有2027年的节假日安排（现有：2018、2019、2020、2021、2022、2023、2024、2025、2026年）")
			.contains("docs/working-days.md");
	}

	@Test
	void shouldNotWarnWhileTheCurrentYearIsCoveredBeforeNovember(CapturedOutput output) {
		// 2026-10-31 23:30 in Shanghai.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-31T15:30:00Z")));
		start().close();

		assertThat(output.getOut()).doesNotContain("工作日历中没有");
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ReadyCheck.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties("rectification.zone=Asia/Shanghai")
			// The shipped files only: the test-only years under test-calendar/ must not hide a missing year.
			.run("--rectification.calendar.location=classpath:calendar/");
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ BusinessClock.class, WorkingDayCalendar.class, CalendarCoverageCheck.class })
	static class ReadyCheck {
	}

}
