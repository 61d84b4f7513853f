package org.rectification.reporting.process;

/** Key, element ids and variable names of bpmn/progress-reporting.bpmn, one instance per cycle. */
public final class ProgressReportingProcess {

	public static final String KEY = "progress-reporting";

	public static final String RESOURCE = "bpmn/progress-reporting.bpmn";

	public static final String START_EVENT = "StartEvent_EveryMorning";

	public static final String SERVICE_OPEN_CYCLE = "ServiceTask_OpenCycle";

	public static final String GATEWAY_CYCLE_OPENED = "Gateway_CycleOpened";

	public static final String END_NO_CYCLE_TODAY = "EndEvent_NoCycleToday";

	public static final String CALL_UNIT_REPORTS = "CallActivity_UnitReports";

	public static final String TIMER_CYCLE_ENDS = "TimerEvent_CycleEnds";

	public static final String SERVICE_CLOSE_CYCLE = "ServiceTask_CloseCycle";

	public static final String TIMER_REPORTS_DUE = "TimerEvent_ReportsDue";

	public static final String SERVICE_ESCALATE = "ServiceTask_EscalateMissingReports";

	public static final String TASK_ACKNOWLEDGE_REPORT_ESCALATION = "Task_AcknowledgeReportEscalation";

	public static final String TASK_READ_DIGEST = "Task_ReadDigest";

	public static final String END_CYCLE_COMPLETED = "EndEvent_CycleCompleted";

	/** Process variables: the gateway's flag and the multi-instance elements; the business key is the cycle id. */
	public static final class Vars {

		public static final String CYCLE_OPENED = "cycleOpened";

		public static final String REPORT_ID = "reportId";

		public static final String SLIP_ID = "slipId";

		private Vars() {
		}

	}

	/** Fields the forms submit. */
	public static final class FormFields {

		public static final String INSTRUCTION = "instruction";

		public static final String DIGEST_NOTE = "digestNote";

		private FormFields() {
		}

	}

	private ProgressReportingProcess() {
	}

}
