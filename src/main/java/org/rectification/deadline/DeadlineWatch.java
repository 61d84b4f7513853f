package org.rectification.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * What happens when an item's deadline approaches and passes: reminders to the unit and escalation slips
 * (督办单) to the leaders. Called by the timers of the unit's process inside the job's transaction; every step
 * is idempotent per item, deadline and occurrence, since a job may run again and a returned item's task comes
 * back with timers whose dates have passed.
 */
@Service
public class DeadlineWatch {

	static final int MAX_INSTRUCTION = 4000;

	private final UnitTasks unitTasks;

	private final Escalations escalations;

	private final DeadlineLadder ladder;

	private final DeadlineNotices notices;

	private final People people;

	private final BusinessClock clock;

	DeadlineWatch(UnitTasks unitTasks, Escalations escalations, DeadlineLadder ladder, DeadlineNotices notices,
			People people, BusinessClock clock) {
		this.unitTasks = unitTasks;
		this.escalations = escalations;
		this.ladder = ladder;
		this.notices = notices;
		this.people = people;
		this.clock = clock;
	}

	/** The thresholds of the item's current deadline, which the timers are set to. */
	public DeadlineDates dates(long unitTaskId) {
		return unitTasks.deadlineDates(unitTaskId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改任务 " + unitTaskId + " 不存在"));
	}

	/** YELLOW: the unit is reminded once per deadline. */
	public void remindApproaching(long unitTaskId) {
		UnitTask item = item(unitTaskId);
		LocalDate today = clock.today();
		// Deadlines bind the unit: reminders and slips only while the item is with it.
		if (item.state().isWithUnit() && !today.isBefore(item.warnFrom()) && today.isBefore(item.overdueFrom())) {
			notices.approaching(item, ladder.workingDaysLeft(item.deadline(), today), tentative(item, today));
		}
	}

	/**
	 * RED or severely overdue: raises the slip of this level for the current deadline unless it exists, and
	 * tells its addressees (and, at RED, the unit).
	 *
	 * @return the new slip, empty when it was raised before or the item is no longer overdue with the unit
	 */
	public Optional<Escalation> raise(long unitTaskId, Escalation.Level level) {
		UnitTask item = item(unitTaskId);
		LocalDate today = clock.today();
		LocalDate due = level == Escalation.Level.SEVERE ? item.severeFrom() : item.overdueFrom();
		if (!item.state().isWithUnit() || today.isBefore(due)
				|| escalations.find(unitTaskId, level, item.deadline()).isPresent()) {
			return Optional.empty();
		}
		String addressedTo = level == Escalation.Level.SEVERE ? Roles.PRINCIPAL + "," + Roles.LEADING_GROUP
				: item.responsibleLeader();
		long id = escalations.insert(unitTaskId, level, item.deadline(), addressedTo, clock.now());
		Escalation slip = escalations.find(id).orElseThrow();
		int overdue = ladder.workingDaysOverdue(item.deadline(), today);
		notices.escalation(item, slip, overdue, tentative(item, today));
		if (level == Escalation.Level.LEADER) {
			notices.overdue(item);
		}
		return Optional.of(slip);
	}

	/** While overdue, the unit is reminded every few working days; each reminder goes out once. */
	public void remindOverdue(long unitTaskId) {
		UnitTask item = item(unitTaskId);
		LocalDate today = clock.today();
		int number = ladder.overdueReminderNumber(item.deadline(), today);
		if (item.state().isWithUnit() && number > 0) {
			notices.overdueReminder(item, number, ladder.workingDaysOverdue(item.deadline(), today), tentative(item, today));
		}
	}

	/**
	 * The addressee acknowledges the slip (签收), optionally with an instruction for the unit.
	 *
	 * @param unitTaskId the item whose process holds the slip's task, checked against the slip
	 */
	public Escalation acknowledge(long escalationId, long unitTaskId, Escalation.Level level, CurrentUser user,
			Object instructionValue) {
		Escalation slip = escalations.find(escalationId)
			.filter(s -> s.unitTaskId() == unitTaskId && s.level() == level)
			.orElseThrow(() -> new RuleViolation("ESCALATION_NOT_FOUND", "督办单不存在"));
		boolean addressee = level == Escalation.Level.SEVERE
				? user.memberOfAny(List.of(Roles.PRINCIPAL, Roles.LEADING_GROUP))
				: user.userId().equals(slip.addressedTo());
		if (!addressee) {
			throw RuleViolation.forbidden("NOT_ADDRESSEE", level == Escalation.Level.SEVERE
					? "严重逾期督办单只能由主要负责人或领导小组成员签收" : "督办单只能由责任领导" + people.name(slip.addressedTo()) + "签收");
		}
		String instruction = instructionValue == null ? "" : instructionValue.toString().strip();
		if (instruction.length() > MAX_INSTRUCTION) {
			throw new RuleViolation("INSTRUCTION_TOO_LONG", "督办意见不能超过" + MAX_INSTRUCTION + "字");
		}
		if (!escalations.acknowledge(escalationId, user.userId(), instruction.isEmpty() ? null : instruction,
				clock.now())) {
			throw RuleViolation.conflict("ALREADY_ACKNOWLEDGED", "该督办单已被签收");
		}
		return escalations.find(escalationId).orElseThrow();
	}

	private UnitTask item(long unitTaskId) {
		return unitTasks.find(unitTaskId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改任务 " + unitTaskId + " 不存在"));
	}

	/** The deadline or the working days counted rest on a year whose holiday schedule is not yet published. */
	private boolean tentative(UnitTask item, LocalDate today) {
		return ladder.marks(item).deadline() || ladder.provisional(today, item.deadline());
	}

}
