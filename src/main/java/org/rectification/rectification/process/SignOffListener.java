package org.rectification.rectification.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rectification.rectification.UnitTaskService;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Task_SignOff: records the responsible leader's sign-off (销号) or return and hands the flag on. */
@Component("signOffListener")
class SignOffListener extends LedgerTaskListener {

	private final UnitTaskService service;

	SignOffListener(TaskPresentation presentation, IdentityService identityService, UnitTaskService service) {
		super(presentation, identityService);
		this.service = service;
	}

	@Override
	List<String> formFields() {
		return List.of(Vars.SIGN_OFF_DECISION, FormFields.RETURN_REASON);
	}

	@Override
	void complete(DelegateTask task, long unitTaskId, CurrentUser user) {
		Object decision = task.getVariable(Vars.SIGN_OFF_DECISION);
		service.recordSignOff(unitTaskId, user, decision, task.getVariable(FormFields.RETURN_REASON));
		task.getExecution().setVariable(Vars.SIGN_OFF_DECISION, decision);
	}

}
