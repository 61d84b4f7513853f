package org.rectification.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ledger's escalation slips. */
@Repository
public class Escalations {

	private final JdbcClient jdbc;

	Escalations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Escalation> find(long id) {
		return jdbc.sql("SELECT * FROM escalation WHERE id = ?").param(id).query(Escalation.class).optional();
	}

	public Optional<Escalation> find(long unitTaskId, Escalation.Level level, LocalDate deadline) {
		return jdbc.sql("SELECT * FROM escalation WHERE unit_task_id = ? AND level = ? AND deadline = ?")
			.params(unitTaskId, level.name(), deadline)
			.query(Escalation.class)
			.optional();
	}

	public List<Escalation> forUnitTask(long unitTaskId) {
		return jdbc.sql("SELECT * FROM escalation WHERE unit_task_id = ? ORDER BY raised_at, id")
			.param(unitTaskId)
			.query(Escalation.class)
			.list();
	}

	long insert(long unitTaskId, Escalation.Level level, LocalDate deadline, String addressedTo, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO escalation (unit_task_id, level, deadline, raised_at, addressed_to)
				VALUES (?, ?, ?, ?, ?)""")
			.params(unitTaskId, level.name(), deadline, now, addressedTo)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Records the acknowledgement unless someone acknowledged the slip meanwhile. */
	boolean acknowledge(long id, String userId, String instruction, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE escalation SET acknowledged_by = ?, acknowledged_at = ?, instruction = ?
				WHERE id = ? AND acknowledged_at IS NULL""")
			.params(userId, now, instruction, id)
			.update() == 1;
	}

}
