package org.rectification.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Chinese working days: Monday to Friday unless a public holiday, plus the weekends the State Council turns
 * into working days (调休上班). The years come from the files under {@code rectification.calendar.location};
 * a question about any other year throws {@link CalendarYearMissing}.
 */
@Component
public class WorkingDayCalendar {

	private final Map<Integer, Year> years = new TreeMap<>();

	/** @throws IllegalStateException listing every problem when a file is broken */
	public WorkingDayCalendar(@Value("${rectification.calendar.location:classpath:calendar/}") String location,
			ResourcePatternResolver resources) {
		CalendarFiles.read(location, resources)
			.forEach((year, file) -> years.put(year, new Year(Set.copyOf(file.holidayDates()), Set.copyOf(file.workdayDates()))));
	}

	/** @throws CalendarYearMissing when no file covers the date's year */
	public boolean isWorkingDay(LocalDate date) {
		Year year = years.get(date.getYear());
		if (year == null) {
			throw new CalendarYearMissing(date.getYear());
		}
		if (year.workdays().contains(date)) {
			return true;
		}
		if (year.holidays().contains(date)) {
			return false;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The n-th working day strictly after {@code date} (n &gt; 0), the |n|-th strictly before it (n &lt; 0), or
	 * {@code date} itself (n = 0).
	 *
	 * @throws CalendarYearMissing when the count runs into a year no file covers
	 */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		int step = n > 0 ? 1 : -1;
		long left = Math.abs((long) n);
		LocalDate day = date;
		while (left > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * The number of working days d with {@code from} &lt; d &lt;= {@code to}, 0 when {@code to} is not after
	 * {@code from}: "overdue by N working days" when {@code from} is the deadline and {@code to} today.
	 *
	 * @throws CalendarYearMissing when the span touches a year no file covers
	 */
	public int workingDaysAfter(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** The years the calendar files cover. */
	public SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
	}

	private record Year(Set<LocalDate> holidays, Set<LocalDate> workdays) {
	}

}
