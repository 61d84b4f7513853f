package org.rectification.plan.workbook;

import java.util.List;

import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.MeasureType;

/**
 * A plan as read from a valid workbook: the findings in the order of the file and the measures answering
 * them. Units and leaders are already resolved to their ids; unit sets are expanded.
 */
public record PlanDraft(List<Finding> findings, List<Measure> measures) {

	/** A manifestation of a problem of an aspect, or the problem alone when {@code manifestation} is null. */
	public record Finding(String aspect, String problem, String manifestation) {
	}

	/**
	 * @param requiredEvidence null when the workbook has no 佐证材料要求 column
	 * @param publicReport whether the public progress report shows it; null when the workbook has no 是否公开 column
	 */
	public record Measure(int row, String code, String text, Finding finding, MeasureType type, String leader,
			String leadUnit, List<String> cooperatingUnits, List<String> responsibleUnits, String responsiblePerson,
			MeasureDeadline deadline, List<EvidenceKind> requiredEvidence, Boolean publicReport) {
	}

}
