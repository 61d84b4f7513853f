package org.rectification.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The milestones (阶段性目标) of long-term measures. */
@Repository
public class Milestones {

	private final JdbcClient jdbc;

	Milestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The measure's later phases in order (phase 2 first); empty for a measure of one phase. */
	public List<Milestone> forMeasure(long measureId) {
		return jdbc.sql("SELECT phase_no, title, due_date FROM measure_milestone WHERE measure_id = ? ORDER BY phase_no")
			.param(measureId)
			.query(Milestone.class)
			.list();
	}

	/** The milestones of the round's measures by measure id, each list in phase order; measures without any are absent. */
	public Map<Long, List<Milestone>> forRound(long roundId) {
		Map<Long, List<Milestone>> milestones = new HashMap<>();
		jdbc.sql("""
				SELECT mm.measure_id, mm.phase_no, mm.title, mm.due_date FROM measure_milestone mm
				JOIN measure m ON m.id = mm.measure_id WHERE m.round_id = ? ORDER BY mm.measure_id, mm.phase_no""")
			.param(roundId)
			.query((rs, row) -> milestones.computeIfAbsent(rs.getLong("measure_id"), id -> new ArrayList<>())
				.add(new Milestone(rs.getInt("phase_no"), rs.getString("title"),
						rs.getObject("due_date", java.time.LocalDate.class))))
			.list();
		return milestones;
	}

	public Optional<Milestone> phase(long measureId, int phaseNo) {
		return jdbc.sql("SELECT phase_no, title, due_date FROM measure_milestone WHERE measure_id = ? AND phase_no = ?")
			.params(measureId, phaseNo)
			.query(Milestone.class)
			.optional();
	}

	/** How many phases the measure has: its own deadline and each milestone. */
	public int phaseCount(long measureId) {
		return 1 + jdbc.sql("SELECT COUNT(*) FROM measure_milestone WHERE measure_id = ?")
			.param(measureId)
			.query(Integer.class)
			.single();
	}

	/** Replaces the measure's milestones with these, numbered 2, 3 … in the order given. */
	public void replace(long measureId, List<Milestone> milestones) {
		jdbc.sql("DELETE FROM measure_milestone WHERE measure_id = ?").param(measureId).update();
		int phase = 2;
		for (Milestone m : milestones) {
			jdbc.sql("INSERT INTO measure_milestone (measure_id, phase_no, title, due_date) VALUES (?, ?, ?, ?)")
				.params(measureId, phase++, m.title(), m.dueDate())
				.update();
		}
	}

	/** Months from the final sign-off to the look-back the plan set for the measure, if it set one. */
	public Optional<Integer> lookBackMonths(long measureId) {
		return jdbc.sql("SELECT look_back_months FROM measure WHERE id = ?")
			.param(measureId)
			.query((rs, row) -> (Integer) rs.getObject("look_back_months", Integer.class))
			.optional()
			.filter(java.util.Objects::nonNull);
	}

	public void setLookBackMonths(long measureId, Integer months) {
		jdbc.sql("UPDATE measure SET look_back_months = ? WHERE id = ?").params(months, measureId).update();
	}

}
