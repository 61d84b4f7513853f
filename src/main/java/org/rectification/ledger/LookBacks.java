package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.rectification.system.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The look-backs of unit tasks. */
@Repository
public class LookBacks {

	private final JdbcClient jdbc;

	LookBacks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long schedule(long unitTaskId, LocalDate dueOn, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO look_back (unit_task_id, due_on, status, scheduled_at) VALUES (?, ?, ?, ?)")
			.params(unitTaskId, dueOn, LookBackStatus.SCHEDULED.name(), now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The item's newest look-back, whatever its status. */
	public Optional<LookBack> latest(long unitTaskId) {
		return jdbc.sql("SELECT * FROM look_back WHERE unit_task_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(unitTaskId)
			.query(LookBack.class)
			.optional();
	}

	/** The item's look-back is open and waits for the unit's fresh evidence. */
	public boolean awaitingUnit(long unitTaskId) {
		return latest(unitTaskId).map(l -> l.status() == LookBackStatus.WITH_UNIT).orElse(false);
	}

	public List<LookBack> forUnitTask(long unitTaskId) {
		return jdbc.sql("SELECT * FROM look_back WHERE unit_task_id = ? ORDER BY id")
			.param(unitTaskId)
			.query(LookBack.class)
			.list();
	}

	/**
	 * Moves the look-back on if it is in {@code from}; one that moved meanwhile (a double click, a retried job)
	 * is a conflict, not a second step.
	 */
	public void move(long id, LookBackStatus from, LookBackStatus to) {
		int updated = jdbc.sql("UPDATE look_back SET status = ? WHERE id = ? AND status = ?")
			.params(to.name(), id, from.name())
			.update();
		if (updated != 1) {
			throw RuleViolation.conflict("LOOK_BACK_CONFLICT", "回头看已被他人处理，请刷新后重试");
		}
	}

	public void opened(long id, OffsetDateTime now) {
		jdbc.sql("UPDATE look_back SET opened_at = ? WHERE id = ?").params(now, id).update();
	}

	public void decided(long id, LookBackStatus verdict, String by, OffsetDateTime at, String reason, LocalDate newDeadline) {
		move(id, LookBackStatus.UNDER_REVIEW, verdict);
		jdbc.sql("UPDATE look_back SET verdict_by = ?, verdict_at = ?, reason = ?, new_deadline = ? WHERE id = ?")
			.params(by, at, reason, newDeadline, id)
			.update();
	}

}
