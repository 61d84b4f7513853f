package org.rectification.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.rectification.ledger.EvidenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ledger's evidence files. */
@Repository
public class EvidenceFiles {

	private static final String SELECT = """
			SELECT f.*, e.submission_no FROM evidence_file f LEFT JOIN evidence e ON e.id = f.evidence_id""";

	private final JdbcClient jdbc;

	EvidenceFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitTaskId, EvidenceKind kind, String fileName, FileType type, long size, String sha256,
			String storageKey, String uploadedBy, OffsetDateTime now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO evidence_file (unit_task_id, kind, file_name, file_type, size_bytes, sha256, storage_key,
				  uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(unitTaskId, kind.name(), fileName, type.name(), size, sha256, storageKey, uploadedBy, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<EvidenceFile> find(long id) {
		return jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(EvidenceFiles::row).optional();
	}

	/** Every file of the item, submitted ones first in submission order, then the unit's pending ones. */
	public List<EvidenceFile> forUnitTask(long unitTaskId) {
		return jdbc.sql(SELECT + " WHERE f.unit_task_id = ? ORDER BY COALESCE(e.submission_no, 2147483647), f.id")
			.param(unitTaskId)
			.query(EvidenceFiles::row)
			.list();
	}

	long totalSize(long unitTaskId) {
		return jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM evidence_file WHERE unit_task_id = ?")
			.param(unitTaskId)
			.query(Long.class)
			.single();
	}

	/** Removes a file the unit has not submitted yet; false when it is gone or was submitted meanwhile. */
	boolean deletePending(long id) {
		return jdbc.sql("DELETE FROM evidence_file WHERE id = ? AND evidence_id IS NULL").param(id).update() == 1;
	}

	/** The submission takes every pending file of the item; from now on they cannot be removed. */
	public int attachPending(long unitTaskId, long evidenceId) {
		return jdbc.sql("UPDATE evidence_file SET evidence_id = ? WHERE unit_task_id = ? AND evidence_id IS NULL")
			.params(evidenceId, unitTaskId)
			.update();
	}

	/** Submitted files of other items with one of these hashes: the same file used as evidence elsewhere. */
	public List<Reuse> reusedElsewhere(long unitTaskId, Collection<String> hashes) {
		if (hashes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT f.sha256, f.unit_task_id, m.code AS measure_code, u.name AS unit_name
				FROM evidence_file f JOIN unit_task t ON t.id = f.unit_task_id JOIN measure m ON m.id = t.measure_id
				JOIN org_unit u ON u.id = t.unit_id
				WHERE f.sha256 IN (:hashes) AND f.unit_task_id <> :id AND f.evidence_id IS NOT NULL
				ORDER BY f.unit_task_id""")
			.param("hashes", hashes)
			.param("id", unitTaskId)
			.query((rs, n) -> new Reuse(rs.getString("sha256"), rs.getLong("unit_task_id"), rs.getString("measure_code"),
					rs.getString("unit_name")))
			.list();
	}

	/** The kinds of evidence the plan requires for the measure. */
	public List<EvidenceKind> requiredKinds(long measureId) {
		return jdbc.sql("SELECT kind FROM measure_evidence_kind WHERE measure_id = ?")
			.param(measureId)
			.query((rs, n) -> EvidenceKind.valueOf(rs.getString("kind")))
			.list()
			.stream()
			.sorted()
			.toList();
	}

	public void replaceRequiredKinds(long measureId, Collection<EvidenceKind> kinds) {
		jdbc.sql("DELETE FROM measure_evidence_kind WHERE measure_id = ?").param(measureId).update();
		for (EvidenceKind kind : kinds) {
			jdbc.sql("INSERT INTO measure_evidence_kind (measure_id, kind) VALUES (?, ?)").params(measureId, kind.name()).update();
		}
	}

	/** A file with the same content among an item's files. */
	public record Reuse(String sha256, long unitTaskId, String measureCode, String unitName) {
	}

	private static EvidenceFile row(ResultSet rs, int n) throws SQLException {
		return new EvidenceFile(rs.getLong("id"), rs.getLong("unit_task_id"), (Long) rs.getObject("evidence_id", Long.class),
				rs.getObject("submission_no", Integer.class), EvidenceKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), FileType.valueOf(rs.getString("file_type")), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("storage_key"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class));
	}

}
