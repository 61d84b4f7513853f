package org.rectification.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Stream;

import org.rectification.system.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which calendar years are official and from which year on dates are provisional (暂定), and
 * warns when a year deadlines already reach is provisional: the current one, and from November on (when the
 * State Council usually publishes the next year's holidays) the next one.
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
	void report() {
		SortedSet<Integer> official = calendar.years();
		log.info("工作日历：{}年按国务院办公厅公布的安排；{}年起未公布的年份按法定节日暂定（不含调休）", range(official),
				calendar.firstProvisionalYear());
		List<Integer> provisional = provisionalYears(clock.today());
		if (!provisional.isEmpty()) {
			log.warn("{}年的节假日安排尚未录入，涉及这些年份的期限按法定节日暂定计算，显示为“暂定”。国务院办公厅公布后，"
					+ "请整改办在“工作日历”页上传该年的安排（格式见 docs/working-days.md），已下达事项的日期会随之重新计算",
					String.join("、", provisional.stream().map(String::valueOf).toList()));
		}
	}

	/** The years deadlines set today already reach that are provisional. */
	List<Integer> provisionalYears(LocalDate today) {
		int year = today.getYear();
		Stream<Integer> needed = today.getMonth().compareTo(Month.NOVEMBER) >= 0 ? Stream.of(year, year + 1)
				: Stream.of(year);
		return needed.filter(calendar::isProvisional).toList();
	}

	/** 2018–2026, or 2018–2024、2026 when a year in between is missing. */
	static String range(SortedSet<Integer> years) {
		StringBuilder text = new StringBuilder();
		Integer start = null;
		Integer previous = null;
		for (int year : years) {
			if (start == null) {
				start = year;
			}
			else if (year != previous + 1) {
				append(text, start, previous);
				start = year;
			}
			previous = year;
		}
		if (start != null) {
			append(text, start, previous);
		}
		return text.toString();
	}

	private static void append(StringBuilder text, int from, int to) {
		if (!text.isEmpty()) {
			text.append("、");
		}
		text.append(from == to ? String.valueOf(from) : from + "–" + to);
	}

}
