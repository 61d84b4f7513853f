package org.rectification.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.rectification.ledger.DeadlineDates;
import org.rectification.system.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items sent out before the ledger kept a deadline's thresholds get them at start-up, counted on the calendar
 * like new ones, so their light is right from the first day. Items whose thresholds fall in a year the calendar
 * lacks keep waiting (and are named in the log) until the year is added.
 */
@Component
class ThresholdBackfill {

	private static final Logger log = LoggerFactory.getLogger(ThresholdBackfill.class);

	private final JdbcClient jdbc;

	private final DeadlineLadder ladder;

	private final BusinessClock clock;

	ThresholdBackfill(JdbcClient jdbc, DeadlineLadder ladder, BusinessClock clock) {
		this.jdbc = jdbc;
		this.ladder = ladder;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void fill() {
		List<Row> rows = jdbc.sql("SELECT id, deadline FROM unit_task WHERE warn_from IS NULL OR overdue_from IS NULL"
				+ " OR severe_from IS NULL ORDER BY id")
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("deadline", LocalDate.class)))
			.list();
		int filled = 0;
		for (Row row : rows) {
			try {
				DeadlineDates dates = ladder.datesFor(row.deadline());
				filled += jdbc.sql("UPDATE unit_task SET warn_from = ?, overdue_from = ?, severe_from = ? WHERE id = ?")
					.params(dates.warnFrom(), dates.overdueFrom(), dates.severeFrom(), row.id())
					.update();
			}
			catch (CalendarYearMissing e) {
				log.warn("整改任务 {} 的完成时限 {} 需要{}年的工作日历，补充该年份后重启即可计算其预警日期", row.id(), row.deadline(), e.year());
			}
		}
		if (filled > 0) {
			log.info("为 {} 项较早下达的整改任务补算了预警、逾期和严重逾期日期", filled);
		}
		rememberWorkingDays();
	}

	/**
	 * Items sent before the ledger kept how their deadline was counted: one the plan wrote in working days, never
	 * moved since, gets its count and starting day back, so that a new calendar counts it again. The day is the
	 * one it was sent, checked against the deadline the calendar gave then.
	 */
	private void rememberWorkingDays() {
		List<Sent> rows = jdbc.sql("""
				SELECT t.id, t.deadline, t.created_at, m.deadline_working_days FROM unit_task t
				JOIN measure m ON m.id = t.measure_id
				WHERE t.deadline_working_days IS NULL AND m.deadline_working_days IS NOT NULL AND t.phase_no = 1
				  AND t.reopened_at IS NULL AND t.deadline = t.original_deadline
				  AND NOT EXISTS (SELECT 1 FROM deadline_extension e WHERE e.unit_task_id = t.id AND e.status = 'APPROVED')
				ORDER BY t.id""")
			.query((rs, n) -> new Sent(rs.getLong("id"), rs.getObject("deadline", LocalDate.class),
					rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(clock.zone()).toLocalDate(),
					rs.getInt("deadline_working_days")))
			.list();
		for (Sent row : rows) {
			try {
				if (ladder.inWorkingDays(row.sentOn(), row.workingDays()).equals(row.deadline())) {
					jdbc.sql("UPDATE unit_task SET deadline_working_days = ?, deadline_counted_from = ? WHERE id = ?")
						.params(row.workingDays(), row.sentOn(), row.id())
						.update();
				}
			}
			catch (CalendarYearMissing e) {
				// Counted on a year the calendar cannot answer for: left as a date.
			}
		}
	}

	private record Sent(long id, LocalDate deadline, LocalDate sentOn, int workingDays) {
	}

	private record Row(long id, LocalDate deadline) {
	}

}
