package org.rectification.reporting.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.reporting.ReportSlip;
import org.rectification.reporting.ReportingCycle;
import org.rectification.reporting.ReportingService;
import org.rectification.reporting.process.ProgressReportingProcess.Vars;
import org.rectification.system.BusinessClock;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/** Glue of progress-reporting: each step is one call into {@link ReportingService}; the cycle is the business key. */
@Component("reportingCycleSteps")
public class ReportingCycleSteps {

	private final ReportingService service;

	private final BusinessClock clock;

	ReportingCycleSteps(ReportingService service, BusinessClock clock) {
		this.service = service;
		this.clock = clock;
	}

	/** ServiceTask_OpenCycle. */
	public void openCycle(DelegateExecution execution) {
		var opened = service.openCycle();
		opened.ifPresent(id -> {
			execution.setProcessBusinessKey(String.valueOf(id));
			service.linkCycle(id, execution.getProcessInstanceId());
		});
		execution.setVariable(Vars.CYCLE_OPENED, opened.isPresent());
	}

	/** The collection of CallActivity_UnitReports: the report ids, as text since each becomes a business key. */
	public List<String> reports(DelegateExecution execution) {
		return service.reportIds(cycleId(execution)).stream().map(String::valueOf).toList();
	}

	/** TimerEvent_ReportsDue: the working day after the due day, at remind-at. */
	public Date escalateAt(DelegateExecution execution) {
		ReportingCycle cycle = service.cycle(cycleId(execution));
		return Date.from(cycle.escalateOn().atTime(service.remindAt()).atZone(clock.zone()).toInstant());
	}

	/** TimerEvent_CycleEnds, and the reports' BoundaryEvent_CycleClosed. */
	public Date closesAt(DelegateExecution execution) {
		return Date.from(service.cycle(cycleId(execution)).closesAt().toInstant());
	}

	/** ServiceTask_EscalateMissingReports. */
	public void escalate(DelegateExecution execution) {
		service.escalate(cycleId(execution));
	}

	/** The collection of Task_AcknowledgeReportEscalation: every slip of the cycle, read from the ledger. */
	public List<Long> slips(DelegateExecution execution) {
		long cycleId = cycleId(execution);
		return service.reports(cycleId, null).stream()
			.flatMap(r -> service.slips(r.id()).stream())
			.map(ReportSlip::id)
			.toList();
	}

	/** The assignee of Task_AcknowledgeReportEscalation. */
	public String slipAddressee(DelegateExecution execution) {
		Object slipId = execution.getVariable(Vars.SLIP_ID);
		return service.slip(((Number) slipId).longValue()).addressedTo();
	}

	/** ServiceTask_CloseCycle. */
	public void closeCycle(DelegateExecution execution) {
		service.closeCycle(cycleId(execution));
	}

	public static long cycleId(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isEmpty() || !businessKey.chars().allMatch(Character::isDigit)) {
			throw new RuleViolation("NOT_FROM_LEDGER", "整改进展报送周期只能由系统按工作日历开启");
		}
		return Long.parseLong(businessKey);
	}

}
