package org.rectification.deadline.process;

/** Key, element ids, variable names and decision values of bpmn/deadline-extension.bpmn. */
public final class DeadlineExtensionProcess {

	public static final String KEY = "deadline-extension";

	public static final String RESOURCE = "bpmn/deadline-extension.bpmn";

	public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";

	public static final String END_APPROVED = "EndEvent_ExtensionApproved";

	public static final String END_REJECTED = "EndEvent_ExtensionRejected";

	/** Process variables: the decision flag only; the business key is the request's id in the ledger. */
	public static final class Vars {

		public static final String EXTENSION_DECISION = "extensionDecision";

		private Vars() {
		}

	}

	/** Fields the decision form submits; they live on the task and are moved into the ledger on completion. */
	public static final class FormFields {

		public static final String APPROVED_DEADLINE = "approvedDeadline";

		public static final String DECISION_COMMENT = "decisionComment";

		private FormFields() {
		}

	}

	public static final String DECISION_APPROVE = "APPROVE";

	public static final String DECISION_REJECT = "REJECT";

	private DeadlineExtensionProcess() {
	}

}
