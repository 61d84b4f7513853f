package org.rectification.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rectification.evidence.AccountabilityKind;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.WarningLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger read for the dashboard and the progress report: grouped counts computed by the database, so a
 * round of 100,000 unit tasks returns a few thousand rows. Results (制度, 问责, 资金) count only what a signed-off
 * item's accepted submission reported.
 */
@Repository
class ProgressLedger {

	private static final String CLOSED = "('SIGNED_OFF', 'LONG_TERM_KEPT')";

	/**
	 * Each unit task {@code t} of the round's measures {@code m} as standing (1 已销号; 2 已整改·长期坚持, also a
	 * long-term item past its first phase while its later phases run; 3 open, 正在整改 or 逾期; 4 反弹·重新整改, reopened
	 * by a look-back and not signed off again) and light (0 none or closed, 1 黄灯, 2 红灯). The database groups by
	 * these two codes, so it evaluates one CASE of each per row, and {@link #tally} adds the groups up. Every column
	 * of {@code t} read is in the index ix_unit_task_progress (V10), so PostgreSQL can count from the index alone
	 * (it does when the round is a small part of the table; docs/benchmarks.md).
	 */
	private static final String STANDING_AND_LIGHT = """
			CASE WHEN t.state = 'SIGNED_OFF' THEN 1 WHEN t.state = 'LONG_TERM_KEPT' THEN 2
			  WHEN t.reopened_at IS NOT NULL THEN 4 WHEN t.kept_since IS NOT NULL THEN 2 ELSE 3 END AS standing,
			CASE WHEN t.state IN %s THEN 0 WHEN t.overdue_from <= :today THEN 2 WHEN t.warn_from <= :today THEN 1
			  ELSE 0 END AS light""".formatted(CLOSED);

	private static final int SIGNED_OFF = 1;

	private static final int KEPT = 2;

	private static final int OPEN = 3;

	private static final int REOPENED = 4;

	private static final int YELLOW = 1;

	private static final int RED = 2;

	/**
	 * The accepted submission {@code e} of each closed unit task {@code t} (its latest: no later one exists),
	 * joined to {@code from}. An anti-join: a per-row MAX would look the evidence up once per item.
	 */
	private static String accepted(String from) {
		return """
				 FROM %s JOIN unit_task t ON t.id = e.unit_task_id JOIN measure m ON m.id = t.measure_id
				WHERE m.round_id = :round AND t.state IN %s
				  AND NOT EXISTS (SELECT 1 FROM evidence x WHERE x.unit_task_id = e.unit_task_id
				    AND x.submission_no > e.submission_no)"""
			.formatted(from, CLOSED);
	}

	private static final String EVIDENCE = "evidence e";

	private static final String INSTITUTIONS = "evidence_institution i JOIN evidence e ON e.id = i.evidence_id";

	private static final String ACCOUNTABILITY = "evidence_accountability a JOIN evidence e ON e.id = a.evidence_id";

	private final JdbcClient jdbc;

	ProgressLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Unit tasks counted by aspect and unit (an aspect and unit may come in several parts). */
	List<TaskGroup> taskGroups(long roundId, Scope scope, LocalDate today) {
		return jdbc.sql("SELECT aspect_id, unit_id, standing, light, COUNT(*) AS n FROM (SELECT p.aspect_id, t.unit_id, "
				+ STANDING_AND_LIGHT + """
				 FROM unit_task t JOIN measure m ON m.id = t.measure_id JOIN problem p ON p.id = m.problem_id
				WHERE m.round_id = :round""" + only(scope) + ") x GROUP BY aspect_id, unit_id, standing, light")
			.param("round", roundId)
			.param("today", today)
			.query((rs, n) -> new TaskGroup(rs.getLong("aspect_id"), rs.getString("unit_id"), tally(rs), lights(rs)))
			.list();
	}

