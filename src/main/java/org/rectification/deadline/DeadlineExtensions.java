package org.rectification.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ledger's extension requests. */
@Repository
public class DeadlineExtensions {

	private final JdbcClient jdbc;

	DeadlineExtensions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DeadlineExtension> find(long id) {
		return jdbc.sql("SELECT * FROM deadline_extension WHERE id = ?").param(id).query(DeadlineExtension.class).optional();
	}

	public List<DeadlineExtension> forUnitTask(long unitTaskId) {
		return jdbc.sql("SELECT * FROM deadline_extension WHERE unit_task_id = ? ORDER BY requested_at, id")
			.param(unitTaskId)
			.query(DeadlineExtension.class)
			.list();
	}

	long insert(long unitTaskId, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
			String requestedBy, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO deadline_extension (unit_task_id, previous_deadline, requested_deadline, reason, requested_by,
				  requested_at, status)
				VALUES (?, ?, ?, ?, ?, ?, 'PENDING')""")
			.params(unitTaskId, previousDeadline, requestedDeadline, reason, requestedBy, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void linkProcessInstance(long id, String processInstanceId) {
		jdbc.sql("UPDATE deadline_extension SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
	}

	/** Decides a pending request; false when it was decided meanwhile. */
	boolean decide(long id, DeadlineExtension.Status status, LocalDate approvedDeadline, String decidedBy,
			String comment, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE deadline_extension SET status = ?, approved_deadline = ?, decided_by = ?, decided_at = ?,
				  decision_comment = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(status.name(), approvedDeadline, decidedBy, now, comment, id)
			.update() == 1;
	}

}
