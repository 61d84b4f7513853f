package org.rectification.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.SolarTerm;

/**
 * A year's public holidays as 《全国年节及纪念日放假办法》 (amended 2024) sets them, for a year whose holiday
 * schedule the State Council has not published yet: 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明节 on the
 * 清明 solar term, 劳动节 2 days, 端午节, 中秋节, 国庆节 3 days. A holiday day falling on a Saturday, a Sunday
 * or another holiday gives a day off on the next weekday after it (补假, article 6 of the 办法). Weekends are
 * rest days; no 调休 is guessed, since only the State Council decides which weekends are worked.
 *
 * <p>Lunar dates and the solar term come from Time4J's Chinese calendar, which counts in China's standard time
 * (UTC+8) as the published calendar does.
 */
final class StatutoryHolidays {

	private StatutoryHolidays() {
	}

	/** The holiday spans of {@code year}, each from its first statutory day to its last day off. */
	static List<CalendarFile.Holiday> of(int year) {
		Map<String, List<LocalDate>> statutory = days(year);
		List<Span> spans = new ArrayList<>();
		Set<LocalDate> off = new HashSet<>();
		statutory.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().get(0))).forEach(e -> {
			List<LocalDate> days = e.getValue();
			int owed = 0;
			for (LocalDate day : days) {
				boolean alreadyOff = !off.add(day);
				if (isWeekend(day) || alreadyOff) {
					owed++;
				}
			}
			LocalDate last = days.get(days.size() - 1);
			for (LocalDate day = last.plusDays(1); owed > 0; day = day.plusDays(1)) {
				if (!isWeekend(day) && off.add(day)) {
					owed--;
					last = day;
				}
			}
			spans.add(new Span(e.getKey(), days.get(0), last));
		});
		return merge(spans);
	}

	/** The statutory days off of each holiday, without 补假, in the order of the 办法. */
	static Map<String, List<LocalDate>> days(int year) {
		Map<String, List<LocalDate>> statutory = new LinkedHashMap<>();
		statutory.put("元旦", List.of(LocalDate.of(year, 1, 1)));
		LocalDate newYear = lunar(year, 1, 1);
		statutory.put("春节", List.of(newYear.minusDays(1), newYear, newYear.plusDays(1), newYear.plusDays(2)));
		statutory.put("清明节", List.of(qingming(year)));
		statutory.put("劳动节", List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)));
		statutory.put("端午节", List.of(lunar(year, 5, 5)));
		statutory.put("中秋节", List.of(lunar(year, 8, 15)));
		statutory.put("国庆节", List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3)));
		return statutory;
	}

	/**
	 * The statutory days a schedule of {@code file}'s year does not give off: a schedule that lacks one is for
	 * another year, or mistyped. Years before the 2024 amendment had other holidays and are not checked.
	 */
	static List<String> missingFrom(CalendarFile file) {
		if (file.year() == null || file.year() < WorkingDayCalendar.STATUTE_FROM) {
			return List.of();
		}
		Set<LocalDate> off = file.holidayDates();
		List<String> problems = new ArrayList<>();
		days(file.year()).forEach((name, days) -> days.stream()
			.filter(day -> !off.contains(day))
			.forEach(day -> problems.add(name + "的法定假日 " + day + " 不在放假日期内，请对照通知核对")));
		return problems;
	}

	/** The day of the 清明 solar term (the sun at 15° ecliptic longitude). */
	static LocalDate qingming(int year) {
		return SolarTerm.MINOR_03_QINGMING_015.onOrAfter(ChineseCalendar.ofNewYear(year))
			.transform(PlainDate.axis())
			.toTemporalAccessor();
	}

	/** The Gregorian day of {@code month}/{@code day} (not of a leap month) in the lunar year that begins in {@code year}. */
	static LocalDate lunar(int year, int month, int day) {
		return ChineseCalendar.ofNewYear(year)
			.with(ChineseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(month))
			.with(ChineseCalendar.DAY_OF_MONTH, day)
			.transform(PlainDate.axis())
			.toTemporalAccessor();
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** Spans that touch or overlap become one, named after both (e.g. 国庆节、中秋节), as the notices write them. */
	private static List<CalendarFile.Holiday> merge(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::from));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous != null && !span.from().isAfter(previous.to().plusDays(1))) {
				merged.set(merged.size() - 1, new Span(previous.name() + "、" + span.name(), previous.from(),
						span.to().isAfter(previous.to()) ? span.to() : previous.to()));
			}
			else {
				merged.add(span);
			}
		}
		return merged.stream().map(s -> new CalendarFile.Holiday(s.name(), s.from(), s.to())).toList();
	}

	private record Span(String name, LocalDate from, LocalDate to) {
	}

}
