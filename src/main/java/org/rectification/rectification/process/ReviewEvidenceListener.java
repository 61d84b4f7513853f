package org.rectification.rectification.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
		return List.of(Vars.REVIEW_DECISION, FormFields.RETURN_REASON);
	}

	@Override
	void complete(DelegateTask task, long unitTaskId, CurrentUser user) {
		Object decision = task.getVariable(Vars.REVIEW_DECISION);
		service.recordReview(unitTaskId, user, decision, task.getVariable(FormFields.RETURN_REASON));
		task.getExecution().setVariable(Vars.REVIEW_DECISION, decision);
	}

}
