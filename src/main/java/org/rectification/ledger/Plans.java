package org.rectification.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A round's plan as a whole: its status, the measures with their units for import and comparison, the
 * leading group's decisions, the rows of the ledger export and the progress of the fan-out.
 */
@Repository
public class Plans {

	private final JdbcClient jdbc;

	private final Milestones milestones;

	Plans(JdbcClient jdbc, Milestones milestones) {
		this.jdbc = jdbc;
		this.milestones = milestones;
	}

	/** The round's status, its row locked until the transaction ends (imports and approval take turns). */
	public Optional<RoundStatus> lockStatus(long roundId) {
		return jdbc.sql("SELECT status FROM inspection_round WHERE id = ? FOR UPDATE")
			.param(roundId)
			.query(String.class)
			.optional()
			.map(RoundStatus::valueOf);
	}

	public void setStatus(long roundId, RoundStatus status) {
		jdbc.sql("UPDATE inspection_round SET status = ? WHERE id = ?").params(status.name(), roundId).update();
	}

	public void setProcessInstance(long roundId, String processInstanceId) {
		jdbc.sql("UPDATE inspection_round SET process_instance_id = ? WHERE id = ?")
			.params(processInstanceId, roundId)
			.update();
	}

	public void markApproved(long roundId, String approvedBy, OffsetDateTime at) {
		jdbc.sql("UPDATE inspection_round SET status = ?, approved_by = ?, approved_at = ? WHERE id = ?")
			.params(RoundStatus.IN_RECTIFICATION.name(), approvedBy, at, roundId)
			.update();
	}

	public void markClosed(long roundId, OffsetDateTime at) {
		jdbc.sql("UPDATE inspection_round SET status = ?, closed_at = ? WHERE id = ?")
			.params(RoundStatus.CLOSED.name(), at, roundId)
			.update();
	}

