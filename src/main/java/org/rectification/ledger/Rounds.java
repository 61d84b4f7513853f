package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds, their findings (aspect, problem, manifestation) and measures in the ledger. */
@Repository
public class Rounds {

	private final JdbcClient jdbc;

	Rounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertRound(String name, String inspectionGroup, String inspectedBody, LocalDate periodStart,
			LocalDate periodEnd, LocalDate feedbackDate, String documentNo, LocalDate deadline, RoundStatus status,
			String createdBy, OffsetDateTime createdAt) {
		return insert("""
				INSERT INTO inspection_round (name, inspection_group, inspected_body, period_start, period_end,
				  feedback_date, document_no, deadline, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", name, inspectionGroup, inspectedBody, periodStart, periodEnd,
				feedbackDate, documentNo, deadline, status.name(), createdBy, createdAt);
	}

	public long insertAspect(long roundId, String code, String title) {
		return insert("INSERT INTO aspect (round_id, code, title) VALUES (?, ?, ?)", roundId, code, title);
	}

	public long insertProblem(long aspectId, String code, String title) {
		return insert("INSERT INTO problem (aspect_id, code, title) VALUES (?, ?, ?)", aspectId, code, title);
	}

	public long insertManifestation(long problemId, String code, String text) {
		return insert("INSERT INTO manifestation (problem_id, code, text) VALUES (?, ?, ?)", problemId, code, text);
	}

	public long insertMeasure(long roundId, long problemId, Long manifestationId, String code, String text,
			MeasureType type, String responsibleLeader, String leadUnitId, String responsiblePerson,
			MeasureDeadline deadline) {
		return insert("""
				INSERT INTO measure (round_id, problem_id, manifestation_id, code, text, measure_type,
				  responsible_leader, lead_unit_id, responsible_person, deadline, deadline_working_days)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", roundId, problemId, manifestationId, code, text, type.name(),
				responsibleLeader, leadUnitId, responsiblePerson, deadline.date(), deadline.workingDays());
	}

	/** Names a unit for a measure in the given role, unless it is named so already. */
	public void addMeasureUnit(long measureId, String unitId, MeasureUnitRole role) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM measure_unit WHERE measure_id = ? AND unit_id = ? AND role = ?")
			.params(measureId, unitId, role.name())
			.query(Integer.class)
			.single() > 0;
		if (!present) {
			jdbc.sql("INSERT INTO measure_unit (measure_id, unit_id, role) VALUES (?, ?, ?)")
				.params(measureId, unitId, role.name())
				.update();
		}
	}

	public Optional<InspectionRound> findRound(long id) {
		return jdbc.sql("SELECT * FROM inspection_round WHERE id = ?").param(id).query(InspectionRound.class).optional();
	}

	public List<InspectionRound> findAllRounds() {
		return jdbc.sql("SELECT * FROM inspection_round ORDER BY feedback_date DESC, id DESC")
			.query(InspectionRound.class)
			.list();
	}

	public List<Finding> findings(long roundId) {
		return jdbc.sql("""
				SELECT a.id AS aspect_id, a.code AS aspect_code, a.title AS aspect_title,
				  p.id AS problem_id, p.code AS problem_code, p.title AS problem_title,
				  mf.id AS manifestation_id, mf.code AS manifestation_code, mf.text AS manifestation_text
				FROM aspect a
				LEFT JOIN problem p ON p.aspect_id = a.id
				LEFT JOIN manifestation mf ON mf.problem_id = p.id
				WHERE a.round_id = ?
				ORDER BY a.id, p.id, mf.id""").param(roundId).query(Finding.class).list();
	}

	public List<Measure> measures(long roundId) {
		return jdbc.sql("SELECT * FROM measure WHERE round_id = ? ORDER BY id").param(roundId).query(Measure.class).list();
	}

	public Optional<Measure> findMeasure(long id) {
		return jdbc.sql("SELECT * FROM measure WHERE id = ?").param(id).query(Measure.class).optional();
	}

	public List<MeasureUnit> measureUnits(long roundId) {
		return jdbc.sql("""
				SELECT mu.measure_id, mu.unit_id, mu.role FROM measure_unit mu
				JOIN measure m ON m.id = mu.measure_id WHERE m.round_id = ? ORDER BY mu.measure_id, mu.unit_id""")
			.param(roundId)
			.query(MeasureUnit.class)
			.list();
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** One row of the findings tree: an aspect, one of its problems and one of that problem's manifestations. */
	public record Finding(Long aspectId, String aspectCode, String aspectTitle, Long problemId, String problemCode,
			String problemTitle, Long manifestationId, String manifestationCode, String manifestationText) {
	}

	/** @param lookBackMonths months from the final sign-off to the look-back; null for the type's default */
	public record Measure(Long id, Long roundId, Long problemId, Long manifestationId, String code, String text,
			MeasureType measureType, String responsibleLeader, String leadUnitId, String responsiblePerson,
			LocalDate deadline, Integer deadlineWorkingDays, Integer lookBackMonths) {

		public MeasureDeadline plannedDeadline() {
			return new MeasureDeadline(deadline, deadlineWorkingDays);
		}

	}

	public enum MeasureUnitRole {
		RESPONSIBLE, COOPERATING
	}

	public record MeasureUnit(Long measureId, String unitId, MeasureUnitRole role) {
	}

}
