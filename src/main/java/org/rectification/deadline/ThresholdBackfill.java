package org.rectification.deadline;

import java.time.LocalDate;
import java.util.List;

import org.rectification.ledger.DeadlineDates;
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

	ThresholdBackfill(JdbcClient jdbc, DeadlineLadder ladder) {
		this.jdbc = jdbc;
		this.ladder = ladder;
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
	}

	private record Row(long id, LocalDate deadline) {
	}

}