	/** Every measure of the round in plan order, with its unit tasks counted. */
	List<MeasureRow> measures(long roundId, Scope scope, LocalDate today) {
		Map<Long, Tally> tasks = new HashMap<>();
		jdbc.sql("SELECT measure_id, standing, light, COUNT(*) AS n FROM (SELECT t.measure_id, " + STANDING_AND_LIGHT
				+ " FROM unit_task t JOIN measure m ON m.id = t.measure_id WHERE m.round_id = :round" + only(scope)
				+ ") x GROUP BY measure_id, standing, light")
			.param("round", roundId)
			.param("today", today)
			.query((rs, n) -> tasks.merge(rs.getLong("measure_id"), tally(rs), Tally::plus))
			.list();
		return jdbc.sql("""
				SELECT m.id, m.code, m.text, p.aspect_id, m.problem_id, m.manifestation_id, m.measure_type,
				  m.responsible_leader, m.public_report
				FROM measure m JOIN problem p ON p.id = m.problem_id
				WHERE m.round_id = :round""" + only(scope) + " ORDER BY m.sort_order, m.id")
			.param("round", roundId)
			.query((rs, n) -> new MeasureRow(rs.getLong("id"), rs.getString("code"), rs.getString("text"),
					rs.getLong("aspect_id"), rs.getLong("problem_id"), rs.getObject("manifestation_id", Long.class),
					MeasureType.valueOf(rs.getString("measure_type")), rs.getString("responsible_leader"),
					rs.getBoolean("public_report"), tasks.getOrDefault(rs.getLong("id"), Tally.NONE)))
			.list();
	}

	/** The feedback's aspects, problems and manifestations in the plan's order (a problem without any: one row). */
	List<FindingRow> findings(long roundId) {
		return jdbc.sql("""
				SELECT a.id AS a_id, a.code AS a_code, a.title AS a_title, p.id AS p_id, p.code AS p_code,
				  p.title AS p_title, mf.id AS mf_id, mf.code AS mf_code, mf.text AS mf_text
				FROM aspect a JOIN problem p ON p.aspect_id = a.id LEFT JOIN manifestation mf ON mf.problem_id = p.id
				WHERE a.round_id = :round
				ORDER BY a.sort_order, a.id, p.sort_order, p.id, mf.sort_order, mf.id""")
			.param("round", roundId)
			.query((rs, n) -> new FindingRow(rs.getLong("a_id"), rs.getString("a_code"), rs.getString("a_title"),
					rs.getLong("p_id"), rs.getString("p_code"), rs.getString("p_title"),
					rs.getObject("mf_id", Long.class), rs.getString("mf_code"), rs.getString("mf_text")))
			.list();
	}

