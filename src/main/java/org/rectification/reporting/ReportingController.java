package org.rectification.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectification.orgchart.Roles;
import org.rectification.reporting.process.UnitProgressReportProcess;
import org.rectification.security.ListPage;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress reports and their cycles. A submission completes the unit's Tasklist task as the caller, so the
 * same engine authorizations and the same listener apply as in Tasklist. Documented in README.
 */
@RestController
class ReportingController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportingService service;

	private final ApiAccess access;

	private final TaskService taskService;

	private final FormService formService;

	private final ObjectMapper objectMapper;

	private final BusinessClock clock;

	private final ListPage.Pages pages;

	ReportingController(ReportingService service, ApiAccess access, TaskService taskService, FormService formService,
			ObjectMapper objectMapper, BusinessClock clock, ListPage.Pages pages) {
		this.pages = pages;
		this.service = service;
		this.access = access;
		this.taskService = taskService;
		this.formService = formService;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	@GetMapping("/api/reporting-cycles")
	List<ReportingCycle> cycles() {
		access.user();
		return service.cycles();
	}

	@GetMapping("/api/reporting-cycles/{id}/digest.xlsx")
	ResponseEntity<byte[]> digest(@PathVariable long id) throws IOException {
		access.requireMemberOf(Roles.ALL, "整改进展汇总只有整改办、分管领导和领导小组可以下载");
		Digest digest = service.digest(id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DigestWorkbook.write(digest, clock.zone(), out);
		String name = "整改进展汇总-" + digest.cycle().periodStart() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/api/progress-reports")
	List<UnitReport> reports(@RequestParam(required = false) Long cycleId, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) Integer firstResult, @RequestParam(required = false) Integer maxResults) {
		ListPage page = pages.of(firstResult, maxResults);
		CurrentUser user = access.user();
		List<String> visibleUnits = Roles.overseesAll(user) ? null : user.groupIds();
		if (unitId != null) {
			if (visibleUnits != null && !visibleUnits.contains(unitId)) {
				throw ApiException.forbidden("您只能查看本单位的整改进展报告");
			}
			visibleUnits = List.of(unitId);
		}
		return page.of(service.reports(cycleId, visibleUnits, page.rowsToRead(), page.firstResult()));
	}

	@GetMapping("/api/progress-reports/{id}")
	ReportDetail report(@PathVariable long id) {
		UnitReport report = visible(id);
		Task open = openTask(report);
		return new ReportDetail(report, service.cycle(report.cycleId()), service.entries(id), service.slips(id),
				open == null ? null : open.getId());
	}

	@PostMapping("/api/progress-reports/{id}")
	ReportDetail submit(@PathVariable long id, @RequestBody Map<String, Object> body) {
		UnitReport report = visible(id);
		CurrentUser user = access.user();
		if (!user.memberOf(report.unitId())) {
			throw RuleViolation.forbidden("NOT_UNIT_MEMBER", "只有" + report.unitName() + "的人员可以报送本单位的整改进展");
		}
		Task open = openTask(report);
		if (report.status() != UnitReport.Status.OPEN || open == null) {
			throw RuleViolation.conflict("REPORT_CLOSED", "本期整改进展报告为“" + report.status().label() + "”，不能再报送");
		}
		Object entries = body.get("entries");
		if (!(entries instanceof List<?>)) {
			throw new RuleViolation("ENTRIES_INVALID", "请提交 entries：每项含 unitTaskId 和 progress");
		}
		// The task gets the entries as JSON text, as Camunda Forms send lists; the engine keeps no Java objects.
		formService.submitTaskForm(open.getId(), Map.of(UnitProgressReportProcess.FormFields.ENTRIES, json(entries)));
		return report(id);
	}

	private UnitReport visible(long id) {
		UnitReport report = service.report(id);
		CurrentUser user = access.user();
		if (!Roles.overseesAll(user) && !user.memberOf(report.unitId())) {
			throw ApiException.forbidden("您只能查看本单位的整改进展报告");
		}
		return report;
	}

	private Task openTask(UnitReport report) {
		if (report.processInstanceId() == null) {
			return null;
		}
		return taskService.createTaskQuery()
			.processInstanceId(report.processInstanceId())
			.taskDefinitionKey(UnitProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT)
			.singleResult();
	}

	private String json(Object value) {
		try {
			return objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new RuleViolation("ENTRIES_INVALID", "entries 格式有误");
		}
	}

	/** A report with its cycle, entries, slips and the open Tasklist task (for its unit). */
	record ReportDetail(UnitReport report, ReportingCycle cycle, List<ReportEntry> entries, List<ReportSlip> slips,
			String openTaskId) {
	}

}
