package org.rectification.rectification.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.deadline.DeadlineWatch;
import org.rectification.deadline.Escalation;
import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.UnitTasks;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * The deadline timers of unit-rectification: their dates, read from the ledger's thresholds of the current
 * deadline (at the configured time of that day, in the bureau's zone), and the steps they start. Glue only: each step is
 * one call into {@link DeadlineWatch}, then the light on the unit's task is brought up to date.
 */
@Component("deadlineSteps")
public class DeadlineSteps {

	private final DeadlineWatch watch;

	private final DeadlineLadder ladder;

	private final UnitTasks unitTasks;

	private final SubmitTaskLight light;

	private final BusinessClock clock;

	DeadlineSteps(DeadlineWatch watch, DeadlineLadder ladder, UnitTasks unitTasks, SubmitTaskLight light,
			BusinessClock clock) {
		this.watch = watch;
		this.ladder = ladder;
		this.unitTasks = unitTasks;
		this.light = light;
		this.clock = clock;
	}

	/** BoundaryEvent_DeadlineApproaching: the first day of YELLOW. */
	public Date approachingAt(DelegateExecution execution) {
		return startOf(dates(execution).warnFrom());
	}

	/** BoundaryEvent_DeadlinePassed: the first day of RED. */
	public Date overdueAt(DelegateExecution execution) {
		return startOf(dates(execution).overdueFrom());
	}

	/** BoundaryEvent_SeverelyOverdue. */
	public Date severelyOverdueAt(DelegateExecution execution) {
		return startOf(dates(execution).severeFrom());
	}

	/**
	 * BoundaryEvent_OverdueReminder: from the first reminder on, every few working days (the engine's
	 * working-day calendar counts the days of the period).
	 */
	public String overdueReminderCycle(DelegateExecution execution) {
		LocalDate first = ladder.firstOverdueReminder(dates(execution).deadline());
		String start = first.atTime(ladder.remindAt()).atZone(clock.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		return "R/" + start + "/P" + ladder.overdueReminderStep() + "D";
	}

	/** ServiceTask_RemindDeadlineApproaching. */
	public void remindApproaching(DelegateExecution execution) {
		long id = UnitTaskRouting.unitTaskId(execution);
		watch.remindApproaching(id);
		refreshLight(id);
	}

	/** ServiceTask_RaiseEscalation and ServiceTask_RaiseSevereEscalation. */
	public void raise(DelegateExecution execution, String level) {
		long id = UnitTaskRouting.unitTaskId(execution);
		Long slip = watch.raise(id, Escalation.Level.valueOf(level)).map(Escalation::id).orElse(null);
		execution.setVariableLocal(Vars.ESCALATION_ID, slip);
		refreshLight(id);
	}

	/** ServiceTask_RemindOverdue. */
	public void remindOverdue(DelegateExecution execution) {
		long id = UnitTaskRouting.unitTaskId(execution);
		watch.remindOverdue(id);
		refreshLight(id);
	}

	private DeadlineDates dates(DelegateExecution execution) {
		return watch.dates(UnitTaskRouting.unitTaskId(execution));
	}

	private void refreshLight(long unitTaskId) {
		unitTasks.find(unitTaskId).ifPresent(light::refresh);
	}

	private Date startOf(LocalDate day) {
		return Date.from(day.atTime(ladder.remindAt()).atZone(clock.zone()).toInstant());
	}

}
