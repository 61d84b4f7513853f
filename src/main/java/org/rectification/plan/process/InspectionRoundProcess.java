package org.rectification.plan.process;

/** Key, element ids, variable names and decision values of bpmn/inspection-round.bpmn. */
public final class InspectionRoundProcess {

	public static final String KEY = "inspection-round";

	public static final String RESOURCE = "bpmn/inspection-round.bpmn";

	public static final String START_EVENT = "StartEvent_FeedbackReceived";

	public static final String TASK_IMPORT_PLAN = "Task_ImportPlan";

	public static final String SERVICE_TASK_CHECK_COVERAGE = "ServiceTask_CheckCoverage";

	public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";

	public static final String CALL_ACTIVITY_UNIT_RECTIFICATION = "CallActivity_UnitRectification";

	public static final String END_ROUND_CLOSED = "EndEvent_RoundClosed";

	/** The business key is the round's id in the ledger; the process keeps only these flags and the fan-out's ids. */
	public static final class Vars {

		public static final String PLAN_COMPLETE = "planComplete";

		public static final String PLAN_DECISION = "planDecision";

		/** The fan-out's element variable: "measureId:unitId". */
		public static final String ASSIGNMENT = "assignment";

		/** Set on each fan-out instance: the unit task it calls, the called process's business key. */
		public static final String UNIT_TASK_ID = "unitTaskId";

		private Vars() {
		}

	}

	/** Fields of the start form; they are moved into the ledger by the start listener. */
	public static final class StartFields {

		public static final String NAME = "roundName";

		public static final String INSPECTION_GROUP = "inspectionGroup";

		public static final String INSPECTED_BODY = "inspectedBody";

		public static final String PERIOD_START = "periodStart";

		public static final String PERIOD_END = "periodEnd";

		public static final String FEEDBACK_DATE = "feedbackDate";

		public static final String DOCUMENT_NO = "documentNo";

		public static final String DEADLINE = "deadline";

		public static final java.util.List<String> ALL = java.util.List.of(NAME, INSPECTION_GROUP, INSPECTED_BODY,
				PERIOD_START, PERIOD_END, FEEDBACK_DATE, DOCUMENT_NO, DEADLINE);

		private StartFields() {
		}

	}

	public static final String RETURN_REASON = "returnReason";

	public static final String DECISION_APPROVE = "APPROVE";

	public static final String DECISION_RETURN = "RETURN";

	private InspectionRoundProcess() {
	}

}
