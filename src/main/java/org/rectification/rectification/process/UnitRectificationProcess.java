package org.rectification.rectification.process;

/** Key, element ids, variable names and decision values of bpmn/unit-rectification.bpmn. */
public final class UnitRectificationProcess {

	public static final String KEY = "unit-rectification";

	public static final String RESOURCE = "bpmn/unit-rectification.bpmn";

	public static final String START_EVENT = "StartEvent_UnitTaskAssigned";

	public static final String TASK_SUBMIT_EVIDENCE = "Task_SubmitEvidence";

	public static final String TASK_REVIEW_EVIDENCE = "Task_ReviewEvidence";

	public static final String TASK_SIGN_OFF = "Task_SignOff";

	public static final String GATEWAY_EVIDENCE_ACCEPTED = "Gateway_EvidenceAccepted";

	public static final String GATEWAY_SIGNED_OFF = "Gateway_SignedOff";

	public static final String END_SIGNED_OFF = "EndEvent_ItemSignedOff";

	public static final String END_KEPT_LONG_TERM = "EndEvent_ItemKeptLongTerm";

	/**
	 * Process variables: the decision flags only. The business key is the unit task's id in the ledger, which
	 * holds every fact, including who works on the item ({@link UnitTaskRouting}).
	 */
	public static final class Vars {

		public static final String REVIEW_DECISION = "reviewDecision";

		public static final String SIGN_OFF_DECISION = "signOffDecision";

		private Vars() {
		}

	}

	/** Fields the forms submit; they live on the task only and are moved into the ledger on completion. */
	public static final class FormFields {

		public static final String SUMMARY = "summary";

		public static final String COMPLETION_DATE = "completionDate";

		public static final String RETURN_REASON = "returnReason";

		private FormFields() {
		}

	}

	public static final String DECISION_ACCEPT = "ACCEPT";

	public static final String DECISION_RETURN = "RETURN";

	public static final String DECISION_SIGN_OFF = "SIGN_OFF";

	private UnitRectificationProcess() {
	}

}
