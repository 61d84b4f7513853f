package org.rectification.plan;

import java.time.LocalDate;
import java.util.List;

import org.rectification.ledger.MeasureDeadline;

/**
 * A round with its feedback and plan, as the office enters it through the API: aspects, problems,
 * manifestations and measures nested as in the feedback document.
 */
public record NewRound(String name, String inspectionGroup, String inspectedBody, LocalDate periodStart,
		LocalDate periodEnd, LocalDate feedbackDate, String documentNo, LocalDate deadline, List<NewAspect> aspects,
		Boolean dispatch) {

	List<NewAspect> aspectList() {
		return aspects == null ? List.of() : aspects;
	}

	public record NewAspect(String code, String title, List<NewProblem> problems) {

		List<NewProblem> problemList() {
			return problems == null ? List.of() : problems;
		}

	}

	public record NewProblem(String code, String title, List<NewManifestation> manifestations, List<NewMeasure> measures) {

		List<NewManifestation> manifestationList() {
			return manifestations == null ? List.of() : manifestations;
		}

		List<NewMeasure> measureList() {
			return measures == null ? List.of() : measures;
		}

	}

	public record NewManifestation(String code, String text) {
	}

	/**
	 * @param manifestation the code of the manifestation it answers, or empty for the problem as a whole
	 * @param type 立行立改 / 限期整改 / 长期坚持 (or IMMEDIATE / DEADLINE / LONG_TERM)
	 * @param deadline the date to complete by, or null when {@code deadlineWorkingDays} is given
	 * @param deadlineWorkingDays working days counted from the day the item is sent to the unit
	 * @param requiredEvidence evidence kinds each unit must provide (制度文件, 会议纪要, 照片, 台账或截图, 其他)
	 * @param publicReport false keeps the measure out of the public progress report; null or true shows it
	 * @param milestones a long-term measure's later phases (阶段性目标), in order, each after the one before
	 * @param lookBackMonths months from the final sign-off to the look-back (1 to 36); null for the type's default
	 */
	public record NewMeasure(String code, String text, String type, String responsibleLeader, String leadUnit,
			List<String> cooperatingUnits, List<String> responsibleUnits, String responsiblePerson, LocalDate deadline,
			String manifestation, Integer deadlineWorkingDays, List<String> requiredEvidence, Boolean publicReport,
			List<NewMilestone> milestones, Integer lookBackMonths) {

		List<NewMilestone> milestoneList() {
			return milestones == null ? List.of() : milestones;
		}

		List<String> requiredEvidenceList() {
			return requiredEvidence == null ? List.of() : requiredEvidence;
		}

		MeasureDeadline plannedDeadline() {
			return new MeasureDeadline(deadline, deadlineWorkingDays);
		}

		List<String> cooperatingUnitList() {
			return cooperatingUnits == null ? List.of() : cooperatingUnits;
		}

		List<String> responsibleUnitList() {
			return responsibleUnits == null ? List.of() : responsibleUnits;
		}

	}

	/** A later phase of a long-term measure: its target and the date to reach it by. */
	public record NewMilestone(String title, LocalDate deadline) {
	}

}
