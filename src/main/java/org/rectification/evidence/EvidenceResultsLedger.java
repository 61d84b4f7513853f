package org.rectification.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The structured results of each submission, in the ledger beside the evidence row. */
@Repository
public class EvidenceResultsLedger {

	private final JdbcClient jdbc;

	EvidenceResultsLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(long evidenceId, EvidenceResults results) {
		jdbc.sql("UPDATE evidence SET funds_recovered = ? WHERE id = ?").params(results.fundsRecovered(), evidenceId).update();
		int order = 0;
		for (EvidenceResults.Institution i : results.institutions()) {
			jdbc.sql("""
					INSERT INTO evidence_institution (evidence_id, title, document_no, issued_on, sort_order)
					VALUES (?, ?, ?, ?, ?)""").params(evidenceId, i.title(), i.documentNo(), i.issuedOn(), order++).update();
		}
		order = 0;
		for (EvidenceResults.Accountability a : results.accountabilities()) {
			jdbc.sql("INSERT INTO evidence_accountability (evidence_id, kind, persons, sort_order) VALUES (?, ?, ?, ?)")
				.params(evidenceId, a.kind().name(), a.persons(), order++)
				.update();
		}
	}

	public EvidenceResults find(long evidenceId) {
		List<EvidenceResults.Institution> institutions = jdbc
			.sql("SELECT title, document_no, issued_on FROM evidence_institution WHERE evidence_id = ? ORDER BY sort_order")
			.param(evidenceId)
			.query((rs, n) -> new EvidenceResults.Institution(rs.getString("title"), rs.getString("document_no"),
					rs.getObject("issued_on", LocalDate.class)))
			.list();
		List<EvidenceResults.Accountability> accountabilities = jdbc
			.sql("SELECT kind, persons FROM evidence_accountability WHERE evidence_id = ? ORDER BY sort_order")
			.param(evidenceId)
			.query((rs, n) -> {
				AccountabilityKind kind = AccountabilityKind.valueOf(rs.getString("kind"));
				return new EvidenceResults.Accountability(kind, kind.label(), rs.getInt("persons"));
			})
			.list();
		BigDecimal funds = jdbc.sql("SELECT funds_recovered FROM evidence WHERE id = ?")
			.param(evidenceId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		return new EvidenceResults(institutions, accountabilities, funds);
	}

}
