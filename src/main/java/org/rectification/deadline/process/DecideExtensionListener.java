package org.rectification.deadline.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.deadline.DeadlineExtension;
import org.rectification.deadline.DeadlineStatus;
import org.rectification.deadline.ExtensionService;
import org.rectification.deadline.process.DeadlineExtensionProcess.FormFields;
import org.rectification.deadline.process.DeadlineExtensionProcess.Vars;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.People;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;
import org.springframework.stereotype.Component;

/**
 * Task_DecideExtension: the request is shown from the ledger; the leader's decision is recorded there (and,
 * when approved, moves the item's deadline) in the task's transaction.
 */
@Component("decideExtensionListener")
class DecideExtensionListener implements TaskListener {

	private static final List<String> FIELDS = List.of(Vars.EXTENSION_DECISION, FormFields.APPROVED_DEADLINE,
			FormFields.DECISION_COMMENT);

	private final ExtensionService extensions;

	private final UnitTasks unitTasks;

	private final DeadlineStatus status;

	private final People people;

	private final IdentityService identityService;

	private final BusinessClock clock;

	DecideExtensionListener(ExtensionService extensions, UnitTasks unitTasks, DeadlineStatus status, People people,
			IdentityService identityService, BusinessClock clock) {
		this.extensions = extensions;
		this.unitTasks = unitTasks;
		this.status = status;
		this.people = people;
		this.identityService = identityService;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		long requestId = ExtensionRouting.requestId(task.getExecution());
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().removeVariables(FIELDS);
			present(task, extensions.get(requestId));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Map<String, Object> submitted = new LinkedHashMap<>();
			for (String field : FIELDS) {
				submitted.put(field, FormSubmission.value(task, field));
			}
			DeadlineExtension decided = extensions.decide(requestId, CurrentUser.of(identityService),
					submitted.get(Vars.EXTENSION_DECISION), submitted.get(FormFields.APPROVED_DEADLINE),
					submitted.get(FormFields.DECISION_COMMENT));
			task.getExecution().removeVariables(FIELDS);
			task.getExecution().setVariable(Vars.EXTENSION_DECISION,
					decided.status() == DeadlineExtension.Status.APPROVED ? DeadlineExtensionProcess.DECISION_APPROVE
							: DeadlineExtensionProcess.DECISION_REJECT);
		}
	}

	private void present(DelegateTask task, DeadlineExtension request) {
		UnitTask item = unitTasks.find(request.unitTaskId()).orElseThrow();
		task.setName(item.reference() + task.getName() + " · " + item.unitName());
		task.setDescription(item.measureText());
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("ctxRound", item.roundName());
		context.put("ctxMeasure", item.reference() + " " + item.measureText());
		context.put("ctxUnit", item.unitName());
		context.put("ctxDeadline", status.deadline(item));
		context.put("ctxWarning", status.warning(item));
		context.put("ctxRequest", people.name(request.requestedBy()) + " 于 "
				+ request.requestedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " 申请延至 "
				+ request.requestedDeadline() + "\n理由：" + request.reason());
		context.put("ctxExtensions", status.extensions(item.id()));
		task.setVariablesLocal(context);
		task.setVariableLocal(Vars.EXTENSION_DECISION, null);
		task.setVariableLocal(FormFields.DECISION_COMMENT, null);
		// The date picker starts at the requested date; the leader may approve a different one.
		task.setVariableLocal(FormFields.APPROVED_DEADLINE, request.requestedDeadline().toString());
	}

}
