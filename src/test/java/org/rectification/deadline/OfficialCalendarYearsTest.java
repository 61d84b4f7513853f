package org.rectification.deadline;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The shipped calendar files against the State Council General Office notices (国办发明电) they cite, one year at a
 * time: how many days off and adjusted working weekends each notice gives, and the first day of the Spring Festival
 * and the last of the National Day holiday with the weekdays the notices annotate.
 */
class OfficialCalendarYearsTest {

	static final Map<Integer, CalendarFile> files = CalendarFiles.read("classpath:calendar/",
			new PathMatchingResourcePatternResolver());

	@ParameterizedTest(name = "{0}: {1} days off, {2} weekend days worked")
	@CsvSource({
			// 元旦1 + 春节7 + 清明3 + 劳动3 + 端午3 (6/18 与周末连休) + 中秋3 (9/24 与周末连休) + 国庆7
			// + 2019年元旦 12/30–12/31 2; 春节2, 清明1, 劳动1, 国庆2 + 12/29 for 2019年元旦
			"2018, 29, 7",
			// 元旦1 (2019 part) + 春节7 + 清明3 + 劳动4 (amended to 5/1–5/4) + 端午3 + 中秋3 + 国庆7; 春节2, 劳动2, 国庆2
			"2019, 28, 6",
			// 元旦1 + 春节10 (extended to 2/2) + 清明3 + 劳动5 + 端午3 + 国庆中秋8; 春节1 (2/1 dropped), 劳动2, 端午1, 国庆2
			"2020, 30, 6",
			// 元旦3 + 春节7 + 清明3 + 劳动5 + 端午3 + 中秋3 + 国庆7; 春节2, 劳动2, 中秋1, 国庆2
			"2021, 31, 7",
			// 元旦3 + 春节7 + 清明3 + 劳动5 + 端午3 + 中秋3 + 国庆7 + 2023年元旦 12/31 1; 春节2, 清明1, 劳动2, 国庆2
			"2022, 32, 7",
			// 元旦2 (2023 part) + 春节7 + 清明1 + 劳动5 + 端午3 + 中秋国庆8; 春节2, 劳动2, 端午1, 中秋国庆2
			"2023, 26, 7",
			// 元旦1 + 春节8 + 清明3 + 劳动5 + 端午3 (6/10 与周末连休) + 中秋3 + 国庆7; 春节2, 清明1, 劳动2, 中秋1, 国庆2
			"2024, 30, 8",
			// 元旦1 + 春节8 + 清明3 + 劳动5 + 端午3 + 国庆中秋8; 春节2, 劳动1, 国庆中秋2
			"2025, 28, 5",
			// 元旦3 + 春节9 + 清明3 + 劳动5 + 端午3 + 中秋3 + 国庆7; 元旦1, 春节2, 劳动1, 国庆2
			"2026, 33, 6" })
	void shouldHaveTheDaysOffAndTheWorkedWeekendDaysOfTheNotice(int year, int daysOff, int weekendDaysWorked) {
		assertThat(files).containsKeys(IntStream.rangeClosed(2018, 2026).boxed().toArray(Integer[]::new));
		CalendarFile file = files.get(year);
		assertThat(file.source()).as("source of %d", year)
			.contains("国务院办公厅关于" + year + "年部分节假日安排的通知")
			.contains("国办发明电〔" + (year - 1) + "〕");
		assertThat(file.holidayDates()).as("days off in %d", year)
			.hasSize(daysOff)
			.allSatisfy(day -> assertThat(day.getYear()).isEqualTo(year));
		assertThat(file.workdayDates()).as("weekend days worked in %d", year)
			.hasSize(weekendDaysWorked)
			.allSatisfy(day -> assertThat(day.getDayOfWeek()).isIn(SATURDAY, SUNDAY))
			.doesNotContainAnyElementsOf(file.holidayDates());
	}

	@ParameterizedTest(name = "{0}: 春节 from {1} ({2}), 国庆 to {3} ({4}), {5} ({6}) worked")
	@CsvSource({
			// first day of 春节 | last day of 国庆节 | a weekend day worked for one of them, as the notice annotates it
			"2018, 2018-02-15, THURSDAY,  2018-10-07, SUNDAY,    2018-02-11, SUNDAY",
			"2019, 2019-02-04, MONDAY,    2019-10-07, MONDAY,    2019-10-12, SATURDAY",
			"2020, 2020-01-24, FRIDAY,    2020-10-08, THURSDAY,  2020-09-27, SUNDAY",
			"2021, 2021-02-11, THURSDAY,  2021-10-07, THURSDAY,  2021-02-20, SATURDAY",
			"2022, 2022-01-31, MONDAY,    2022-10-07, FRIDAY,    2022-10-09, SUNDAY",
			"2023, 2023-01-21, SATURDAY,  2023-10-06, FRIDAY,    2023-10-07, SATURDAY",
			"2024, 2024-02-10, SATURDAY,  2024-10-07, MONDAY,    2024-02-18, SUNDAY",
			"2025, 2025-01-28, TUESDAY,   2025-10-08, WEDNESDAY, 2025-01-26, SUNDAY",
			"2026, 2026-02-15, SUNDAY,    2026-10-07, WEDNESDAY, 2026-02-28, SATURDAY" })
	void shouldStartTheSpringFestivalAndEndNationalDayOnTheNoticesDays(int year, LocalDate springFestivalFirst,
			DayOfWeek springFestivalFirstWeekday, LocalDate nationalDayLast, DayOfWeek nationalDayLastWeekday,
			LocalDate worked, DayOfWeek workedWeekday) {
		CalendarFile file = files.get(year);
		assertThat(springFestivalFirst.getDayOfWeek()).isEqualTo(springFestivalFirstWeekday);
		assertThat(nationalDayLast.getDayOfWeek()).isEqualTo(nationalDayLastWeekday);
		assertThat(worked.getDayOfWeek()).isEqualTo(workedWeekday);

		assertThat(file.holidayDates()).as("春节 %d", year)
			.contains(springFestivalFirst)
			.doesNotContain(springFestivalFirst.minusDays(1));
		assertThat(file.holidayDates()).as("国庆节 %d", year)
			.contains(nationalDayLast, LocalDate.of(year, 10, 1))
			.doesNotContain(nationalDayLast.plusDays(1));
		assertThat(file.workdayDates()).as("调休上班 %d", year).contains(worked);
	}

}
