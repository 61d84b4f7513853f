package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
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
import org.springframework.context.annotation.Bean;
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
	void shouldWarnAboutTheCurrentYearOnlyWhenProvisional() {
		assertThat(check.provisionalYears(LocalDate.parse("2026-10-31"))).isEmpty();
		assertThat(check.provisionalYears(LocalDate.parse("2027-01-01"))).containsExactly(2027);
		assertThat(check.provisionalYears(LocalDate.parse("2027-10-31"))).containsExactly(2027);
		assertThat(check.provisionalYears(LocalDate.parse("2018-06-01"))).isEmpty();
	}

	@Test
	void shouldWarnAboutTheNextYearFromNovember() {
		assertThat(check.provisionalYears(LocalDate.parse("2025-11-01"))).isEmpty();
		assertThat(check.provisionalYears(LocalDate.parse("2026-11-01"))).containsExactly(2027);
		assertThat(check.provisionalYears(LocalDate.parse("2026-12-31"))).containsExactly(2027);
		assertThat(check.provisionalYears(LocalDate.parse("2027-11-15"))).containsExactly(2027, 2028);
	}

	@Test
	void shouldNameTheOfficialYearsAsRanges() {
		assertThat(CalendarCoverageCheck.range(new TreeSet<>(List.of(2018, 2019, 2020, 2026)))).isEqualTo("2018–2020、2026");
		assertThat(CalendarCoverageCheck.range(new TreeSet<>(List.of(2025)))).isEqualTo("2025");
	}

	@Test
	void shouldSayWhichYearsAreProvisionalWhenTheApplicationIsReadyOnTheFirstOfNovemberInTheBureausZone(
			CapturedOutput output) {
		// 2026-11-01 00:30 in Shanghai, still 31 October in UTC.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-31T16:30:00Z")));
		start().close();

		assertThat(output.getOut()).contains("工作日历：2018–2026年按国务院办公厅公布的安排；2027年起未公布的年份按法定节日暂定")
			.contains("WARN")
			.contains("2027年的节假日安排尚未录入，涉及这些年份的期限按法定节日暂定计算")
			.contains("docs/working-days.md");
	}

	@Test
	void shouldNotWarnWhileTheCurrentYearIsOfficialBeforeNovember(CapturedOutput output) {
		// 2026-10-31 23:30 in Shanghai.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-31T15:30:00Z")));
		start().close();

		assertThat(output.getOut()).contains("工作日历：2018–2026年").doesNotContain("尚未录入");
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ReadyCheck.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties("rectification.zone=Asia/Shanghai")
			.run("--rectification.calendar.location=classpath:calendar/");
	}

	@Configuration(proxyBeanMethods = false)
	@Import({ BusinessClock.class, WorkingDayCalendar.class, CalendarCoverageCheck.class })
	static class ReadyCheck {

		@Bean
		UploadedCalendars uploads() {
			return UploadedCalendars.NONE;
		}

	}

}
