package org.rectification.rectification.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camunda.bpm.engine.IdentityService;
import org.rectification.evidence.AccountabilityKind;
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

	/** The form's number field per accountability kind. */
	static final List<String> ACCOUNTABILITY_FIELDS = Arrays.stream(AccountabilityKind.values())
		.map(k -> FormFields.ACCOUNTABILITY_PREFIX + k.name())
		.toList();

	@Override
	List<String> formFields() {
		List<String> fields = new ArrayList<>(List.of(FormFields.SUMMARY, FormFields.COMPLETION_DATE,
				FormFields.INSTITUTIONS, FormFields.ACCOUNTABILITIES, FormFields.FUNDS_RECOVERED));
		fields.addAll(ACCOUNTABILITY_FIELDS);
		return fields;
	}

	@Override
	Map<String, Object> complete(long unitTaskId, Map<String, Object> submitted, CurrentUser user) {
		service.recordSubmission(unitTaskId, user, submitted.get(FormFields.SUMMARY),
				submitted.get(FormFields.COMPLETION_DATE), submitted.get(FormFields.INSTITUTIONS),
				accountabilities(submitted), submitted.get(FormFields.FUNDS_RECOVERED));
		return Map.of();
	}

	/** The API's list, or the form's numbers per kind as such a list (blank and zero are none). */
	private static Object accountabilities(Map<String, Object> submitted) {
		Object list = submitted.get(FormFields.ACCOUNTABILITIES);
		if (list != null && !list.toString().isBlank()) {
			return list;
		}
		ArrayNode rows = JsonNodeFactory.instance.arrayNode();
		for (AccountabilityKind kind : AccountabilityKind.values()) {
			Object persons = submitted.get(FormFields.ACCOUNTABILITY_PREFIX + kind.name());
			String text = persons == null ? "" : persons.toString().strip();
			if (!text.isEmpty() && !text.matches("0+(\\.0+)?")) {
				rows.addObject().put("kind", kind.name()).put("persons", text);
			}
		}
		return rows.isEmpty() ? null : rows.toString();
	}

}
