package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One responsible unit's work on one measure, with the facts a Tasklist form or the ledger API shows about
 * it (joined from the round, the findings and the measure). {@code deadline} is the current deadline,
 * {@code originalDeadline} the plan's; {@code warning} is the traffic light of an open item today and
 * {@code completion} how a closed one met its deadline. A long-term measure with milestones has {@code phaseCount}
 * phases; {@code keptSince} is when the item's first phase was signed off (it shows 已整改·长期坚持 from then
 * on), {@code reopenedAt} when a look-back last found the problem back.
 */
public record UnitTask(Long id, Long roundId, String roundName, String aspectCode, String aspectTitle,
		String problemCode, String problemTitle, String manifestationCode, String manifestationText, Long measureId,
		String measureCode, String measureText, MeasureType measureType, String responsibleLeader,
		String leadUnitId, String responsiblePerson, String unitId, String unitName, UnitTaskState state,
		LocalDate deadline, String processInstanceId, OffsetDateTime createdAt, OffsetDateTime updatedAt,
		OffsetDateTime closedAt, LocalDate originalDeadline, LocalDate warnFrom, LocalDate overdueFrom,
		LocalDate severeFrom, LocalDate completedOn, WarningLevel warning, Completion completion, int phaseNo,
		int phaseCount, OffsetDateTime keptSince, OffsetDateTime reopenedAt, int reboundCount,
		Integer deadlineWorkingDays, LocalDate deadlineCountedFrom) {

	/** The short reference people use in meetings, e.g. 【2-3】. */
	public String reference() {
		return "【" + measureCode + "】";
	}

	/** A long-term item past its first phase and not reopened: 已整改·长期坚持 while its next phases run. */
	public boolean keptLongTerm() {
		return state == UnitTaskState.LONG_TERM_KEPT || keepsOnLongTerm();
	}

	public boolean phased() {
		return phaseCount > 1;
	}

	/**
	 * How the ledger names where the item stands, e.g. 已整改·长期坚持（第2阶段：正在整改） for a long-term item
	 * working on a later phase.
	 */
	@JsonProperty("standing")
	public String standing() {
		return standing(state, keptSince, phaseNo);
	}

	/** The same for a ledger row read without the full view. */
	public static String standing(UnitTaskState state, OffsetDateTime keptSince, int phaseNo) {
		// A long-term item working on a later phase was rectified once already; say so, and where it stands now.
		if (keptSince != null && !state.isClosed()) {
			return UnitTaskState.LONG_TERM_KEPT.label() + "（第" + phaseNo + "阶段：" + state.label() + "）";
		}
		return state.label();
	}

	/** Past its first phase, not closed and not reopened: a living long-term item. */
	private boolean keepsOnLongTerm() {
		return keptSince != null && !state.isClosed();
	}

}
