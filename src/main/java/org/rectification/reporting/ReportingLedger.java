package org.rectification.reporting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ledger's cycles, reports, their entries and slips. */
@Repository
class ReportingLedger {

	static final String OPEN_ITEM = "t.state NOT IN ('SIGNED_OFF', 'LONG_TERM_KEPT')";

	private static final String REPORT = """
			SELECT r.id, r.cycle_id, r.unit_id, u.name AS unit_name, r.status, r.created_at, r.submitted_by,
			  r.submitted_at, r.closed_at, r.process_instance_id
			FROM unit_report r JOIN org_unit u ON u.id = r.unit_id
			""";

	private static final String ENTRY = """
			SELECT e.id, e.report_id, e.item_no, e.unit_task_id, e.state, e.deadline, e.progress,
			  m.code AS measure_code, m.text AS measure_text, m.responsible_leader
			FROM unit_report_entry e JOIN unit_task t ON t.id = e.unit_task_id JOIN measure m ON m.id = t.measure_id
			""";

	private final JdbcClient jdbc;

	ReportingLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReportingCycle> cycleOfPeriod(CyclePlan plan) {
		return jdbc.sql("SELECT * FROM reporting_cycle WHERE period_start = ?")
			.param(plan.periodStart())
			.query(ReportingCycle.class)
			.optional();
	}

	Optional<ReportingCycle> cycle(long id) {
		return jdbc.sql("SELECT * FROM reporting_cycle WHERE id = ?").param(id).query(ReportingCycle.class).optional();
	}

	List<ReportingCycle> cycles() {
		return jdbc.sql("SELECT * FROM reporting_cycle ORDER BY period_start DESC").query(ReportingCycle.class).list();
	}

