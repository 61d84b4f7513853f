package org.rectification.deadline;

import java.time.LocalDate;
import java.util.List;

import org.rectification.ledger.Completion;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.WarningLevel;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** An item's deadline as the 完成时限 tab and the API show it. */
@Component
public class DeadlineViews {

	private final DeadlineExtensions extensions;

	private final Escalations escalations;

	private final DeadlineStatus status;

	private final DeadlineLadder ladder;

	DeadlineViews(DeadlineExtensions extensions, Escalations escalations, DeadlineStatus status, DeadlineLadder ladder) {
		this.extensions = extensions;
		this.escalations = escalations;
		this.status = status;
		this.ladder = ladder;
	}

	public DeadlineView view(UnitTask item, CurrentUser user) {
		List<DeadlineExtension> requests = extensions.forUnitTask(item.id());
		boolean withUnit = item.state().isWithUnit();
		boolean pending = requests.stream().anyMatch(e -> e.status() == DeadlineExtension.Status.PENDING);
		DeadlineLadder.Marks marks = ladder.marks(item);
		boolean open = !item.state().isClosed();
		return new DeadlineView(item.id(), item.reference(), item.unitName(), item.state(), item.deadline(),
				item.originalDeadline(), item.warning(), status.warning(item), item.completedOn(), item.completion(),
				requests, escalations.forUnitTask(item.id()), user.memberOf(item.unitId()) && withUnit && !pending,
				item.warnFrom(), item.overdueFrom(), item.severeFrom(), open && marks.any(), open ? marks : null,
				item.deadlineWorkingDays());
	}

	/**
	 * @param canRequestExtension whether the caller may ask for more time now (a member of the unit, the item with
	 * the unit, no request pending)
	 * @param provisional whether any date shown rests on a year whose holiday schedule is not yet published
	 * @param provisionalDates which of them (null for a closed item)
	 * @param deadlineWorkingDays the plan's deadline in working days, counted from the day the item was sent
	 */
	public record DeadlineView(long unitTaskId, String reference, String unitName, UnitTaskState state,
			LocalDate deadline, LocalDate originalDeadline, WarningLevel warning, String warningText,
			LocalDate completedOn, Completion completion, List<DeadlineExtension> extensions,
			List<Escalation> escalations, boolean canRequestExtension, LocalDate warnFrom, LocalDate overdueFrom,
			LocalDate severeFrom, boolean provisional, DeadlineLadder.Marks provisionalDates,
			Integer deadlineWorkingDays) {
	}

}
