package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rectification.system.BusinessClock;
import org.rectification.system.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Unit tasks and what happened to them: evidence, decisions and the status history. */
@Repository
public class UnitTasks {

	private static final String VIEW = """
			SELECT t.id, r.id AS round_id, r.name AS round_name, a.code AS aspect_code, a.title AS aspect_title,
			  p.code AS problem_code, p.title AS problem_title, mf.code AS manifestation_code,
			  mf.text AS manifestation_text, m.id AS measure_id, m.code AS measure_code, m.text AS measure_text,
			  m.measure_type, m.responsible_leader, m.lead_unit_id, m.responsible_person, t.unit_id,
			  u.name AS unit_name, t.state, t.deadline, t.process_instance_id, t.created_at, t.updated_at, t.closed_at,
			  t.original_deadline, t.warn_from, t.overdue_from, t.severe_from, t.completed_on,
			  CASE WHEN t.state IN ('SIGNED_OFF', 'LONG_TERM_KEPT') THEN NULL
			    WHEN t.overdue_from <= ? THEN 'RED' WHEN t.warn_from <= ? THEN 'YELLOW' ELSE 'GREEN' END AS warning,
			  CASE WHEN t.state NOT IN ('SIGNED_OFF', 'LONG_TERM_KEPT') OR t.completed_on IS NULL THEN NULL
			    WHEN t.completed_on <= t.original_deadline THEN 'ON_TIME'
			    WHEN t.completed_on <= t.deadline THEN 'EXTENDED' ELSE 'LATE' END AS completion,
			  t.phase_no, 1 + (SELECT COUNT(*) FROM measure_milestone mm WHERE mm.measure_id = m.id) AS phase_count,
			  t.kept_since, t.reopened_at, t.rebound_count, t.deadline_working_days, t.deadline_counted_from
			FROM unit_task t
			JOIN measure m ON m.id = t.measure_id
			JOIN problem p ON p.id = m.problem_id
			JOIN aspect a ON a.id = p.aspect_id
			JOIN inspection_round r ON r.id = m.round_id
			JOIN org_unit u ON u.id = t.unit_id
			LEFT JOIN manifestation mf ON mf.id = m.manifestation_id
			""";

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	UnitTasks(JdbcClient jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param workingDays the plan's deadline in working days, counted from {@code sentOn}; null when the plan
	 * gave a date
	 */
	public long insert(long measureId, String unitId, DeadlineDates deadline, Integer workingDays, LocalDate sentOn,
			OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO unit_task (measure_id, unit_id, state, deadline, original_deadline, warn_from, overdue_from,
				  severe_from, deadline_working_days, deadline_counted_from, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(measureId, unitId, UnitTaskState.IN_PROGRESS.name(), deadline.deadline(), deadline.deadline(),
					deadline.warnFrom(), deadline.overdueFrom(), deadline.severeFrom(), workingDays,
					workingDays == null ? null : sentOn, now, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Locks the task's row until the transaction ends, so that checks and inserts about it run one at a time. */
	public void lock(long id) {
		jdbc.sql("SELECT id FROM unit_task WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	/**
	 * Gives the task a new current deadline (an approved extension), a date from now on; the original deadline
	 * stays.
	 */
	public void moveDeadline(long id, DeadlineDates deadline, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE unit_task SET deadline = ?, warn_from = ?, overdue_from = ?, severe_from = ?, updated_at = ?,
				  deadline_working_days = NULL, deadline_counted_from = NULL
				WHERE id = ?""")
			.params(deadline.deadline(), deadline.warnFrom(), deadline.overdueFrom(), deadline.severeFrom(), now, id)
			.update();
	}

	/**
	 * The calendar of the years the deadline's dates span has changed: the dates as counted now. The original
	 * deadline moves with the current one when the plan's working days gave both.
	 */
	public void recount(long id, DeadlineDates deadline, boolean originalToo, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE unit_task SET deadline = ?, original_deadline = CASE WHEN ? THEN ? ELSE original_deadline END,
				  warn_from = ?, overdue_from = ?, severe_from = ?, updated_at = ?
				WHERE id = ?""")
			.params(deadline.deadline(), originalToo, deadline.deadline(), deadline.warnFrom(), deadline.overdueFrom(),
					deadline.severeFrom(), now, id)
			.update();
	}

	/** The open items, oldest first: those whose deadline still drives a light or a timer. */
	public List<Long> openIds() {
		return jdbc.sql("SELECT id FROM unit_task WHERE state NOT IN ('SIGNED_OFF', 'LONG_TERM_KEPT') ORDER BY id")
			.query(Long.class)
			.list();
	}

	public void recordCompletion(long id, LocalDate completedOn) {
		jdbc.sql("UPDATE unit_task SET completed_on = ? WHERE id = ?").params(completedOn, id).update();
	}

	/** Links the unit task to its process instance, unless it has one already. */
	public boolean linkProcessInstance(long id, String processInstanceId) {
		return jdbc.sql("UPDATE unit_task SET process_instance_id = ? WHERE id = ? AND process_instance_id IS NULL")
			.params(processInstanceId, id)
			.update() == 1;
	}

	public Optional<UnitTask> find(long id) {
		LocalDate today = clock.today();
		return jdbc.sql(VIEW + " WHERE t.id = ?").params(today, today, id).query(UnitTask.class).optional();
	}

	/** The thresholds of the task's current deadline, read without the joins of the full view (timers ask often). */
	public Optional<DeadlineDates> deadlineDates(long id) {
		return jdbc.sql("SELECT deadline, warn_from, overdue_from, severe_from FROM unit_task WHERE id = ?")
			.param(id)
			.query(DeadlineDates.class)
			.optional();
	}

	public Optional<UnitTask> findByProcessInstance(String processInstanceId) {
		LocalDate today = clock.today();
		return jdbc.sql(VIEW + " WHERE t.process_instance_id = ?")
			.params(today, today, processInstanceId)
			.query(UnitTask.class)
			.optional();
	}

	/**
	 * @param unitIds the units whose tasks may be listed, or {@code null} for every unit
	 */
	public List<UnitTask> list(Long roundId, Collection<String> unitIds, UnitTaskState state) {
		return list(roundId, unitIds, state, Integer.MAX_VALUE, 0);
	}

	/** One page of {@link #list(Long, Collection, UnitTaskState)}: at most {@code rows} from {@code offset}. */
	public List<UnitTask> list(Long roundId, Collection<String> unitIds, UnitTaskState state, int rows, int offset) {
		List<String> where = new ArrayList<>();
		LocalDate today = clock.today();
		List<Object> params = new ArrayList<>(List.of(today, today));
		if (roundId != null) {
			where.add("r.id = ?");
			params.add(roundId);
		}
		if (unitIds != null) {
			if (unitIds.isEmpty()) {
				return List.of();
			}
			where.add("t.unit_id IN (" + unitIds.stream().map(u -> "?").collect(Collectors.joining(", ")) + ")");
			params.addAll(unitIds);
		}
		if (state != null) {
			where.add("t.state = ?");
			params.add(state.name());
		}
		String sql = VIEW + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY r.id, m.id, u.sort_order, t.id LIMIT ? OFFSET ?";
		params.add(rows);
		params.add(offset);
		return jdbc.sql(sql).params(params).query(UnitTask.class).list();
	}

	/** How many unit tasks of the round are in each state (every state present, zero included). */
	public Map<UnitTaskState, Long> countByState(long roundId) {
		Map<UnitTaskState, Long> counts = new EnumMap<>(UnitTaskState.class);
		for (UnitTaskState state : UnitTaskState.values()) {
			counts.put(state, 0L);
		}
		jdbc.sql("""
				SELECT t.state, COUNT(*) AS n FROM unit_task t JOIN measure m ON m.id = t.measure_id
				WHERE m.round_id = ? GROUP BY t.state""")
			.param(roundId)
			.query((rs, row) -> counts.put(UnitTaskState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * Moves the task to {@code to} if it is in one of {@code from} and writes the history line; a task that
	 * moved meanwhile (another user, a double click) is a conflict, not a silent overwrite.
	 */
	public void transition(long id, Set<UnitTaskState> from, UnitTaskState to, String actor, String note,
			OffsetDateTime now) {
		UnitTaskState current = jdbc.sql("SELECT state FROM unit_task WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(UnitTaskState::valueOf)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改任务 " + id + " 不存在"));
		if (!from.contains(current)) {
			throw RuleViolation.conflict("STATE_CONFLICT", "整改任务当前状态为“" + current.label() + "”，不能变为“" + to.label() + "”");
		}
		int updated = jdbc.sql("UPDATE unit_task SET state = ?, updated_at = ?, closed_at = ? WHERE id = ? AND state = ?")
			.params(to.name(), now, to.isClosed() ? now : null, id, current.name())
			.update();
		if (updated != 1) {
			throw RuleViolation.conflict("STATE_CONFLICT", "整改任务已被他人处理，请刷新后重试");
		}
		jdbc.sql("""
				INSERT INTO status_history (unit_task_id, from_state, to_state, changed_by, changed_at, note)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, current.name(), to.name(), actor, now, note)
			.update();
	}

	public void recordCreation(long id, String actor, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO status_history (unit_task_id, from_state, to_state, changed_by, changed_at, note)
				VALUES (?, NULL, ?, ?, ?, ?)""")
			.params(id, UnitTaskState.IN_PROGRESS.name(), actor, now, "整改任务下达")
			.update();
	}

	/** A line in the item's history that does not change its state (e.g. a deadline moved). */
	public void recordNote(long id, String actor, String note, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO status_history (unit_task_id, from_state, to_state, changed_by, changed_at, note)
				SELECT id, state, state, ?, ?, ? FROM unit_task WHERE id = ?""")
			.params(actor, now, note, id)
			.update();
	}

	/** Starts the item's next phase: its deadline is the phase's, and a long-term item is kept from now on. */
	public void startPhase(long id, int phaseNo, DeadlineDates deadline, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE unit_task SET phase_no = ?, deadline = ?, original_deadline = ?, warn_from = ?, overdue_from = ?,
				  severe_from = ?, kept_since = COALESCE(kept_since, ?), updated_at = ?, deadline_working_days = NULL,
				  deadline_counted_from = NULL
				WHERE id = ?""")
			.params(phaseNo, deadline.deadline(), deadline.deadline(), deadline.warnFrom(), deadline.overdueFrom(),
					deadline.severeFrom(), now, now, id)
			.update();
	}

	/**
	 * A look-back found the problem back: the item gets the office's new deadline and counts as reopened, no
	 * longer as kept or completed. The state moves by {@link #transition}.
	 */
	public void reopen(long id, DeadlineDates deadline, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE unit_task SET deadline = ?, original_deadline = ?, warn_from = ?, overdue_from = ?, severe_from = ?,
				  reopened_at = ?, rebound_count = rebound_count + 1, kept_since = NULL, completed_on = NULL, updated_at = ?,
				  deadline_working_days = NULL, deadline_counted_from = NULL
				WHERE id = ?""")
			.params(deadline.deadline(), deadline.deadline(), deadline.warnFrom(), deadline.overdueFrom(),
					deadline.severeFrom(), now, now, id)
			.update();
	}

	public Evidence insertEvidence(long unitTaskId, String summary, LocalDate completionDate, String submittedBy,
			OffsetDateTime now) {
		return insertEvidence(unitTaskId, summary, completionDate, submittedBy, now, null);
	}

	/**
	 * One more submission of the item, for the phase it is in, or answering a look-back when {@code lookBackId}
	 * is given.
	 */
	public Evidence insertEvidence(long unitTaskId, String summary, LocalDate completionDate, String submittedBy,
			OffsetDateTime now, Long lookBackId) {
		int submissionNo = jdbc.sql("SELECT COUNT(*) FROM evidence WHERE unit_task_id = ?")
			.param(unitTaskId)
			.query(Integer.class)
			.single() + 1;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO evidence (unit_task_id, submission_no, summary, completion_date, submitted_by, submitted_at,
				  phase_no, look_back_id)
				VALUES (?, ?, ?, ?, ?, ?, (SELECT phase_no FROM unit_task WHERE id = ?), ?)""")
			.params(unitTaskId, submissionNo, summary, completionDate, submittedBy, now, unitTaskId, lookBackId)
			.update(keys, "id");
		int phaseNo = jdbc.sql("SELECT phase_no FROM unit_task WHERE id = ?").param(unitTaskId).query(Integer.class).single();
		return new Evidence(keys.getKeyAs(Number.class).longValue(), unitTaskId, submissionNo, summary, completionDate,
				submittedBy, now, phaseNo, lookBackId);
	}

	public List<Evidence> evidence(long unitTaskId) {
		return jdbc.sql("SELECT * FROM evidence WHERE unit_task_id = ? ORDER BY submission_no")
			.param(unitTaskId)
			.query(Evidence.class)
			.list();
	}

	public void insertDecision(long unitTaskId, long evidenceId, Decision.Stage stage, Decision.Outcome outcome,
			String reason, String decidedBy, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO decision (unit_task_id, evidence_id, stage, outcome, reason, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(unitTaskId, evidenceId, stage.name(), outcome.name(), reason, decidedBy, now)
			.update();
	}

	/** The checklist and warnings of the office's latest review of a submission. */
	public void recordReviewChecks(long unitTaskId, long evidenceId, String checklist, String warnings) {
		jdbc.sql("""
				UPDATE decision SET checklist = ?, warnings = ? WHERE id = (SELECT MAX(id) FROM decision
				  WHERE unit_task_id = ? AND evidence_id = ? AND stage = 'REVIEW')""")
			.params(checklist, warnings, unitTaskId, evidenceId)
			.update();
	}

	public List<Decision> decisions(long unitTaskId) {
		return jdbc.sql("SELECT * FROM decision WHERE unit_task_id = ? ORDER BY decided_at, id")
			.param(unitTaskId)
			.query(Decision.class)
			.list();
	}

	public List<StatusChange> history(long unitTaskId) {
		return jdbc.sql("SELECT * FROM status_history WHERE unit_task_id = ? ORDER BY changed_at, id")
			.param(unitTaskId)
			.query(StatusChange.class)
			.list();
	}

}