	/**
	 * Institutions, accountability and funds the round's signed-off items reported. Each query starts from the
	 * few submissions that reported such a result, not from the round's items.
	 */
	Results results(long roundId, Scope scope) {
		// An institution several units report (one bureau-wide rule) is counted once: by its 文号, else its title.
		long institutions = jdbc.sql("SELECT COUNT(DISTINCT COALESCE(i.document_no, i.title))" + accepted(INSTITUTIONS)
				+ only(scope))
			.param("round", roundId)
			.query(Long.class)
			.single();
		Map<AccountabilityKind, Long> accountability = new EnumMap<>(AccountabilityKind.class);
		jdbc.sql("SELECT a.kind, SUM(a.persons) AS persons" + accepted(ACCOUNTABILITY) + only(scope) + " GROUP BY a.kind")
			.param("round", roundId)
			.query((rs, n) -> accountability.put(AccountabilityKind.valueOf(rs.getString("kind")), rs.getLong("persons")))
			.list();
		BigDecimal funds = jdbc.sql("SELECT SUM(e.funds_recovered)" + accepted(EVIDENCE) + only(scope)
				+ " AND e.funds_recovered IS NOT NULL")
			.param("round", roundId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		return new Results(institutions, accountability, funds == null ? BigDecimal.ZERO : funds);
	}

	/**
	 * Open items and phases in their warning period or late, the late first, then by deadline; at most
	 * {@code limit}. A living long-term item's current phase and a reopened item's new deadline have lights too.
	 */
	List<WarningRow> warnings(long roundId, Scope scope, LocalDate today, int limit) {
		return jdbc.sql("""
				SELECT t.id, t.unit_id, t.state, t.deadline, t.original_deadline, t.process_instance_id, m.code, m.text,
				  m.responsible_leader, CASE WHEN t.overdue_from <= :today THEN 'RED' ELSE 'YELLOW' END AS level,
				  t.phase_no, CASE WHEN t.kept_since IS NULL THEN 0 ELSE 1 END AS kept,
				  CASE WHEN t.reopened_at IS NULL THEN 0 ELSE 1 END AS reopened
				FROM unit_task t JOIN measure m ON m.id = t.measure_id JOIN org_unit u ON u.id = t.unit_id
				WHERE m.round_id = :round AND t.state NOT IN""" + " " + CLOSED + " AND t.warn_from <= :today" + only(scope) + """
				 ORDER BY CASE WHEN t.overdue_from <= :today THEN 0 ELSE 1 END, t.deadline, m.sort_order, u.sort_order, t.id
				LIMIT :limit""")
			.param("round", roundId)
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> new WarningRow(rs.getLong("id"), WarningLevel.valueOf(rs.getString("level")),
					rs.getString("code"), rs.getString("text"), rs.getString("unit_id"), rs.getString("responsible_leader"),
					rs.getObject("deadline", LocalDate.class), rs.getObject("original_deadline", LocalDate.class),
					UnitTaskState.valueOf(rs.getString("state")), rs.getString("process_instance_id"),
					rs.getInt("phase_no"), rs.getInt("kept") == 1, rs.getInt("reopened") == 1))
			.list();
	}

	/** Each unit task with the summary of its latest submission (none before the first), in plan and org order. */
	List<ReportTask> reportTasks(long roundId, Scope scope) {
		return jdbc.sql("""
				SELECT m.id AS measure_id, t.unit_id, t.state, e.summary,
				  CASE WHEN t.kept_since IS NULL THEN 0 ELSE 1 END AS kept,
				  CASE WHEN t.reopened_at IS NULL THEN 0 ELSE 1 END AS reopened
				FROM unit_task t JOIN measure m ON m.id = t.measure_id JOIN org_unit u ON u.id = t.unit_id
				LEFT JOIN evidence e ON e.unit_task_id = t.id AND NOT EXISTS (SELECT 1 FROM evidence x
				  WHERE x.unit_task_id = t.id AND x.submission_no > e.submission_no)
				WHERE m.round_id = :round""" + only(scope) + " ORDER BY m.sort_order, m.id, u.sort_order, u.id")
			.param("round", roundId)
			.query((rs, n) -> new ReportTask(rs.getLong("measure_id"), rs.getString("unit_id"),
					UnitTaskState.valueOf(rs.getString("state")), rs.getString("summary"), rs.getInt("kept") == 1,
					rs.getInt("reopened") == 1))
			.list();
	}

	/** The institutions signed-off items of each problem reported, in the order reported. */
	List<ProblemInstitution> institutionsByProblem(long roundId, Scope scope) {
		return jdbc.sql("SELECT m.problem_id, i.title, i.document_no " + accepted(INSTITUTIONS) + only(scope)
				+ " ORDER BY m.sort_order, m.id, e.submitted_at, i.sort_order")
			.param("round", roundId)
			.query((rs, n) -> new ProblemInstitution(rs.getLong("problem_id"), rs.getString("title"),
					rs.getString("document_no")))
			.list();
	}

