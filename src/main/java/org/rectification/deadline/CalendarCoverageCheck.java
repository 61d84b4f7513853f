package org.rectification.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.rectification.system.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up about the calendar years an operator must add: the current one, and from November on
 * (when the State Council usually publishes the next year's holidays) the next one, since deadlines set late
 * in the year already reach into it.
 */
@Component
class CalendarCoverageCheck {

	private static final Logger log = LoggerFactory.getLogger(CalendarCoverageCheck.class);

	private final WorkingDayCalendar calendar;

	private final BusinessClock clock;

	CalendarCoverageCheck(WorkingDayCalendar calendar, BusinessClock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAboutMissingYears() {
		List<Integer> missing = missingYears(clock.today());
		if (!missing.isEmpty()) {
			SortedSet<Integer> covered = calendar.years();
			log.warn("工作日历中没有{}年的节假日安排（现有：{}年）。涉及这些年份的按工作日计算的期限会被拒绝（{}），"
					+ "请在国务院办公厅公布后按 docs/working-days.md 补充 calendar/<年份>.yml",
					join(missing.stream()), join(covered.stream()), CalendarYearMissing.CODE);
		}
	}

	List<Integer> missingYears(LocalDate today) {
		int year = today.getYear();
		Stream<Integer> needed = today.getMonth().compareTo(Month.NOVEMBER) >= 0 ? Stream.of(year, year + 1)
				: Stream.of(year);
		SortedSet<Integer> covered = calendar.years();
		return needed.filter(y -> !covered.contains(y)).toList();
	}

	private static String join(Stream<Integer> years) {
		return years.map(String::valueOf).collect(Collectors.joining("、"));
	}

}
