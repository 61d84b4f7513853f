package org.rectification.rectification.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;

/**
 * Glue between a user task and the ledger: on create the task is presented from the ledger, on complete the
 * submitted fields are handed to the business service as the logged-in user, in the engine's transaction.
 *
 * <p>Submitted fields arrive task-local when a form is submitted (the placeholders are local) and on the
 * execution when a client calls plain complete. Both are read; copies on the execution are cleared at create,
 * so a value from an earlier round can never stand in for a missing one, and again after recording, so the
 * process keeps only the decision flags its gateways need.
 */
abstract class LedgerTaskListener implements TaskListener {

	private final TaskPresentation presentation;

	private final IdentityService identityService;

	LedgerTaskListener(TaskPresentation presentation, IdentityService identityService) {
		this.presentation = presentation;
		this.identityService = identityService;
	}

	/** The fields the task's form submits. */
	abstract List<String> formFields();

	/** Records the submitted fields in the ledger; returns the decision flags to set for the gateways. */
	abstract Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user);

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().removeVariables(formFields());
			presentation.present(task, formFields());
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Map<String, Object> submitted = new HashMap<>();
			for (String field : formFields()) {
				submitted.put(field, FormSubmission.value(task, field));
			}
			long unitTaskId = UnitTaskRouting.unitTaskId(task.getExecution());
			Map<String, Object> flags = complete(unitTaskId, submitted, CurrentUser.of(identityService));
			task.getExecution().removeVariables(formFields());
			task.getExecution().setVariables(flags);
		}
	}

	static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

}
