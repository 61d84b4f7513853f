package org.rectification.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chinese working days: Monday to Friday unless a public holiday, plus the weekends the State Council turns
 * into working days (调休上班).
 *
 * <p>A year is official when its schedule is known: a file under {@code rectification.calendar.location}
 * shipped in the app, or a schedule the office uploaded later (stored in the database, read again by every node
 * as soon as it changes; an upload of a shipped year replaces it). A year from
 * {@code rectification.calendar.provisional-from} on without a schedule is provisional: its statutory holidays
 * are counted ({@link StatutoryHolidays}) and every date derived from it is marked 暂定. Any other year throws
 * {@link CalendarYearMissing}.
 */
@Component
public class WorkingDayCalendar {

	/** The first year of the holiday rules {@link StatutoryHolidays} counts (the 2024 amendment). */
	static final int STATUTE_FROM = 2025;

	private final Map<Integer, CalendarYear> shipped = new TreeMap<>();

	private final UploadedCalendars uploads;

	private final int provisionalFrom;

	private final Map<Integer, Year> provisional = new ConcurrentHashMap<>();

	private volatile Snapshot snapshot;

	/** The shipped files alone, provisional from 2025 on. */
	public WorkingDayCalendar(String location, ResourcePatternResolver resources) {
		this(location, resources, UploadedCalendars.NONE, STATUTE_FROM);
	}

	/** @throws IllegalStateException listing every problem when a file is broken */
	@Autowired
	WorkingDayCalendar(@Value("${rectification.calendar.location:classpath:calendar/}") String location,
			ResourcePatternResolver resources, UploadedCalendars uploads,
			@Value("${rectification.calendar.provisional-from:" + STATUTE_FROM + "}") int provisionalFrom) {
		if (provisionalFrom < STATUTE_FROM) {
			throw new IllegalStateException("rectification.calendar.provisional-from 不能早于" + STATUTE_FROM
					+ "年：更早年份的放假办法与现行办法不同，无法推算");
		}
		CalendarFiles.read(location, resources)
			.forEach((year, file) -> shipped.put(year, CalendarYear.of(file, CalendarYear.Origin.SHIPPED, null, null)));
		this.uploads = uploads;
		this.provisionalFrom = provisionalFrom;
	}

	/** @throws CalendarYearMissing when the date's year is neither official nor provisional */
	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(current(), date);
	}

	/**
	 * The n-th working day strictly after {@code date} (n &gt; 0), the |n|-th strictly before it (n &lt; 0), or
	 * {@code date} itself (n = 0).
	 *
	 * @throws CalendarYearMissing when the count runs into a year the calendar cannot answer for
	 */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		Snapshot years = current();
		int step = n > 0 ? 1 : -1;
		long left = Math.abs((long) n);
		LocalDate day = date;
		while (left > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(years, day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * The number of working days d with {@code from} &lt; d &lt;= {@code to}, 0 when {@code to} is not after
	 * {@code from}: "overdue by N working days" when {@code from} is the deadline and {@code to} today.
	 *
	 * @throws CalendarYearMissing when the span touches a year the calendar cannot answer for
	 */
	public int workingDaysAfter(LocalDate from, LocalDate to) {
		Snapshot years = current();
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(years, day)) {
				count++;
			}
		}
		return count;
	}

	/** The years with an official schedule, shipped or uploaded. */
	public SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(current().official().keySet()));
	}

	/** Whether working days in {@code year} are counted from the statutory holidays only (暂定). */
	public boolean isProvisional(int year) {
		return isProvisional(current(), year);
	}

	/**
	 * Whether a date counted in working days across the days between {@code a} and {@code b} (both included, in
	 * either order) rests on a provisional year: a date shown from such a count is 暂定.
	 */
	public boolean isProvisionalBetween(LocalDate a, LocalDate b) {
		if (a == null || b == null) {
			return false;
		}
		Snapshot years = current();
		for (int year = Math.min(a.getYear(), b.getYear()); year <= Math.max(a.getYear(), b.getYear()); year++) {
			if (isProvisional(years, year)) {
				return true;
			}
		}
		return false;
	}

	/** The year as people read it, official or provisional. */
	public CalendarYear year(int year) {
		return yearOf(current(), year).info();
	}

	/** The first year provisional from which every later one is too, if no later year is uploaded. */
	public int firstProvisionalYear() {
		Snapshot years = current();
		int year = provisionalFrom;
		while (years.official().containsKey(year)) {
			year++;
		}
		return year;
	}

	private boolean isProvisional(Snapshot years, int year) {
		return !years.official().containsKey(year) && year >= provisionalFrom;
	}

	private boolean isWorkingDay(Snapshot years, LocalDate date) {
		Year year = yearOf(years, date.getYear());
		if (year.workdays().contains(date)) {
			return true;
		}
		if (year.holidays().contains(date)) {
			return false;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private Year yearOf(Snapshot years, int year) {
		Year official = years.official().get(year);
		if (official != null) {
			return official;
		}
		if (year < provisionalFrom) {
			throw new CalendarYearMissing(year);
		}
		return provisional.computeIfAbsent(year,
				y -> Year.of(CalendarYear.provisional(y, StatutoryHolidays.of(y))));
	}

	/**
	 * The years as the database has them now. Read once per transaction (a count in a loop asks once), else
	 * once per question: an upload on another node is seen by the next question asked here.
	 */
	private Snapshot current() {
		boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
		if (inTransaction) {
			Object held = TransactionSynchronizationManager.getResource(this);
			if (held instanceof Snapshot s) {
				return s;
			}
		}
		long revision = uploads.revision();
		Snapshot s = snapshot;
		if (s == null || s.revision() != revision) {
			s = load(revision);
			snapshot = s;
		}
		if (inTransaction) {
			TransactionSynchronizationManager.bindResource(this, s);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(WorkingDayCalendar.this);
				}

			});
		}
		return s;
	}

	private Snapshot load(long revision) {
		Map<Integer, Year> official = new TreeMap<>();
		shipped.forEach((year, info) -> official.put(year, Year.of(info)));
		for (UploadedCalendars.Stored stored : uploads.current()) {
			official.put(stored.file().year(), Year.of(
					CalendarYear.of(stored.file(), CalendarYear.Origin.UPLOADED, stored.uploadedBy(), stored.uploadedAt())));
		}
		return new Snapshot(revision, Collections.unmodifiableMap(official));
	}

	private record Snapshot(long revision, Map<Integer, Year> official) {
	}

	private record Year(CalendarYear info, Set<LocalDate> holidays, Set<LocalDate> workdays) {

		static Year of(CalendarYear info) {
			Set<LocalDate> holidays = new HashSet<>();
			info.holidays().forEach(h -> h.from().datesUntil(h.to().plusDays(1)).forEach(holidays::add));
			Set<LocalDate> workdays = new HashSet<>();
			info.workdays().forEach(w -> workdays.add(w.date()));
			return new Year(info, Set.copyOf(holidays), Set.copyOf(workdays));
		}

	}

}
