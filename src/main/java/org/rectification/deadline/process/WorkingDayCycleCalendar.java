package org.rectification.deadline.process;

import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectification.deadline.WorkingDayCalendar;

/**
 * Timer cycles {@code R[k]/PnD}, {@code R[k]/<start>/PnD} and {@code R[k]/PnD/<end>} that step n working days
 * at a time; cron and other cycles are Camunda's. A subclass because the engine casts the {@code cycle}
 * calendar to {@link CycleBusinessCalendar} when a repeating timer fires.
 *
 * <p>The occurrences are start, start + n, start + 2n … working days, found the way Camunda's
 * {@code DurationHelper} finds them: the first after the reference time (the start date given, else now,
 * less a due date shift made with {@code setJobDuedate(…, cascade)}), at most k steps from the start.
 * When a timer is created without a start the engine writes the creation time into its repeat
 * ({@code R/<now>/P2D}), so each next occurrence is n working days after the previous one.
 */
class WorkingDayCycleCalendar extends CycleBusinessCalendar {

	private final WorkingDayCalendar calendar;

	private final ZoneId zone;

	WorkingDayCycleCalendar(WorkingDayCalendar calendar, ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	@Override
	public Date resolveDuedate(String description, Date startDate, long repeatOffset) {
		Optional<Cycle> cycle = Cycle.parse(description);
		if (cycle.isEmpty()) {
			return super.resolveDuedate(description, startDate, repeatOffset);
		}
		Date reference = startDate != null ? startDate : ClockUtil.getCurrentTime();
		Cycle c = cycle.get();
		return c.end() != null ? backFromEnd(c, reference) : forwardFromStart(c, c.start() != null ? c.start() : reference,
				new Date(reference.getTime() - repeatOffset), repeatOffset);
	}

	private Date forwardFromStart(Cycle cycle, Date start, Date unshifted, long repeatOffset) {
		Date current = start;
		for (int i = 0; i < cycle.times() && !current.after(unshifted); i++) {
			current = cycle.step().after(current, calendar, zone);
		}
		if (current.before(unshifted)) {
			return null;
		}
		return new Date(current.getTime() + repeatOffset);
	}

	private Date backFromEnd(Cycle cycle, Date reference) {
		Date next = cycle.end();
		Date current = cycle.step().before(next, calendar, zone);
		for (int i = 0; i < cycle.times() && current.after(reference); i++) {
			next = current;
			current = cycle.step().before(current, calendar, zone);
		}
		return next.before(reference) ? null : next;
	}

	/** {@code R[k]/…} with a working-day step and either a start or an end (or neither). */
	private record Cycle(int times, Date start, WorkingDayDuration step, Date end) {

		static Optional<Cycle> parse(String description) {
			String[] parts = description == null ? new String[0] : description.split("/");
			if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
				return Optional.empty();
			}
			boolean startGiven = parts.length == 3 && parts[2].startsWith("P");
			boolean endGiven = parts.length == 3 && !startGiven && parts[1].startsWith("P");
			if (parts.length == 3 && !startGiven && !endGiven) {
				return Optional.empty();
			}
			Optional<WorkingDayDuration> step = WorkingDayDuration.parse(endGiven ? parts[1] : parts[parts.length - 1]);
			if (step.isEmpty()) {
				return Optional.empty();
			}
			try {
				int times = parts[0].length() == 1 ? Integer.MAX_VALUE : Integer.parseInt(parts[0].substring(1));
				Date start = startGiven ? DateTimeUtil.parseDate(parts[1]) : null;
				Date end = endGiven ? DateTimeUtil.parseDate(parts[2]) : null;
				return Optional.of(new Cycle(times, start, step.get(), end));
			}
			catch (RuntimeException malformed) {
				// Camunda's own calendar reports it in its words.
				return Optional.empty();
			}
		}

	}

}
