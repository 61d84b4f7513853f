package org.rectification.rectification.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.rectification.deadline.DeadlineStatus;
import org.rectification.deadline.DeadlineWatch;
import org.rectification.deadline.Escalation;
import org.rectification.deadline.Escalations;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.People;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.system.AsSystem;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Task_AcknowledgeEscalation and Task_AcknowledgeSevereEscalation: the slip is shown from the ledger, and its
 * acknowledgement with the instruction goes back to the ledger and onto the unit's open task.
 */
@Component("acknowledgeEscalationListener")
class AcknowledgeEscalationListener implements TaskListener {

	private final DeadlineWatch watch;

	private final Escalations escalations;

	private final UnitTasks unitTasks;

	private final DeadlineStatus status;

	private final People people;

	private final IdentityService identityService;

	private final TaskService taskService;

	private final AsSystem asSystem;

	private final BusinessClock clock;

	AcknowledgeEscalationListener(DeadlineWatch watch, Escalations escalations, UnitTasks unitTasks,
			DeadlineStatus status, People people, IdentityService identityService, TaskService taskService,
			AsSystem asSystem, BusinessClock clock) {
		this.clock = clock;
		this.watch = watch;
		this.escalations = escalations;
		this.unitTasks = unitTasks;
		this.status = status;
		this.people = people;
		this.identityService = identityService;
		this.taskService = taskService;
		this.asSystem = asSystem;
	}

	@Override
	public void notify(DelegateTask task) {
		long unitTaskId = UnitTaskRouting.unitTaskId(task.getExecution());
		UnitTask item = unitTasks.find(unitTaskId).orElseThrow();
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			present(task, item, slip(task, unitTaskId));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			watch.acknowledge(slip(task, unitTaskId).id(), unitTaskId, level(task), CurrentUser.of(identityService),
					FormSubmission.value(task, FormFields.INSTRUCTION));
			task.getExecution().removeVariable(FormFields.INSTRUCTION);
			showOnUnitTask(item);
		}
	}

	private void present(DelegateTask task, UnitTask item, Escalation slip) {
		task.setName(item.reference() + task.getName() + " · " + item.unitName());
		task.setDescription(item.measureText());
		task.setPriority(100);
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("ctxSlip", slip.level().label() + "（" + slip.raisedAt().atZoneSameInstant(clock.zone()).toLocalDate()
				+ " 发出）");
		context.put("ctxRound", item.roundName());
		context.put("ctxProblem", item.problemCode() + " " + item.problemTitle());
		context.put("ctxMeasure", item.reference() + " " + item.measureText());
		context.put("ctxUnit", item.unitName());
		context.put("ctxLeader", people.name(item.responsibleLeader()));
		context.put("ctxDeadline", status.deadline(item));
		context.put("ctxWarning", status.warning(item));
		context.put("ctxState", item.state().label());
		context.put("ctxExtensions", status.extensions(item.id()));
		context.put("ctxEscalations", status.escalations(item.id()));
		task.setVariablesLocal(context);
		task.setVariableLocal(FormFields.INSTRUCTION, null);
	}

	/** The slip this path raised, checked to belong to this item and level whatever variables were submitted. */
	private Escalation slip(DelegateTask task, long unitTaskId) {
		Object id = task.getExecution().getVariable(Vars.ESCALATION_ID);
		return (id instanceof Number n ? escalations.find(n.longValue()) : java.util.Optional.<Escalation>empty())
			.filter(s -> s.unitTaskId() == unitTaskId && s.level() == level(task))
			.orElseThrow(() -> new RuleViolation("ESCALATION_NOT_FOUND", "督办单不存在"));
	}

	private static Escalation.Level level(DelegateTask task) {
		return UnitRectificationProcess.TASK_ACKNOWLEDGE_SEVERE_ESCALATION.equals(task.getTaskDefinitionKey())
				? Escalation.Level.SEVERE : Escalation.Level.LEADER;
	}

	/** The unit sees the instruction on the task it has open now, not only on its next one. */
	private void showOnUnitTask(UnitTask item) {
		asSystem.run(() -> {
			Task open = taskService.createTaskQuery()
				.processInstanceId(item.processInstanceId())
				.taskDefinitionKey(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE)
				.singleResult();
			if (open != null) {
				taskService.setVariableLocal(open.getId(), "ctxEscalations", status.escalations(item.id()));
			}
		});
	}

}
