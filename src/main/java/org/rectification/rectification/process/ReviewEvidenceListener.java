package org.rectification.rectification.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.rectification.rectification.UnitTaskService;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Task_ReviewEvidence: records the office's decision and hands the flag to Gateway_EvidenceAccepted. */
@Component("reviewEvidenceListener")
class ReviewEvidenceListener extends LedgerTaskListener {

	private final UnitTaskService service;

	ReviewEvidenceListener(TaskPresentation presentation, IdentityService identityService, UnitTaskService service) {
		super(presentation, identityService);
		this.service = service;
	}

	@Override
	List<String> formFields() {
		return List.of(Vars.REVIEW_DECISION, FormFields.RETURN_REASON, FormFields.REVIEW_CHECKLIST);
	}

	@Override
	Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user) {
		String decision = text(submitted.get(Vars.REVIEW_DECISION));
		service.recordReview(unitTaskId, user, decision, submitted.get(FormFields.RETURN_REASON),
				submitted.get(FormFields.REVIEW_CHECKLIST));
		return Map.of(Vars.REVIEW_DECISION, decision);
	}

}
