package org.rectification.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.WarningLevel;

/**
 * A round's progress at one moment, read from the ledger: what the dashboard shows and the report states.
 * Both are made from the same snapshot, so their figures agree.
 */
public record ProgressSnapshot(RoundFacts round, Scope scope, String scopeLabel, OffsetDateTime asOf, LocalDate today,
		Headline headline, Tally measures, Tally unitTasks, List<AspectProgress> byAspect, List<UnitProgress> byUnit,
		List<ProblemProgress> problems, Warnings warnings) {

	public record RoundFacts(long id, String name, String inspectionGroup, String inspectedBody, LocalDate periodStart,
			LocalDate periodEnd, LocalDate feedbackDate, String documentNo, LocalDate deadline, String status,
			String statusLabel) {

		static RoundFacts of(InspectionRound round) {
			return new RoundFacts(round.id(), round.name(), round.inspectionGroup(), round.inspectedBody(),
					round.periodStart(), round.periodEnd(), round.feedbackDate(), round.documentNo(), round.deadline(),
					round.status() == null ? null : round.status().name(), round.statusLabel());
		}

	}

	/**
	 * The figures of the report's statistics sentence. A finding (条) is a manifestation, or a problem the
	 * feedback gave none for; it is done when every unit task of every measure answering it is closed.
	 * {@code findingsReopened} are those a look-back found back (反弹), not counted as in progress.
	 */
	public record Headline(int aspects, int problems, int findings, int measures, int findingsDone,
			int findingsLongTerm, int findingsInProgress, int findingsReopened, long institutions, List<AccountabilityCount> accountability,
			long accountabilityPersons, BigDecimal fundsRecovered, String sentence) {
	}

	public record AccountabilityCount(String kind, String label, long persons) {
	}

	public record AspectProgress(long id, String code, String title, Tally measures, Tally unitTasks) {
	}

	public record UnitProgress(String unitId, String unitName, String kind, Tally unitTasks) {
	}

	/** A problem with its 整改结果 as the report gives it. */
	public record ProblemProgress(long id, String aspectCode, String code, String title, int measures,
			ItemStanding standing, String standingLabel, String result) {
	}

	/**
	 * Every open item and phase by its light, whatever its standing: a late phase of a living long-term item or a
	 * reopened item past its new deadline is RED here, though not 逾期 in the tallies.
	 *
	 * @param items the first of the RED and YELLOW items (the RED first, then by deadline)
	 */
	public record Warnings(long red, long yellow, List<WarningItem> items) {
	}

	/**
	 * @param workingDaysOverdue working days past the deadline (RED), else 0
	 * @param workingDaysLeft working days to the deadline (YELLOW), else 0
	 * @param stateLabel the ledger's state, with the standing and phase of a living long-term or reopened item
	 * @param standing where the item stands in the counts: a living long-term phase stays LONG_TERM_KEPT even
	 *     when late, a reopened item REOPENED
	 * @param phaseNo the phase of a long-term measure the unit works on (1 for other items)
	 * @param cockpitPath the item's process instance in Cockpit, relative to Cockpit's engine page
	 * @param provisional the light and the working days counted rest on a year whose holiday schedule is not yet
	 *     published (暂定)
	 */
	public record WarningItem(long unitTaskId, WarningLevel level, String levelLabel, String measureCode,
			String measureText, String unitId, String unitName, String leader, String leaderName, LocalDate deadline,
			LocalDate originalDeadline, int workingDaysOverdue, int workingDaysLeft, UnitTaskState state,
			String stateLabel, ItemStanding standing, int phaseNo, String processInstanceId, String cockpitPath,
			boolean provisional) {
	}

}
