package org.rectification.rectification.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.rectification.lookback.LookBackService;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Task_SubmitLookBack: records the unit's look-back report and the files it added. */
@Component("submitLookBackListener")
class SubmitLookBackListener extends LedgerTaskListener {

	private final LookBackService service;

	SubmitLookBackListener(TaskPresentation presentation, IdentityService identityService, LookBackService service) {
		super(presentation, identityService);
		this.service = service;
	}

	@Override
	List<String> formFields() {
		return List.of(FormFields.SUMMARY);
	}

	@Override
	Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user) {
		service.recordSubmission(unitTaskId, user, submitted.get(FormFields.SUMMARY));
		return Map.of();
	}

}