	/** Accountability persons by problem and kind. */
	List<ProblemAccountability> accountabilityByProblem(long roundId, Scope scope) {
		return jdbc.sql("SELECT m.problem_id, a.kind, SUM(a.persons) AS persons " + accepted(ACCOUNTABILITY) + only(scope)
				+ " GROUP BY m.problem_id, a.kind")
			.param("round", roundId)
			.query((rs, n) -> new ProblemAccountability(rs.getLong("problem_id"),
					AccountabilityKind.valueOf(rs.getString("kind")), rs.getLong("persons")))
			.list();
	}

	/** Funds recovered by problem. */
	Map<Long, BigDecimal> fundsByProblem(long roundId, Scope scope) {
		Map<Long, BigDecimal> funds = new HashMap<>();
		jdbc.sql("SELECT m.problem_id, SUM(e.funds_recovered) AS funds " + accepted(EVIDENCE) + only(scope)
				+ " AND e.funds_recovered IS NOT NULL GROUP BY m.problem_id")
			.param("round", roundId)
			.query((rs, n) -> funds.put(rs.getLong("problem_id"), rs.getBigDecimal("funds")))
			.list();
		return funds;
	}

	private static String only(Scope scope) {
		return scope == Scope.PUBLIC ? " AND m.public_report = TRUE" : "";
	}

	/** The {@code n} unit tasks of one standing and light, counted: only an open one is late or yellow. */
	private static Tally tally(ResultSet rs) throws SQLException {
		long n = rs.getLong("n");
		int standing = rs.getInt("standing");
		int light = rs.getInt("light");
		boolean open = standing == OPEN;
		return new Tally(n, standing == SIGNED_OFF ? n : 0, standing == KEPT ? n : 0, open && light != RED ? n : 0,
				open && light == RED ? n : 0, standing == REOPENED ? n : 0, open && light == YELLOW ? n : 0);
	}

	/** Every open unit task by its light, whatever its standing. */
	private static Lights lights(ResultSet rs) throws SQLException {
		long n = rs.getLong("n");
		int light = rs.getInt("light");
		return new Lights(light == RED ? n : 0, light == YELLOW ? n : 0);
	}

	/** @param tally the unit tasks by standing; {@code lights} every open item and phase by traffic light */
	record TaskGroup(long aspectId, String unitId, Tally tally, Lights lights) {
	}

	/** Open items and phases that are late (红灯) or in their warning period (黄灯), whatever their standing. */
	record Lights(long red, long yellow) {

		static final Lights NONE = new Lights(0, 0);

		Lights plus(Lights other) {
			return new Lights(red + other.red, yellow + other.yellow);
		}

	}

	record MeasureRow(long id, String code, String text, long aspectId, long problemId, Long manifestationId,
			MeasureType type, String leader, boolean publicReport, Tally tasks) {
	}

	record FindingRow(long aspectId, String aspectCode, String aspectTitle, long problemId, String problemCode,
			String problemTitle, Long manifestationId, String manifestationCode, String manifestationText) {
	}

	record Results(long institutions, Map<AccountabilityKind, Long> accountability, BigDecimal fundsRecovered) {
	}

	record WarningRow(long unitTaskId, WarningLevel level, String measureCode, String measureText, String unitId,
			String leader, LocalDate deadline, LocalDate originalDeadline, UnitTaskState state, String processInstanceId,
			int phaseNo, boolean keptSince, boolean reopened) {
	}

	/**
	 * @param keptSince the first phase of a long-term item was signed off
	 * @param reopened a look-back found the problem back (history once signed off again)
	 */
	record ReportTask(long measureId, String unitId, UnitTaskState state, String summary, boolean keptSince,
			boolean reopened) {

		ItemStanding standing() {
			return ItemStanding.of(state, keptSince, reopened, false);
		}

	}

	record ProblemInstitution(long problemId, String title, String documentNo) {
	}

	record ProblemAccountability(long problemId, AccountabilityKind kind, long persons) {
	}

}
