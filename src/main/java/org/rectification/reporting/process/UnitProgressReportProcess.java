package org.rectification.reporting.process;

/** Key, element ids and form fields of bpmn/unit-progress-report.bpmn; the business key is the report id. */
public final class UnitProgressReportProcess {

	public static final String KEY = "unit-progress-report";

	public static final String RESOURCE = "bpmn/unit-progress-report.bpmn";

	public static final String START_EVENT = "StartEvent_ReportRequested";

	public static final String TASK_SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";

	public static final String BOUNDARY_CYCLE_CLOSED = "BoundaryEvent_CycleClosed";

	public static final String SERVICE_MARK_MISSED = "ServiceTask_MarkReportMissed";

	public static final String END_REPORT_SUBMITTED = "EndEvent_ReportSubmitted";

	public static final String END_REPORT_MISSED = "EndEvent_ReportMissed";

	/** Fields the form (text) and the API (entries as JSON text) submit; they live on the task only. */
	public static final class FormFields {

		public static final String PROGRESS = "progress";

		public static final String ENTRIES = "entries";

		private FormFields() {
		}

	}

	private UnitProgressReportProcess() {
	}

}
