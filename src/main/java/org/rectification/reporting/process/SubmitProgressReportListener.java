package org.rectification.reporting.process;

import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.reporting.ReportEntry;
import org.rectification.reporting.ReportingCycle;
import org.rectification.reporting.ReportingService;
import org.rectification.reporting.UnitReport;
import org.rectification.reporting.process.UnitProgressReportProcess.FormFields;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitProgressReport: presents the period, the due day and the unit's items from the ledger, pre-fills
 * the progress text, and on completion hands the text (Tasklist) or the entries (the API) to the ledger as the
 * logged-in user, in the engine's transaction.
 */
@Component("submitProgressReportListener")
class SubmitProgressReportListener implements TaskListener {

	private static final List<String> FIELDS = List.of(FormFields.PROGRESS, FormFields.ENTRIES);

	private final ReportingService service;

	private final UnitTasks unitTasks;

	private final IdentityService identityService;

	private final ObjectMapper objectMapper;

	private final BusinessClock clock;

	SubmitProgressReportListener(ReportingService service, UnitTasks unitTasks, IdentityService identityService,
			ObjectMapper objectMapper, BusinessClock clock) {
		this.service = service;
		this.unitTasks = unitTasks;
		this.identityService = identityService;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		long reportId = UnitReportSteps.reportId(task.getExecution());
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.getExecution().removeVariables(FIELDS);
			present(task, service.report(reportId));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Object entries = FormSubmission.value(task, FormFields.ENTRIES);
			service.submit(reportId, CurrentUser.of(identityService), FormSubmission.text(task, FormFields.PROGRESS),
					entries == null || entries.toString().isBlank() ? null : entries(entries.toString()));
			task.getExecution().removeVariables(FIELDS);
		}
	}

	private void present(DelegateTask task, UnitReport report) {
		ReportingCycle cycle = service.cycle(report.cycleId());
		List<ReportEntry> entries = service.entries(report.id());
		task.setName("报送整改进展 · " + report.unitName() + " · " + cycle.title());
		task.setDescription("本期共" + entries.size() + "项整改事项，请于" + cycle.dueOn() + "前报送");
		task.setDueDate(Date.from(cycle.dueOn().atTime(LocalTime.of(23, 59)).atZone(clock.zone()).toInstant()));
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("ctxPeriod", cycle.title());
		context.put("ctxUnit", report.unitName());
		context.put("ctxDueOn", cycle.dueOn() + "（" + weekday(cycle) + "）下班前；未按时报送的，" + cycle.escalateOn()
				+ "向事项的责任领导发出报送督办单");
		context.put("ctxItems", items(entries));
		task.setVariablesLocal(context);
		task.setVariableLocal(FormFields.PROGRESS, service.prefilledProgress(entries));
		task.setVariableLocal(FormFields.ENTRIES, null);
	}

	private String items(List<ReportEntry> entries) {
		StringBuilder text = new StringBuilder();
		for (ReportEntry entry : entries) {
			UnitTask item = unitTasks.find(entry.unitTaskId()).orElse(null);
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(entry.itemNo()).append(". ").append(entry.reference()).append(entry.measureText());
			if (item != null) {
				text.append("｜").append(item.state().label()).append("｜完成时限 ").append(item.deadline());
				if (item.warning() != null) {
					text.append("｜").append(item.warning().label());
				}
			}
		}
		return text.isEmpty() ? "（无）" : text.toString();
	}

	private static String weekday(ReportingCycle cycle) {
		return "星期" + "一二三四五六日".charAt(cycle.dueOn().getDayOfWeek().getValue() - 1);
	}

	/** The API's entries, sent to the task as JSON text: [{"unitTaskId": 1, "progress": "…"}]. */
	private Map<Long, String> entries(String json) {
		Map<Long, String> byUnitTask = new LinkedHashMap<>();
		try {
			JsonNode list = objectMapper.readTree(json);
			if (!list.isArray()) {
				throw new RuleViolation("ENTRIES_INVALID", "entries 应为列表，每项含 unitTaskId 和 progress");
			}
			for (JsonNode entry : list) {
				if (!entry.path("unitTaskId").canConvertToLong()) {
					throw new RuleViolation("ENTRIES_INVALID", "entries 的每一项都须有 unitTaskId");
				}
				long id = entry.get("unitTaskId").asLong();
				if (byUnitTask.put(id, entry.path("progress").asText("")) != null) {
					throw new RuleViolation("ITEM_REPEATED", "整改任务 " + id + " 出现了两次，请把它的进展写在一处");
				}
			}
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new RuleViolation("ENTRIES_INVALID", "entries 不是有效的 JSON");
		}
		return byUnitTask;
	}

}
