package org.rectification.plan.workbook;

import java.util.List;

import org.rectification.ledger.EvidenceKind;
import org.rectification.ledger.MeasureDeadline;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestone;

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
	 * @param milestones the later phases, numbered from 2; null when the workbook has no 阶段性目标 column
	 * @param lookBackMonths months from the final sign-off to the look-back; null for the type's default
	 * @param lookBackListed whether the workbook has the 回头看（月） column (without it the file says nothing)
	 */
	public record Measure(int row, String code, String text, Finding finding, MeasureType type, String leader,
			String leadUnit, List<String> cooperatingUnits, List<String> responsibleUnits, String responsiblePerson,
			MeasureDeadline deadline, List<EvidenceKind> requiredEvidence, Boolean publicReport,
			List<Milestone> milestones, Integer lookBackMonths, boolean lookBackListed) {
	}

}
