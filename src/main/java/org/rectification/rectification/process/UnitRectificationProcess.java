package org.rectification.rectification.process;

/** Key, element ids, variable names and decision values of bpmn/unit-rectification.bpmn. */
public final class UnitRectificationProcess {

	public static final String KEY = "unit-rectification";

	public static final String RESOURCE = "bpmn/unit-rectification.bpmn";

	public static final String START_EVENT = "StartEvent_UnitTaskAssigned";

	public static final String TASK_SUBMIT_EVIDENCE = "Task_SubmitEvidence";

	public static final String TASK_REVIEW_EVIDENCE = "Task_ReviewEvidence";

	public static final String TASK_SIGN_OFF = "Task_SignOff";

	public static final String BOUNDARY_DEADLINE_APPROACHING = "BoundaryEvent_DeadlineApproaching";

	public static final String BOUNDARY_DEADLINE_PASSED = "BoundaryEvent_DeadlinePassed";

	public static final String BOUNDARY_SEVERELY_OVERDUE = "BoundaryEvent_SeverelyOverdue";

	public static final String BOUNDARY_OVERDUE_REMINDER = "BoundaryEvent_OverdueReminder";

	public static final String BOUNDARY_DEADLINE_EXTENDED = "BoundaryEvent_DeadlineExtended";

	public static final String TASK_ACKNOWLEDGE_ESCALATION = "Task_AcknowledgeEscalation";

	public static final String TASK_ACKNOWLEDGE_SEVERE_ESCALATION = "Task_AcknowledgeSevereEscalation";

	public static final String END_ESCALATION_RAISED_BEFORE = "EndEvent_EscalationRaisedBefore";

	public static final String END_UNIT_REMINDED_APPROACHING = "EndEvent_UnitRemindedApproaching";

	public static final String END_UNIT_REMINDED_OVERDUE = "EndEvent_UnitRemindedOverdue";

	/** The message an approved extension sends to the item's process. */
	public static final String MESSAGE_DEADLINE_EXTENDED = "DeadlineExtended";

	public static final String GATEWAY_EVIDENCE_ACCEPTED = "Gateway_EvidenceAccepted";

	public static final String GATEWAY_SIGNED_OFF = "Gateway_SignedOff";

	public static final String END_SIGNED_OFF = "EndEvent_ItemSignedOff";

	public static final String END_KEPT_LONG_TERM = "EndEvent_ItemKeptLongTerm";

	/** The item's rectification, phase after phase; its end events end this scope only. */
	public static final String SUBPROCESS_RECTIFICATION = "SubProcess_Rectification";

	public static final String GATEWAY_NEXT_PHASE = "Gateway_NextPhase";

	public static final String EVENT_LOOK_BACK_DUE = "IntermediateCatchEvent_LookBackDue";

	public static final String SERVICE_TASK_OPEN_LOOK_BACK = "ServiceTask_OpenLookBack";

	public static final String TASK_SUBMIT_LOOK_BACK = "Task_SubmitLookBack";

	public static final String TASK_REVIEW_LOOK_BACK = "Task_ReviewLookBack";

	public static final String GATEWAY_REBOUNDED = "Gateway_Rebounded";

	/** The item's life ends here: its look-back found the rectification holding. */
	public static final String END_LOOK_BACK_HELD = "EndEvent_LookBackHeld";

	/**
	 * Process variables: the decision flags only. The business key is the unit task's id in the ledger, which
	 * holds every fact, including who works on the item ({@link UnitTaskRouting}).
	 */
	public static final class Vars {

		public static final String REVIEW_DECISION = "reviewDecision";

		public static final String SIGN_OFF_DECISION = "signOffDecision";

		/** Whether a signed-off phase is followed by another (set with the sign-off decision). */
		public static final String NEXT_PHASE = "nextPhase";

		/** The office's look-back verdict: HELD or REBOUNDED. */
		public static final String LOOK_BACK_VERDICT = "lookBackVerdict";

		/** Local to an escalation path: the slip it raised, or null when the slip existed already. */
		public static final String ESCALATION_ID = "escalationId";

		private Vars() {
		}

	}

	/** Fields the forms submit; they live on the task only and are moved into the ledger on completion. */
	public static final class FormFields {

		public static final String SUMMARY = "summary";

		public static final String COMPLETION_DATE = "completionDate";

		/**
		 * 建立健全制度: one per line (名称，文号，日期) from the form, or the API's list of {title, documentNo,
		 * issuedOn}.
		 */
		public static final String INSTITUTIONS = "institutions";

		/** 问责情况 from the API: a list of {kind, persons}. */
		public static final String ACCOUNTABILITIES = "accountabilities";

		/** 问责情况 from the form: one number field per kind, e.g. accountability_ADMONITION. */
		public static final String ACCOUNTABILITY_PREFIX = "accountability_";

		/** 退缴/追回资金, yuan. */
		public static final String FUNDS_RECOVERED = "fundsRecovered";

		/** The office's checklist, a list of the items ticked. */
		public static final String REVIEW_CHECKLIST = "reviewChecklist";

		public static final String RETURN_REASON = "returnReason";

		public static final String INSTRUCTION = "instruction";

		/** What rebounded and what the unit must do, with a look-back verdict REBOUNDED. */
		public static final String REBOUND_REASON = "reboundReason";

		/** The deadline of the rectification a rebound starts. */
		public static final String NEW_DEADLINE = "newDeadline";

		/** The office's optional remark with a look-back verdict HELD. */
		public static final String LOOK_BACK_NOTE = "lookBackNote";

		private FormFields() {
		}

	}

	public static final String DECISION_ACCEPT = "ACCEPT";

	public static final String DECISION_RETURN = "RETURN";

	public static final String DECISION_SIGN_OFF = "SIGN_OFF";

	private UnitRectificationProcess() {
	}

}
