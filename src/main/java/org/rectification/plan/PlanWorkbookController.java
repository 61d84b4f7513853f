package org.rectification.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.evidence.FileType;
import org.rectification.evidence.UploadInspection;
import org.rectification.evidence.UploadNames;
import org.rectification.evidence.UploadRefused;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Plans;
import org.rectification.ledger.RoundStatus;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.Units;
import org.rectification.plan.PlanImportService.ImportResult;
import org.rectification.plan.process.InspectionRoundProcess;
import org.rectification.plan.workbook.LedgerWorkbook;
import org.rectification.plan.workbook.PlanRejected;
import org.rectification.plan.workbook.PlanTemplate;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.AsSystem;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The plan workbook and the ledger export of a round, and its progress. Documented in README. */
@RestController
class PlanWorkbookController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanImportService importService;

	private final PlanCoverage coverage;

	private final Rounds rounds;

	private final Plans plans;

	private final UnitTasks unitTasks;

	private final Units units;

	private final ApiAccess access;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	private final PlanProperties properties;

	private final BusinessClock clock;

	private final DeadlineLadder ladder;

	private final UploadInspection inspection;

	PlanWorkbookController(PlanImportService importService, PlanCoverage coverage, Rounds rounds, Plans plans,
			UnitTasks unitTasks, Units units, ApiAccess access, TaskService taskService, RuntimeService runtimeService,
			AsSystem asSystem, PlanProperties properties, BusinessClock clock, UploadInspection inspection, DeadlineLadder ladder) {
		this.ladder = ladder;
		this.inspection = inspection;
		this.importService = importService;
		this.coverage = coverage;
		this.rounds = rounds;
		this.plans = plans;
		this.unitTasks = unitTasks;
		this.units = units;
		this.access = access;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/api/plan-template.xlsx")
	ResponseEntity<byte[]> template() throws IOException {
		access.requireAnyRole(Roles.OVERSEERS, "只有整改办、领导和领导小组可以下载整改方案模板");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PlanTemplate.write(importService.directory(), clock.today(), out);
		return download("整改方案模板.xlsx", out.toByteArray());
	}

	@PostMapping("/api/rounds/{roundId}/plan")
	ImportResult importPlan(@PathVariable long roundId, @RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		CurrentUser user = access.user();
		if (!user.memberOf(Roles.OFFICE)) {
			throw ApiException.forbidden("只有整改办可以导入整改方案");
		}
		if (file == null || file.isEmpty()) {
			throw PlanRejected.file("FILE_REQUIRED", "请选择要上传的整改方案文件（.xlsx）");
		}
		if (file.getSize() > properties.maxUploadSize().toBytes()) {
			throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "文件超过 " + properties.maxUploadSizeText()
					+ " 的上限。整改方案工作簿通常只有几百KB，请删除其中的图片或多余的工作表后重新上传。");
		}
		String name = UploadNames.check(file.getOriginalFilename());
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xls") || lower.endsWith(".et") || lower.endsWith(".csv")) {
			throw PlanRejected.file("NOT_XLSX", "“" + name + "”不是 .xlsx 工作簿。请在 Excel 或 WPS 中“另存为” .xlsx 格式后重新上传。");
		}
		if (!lower.endsWith(".xlsx")) {
			throw PlanRejected.file("NOT_XLSX", "只能上传 Excel 工作簿（.xlsx），“" + name + "”不是。请下载模板，填写后上传。");
		}
		// Ten megabytes at most: read once, inspected, then read by the importer.
		byte[] content = file.getBytes();
		try {
			inspection.inspect(new ByteArrayInputStream(content), FileType.XLSX, name);
		}
		catch (UploadRefused e) {
			if (UploadRefused.TYPE_MISMATCH.equals(e.code())) {
				throw PlanRejected.file("NOT_XLSX", "只能上传 Excel 工作簿（.xlsx），“" + name + "”的内容不是。请下载模板，填写后上传。");
			}
			throw e;
		}
		return importService.importWorkbook(roundId, new ByteArrayInputStream(content), name, user);
	}

	@GetMapping("/api/rounds/{roundId}/ledger.xlsx")
	ResponseEntity<byte[]> ledger(@PathVariable long roundId, @RequestParam(name = "unit", required = false) String unitId)
			throws IOException {
		CurrentUser user = access.user();
		InspectionRound round = round(roundId);
		Unit unit = null;
		if (unitId != null && !unitId.isBlank()) {
			unit = units.find(unitId).orElseThrow(() -> ApiException.notFound("单位 " + unitId + " 不存在"));
		}
		if (!Roles.overseesAll(user) && (unit == null || !user.memberOf(unit.id()))) {
			throw ApiException.forbidden("只有整改办和领导可以导出全部台账；各单位只能导出本单位的台账（unit=本单位）");
		}
		Map<Long, Plans.PlannedMeasure> measures = new HashMap<>();
		plans.plannedMeasures(roundId).values().forEach(m -> measures.put(m.id(), m));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LedgerWorkbook.write(round, unit == null ? null : unit.name(), plans.ledgerRows(roundId, unit == null ? null : unit.id(), clock.today()),
				measures, importService.directory(), clock.now(),
				row -> row.currentDeadline() != null && ladder.provisional(clock.today(), row.currentDeadline()), out);
		String fileName = round.name() + (unit == null ? "" : "-" + unit.name()) + "-整改台账-" + clock.today() + ".xlsx";
		return download(fileName, out.toByteArray());
	}

	@GetMapping("/api/rounds/{roundId}/progress")
	RoundProgress progress(@PathVariable long roundId) {
		access.requireAnyRole(Roles.OVERSEERS, "只有整改办、领导和领导小组可以查看轮次进度");
		InspectionRound round = round(roundId);
		Plans.Progress progress = plans.progress(roundId);
		boolean fannedOut = round.status() == RoundStatus.IN_RECTIFICATION || round.status() == RoundStatus.CLOSED;
		return new RoundProgress(roundId, round.status(), round.statusLabel(), progress.measures(),
				progress.plannedUnitTasks(), progress.unitTasks(), progress.startedUnitTasks(), progress.closedUnitTasks(),
				fannedOut && progress.startedUnitTasks() >= progress.plannedUnitTasks(), unitTasks.countByState(roundId),
				coverage.summary(roundId));
	}

	/** What the Tasklist tab needs to know about the round behind a task the caller can see. */
	@GetMapping("/api/tasks/{taskId}/round")
	TaskRound taskRound(@PathVariable String taskId) {
		CurrentUser user = access.user();
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw ApiException.notFound("任务不存在，或您无权查看");
		}
		ProcessInstance instance = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult());
		if (instance == null || !InspectionRoundProcess.KEY.equals(processKey(instance))) {
			throw ApiException.notFound("该任务不属于巡察整改轮次");
		}
		InspectionRound round = round(Long.parseLong(instance.getBusinessKey()));
		boolean canImport = InspectionRoundProcess.TASK_IMPORT_PLAN.equals(task.getTaskDefinitionKey())
				&& user.memberOf(Roles.OFFICE) && round.status() == RoundStatus.PLANNING;
		PlanCoverage.Report plan = coverage.check(round.id());
		return new TaskRound(round.id(), round.name(), round.status(), round.statusLabel(), task.getTaskDefinitionKey(),
				canImport, plan.summary(), plan.gaps(), properties.maxUploadSizeText());
	}

	private String processKey(ProcessInstance instance) {
		String definitionId = instance.getProcessDefinitionId();
		return definitionId.substring(0, definitionId.indexOf(':'));
	}

	private InspectionRound round(long roundId) {
		return rounds.findRound(roundId).orElseThrow(() -> ApiException.notFound("巡察轮次 " + roundId + " 不存在"));
	}

	private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

	record RoundProgress(long roundId, RoundStatus status, String statusLabel, long measures, long plannedUnitTasks,
			long unitTasks, long startedUnitTasks, long closedUnitTasks, boolean fanOutComplete,
			Map<UnitTaskState, Long> unitTasksByState, String plan) {
	}

	record TaskRound(long roundId, String roundName, RoundStatus status, String statusLabel, String taskDefinitionKey,
			boolean canImport, String plan, List<String> gaps, String maxUploadSize) {
	}

}
