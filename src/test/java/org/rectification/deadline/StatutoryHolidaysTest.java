package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statutory holidays of years the State Council has not published, counted by the library. */
class StatutoryHolidaysTest {

	@Test
	void shouldFindTheLunarHolidaysAndQingmingOf2027And2028() {
		// 正月初一 2027 is 6 February: the new moon is at 23:56 Beijing time on the 6th.
		assertThat(StatutoryHolidays.lunar(2027, 1, 1)).isEqualTo("2027-02-06");
		assertThat(StatutoryHolidays.qingming(2027)).isEqualTo("2027-04-05");
		assertThat(StatutoryHolidays.lunar(2027, 5, 5)).isEqualTo("2027-06-09");
		assertThat(StatutoryHolidays.lunar(2027, 8, 15)).isEqualTo("2027-09-15");
		assertThat(StatutoryHolidays.lunar(2028, 1, 1)).isEqualTo("2028-01-26");
		assertThat(StatutoryHolidays.qingming(2028)).isEqualTo("2028-04-04");
		assertThat(StatutoryHolidays.lunar(2028, 5, 5)).isEqualTo("2028-05-28");
		assertThat(StatutoryHolidays.lunar(2028, 8, 15)).isEqualTo("2028-10-03");
		// 正月初一 2030 is 3 February: the new moon is at 00:07 Beijing time that day.
		assertThat(StatutoryHolidays.lunar(2030, 1, 1)).isEqualTo("2030-02-03");
	}

	@Test
	void shouldGive2027ItsStatutoryDaysWithADayOffAfterEachOneOnAWeekend() {
		assertThat(StatutoryHolidays.of(2027)).containsExactly(holiday("元旦", "2027-01-01", "2027-01-01"),
				// 除夕 Friday to 初三 Monday: Saturday and Sunday give Tuesday and Wednesday.
				holiday("春节", "2027-02-05", "2027-02-10"), holiday("清明节", "2027-04-05", "2027-04-05"),
				holiday("劳动节", "2027-05-01", "2027-05-04"), holiday("端午节", "2027-06-09", "2027-06-09"),
				holiday("中秋节", "2027-09-15", "2027-09-15"), holiday("国庆节", "2027-10-01", "2027-10-05"));
	}

	@Test
	void shouldGive2028ADayOffForMidAutumnOnNationalDay() {
		assertThat(StatutoryHolidays.of(2028)).containsExactly(holiday("元旦", "2028-01-01", "2028-01-03"),
				holiday("春节", "2028-01-25", "2028-01-28"), holiday("清明节", "2028-04-04", "2028-04-04"),
				holiday("劳动节", "2028-05-01", "2028-05-02"), holiday("端午节", "2028-05-28", "2028-05-29"),
				// 中秋 on 3 October, a day of 国庆 already: one more day off after 国庆's own.
				holiday("国庆节、中秋节", "2028-10-01", "2028-10-05"));
	}

	/** The published years under the same rules: every statutory day is off in the State Council's schedule. */
	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026 })
	void shouldAgreeWithThePublishedSchedules(int year) {
		CalendarFile published = CalendarFiles.read("classpath:calendar/",
				new org.springframework.core.io.support.PathMatchingResourcePatternResolver()).get(year);
		assertThat(StatutoryHolidays.missingFrom(published)).isEmpty();
		List<LocalDate> statutory = StatutoryHolidays.days(year).values().stream().flatMap(List::stream).toList();
		assertThat(published.holidayDates()).containsAll(statutory);
	}

	@Test
	void shouldNameTheStatutoryDaysAScheduleLacks() {
		CalendarFile wrong = new CalendarFile(2027, "测试", null,
				List.of(new CalendarFile.Holiday("春节", LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-12"))),
				List.of());
		assertThat(StatutoryHolidays.missingFrom(wrong)).contains("元旦的法定假日 2027-01-01 不在放假日期内，请对照通知核对",
				"春节的法定假日 2027-02-05 不在放假日期内，请对照通知核对")
			.doesNotContain("春节的法定假日 2027-02-06 不在放假日期内，请对照通知核对");
	}

	private static CalendarFile.Holiday holiday(String name, String from, String to) {
		return new CalendarFile.Holiday(name, LocalDate.parse(from), LocalDate.parse(to));
	}

}
