package org.rectification.rectification.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.rectification.rectification.UnitTaskService;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Task_SubmitEvidence: records the unit's submission in the ledger. */
@Component("submitEvidenceListener")
class SubmitEvidenceListener extends LedgerTaskListener {

	private final UnitTaskService service;

	SubmitEvidenceListener(TaskPresentation presentation, IdentityService identityService, UnitTaskService service) {
		super(presentation, identityService);
		this.service = service;
	}

	@Override
	List<String> formFields() {
		return List.of(FormFields.SUMMARY, FormFields.COMPLETION_DATE, FormFields.INSTITUTIONS, FormFields.ACCOUNTABILITIES,
				FormFields.FUNDS_RECOVERED);
	}

	@Override
	Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user) {
		service.recordSubmission(unitTaskId, user, submitted.get(FormFields.SUMMARY),
				submitted.get(FormFields.COMPLETION_DATE), submitted.get(FormFields.INSTITUTIONS),
				submitted.get(FormFields.ACCOUNTABILITIES), submitted.get(FormFields.FUNDS_RECOVERED));
		return Map.of();
	}

}
