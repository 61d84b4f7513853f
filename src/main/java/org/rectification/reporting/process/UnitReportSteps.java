package org.rectification.reporting.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.reporting.UnitReport;
import org.rectification.reporting.ReportingService;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Glue of unit-progress-report. Who reports comes from the ledger by the business key (the report id), never
 * from variables a task's candidates could set.
 */
@Component("unitReportSteps")
public class UnitReportSteps {

	private final ReportingService service;

	UnitReportSteps(ReportingService service) {
		this.service = service;
	}

	/** StartEvent_ReportRequested: links the report to its process instance. */
	public void started(DelegateExecution execution) {
		service.linkReport(reportId(execution), execution.getProcessInstanceId());
	}

	/** The candidate group of Task_SubmitProgressReport. */
	public String unit(DelegateExecution execution) {
		return report(execution).unitId();
	}

	/** BoundaryEvent_CycleClosed. */
	public Date closesAt(DelegateExecution execution) {
		return Date.from(service.cycle(report(execution).cycleId()).closesAt().toInstant());
	}

	/** ServiceTask_MarkReportMissed. */
	public void markMissed(DelegateExecution execution) {
		service.markMissed(reportId(execution));
	}

	UnitReport report(DelegateExecution execution) {
		return service.report(reportId(execution));
	}

	public static long reportId(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isEmpty() || !businessKey.chars().allMatch(Character::isDigit)) {
			throw new RuleViolation("NOT_FROM_LEDGER", "整改进展报告只能由系统在报送周期开启时生成，不能直接发起流程");
		}
		return Long.parseLong(businessKey);
	}

}
