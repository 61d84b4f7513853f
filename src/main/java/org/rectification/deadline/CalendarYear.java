package org.rectification.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One year of the working-day calendar as people read it: the holidays and the worked weekends, where they come
 * from, and whether they are the State Council's (official) or counted from the statutory holidays until it
 * publishes them (provisional, 暂定).
 *
 * @param origin SHIPPED (a file in the app), UPLOADED (added by the office), or COMPUTED (provisional)
 * @param uploadedBy who uploaded it, for UPLOADED
 */
public record CalendarYear(int year, boolean provisional, Origin origin, String source, String url,
		List<Holiday> holidays, List<Workday> workdays, String uploadedBy, OffsetDateTime uploadedAt) {

	public enum Origin {

		SHIPPED, UPLOADED, COMPUTED

	}

	/** Days off from {@code from} to {@code to}, both included. */
	public record Holiday(String name, LocalDate from, LocalDate to, int days) {
	}

	/** A Saturday or Sunday worked in exchange for days off around {@code holiday}. */
	public record Workday(LocalDate date, String holiday) {
	}

	static CalendarYear of(CalendarFile file, Origin origin, String uploadedBy, OffsetDateTime uploadedAt) {
		return new CalendarYear(file.year(), false, origin, file.source(), file.url(),
				file.holidayList().stream().map(CalendarYear::holiday).toList(),
				file.workdayList().stream().map(w -> new Workday(w.date(), w.holiday())).toList(), uploadedBy, uploadedAt);
	}

	static CalendarYear provisional(int year, List<CalendarFile.Holiday> holidays) {
		return new CalendarYear(year, true, Origin.COMPUTED,
				"国务院办公厅尚未公布" + year + "年节假日安排，暂按《全国年节及纪念日放假办法》推算：法定节日放假，逢周末或与其他节日重叠的在其后的工作日补假，周末休息，不含调休",
				null, holidays.stream().map(CalendarYear::holiday).toList(), List.of(), null, null);
	}

	private static Holiday holiday(CalendarFile.Holiday h) {
		return new Holiday(h.name(), h.from(), h.to(), (int) (h.to().toEpochDay() - h.from().toEpochDay() + 1));
	}

}
