package org.rectification.rectification.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
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
	Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user) {
		String decision = text(submitted.get(Vars.SIGN_OFF_DECISION));
		boolean nextPhase = service.recordSignOff(unitTaskId, user, decision, submitted.get(FormFields.RETURN_REASON));
		return Map.of(Vars.SIGN_OFF_DECISION, decision, Vars.NEXT_PHASE, nextPhase);
	}

}
