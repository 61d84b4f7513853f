package org.rectification.rectification.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.system.CurrentUser;

/**
 * Glue between a user task and the ledger: on create the task is presented from the ledger, on complete the
 * submitted fields are handed to the business service as the logged-in user, in the engine's transaction.
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

	abstract void complete(DelegateTask task, long unitTaskId, CurrentUser user);

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			presentation.present(task, formFields());
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			complete(task, TaskPresentation.unitTaskId(task), CurrentUser.of(identityService));
		}
	}

}
