package org.rectification.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One year's holidays and adjusted working weekends (调休上班) as written in {@code calendar/<year>.yml}
 * (docs/working-days.md describes the format). {@link #problems(String)} lists everything wrong at once.
 */
record CalendarFile(Integer year, String source, String url, List<Holiday> holidays, List<Workday> workdays) {

	/** Days off from {@code from} to {@code to}, both included. */
	record Holiday(String name, LocalDate from, LocalDate to) {
	}

	/** A Saturday or Sunday that is a working day, in exchange for days off around {@code holiday}. */
	record Workday(LocalDate date, @JsonProperty("for") String holiday) {
	}

	List<Holiday> holidayList() {
		return holidays == null ? List.of() : holidays;
	}

	List<Workday> workdayList() {
		return workdays == null ? List.of() : workdays;
	}

	/** Every day off the file lists. */
	Set<LocalDate> holidayDates() {
		Set<LocalDate> dates = new HashSet<>();
		for (Holiday holiday : holidayList()) {
			if (holiday.from() != null && holiday.to() != null && !holiday.to().isBefore(holiday.from())) {
				holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(dates::add);
			}
		}
		return dates;
	}

	Set<LocalDate> workdayDates() {
		Set<LocalDate> dates = new HashSet<>();
		workdayList().stream().map(Workday::date).filter(d -> d != null).forEach(dates::add);
		return dates;
	}

	/** @param fileName checked against the year, unless null (an upload may be named anything) */
	List<String> problems(String fileName) {
		List<String> problems = new ArrayList<>();
		if (year == null) {
			problems.add("缺少 year");
		}
		else if (fileName != null && !fileName.equals(year + ".yml")) {
			problems.add("文件名与 year: " + year + " 不符，应为 " + year + ".yml");
		}
		if (source == null || source.isBlank()) {
			problems.add("缺少 source（国务院办公厅通知的标题和文号）");
		}
		if (holidayList().isEmpty()) {
			problems.add("holidays 为空");
		}
		List<Holiday> complete = new ArrayList<>();
		for (Holiday holiday : holidayList()) {
			String label = "假期「" + holiday.name() + "」";
			if (holiday.name() == null || holiday.name().isBlank()) {
				problems.add("有假期缺少 name（" + holiday.from() + "）");
			}
			if (holiday.from() == null || holiday.to() == null) {
				problems.add(label + "缺少 from 或 to");
				continue;
			}
			if (holiday.to().isBefore(holiday.from())) {
				problems.add(label + "的 to " + holiday.to() + " 早于 from " + holiday.from());
				continue;
			}
			if (outsideYear(holiday.from()) || outsideYear(holiday.to())) {
				problems.add(label + "的 " + holiday.from() + " 至 " + holiday.to() + " 不在 " + year
						+ " 年内（跨年的日期写进它所在年份的文件）");
			}
			for (Holiday other : complete) {
				if (!holiday.from().isAfter(other.to()) && !other.from().isAfter(holiday.to())) {
					problems.add(label + "与假期「" + other.name() + "」日期重叠");
				}
			}
			complete.add(holiday);
		}
		Set<LocalDate> daysOff = holidayDates();
		Set<LocalDate> seen = new HashSet<>();
		for (Workday workday : workdayList()) {
			LocalDate date = workday.date();
			if (date == null) {
				problems.add("有调休上班日缺少 date（for: " + workday.holiday() + "）");
				continue;
			}
			String label = "调休上班日 " + date;
			if (workday.holiday() == null || workday.holiday().isBlank()) {
				problems.add(label + "缺少 for（为哪个假期调休）");
			}
			if (outsideYear(date)) {
				problems.add(label + "不在 " + year + " 年内（跨年的日期写进它所在年份的文件）");
			}
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				problems.add(label + "不是周六或周日（平日本来就上班，不必列出）");
			}
			if (daysOff.contains(date)) {
				problems.add(label + "同时在放假日期内");
			}
			if (!seen.add(date)) {
				problems.add(label + "重复列出");
			}
		}
		return problems;
	}

	private boolean outsideYear(LocalDate date) {
		return year != null && date.getYear() != year;
	}

}
