package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectification.system.RuleViolation;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class WorkingDayCalendarTest {

	static final WorkingDayCalendar calendar = load("classpath:calendar/");

	@TempDir
	Path dir;

	@Test
	void shouldCoverThePublishedYears() {
		assertThat(calendar.years()).contains(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026).first().isEqualTo(2018);
	}

	@Test
	void shouldTakeTheNationalDayWeekOf2025OffAndWorkTheSundayBeforeAndTheSaturdayAfter() {
		assertWorking("2025-09-26", "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10", "2025-10-11");
		assertOff("2025-09-27", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
				"2025-10-07", "2025-10-08", "2025-10-12");
	}

	@Test
	void shouldTakeMidAutumnAndNationalDay2026OffAndWorkSeptember20AndOctober10() {
		assertWorking("2026-09-18", "2026-09-20", "2026-09-24", "2026-09-28", "2026-09-30", "2026-10-08", "2026-10-09",
				"2026-10-10", "2026-10-12");
		assertOff("2026-09-19", "2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-05",
				"2026-10-06", "2026-10-07", "2026-10-11");
	}

	@Test
	void shouldTakeTheSpringFestival2026OffAndWorkFebruary14And28() {
		assertWorking("2026-02-13", "2026-02-14", "2026-02-24", "2026-02-27", "2026-02-28", "2026-03-02");
		assertOff("2026-02-15", "2026-02-16", "2026-02-17", "2026-02-20", "2026-02-23", "2026-03-01");
	}

	@Test
	void shouldTreatOrdinaryWeekendsAsDaysOffAndOrdinaryWeekdaysAsWorkingDays() {
		assertOff("2026-03-07", "2026-03-08", "2025-11-15", "2025-11-16");
		assertWorking("2026-03-09", "2026-03-13", "2025-11-14");
	}

	@Test
	void shouldCountForwardOverTheHolidays() {
		assertThat(calendar.plusWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
		assertThat(calendar.plusWorkingDays(date("2026-09-30"), 3)).isEqualTo("2026-10-10");
		assertThat(calendar.plusWorkingDays(date("2026-09-30"), 4)).isEqualTo("2026-10-12");
		assertThat(calendar.plusWorkingDays(date("2026-09-17"), 2)).as("the 调休 Sunday counts").isEqualTo("2026-09-20");
		assertThat(calendar.plusWorkingDays(date("2026-10-03"), 1)).as("from a day off").isEqualTo("2026-10-08");
		assertThat(calendar.plusWorkingDays(date("2026-02-13"), 2)).isEqualTo("2026-02-24");
	}

	@Test
	void shouldCountBackwardOverTheHolidays() {
		assertThat(calendar.plusWorkingDays(date("2026-10-08"), -1)).isEqualTo("2026-09-30");
		assertThat(calendar.plusWorkingDays(date("2026-10-12"), -1)).isEqualTo("2026-10-10");
		assertThat(calendar.plusWorkingDays(date("2026-10-12"), -2)).isEqualTo("2026-10-09");
		assertThat(calendar.plusWorkingDays(date("2026-09-21"), -1)).isEqualTo("2026-09-20");
		assertThat(calendar.plusWorkingDays(date("2026-02-24"), -2)).isEqualTo("2026-02-13");
	}

	@Test
	void shouldCountAcrossTheTurnOfTheYear() {
		assertThat(calendar.plusWorkingDays(date("2025-12-31"), 1)).as("元旦 1/1–1/3, then the 调休 Sunday")
			.isEqualTo("2026-01-04");
		assertThat(calendar.plusWorkingDays(date("2025-12-30"), 3)).isEqualTo("2026-01-05");
		assertThat(calendar.plusWorkingDays(date("2026-01-04"), -1)).isEqualTo("2025-12-31");
		assertThat(calendar.plusWorkingDays(date("2026-01-05"), -3)).isEqualTo("2025-12-30");
	}

	@Test
	void shouldReturnTheDateItselfForZeroWorkingDays() {
		assertThat(calendar.plusWorkingDays(date("2026-10-03"), 0)).isEqualTo("2026-10-03");
	}

	@Test
	void shouldCountTheWorkingDaysAfterADate() {
		assertThat(calendar.workingDaysAfter(date("2026-09-30"), date("2026-10-09"))).isEqualTo(2);
		assertThat(calendar.workingDaysAfter(date("2026-09-30"), date("2026-10-10"))).isEqualTo(3);
		assertThat(calendar.workingDaysAfter(date("2026-10-02"), date("2026-10-07"))).isZero();
		assertThat(calendar.workingDaysAfter(date("2025-12-31"), date("2026-01-05"))).isEqualTo(2);
		assertThat(calendar.workingDaysAfter(date("2026-10-09"), date("2026-10-09"))).isZero();
		assertThat(calendar.workingDaysAfter(date("2026-10-09"), date("2026-09-01"))).isZero();
	}

	@Test
	void shouldCountBackWhatItAddedOnEveryDayOfBothYears() {
		for (LocalDate day = date("2025-01-01"); day.isBefore(date("2026-11-01")); day = day.plusDays(1)) {
			for (int n : new int[] { 1, 2, 5, 10, 20 }) {
				LocalDate later = calendar.plusWorkingDays(day, n);
				assertThat(calendar.isWorkingDay(later)).isTrue();
				assertThat(calendar.workingDaysAfter(day, later)).as("%s + %d", day, n).isEqualTo(n);
			}
		}
	}

	@Test
	void shouldRefuseAYearBeforeTheFilesInsteadOfGuessing() {
		assertThatThrownBy(() -> calendar.isWorkingDay(date("2017-12-29"))).isInstanceOf(CalendarYearMissing.class)
			.isInstanceOf(RuleViolation.class)
			.hasMessage("工作日历中没有2017年的节假日安排，请整改办在“工作日历”页上传该年的安排（格式见 docs/working-days.md）后再试")
			.satisfies(e -> {
				assertThat(((CalendarYearMissing) e).code()).isEqualTo("CALENDAR_YEAR_MISSING");
				assertThat(((CalendarYearMissing) e).year()).isEqualTo(2017);
			});
		assertThatThrownBy(() -> calendar.plusWorkingDays(date("2018-01-03"), -2)).isInstanceOf(CalendarYearMissing.class)
			.hasMessageContaining("2017年");
		assertThatThrownBy(() -> calendar.workingDaysAfter(date("2017-12-30"), date("2018-01-05")))
			.isInstanceOf(CalendarYearMissing.class);
	}

	@Test
	void shouldCountTheYearsAfterThePublishedOnesProvisionally() {
		assertThat(calendar.isProvisional(2026)).isFalse();
		assertThat(calendar.isProvisional(2027)).isTrue();
		assertThat(calendar.isProvisional(2017)).isFalse();
		assertThat(calendar.firstProvisionalYear()).isEqualTo(2027);
		assertThat(calendar.plusWorkingDays(date("2026-12-30"), 2)).as("2027-01-01 is 元旦").isEqualTo("2027-01-04");
		assertThat(calendar.isProvisionalBetween(date("2026-12-30"), date("2027-01-04"))).isTrue();
		assertThat(calendar.isProvisionalBetween(date("2026-01-30"), date("2026-12-31"))).isFalse();
		assertThat(calendar.year(2027).provisional()).isTrue();
		assertThat(calendar.year(2026).provisional()).isFalse();
	}


	@Test
	void shouldLoadAValidFileFromADirectory() throws IOException {
		write("2026.yml", VALID_2026);
		WorkingDayCalendar fromDir = load("file:" + dir + "/");
		assertThat(fromDir.years()).containsExactly(2026);
		assertThat(fromDir.isWorkingDay(date("2026-10-10"))).isTrue();
		assertThat(fromDir.isWorkingDay(date("2026-10-07"))).isFalse();
	}

	@Test
	void shouldRejectAHolidayOutsideItsYear() throws IOException {
		write("2026.yml", VALID_2026.replace("from: 2026-01-01", "from: 2025-12-31"));
		assertBroken("2026.yml：假期「元旦」的 2025-12-31 至 2026-01-03 不在 2026 年内");
	}

	@Test
	void shouldRejectAHolidayEndingBeforeItStarts() throws IOException {
		write("2026.yml", VALID_2026.replace("to: 2026-10-07", "to: 2026-09-07"));
		assertBroken("2026.yml：假期「国庆节」的 to 2026-09-07 早于 from 2026-10-01");
	}

	@Test
	void shouldRejectAnAdjustedWorkingDayThatIsNoWeekendDay() throws IOException {
		write("2026.yml", VALID_2026.replace("date: 2026-10-10", "date: 2026-10-09"));
		assertBroken("2026.yml：调休上班日 2026-10-09不是周六或周日");
	}

	@Test
	void shouldRejectADayThatIsBothHolidayAndWorkingDay() throws IOException {
		write("2026.yml", VALID_2026.replace("date: 2026-10-10", "date: 2026-10-03"));
		assertBroken("2026.yml：调休上班日 2026-10-03同时在放假日期内");
	}

	@Test
	void shouldRejectAFileNamedOtherThanItsYear() throws IOException {
		write("2027.yml", VALID_2026);
		assertBroken("2027.yml：文件名与 year: 2026 不符，应为 2026.yml");
	}

	@Test
	void shouldRejectTwoFilesForOneYear() throws IOException {
		write("2026.yml", VALID_2026);
		write("2026-copy.yml", VALID_2026);
		assertBroken("2026 年有 2 个文件", "2026-copy.yml：文件名与 year: 2026 不符");
	}

	@Test
	void shouldRejectEveryUnknownKey() throws IOException {
		write("2026.yml", VALID_2026.replace("holidays:", "note: 草稿\nholidays:")
			.replace("to: 2026-01-03 }", "to: 2026-01-03, form: x }"));
		assertBroken("2026.yml：未知的键 /note", "2026.yml：未知的键 /holidays/0/form");
	}

	@Test
	void shouldListEveryProblemOfEveryFileInOneException() throws IOException {
		write("2026.yml", VALID_2026.replace("to: 2026-10-07", "to: 2026-09-07").replace("date: 2026-10-10", "date: 2026-10-09"));
		write("2025.yml", "year: 2025\nsource: 测试\nholidays:\n  - { name: 元旦, from: 2025-01-01, to: 2025-01-01 }\n"
				+ "workdays:\n  - { date: 2025-01-01, for: 元旦 }\n");
		assertBroken("2026.yml：假期「国庆节」的 to 2026-09-07 早于 from 2026-10-01", "2026.yml：调休上班日 2026-10-09不是周六或周日",
				"2025.yml：调休上班日 2025-01-01不是周六或周日", "2025.yml：调休上班日 2025-01-01同时在放假日期内");
	}

	@Test
	void shouldRejectALocationWithoutFiles() {
		assertThatThrownBy(() -> load("file:" + dir + "/")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("没有工作日历文件");
	}

	static final String VALID_2026 = """
			year: 2026
			source: 国务院办公厅关于2026年部分节假日安排的通知
			holidays:
			  - { name: 元旦, from: 2026-01-01, to: 2026-01-03 }
			  - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
			workdays:
			  - { date: 2026-01-04, for: 元旦 }
			  - { date: 2026-10-10, for: 国庆节 }
			""";

	private void write(String name, String content) throws IOException {
		Files.writeString(dir.resolve(name), content);
	}

	private void assertBroken(String... problems) {
		assertThatThrownBy(() -> load("file:" + dir + "/")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("工作日历文件有误")
			.satisfies(e -> assertThat(e.getMessage()).contains(problems));
	}

	private static void assertWorking(String... dates) {
		for (String d : dates) {
			assertThat(calendar.isWorkingDay(date(d))).as("%s is a working day", d).isTrue();
		}
	}

	private static void assertOff(String... dates) {
		for (String d : dates) {
			assertThat(calendar.isWorkingDay(date(d))).as("%s is a day off", d).isFalse();
		}
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	static WorkingDayCalendar load(String location) {
		return new WorkingDayCalendar(location, new PathMatchingResourcePatternResolver());
	}

}