	long insertCycle(CyclePlan plan, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO reporting_cycle (cadence, period_start, period_end, opens_on, due_on, escalate_on, closes_at,
				  opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.cadence().name(), plan.periodStart(), plan.periodEnd(), plan.opensOn(), plan.dueOn(),
					plan.escalateOn(), plan.closesAt(), now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void linkCycle(long cycleId, String processInstanceId) {
		jdbc.sql("UPDATE reporting_cycle SET process_instance_id = ? WHERE id = ?").params(processInstanceId, cycleId).update();
	}

	void markDigest(long cycleId, OffsetDateTime now) {
		jdbc.sql("UPDATE reporting_cycle SET digest_at = ? WHERE id = ? AND digest_at IS NULL").params(now, cycleId).update();
	}

	boolean readDigest(long cycleId, String userId, String note, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE reporting_cycle SET digest_read_by = ?, digest_read_at = ?, digest_note = ?
				WHERE id = ? AND digest_read_at IS NULL""")
			.params(userId, now, note, cycleId)
			.update() == 1;
	}

	void closeCycle(long cycleId, OffsetDateTime now) {
		jdbc.sql("UPDATE reporting_cycle SET closed_at = ? WHERE id = ? AND closed_at IS NULL").params(now, cycleId).update();
	}

	/** The units that hold open items now, in the org chart's order. */
	List<String> unitsWithOpenItems() {
		return jdbc.sql("SELECT u.id FROM org_unit u WHERE EXISTS (SELECT 1 FROM unit_task t WHERE t.unit_id = u.id AND "
				+ OPEN_ITEM + ") ORDER BY u.sort_order, u.id")
			.query(String.class)
			.list();
	}

	long insertReport(long cycleId, String unitId, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO unit_report (cycle_id, unit_id, status, created_at) VALUES (?, ?, 'OPEN', ?)")
			.params(cycleId, unitId, now)
			.update(keys, "id");
		long reportId = keys.getKeyAs(Number.class).longValue();
		// The snapshot: every open item of the unit, numbered by round and measure as the ledger lists them.
		List<Object[]> items = jdbc.sql("SELECT t.id, t.state, t.deadline FROM unit_task t JOIN measure m ON m.id = t.measure_id"
				+ " WHERE t.unit_id = ? AND " + OPEN_ITEM + " ORDER BY m.round_id, m.id, t.id")
			.param(unitId)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate() })
			.list();
		int no = 1;
		for (Object[] item : items) {
			jdbc.sql("INSERT INTO unit_report_entry (report_id, item_no, unit_task_id, state, deadline) VALUES (?, ?, ?, ?, ?)")
				.params(reportId, no++, item[0], item[1], item[2])
				.update();
		}
		return reportId;
	}

	void linkReport(long reportId, String processInstanceId) {
		jdbc.sql("UPDATE unit_report SET process_instance_id = ? WHERE id = ? AND process_instance_id IS NULL")
			.params(processInstanceId, reportId)
			.update();
	}

	Optional<UnitReport> report(long id) {
		return jdbc.sql(REPORT + " WHERE r.id = ?").param(id).query(UnitReport.class).optional();
	}

	/** Locks the report's row until the transaction ends: a submission and the close do not cross. */
	void lockReport(long id) {
		jdbc.sql("SELECT id FROM unit_report WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/**
	 * @param unitIds the units whose reports may be listed, or {@code null} for all
	 */
	List<UnitReport> reports(Long cycleId, List<String> unitIds) {
		return reports(cycleId, unitIds, Integer.MAX_VALUE, 0);
	}

	List<UnitReport> reports(Long cycleId, List<String> unitIds, int rows, int offset) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (cycleId != null) {
			where.add("r.cycle_id = ?");
			params.add(cycleId);
		}
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return List.of();
			}
			where.add("r.unit_id IN (" + String.join(", ", unitIds.stream().map(u -> "?").toList()) + ")");
			params.addAll(unitIds);
		}
		return jdbc.sql(REPORT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY r.cycle_id DESC, u.sort_order, r.id LIMIT ? OFFSET ?")
			.params(withPage(params, rows, offset))
			.query(UnitReport.class)
			.list();
	}

	private static List<Object> withPage(List<Object> params, int rows, int offset) {
		List<Object> all = new ArrayList<>(params);
		all.add(rows);
		all.add(offset);
		return all;
	}

	List<ReportEntry> entries(long reportId) {
		return jdbc.sql(ENTRY + " WHERE e.report_id = ? ORDER BY e.item_no").param(reportId).query(ReportEntry.class).list();
	}

	/** Records the submission unless the report is no longer open. */
	boolean submit(long reportId, UnitReport.Status status, String userId, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE unit_report SET status = ?, submitted_by = ?, submitted_at = ?, closed_at = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(status.name(), userId, now, now, reportId)
			.update() == 1;
	}

	void writeProgress(long entryId, String progress) {
		jdbc.sql("UPDATE unit_report_entry SET progress = ? WHERE id = ?").params(progress, entryId).update();
	}

	boolean markMissed(long reportId, OffsetDateTime now) {
		return jdbc.sql("UPDATE unit_report SET status = 'MISSED', closed_at = ? WHERE id = ? AND status = 'OPEN'")
			.params(now, reportId)
			.update() == 1;
	}

	Optional<ReportSlip> slip(long id) {
		return jdbc.sql("SELECT * FROM unit_report_escalation WHERE id = ?").param(id).query(ReportSlip.class).optional();
	}

	Optional<ReportSlip> slip(long reportId, String leader) {
		return jdbc.sql("SELECT * FROM unit_report_escalation WHERE report_id = ? AND addressed_to = ?")
			.params(reportId, leader)
			.query(ReportSlip.class)
			.optional();
	}

	List<ReportSlip> slips(long reportId) {
		return jdbc.sql("SELECT * FROM unit_report_escalation WHERE report_id = ? ORDER BY id")
			.param(reportId)
			.query(ReportSlip.class)
			.list();
	}

	long insertSlip(long reportId, String leader, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO unit_report_escalation (report_id, addressed_to, raised_at) VALUES (?, ?, ?)")
			.params(reportId, leader, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean acknowledgeSlip(long id, String userId, String instruction, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE unit_report_escalation SET acknowledged_by = ?, acknowledged_at = ?, instruction = ?
				WHERE id = ? AND acknowledged_at IS NULL""")
			.params(userId, now, instruction, id)
			.update() == 1;
	}

	/** Items whose state changed in the span, oldest first. */
	List<StateChange> changes(OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("""
				SELECT h.unit_task_id, m.code AS measure_code, u.name AS unit_name, h.from_state, h.to_state,
				  h.changed_by, h.changed_at
				FROM status_history h JOIN unit_task t ON t.id = h.unit_task_id JOIN measure m ON m.id = t.measure_id
				JOIN org_unit u ON u.id = t.unit_id
				WHERE h.changed_at >= ? AND h.changed_at <= ? AND h.from_state IS NOT NULL AND h.from_state <> h.to_state
				ORDER BY h.changed_at, h.id""")
			.params(from, to)
			.query(StateChange.class)
			.list();
	}

}