	public void insertDecision(long roundId, PlanDecision.Outcome outcome, String reason, String decidedBy,
			OffsetDateTime at) {
		jdbc.sql("INSERT INTO plan_decision (round_id, outcome, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
			.params(roundId, outcome.name(), reason, decidedBy, at)
			.update();
	}

	public List<PlanDecision> decisions(long roundId) {
		return jdbc.sql("SELECT * FROM plan_decision WHERE round_id = ? ORDER BY decided_at, id")
			.param(roundId)
			.query(PlanDecision.class)
			.list();
	}

	public void recordImport(long roundId, String fileName, String importedBy, OffsetDateTime at, int created,
			int updated, int removed, int unchanged) {
		jdbc.sql("""
				INSERT INTO plan_import (round_id, file_name, imported_by, imported_at, created, updated, removed, unchanged)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(roundId, fileName, importedBy, at, created, updated, removed, unchanged)
			.update();
	}

	public List<ImportRecord> imports(long roundId) {
		return jdbc.sql("SELECT * FROM plan_import WHERE round_id = ? ORDER BY imported_at, id")
			.param(roundId)
			.query(ImportRecord.class)
			.list();
	}

	// The findings tree, matched by text within its parent.

	public Map<String, Node> aspects(long roundId) {
		return nodes("SELECT id, code, title AS text FROM aspect WHERE round_id = ?", roundId);
	}

	public Map<String, Node> problems(long aspectId) {
		return nodes("SELECT id, code, title AS text FROM problem WHERE aspect_id = ?", aspectId);
	}

	public Map<String, Node> manifestations(long problemId) {
		return nodes("SELECT id, code, text FROM manifestation WHERE problem_id = ?", problemId);
	}

	private Map<String, Node> nodes(String sql, long parentId) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		jdbc.sql(sql + " ORDER BY sort_order, id")
			.param(parentId)
			.query(Node.class)
			.list()
			.forEach(n -> nodes.put(n.text(), n));
		return nodes;
	}

	public long insertAspect(long roundId, String code, String title, int sortOrder) {
		return insert("INSERT INTO aspect (round_id, code, title, sort_order) VALUES (?, ?, ?, ?)", roundId, code, title,
				sortOrder);
	}

	public long insertProblem(long aspectId, String code, String title, int sortOrder) {
		return insert("INSERT INTO problem (aspect_id, code, title, sort_order) VALUES (?, ?, ?, ?)", aspectId, code,
				title, sortOrder);
	}

	public long insertManifestation(long problemId, String code, String text, int sortOrder) {
		return insert("INSERT INTO manifestation (problem_id, code, text, sort_order) VALUES (?, ?, ?, ?)", problemId,
				code, text, sortOrder);
	}

	public void sortFinding(String table, long id, int sortOrder) {
		if (!List.of("aspect", "problem", "manifestation").contains(table)) {
			throw new IllegalArgumentException(table);
		}
		jdbc.sql("UPDATE " + table + " SET sort_order = ? WHERE id = ?").params(sortOrder, id).update();
	}

	/** Removes the round's findings that no measure answers and the file no longer lists. */
	public void removeUnusedFindings(long roundId, List<Long> keepManifestations, List<Long> keepProblems,
			List<Long> keepAspects) {
		for (Long id : jdbc.sql("""
				SELECT mf.id FROM manifestation mf JOIN problem p ON p.id = mf.problem_id JOIN aspect a ON a.id = p.aspect_id
				WHERE a.round_id = ? AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.manifestation_id = mf.id)""")
			.param(roundId)
			.query(Long.class)
			.list()) {
			if (!keepManifestations.contains(id)) {
				jdbc.sql("DELETE FROM manifestation WHERE id = ?").param(id).update();
			}
		}
		for (Long id : jdbc.sql("""
				SELECT p.id FROM problem p JOIN aspect a ON a.id = p.aspect_id WHERE a.round_id = ?
				AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.problem_id = p.id)
				AND NOT EXISTS (SELECT 1 FROM manifestation mf WHERE mf.problem_id = p.id)""")
			.param(roundId)
			.query(Long.class)
			.list()) {
			if (!keepProblems.contains(id)) {
				jdbc.sql("DELETE FROM problem WHERE id = ?").param(id).update();
			}
		}
		for (Long id : jdbc.sql("""
				SELECT a.id FROM aspect a WHERE a.round_id = ? AND NOT EXISTS (SELECT 1 FROM problem p WHERE p.aspect_id = a.id)""")
			.param(roundId)
			.query(Long.class)
			.list()) {
			if (!keepAspects.contains(id)) {
				jdbc.sql("DELETE FROM aspect WHERE id = ?").param(id).update();
			}
		}
	}

	// Measures as the importer compares them.

	/** The round's measures by code, with their findings' texts, their units and whether any unit task exists. */
	public Map<String, PlannedMeasure> plannedMeasures(long roundId) {
		Map<Long, List<String>> responsible = new HashMap<>();
		Map<Long, List<String>> cooperating = new HashMap<>();
		jdbc.sql("""
				SELECT mu.measure_id, mu.unit_id, mu.role FROM measure_unit mu JOIN measure m ON m.id = mu.measure_id
				JOIN org_unit u ON u.id = mu.unit_id WHERE m.round_id = ? ORDER BY mu.measure_id, u.sort_order, u.id""")
			.param(roundId)
			.query((rs, n) -> (rs.getString("role").equals("RESPONSIBLE") ? responsible : cooperating)
				.computeIfAbsent(rs.getLong("measure_id"), k -> new ArrayList<>())
				.add(rs.getString("unit_id")))
			.list();
		Map<Long, List<EvidenceKind>> evidence = requiredEvidence(roundId);
		Map<Long, List<Milestone>> phases = milestones.forRound(roundId);
		Map<String, PlannedMeasure> measures = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT m.id, m.code, m.text, m.measure_type, m.responsible_leader, m.lead_unit_id, m.responsible_person,
				  m.deadline, m.deadline_working_days, m.public_report, m.look_back_months, a.title AS aspect, p.title AS problem,
				  mf.text AS manifestation, (SELECT COUNT(*) FROM unit_task t WHERE t.measure_id = m.id) AS unit_tasks
				FROM measure m JOIN problem p ON p.id = m.problem_id JOIN aspect a ON a.id = p.aspect_id
				LEFT JOIN manifestation mf ON mf.id = m.manifestation_id
				WHERE m.round_id = ? ORDER BY m.sort_order, m.id""")
			.param(roundId)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new PlannedMeasure(id, rs.getString("code"), rs.getString("text"),
						MeasureType.valueOf(rs.getString("measure_type")), rs.getString("responsible_leader"),
						rs.getString("lead_unit_id"), rs.getString("responsible_person"),
						deadline(rs), rs.getString("aspect"), rs.getString("problem"),
						rs.getString("manifestation"), responsible.getOrDefault(id, List.of()),
						cooperating.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()), rs.getBoolean("public_report"),
						phases.getOrDefault(id, List.of()), rs.getObject("look_back_months", Integer.class),
						rs.getLong("unit_tasks"));
			})
			.list()
			.forEach(m -> measures.put(m.code(), m));
		return measures;
	}

	public long insertMeasure(long roundId, long problemId, Long manifestationId, String code, String text,
			MeasureType type, String leader, String leadUnit, String person, MeasureDeadline deadline, int sortOrder) {
		return insert("""
				INSERT INTO measure (round_id, problem_id, manifestation_id, code, text, measure_type, responsible_leader,
				  lead_unit_id, responsible_person, deadline, deadline_working_days, sort_order)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", roundId, problemId, manifestationId, code, text, type.name(),
				leader, leadUnit, person, deadline.date(), deadline.workingDays(), sortOrder);
	}

	public void updateMeasure(long id, long problemId, Long manifestationId, String text, MeasureType type,
			String leader, String leadUnit, String person, MeasureDeadline deadline, int sortOrder) {
		jdbc.sql("""
				UPDATE measure SET problem_id = ?, manifestation_id = ?, text = ?, measure_type = ?, responsible_leader = ?,
				  lead_unit_id = ?, responsible_person = ?, deadline = ?, deadline_working_days = ?, sort_order = ?
				WHERE id = ?""")
			.params(problemId, manifestationId, text, type.name(), leader, leadUnit, person, deadline.date(),
					deadline.workingDays(), sortOrder, id)
			.update();
	}

	/** The evidence kinds the plan requires, by measure, in the kinds' order. */
	public Map<Long, List<EvidenceKind>> requiredEvidence(long roundId) {
		Map<Long, List<EvidenceKind>> kinds = new HashMap<>();
		jdbc.sql("""
				SELECT k.measure_id, k.kind FROM measure_evidence_kind k JOIN measure m ON m.id = k.measure_id
				WHERE m.round_id = ?""")
			.param(roundId)
			.query((rs, n) -> kinds.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
				.add(EvidenceKind.valueOf(rs.getString("kind"))))
			.list();
		kinds.values().forEach(list -> list.sort(null));
		return kinds;
	}

	public void replaceRequiredEvidence(long measureId, List<EvidenceKind> kinds) {
		jdbc.sql("DELETE FROM measure_evidence_kind WHERE measure_id = ?").param(measureId).update();
		for (EvidenceKind kind : kinds) {
			jdbc.sql("INSERT INTO measure_evidence_kind (measure_id, kind) VALUES (?, ?)").params(measureId, kind.name()).update();
		}
	}

	/** Whether the public progress report shows the measure. */
	public void setPublicReport(long measureId, boolean publicReport) {
		jdbc.sql("UPDATE measure SET public_report = ? WHERE id = ?").params(publicReport, measureId).update();
	}

	public void replaceMeasureUnits(long measureId, List<String> responsible, List<String> cooperating) {
		jdbc.sql("DELETE FROM measure_unit WHERE measure_id = ?").param(measureId).update();
		for (String unit : responsible) {
			jdbc.sql("INSERT INTO measure_unit (measure_id, unit_id, role) VALUES (?, ?, 'RESPONSIBLE')")
				.params(measureId, unit)
				.update();
		}
		for (String unit : cooperating) {
			jdbc.sql("INSERT INTO measure_unit (measure_id, unit_id, role) VALUES (?, ?, 'COOPERATING')")
				.params(measureId, unit)
				.update();
		}
	}

	public void deleteMeasure(long measureId) {
		jdbc.sql("DELETE FROM measure_unit WHERE measure_id = ?").param(measureId).update();
		jdbc.sql("DELETE FROM measure_evidence_kind WHERE measure_id = ?").param(measureId).update();
		jdbc.sql("DELETE FROM measure_milestone WHERE measure_id = ?").param(measureId).update();
		jdbc.sql("DELETE FROM measure WHERE id = ?").param(measureId).update();
	}

	// The fan-out.

	/** The (measure, unit) pairs of the round's plan that have no unit task yet, in plan order. */
	public List<Assignment> undispatched(long roundId) {
		return jdbc.sql("""
				SELECT mu.measure_id, mu.unit_id FROM measure_unit mu JOIN measure m ON m.id = mu.measure_id
				JOIN org_unit u ON u.id = mu.unit_id
				WHERE m.round_id = ? AND mu.role = 'RESPONSIBLE'
				  AND NOT EXISTS (SELECT 1 FROM unit_task t WHERE t.measure_id = mu.measure_id AND t.unit_id = mu.unit_id)
				ORDER BY m.sort_order, m.id, u.sort_order, u.id""")
			.param(roundId)
			.query(Assignment.class)
			.list();
	}

	public Progress progress(long roundId) {
		return jdbc.sql("""
				SELECT
				  (SELECT COUNT(*) FROM measure m WHERE m.round_id = ?) AS measures,
				  (SELECT COUNT(*) FROM measure_unit mu JOIN measure m ON m.id = mu.measure_id
				     WHERE m.round_id = ? AND mu.role = 'RESPONSIBLE') AS planned_unit_tasks,
				  (SELECT COUNT(*) FROM unit_task t JOIN measure m ON m.id = t.measure_id WHERE m.round_id = ?) AS unit_tasks,
				  (SELECT COUNT(*) FROM unit_task t JOIN measure m ON m.id = t.measure_id
				     WHERE m.round_id = ? AND t.process_instance_id IS NOT NULL) AS started_unit_tasks,
				  (SELECT COUNT(*) FROM unit_task t JOIN measure m ON m.id = t.measure_id
				     WHERE m.round_id = ? AND t.closed_at IS NOT NULL) AS closed_unit_tasks""")
			.params(roundId, roundId, roundId, roundId, roundId)
			.query(Progress.class)
			.single();
	}

	/** The round's findings with how many measures answer each, for the coverage check. */
	public List<FindingCoverage> coverage(long roundId) {
		return jdbc.sql("""
				SELECT p.title AS problem, mf.text AS manifestation,
				  (SELECT COUNT(*) FROM measure m WHERE m.problem_id = p.id
				     AND (mf.id IS NULL OR m.manifestation_id = mf.id)) AS measures
				FROM aspect a JOIN problem p ON p.aspect_id = a.id
				LEFT JOIN manifestation mf ON mf.problem_id = p.id
				WHERE a.round_id = ? ORDER BY a.sort_order, a.id, p.sort_order, p.id, mf.sort_order, mf.id""")
			.param(roundId)
			.query(FindingCoverage.class)
			.list();
	}

	// The ledger export.

	/**
	 * One row per measure and responsible unit (with its unit task, if dispatched) and one per finding no measure
	 * answers yet, in plan order.
	 *
	 * @param unitId only this unit's rows, or {@code null} for the whole round
	 */
	/** @param today the day the traffic lights are read for */
	public List<LedgerRow> ledgerRows(long roundId, String unitId, LocalDate today) {
		String unitFilter = unitId == null ? "" : " AND mu.unit_id = ?";
		List<Object> params = new ArrayList<>(List.of(today, today, roundId));
		if (unitId != null) {
			params.add(unitId);
		}
		String measureRows = """
				SELECT a.sort_order AS a_sort, a.id AS a_id, p.sort_order AS p_sort, p.id AS p_id,
				  COALESCE(mf.sort_order, -1) AS mf_sort, COALESCE(mf.id, -1) AS mf_id, m.sort_order AS m_sort, m.id AS m_id,
				  COALESCE(u.sort_order, -1) AS u_sort,
				  m.code, a.title AS aspect, p.title AS problem, mf.text AS manifestation, m.text AS measure,
				  m.measure_type, m.responsible_leader, m.lead_unit_id, m.responsible_person, m.deadline,
				  m.deadline_working_days, mu.unit_id, t.state, t.closed_at, t.deadline AS current_deadline, t.completed_on,
				  t.phase_no, t.kept_since,
				  CASE WHEN t.id IS NULL OR t.state IN ('SIGNED_OFF', 'LONG_TERM_KEPT') THEN NULL
				    WHEN t.overdue_from <= ? THEN 'RED' WHEN t.warn_from <= ? THEN 'YELLOW' ELSE 'GREEN' END AS warning,
				  CASE WHEN t.state NOT IN ('SIGNED_OFF', 'LONG_TERM_KEPT') OR t.completed_on IS NULL THEN NULL
				    WHEN t.completed_on <= t.original_deadline THEN 'ON_TIME'
				    WHEN t.completed_on <= t.deadline THEN 'EXTENDED' ELSE 'LATE' END AS completion,
				  (SELECT COUNT(*) FROM deadline_extension x WHERE x.unit_task_id = t.id AND x.status = 'APPROVED') AS extensions,
				  (SELECT e.summary FROM evidence e WHERE e.unit_task_id = t.id
				     AND e.submission_no = (SELECT MAX(e2.submission_no) FROM evidence e2 WHERE e2.unit_task_id = t.id)) AS summary,
				  (SELECT e.completion_date FROM evidence e WHERE e.unit_task_id = t.id
				     AND e.submission_no = (SELECT MAX(e2.submission_no) FROM evidence e2 WHERE e2.unit_task_id = t.id)) AS completion_date
				FROM measure m JOIN problem p ON p.id = m.problem_id JOIN aspect a ON a.id = p.aspect_id
				LEFT JOIN manifestation mf ON mf.id = m.manifestation_id
				LEFT JOIN measure_unit mu ON mu.measure_id = m.id AND mu.role = 'RESPONSIBLE'
				LEFT JOIN org_unit u ON u.id = mu.unit_id
				LEFT JOIN unit_task t ON t.measure_id = m.id AND t.unit_id = mu.unit_id
				WHERE m.round_id = ?""" + unitFilter;
		String findingRows = """
				SELECT a.sort_order, a.id, p.sort_order, p.id, COALESCE(mf.sort_order, -1), COALESCE(mf.id, -1), -1, -1, -1,
				  NULL, a.title, p.title, mf.text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
				  NULL, NULL, NULL, 0, NULL, NULL
				FROM aspect a JOIN problem p ON p.aspect_id = a.id LEFT JOIN manifestation mf ON mf.problem_id = p.id
				WHERE a.round_id = ? AND NOT EXISTS (SELECT 1 FROM measure m WHERE m.problem_id = p.id
				  AND (mf.id IS NULL OR m.manifestation_id = mf.id))""";
		String sql = unitId == null ? measureRows + " UNION ALL " + findingRows : measureRows;
		if (unitId == null) {
			params.add(roundId);
		}
		return jdbc.sql(sql + " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9")
			.params(params)
			.query((rs, n) -> new LedgerRow(rs.getString("code"), rs.getString("aspect"), rs.getString("problem"),
					rs.getString("manifestation"), rs.getString("measure"),
					rs.getString("measure_type") == null ? null : MeasureType.valueOf(rs.getString("measure_type")),
					rs.getString("responsible_leader"), rs.getString("lead_unit_id"), rs.getString("responsible_person"),
					rs.getObject("deadline", LocalDate.class), rs.getObject("deadline_working_days", Integer.class),
					rs.getString("unit_id"),
					rs.getString("state") == null ? null : UnitTaskState.valueOf(rs.getString("state")),
					rs.getString("summary"), rs.getObject("completion_date", LocalDate.class),
					rs.getLong("m_id"), rs.getObject("current_deadline", LocalDate.class),
					rs.getString("warning") == null ? null : WarningLevel.valueOf(rs.getString("warning")),
					rs.getInt("extensions"), rs.getObject("completed_on", LocalDate.class),
					rs.getString("completion") == null ? null : Completion.valueOf(rs.getString("completion")),
					rs.getObject("phase_no", Integer.class), rs.getObject("kept_since", OffsetDateTime.class)))
			.list();
	}

	private static MeasureDeadline deadline(ResultSet rs) throws SQLException {
		return new MeasureDeadline(rs.getObject("deadline", LocalDate.class), rs.getObject("deadline_working_days", Integer.class));
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public record Node(Long id, String code, String text) {
	}

	public record ImportRecord(Long id, Long roundId, String fileName, String importedBy, OffsetDateTime importedAt,
			int created, int updated, int removed, int unchanged) {
	}

	public record PlannedMeasure(Long id, String code, String text, MeasureType type, String leader,
			String leadUnit, String responsiblePerson, MeasureDeadline deadline, String aspect, String problem,
			String manifestation, List<String> responsibleUnits, List<String> cooperatingUnits,
			List<EvidenceKind> requiredEvidence, boolean publicReport, List<Milestone> milestones,
			Integer lookBackMonths, long unitTasks) {

		public boolean hasActivity() {
			return unitTasks > 0;
		}

	}

	public record Assignment(Long measureId, String unitId) {

		/** The form carried by the fan-out's multi-instance element variable. */
		public String token() {
			return measureId + ":" + unitId;
		}

		public static Assignment of(String token) {
			int colon = token.indexOf(':');
			return new Assignment(Long.parseLong(token.substring(0, colon)), token.substring(colon + 1));
		}

	}

	/**
	 * @param plannedUnitTasks unit tasks the plan calls for (one per measure and responsible unit)
	 * @param unitTasks unit tasks created so far; {@code startedUnitTasks} of them have their process running
	 */
	public record Progress(long measures, long plannedUnitTasks, long unitTasks, long startedUnitTasks,
			long closedUnitTasks) {
	}

	public record FindingCoverage(String problem, String manifestation, long measures) {
	}

	/**
	 * One line of the ledger (台账); unit and state are empty for a finding no measure answers yet. {@code phaseNo}
	 * and {@code keptSince} are the unit task's, as in {@link UnitTask}.
	 */
	public record LedgerRow(String code, String aspect, String problem, String manifestation, String measure,
			MeasureType type, String leader, String leadUnit, String responsiblePerson, LocalDate deadline,
			Integer deadlineWorkingDays, String unitId, UnitTaskState state, String summary, LocalDate completionDate, long measureId,
			LocalDate currentDeadline, WarningLevel warning, int extensions, LocalDate completedOn,
			Completion completion, Integer phaseNo, OffsetDateTime keptSince) {

		/** The deadline as the plan gives it (a date or working days from sending), empty on a finding's row. */
		public MeasureDeadline plannedDeadline() {
			return new MeasureDeadline(deadline, deadlineWorkingDays);
		}

	}

}
