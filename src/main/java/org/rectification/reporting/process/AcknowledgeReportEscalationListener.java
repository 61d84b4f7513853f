package org.rectification.reporting.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.reporting.ReportSlip;
import org.rectification.reporting.ReportingCycle;
import org.rectification.reporting.ReportingService;
import org.rectification.reporting.UnitReport;
import org.rectification.reporting.process.ProgressReportingProcess.FormFields;
import org.rectification.reporting.process.ProgressReportingProcess.Vars;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/** Task_AcknowledgeReportEscalation: the slip shown from the ledger; its acknowledgement goes back to it. */
@Component("acknowledgeReportEscalationListener")
class AcknowledgeReportEscalationListener implements TaskListener {

	private final ReportingService service;

	private final IdentityService identityService;

	private final BusinessClock clock;

	AcknowledgeReportEscalationListener(ReportingService service, IdentityService identityService, BusinessClock clock) {
		this.service = service;
		this.identityService = identityService;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		long cycleId = ReportingCycleSteps.cycleId(task.getExecution());
		ReportSlip slip = slip(task);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			present(task, slip, service.report(slip.reportId()), service.cycle(cycleId));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			service.acknowledge(slip.id(), cycleId, CurrentUser.of(identityService),
					FormSubmission.value(task, FormFields.INSTRUCTION));
			task.getExecution().removeVariable(FormFields.INSTRUCTION);
		}
	}

	private void present(DelegateTask task, ReportSlip slip, UnitReport report, ReportingCycle cycle) {
		task.setName("签收报送督办单 · " + report.unitName() + " · " + cycle.title());
		task.setDescription(report.unitName() + "未按时报送整改进展");
		task.setPriority(100);
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("ctxSlip", "报送督办单（" + slip.raisedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " 发出）");
		context.put("ctxPeriod", cycle.title());
		context.put("ctxUnit", report.unitName());
		context.put("ctxDueOn", cycle.dueOn().toString());
		context.put("ctxStatus", report.status().label());
		context.put("ctxItems", service.entries(report.id()).stream()
			.map(e -> e.itemNo() + ". " + e.reference() + e.measureText()
					+ (slip.addressedTo().equals(e.responsibleLeader()) ? "（您分管）" : ""))
			.collect(Collectors.joining("\n")));
		task.setVariablesLocal(context);
		task.setVariableLocal(FormFields.INSTRUCTION, null);
	}

	private ReportSlip slip(DelegateTask task) {
		Object id = task.getExecution().getVariable(Vars.SLIP_ID);
		if (!(id instanceof Number n)) {
			throw new RuleViolation("ESCALATION_NOT_FOUND", "报送督办单不存在");
		}
		return service.slip(n.longValue());
	}

}
