package org.rectification.reporting.process;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.reporting.Digest;
import org.rectification.reporting.ReportingService;
import org.rectification.reporting.UnitReport;
import org.rectification.reporting.process.ProgressReportingProcess.FormFields;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;
import org.springframework.stereotype.Component;

/**
 * Task_ReadDigest: the office's digest of the cycle as it stands on the escalation day (the .xlsx is read
 * afresh on every download); completing it records who read it, with an optional note.
 */
@Component("readDigestListener")
class ReadDigestListener implements TaskListener {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ReportingService service;

	private final IdentityService identityService;

	private final BusinessClock clock;

	ReadDigestListener(ReportingService service, IdentityService identityService, BusinessClock clock) {
		this.service = service;
		this.identityService = identityService;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		long cycleId = ReportingCycleSteps.cycleId(task.getExecution());
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			present(task, service.digest(cycleId));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			service.readDigest(cycleId, CurrentUser.of(identityService), FormSubmission.value(task, FormFields.DIGEST_NOTE));
			task.getExecution().removeVariable(FormFields.DIGEST_NOTE);
		}
	}

	private void present(DelegateTask task, Digest digest) {
		task.setName("查阅整改进展汇总 · " + digest.cycle().title());
		task.setDescription("已报送" + digest.reported().size() + "个单位，未报送" + digest.notReported().size() + "个单位");
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("ctxPeriod", digest.cycle().title() + "（应于" + digest.cycle().dueOn() + "前报送）");
		context.put("ctxReported", lines(digest.reported().stream()
			.map(l -> l.report().unitName() + "：" + l.reporterName() + " 于 "
					+ l.report().submittedAt().atZoneSameInstant(clock.zone()).format(TIME) + " 报送（"
					+ (l.report().status() == UnitReport.Status.SUBMITTED ? "按时" : "逾期") + "）")
			.collect(Collectors.joining("\n"))));
		context.put("ctxNotReported", lines(digest.notReported().stream()
			.map(l -> l.report().unitName() + "：未报送" + (l.escalatedTo().isEmpty() ? ""
					: "，已向" + String.join("、", l.escalatedTo()) + "发出报送督办单"))
			.collect(Collectors.joining("\n"))));
		context.put("ctxChanges", lines(digest.changes().stream()
			.map(c -> "【" + c.measureCode() + "】" + c.unitName() + "：" + c.fromState().label() + " → " + c.toState().label()
					+ "（" + c.changedAt().atZoneSameInstant(clock.zone()).format(TIME) + "）")
			.collect(Collectors.joining("\n"))));
		context.put("ctxDownload", "/api/reporting-cycles/" + digest.cycle().id() + "/digest.xlsx");
		task.setVariablesLocal(context);
		task.setVariableLocal(FormFields.DIGEST_NOTE, null);
	}

	private static String lines(String text) {
		return text.isEmpty() ? "（无）" : text;
	}

}
