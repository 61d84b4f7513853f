package org.rectification.rectification.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.rectification.lookback.LookBackService;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Task_ReviewLookBack: records the office's verdict and hands the flag to Gateway_Rebounded. */
@Component("reviewLookBackListener")
class ReviewLookBackListener extends LedgerTaskListener {

	private final LookBackService service;

	ReviewLookBackListener(TaskPresentation presentation, IdentityService identityService, LookBackService service) {
		super(presentation, identityService);
		this.service = service;
	}

	@Override
	List<String> formFields() {
		return List.of(Vars.LOOK_BACK_VERDICT, FormFields.REBOUND_REASON, FormFields.NEW_DEADLINE,
				FormFields.LOOK_BACK_NOTE);
	}

	@Override
	Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user) {
		String verdict = text(submitted.get(Vars.LOOK_BACK_VERDICT));
		Object reason = LookBackService.VERDICT_REBOUNDED.equals(verdict) ? submitted.get(FormFields.REBOUND_REASON)
				: submitted.get(FormFields.LOOK_BACK_NOTE);
		service.recordVerdict(unitTaskId, user, verdict, reason, submitted.get(FormFields.NEW_DEADLINE));
		return Map.of(Vars.LOOK_BACK_VERDICT, verdict);
	}

}
