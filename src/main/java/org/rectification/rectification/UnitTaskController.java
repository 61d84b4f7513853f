package org.rectification.rectification;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectification.evidence.EvidenceResults;
import org.rectification.evidence.EvidenceResultsLedger;
import org.rectification.ledger.Decision;
import org.rectification.ledger.Evidence;
import org.rectification.ledger.LookBack;
import org.rectification.ledger.LookBacks;
import org.rectification.ledger.StatusChange;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.ledger.VisibleUnitTasks;
import org.rectification.orgchart.Roles;
import org.rectification.rectification.process.UnitRectificationProcess.FormFields;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.security.ListPage;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger of unit tasks and the actions on them. Actions complete the open Tasklist task as the caller, so
 * the same engine authorizations and the same listeners apply as in Tasklist. Documented in README.
 */
@RestController
@RequestMapping("/api/unit-tasks")
class UnitTaskController {

	private final UnitTasks unitTasks;

	private final TaskService taskService;

	private final FormService formService;

	private final EvidenceResultsLedger resultsLedger;

	private final ObjectMapper objectMapper;

	private final ApiAccess access;

	private final VisibleUnitTasks visibleUnitTasks;

	private final LookBacks lookBacks;

	private final ListPage.Pages pages;

	UnitTaskController(LookBacks lookBacks, UnitTasks unitTasks, TaskService taskService, FormService formService, ApiAccess access,
			VisibleUnitTasks visibleUnitTasks, EvidenceResultsLedger resultsLedger, ObjectMapper objectMapper,
			ListPage.Pages pages) {
		this.pages = pages;
		this.visibleUnitTasks = visibleUnitTasks;
		this.resultsLedger = resultsLedger;
		this.objectMapper = objectMapper;
		this.lookBacks = lookBacks;
		this.unitTasks = unitTasks;
		this.taskService = taskService;
		this.formService = formService;
		this.access = access;
	}

	@GetMapping
	List<UnitTask> list(@RequestParam(required = false) Long roundId, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) UnitTaskState state, @RequestParam(required = false) Integer firstResult,
			@RequestParam(required = false) Integer maxResults) {
		ListPage page = pages.of(firstResult, maxResults);
		CurrentUser user = access.user();
		List<String> visibleUnits = Roles.overseesAll(user) ? null : user.groupIds();
		if (unitId != null) {
			if (visibleUnits != null && !visibleUnits.contains(unitId)) {
				throw ApiException.forbidden("您只能查看本单位的整改任务");
			}
			visibleUnits = List.of(unitId);
		}
		return page.of(unitTasks.list(roundId, visibleUnits, state, page.rowsToRead(), page.firstResult()));
	}

	@GetMapping("/{id}")
	UnitTaskDetail get(@PathVariable long id) {
		UnitTask task = visibleUnitTasks.get(id);
		Task open = openTask(task);
		List<Evidence> evidence = unitTasks.evidence(id);
		return new UnitTaskDetail(task, evidence,
				evidence.stream().map(e -> new SubmissionResults(e.id(), e.submissionNo(), resultsLedger.find(e.id()))).toList(),
				unitTasks.decisions(id), unitTasks.history(id), lookBacks.forUnitTask(id),
				open == null ? null : new OpenTask(open.getId(), open.getTaskDefinitionKey(), open.getName()));
	}

	@PostMapping("/{id}/evidence")
	ResponseEntity<UnitTaskDetail> submit(@PathVariable long id, @RequestBody Map<String, Object> body) {
		// Lists go to the task as JSON text, as Camunda Forms send them; the engine keeps no Java objects.
		return act(id, UnitRectificationProcess.TASK_SUBMIT_EVIDENCE, Map.of(
				FormFields.SUMMARY, value(body, "summary"),
				FormFields.COMPLETION_DATE, value(body, "completionDate"),
				FormFields.INSTITUTIONS, json(body.get("institutions")),
				FormFields.ACCOUNTABILITIES, json(body.get("accountabilities")),
				FormFields.FUNDS_RECOVERED, value(body, "fundsRecovered")));
	}

	@PostMapping("/{id}/review")
	ResponseEntity<UnitTaskDetail> review(@PathVariable long id, @RequestBody Map<String, Object> body) {
		return act(id, UnitRectificationProcess.TASK_REVIEW_EVIDENCE, Map.of(
				Vars.REVIEW_DECISION, value(body, "decision"),
				FormFields.RETURN_REASON, value(body, "reason"),
				FormFields.REVIEW_CHECKLIST, json(body.get("checklist"))));
	}

	@PostMapping("/{id}/sign-off")
	ResponseEntity<UnitTaskDetail> signOff(@PathVariable long id, @RequestBody Map<String, Object> body) {
		return act(id, UnitRectificationProcess.TASK_SIGN_OFF, Map.of(
				Vars.SIGN_OFF_DECISION, value(body, "decision"),
				FormFields.RETURN_REASON, value(body, "reason")));
	}

	@PostMapping("/{id}/look-back")
	ResponseEntity<UnitTaskDetail> submitLookBack(@PathVariable long id, @RequestBody Map<String, Object> body) {
		return act(id, UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK, Map.of(FormFields.SUMMARY, value(body, "summary")));
	}

	@PostMapping("/{id}/look-back/verdict")
	ResponseEntity<UnitTaskDetail> decideLookBack(@PathVariable long id, @RequestBody Map<String, Object> body) {
		return act(id, UnitRectificationProcess.TASK_REVIEW_LOOK_BACK, Map.of(
				Vars.LOOK_BACK_VERDICT, value(body, "verdict"),
				FormFields.REBOUND_REASON, value(body, "reason"),
				FormFields.LOOK_BACK_NOTE, value(body, "reason"),
				FormFields.NEW_DEADLINE, value(body, "newDeadline")));
	}

	private ResponseEntity<UnitTaskDetail> act(long id, String taskDefinitionKey, Map<String, Object> variables) {
		UnitTask task = visibleUnitTasks.get(id);
		if (!taskDefinitionKey.equals(stepOf(task))) {
			throw ApiException.conflict("NOT_AT_THIS_STEP",
					"该整改任务当前为“" + task.state().label() + "”，不在此办理环节");
		}
		Task open = openTask(task);
		if (open == null || !taskDefinitionKey.equals(open.getTaskDefinitionKey())) {
			throw ApiException.forbidden("您无权办理该整改任务的当前环节");
		}
		formService.submitTaskForm(open.getId(), variables);
		return ResponseEntity.ok(get(id));
	}


	/** The step the item waits at: its state's, or, once closed, its open look-back's. */
	private String stepOf(UnitTask task) {
		return switch (task.state()) {
			case IN_PROGRESS, RETURNED, REOPENED -> UnitRectificationProcess.TASK_SUBMIT_EVIDENCE;
			case UNDER_REVIEW -> UnitRectificationProcess.TASK_REVIEW_EVIDENCE;
			case AWAITING_SIGN_OFF -> UnitRectificationProcess.TASK_SIGN_OFF;
			case SIGNED_OFF, LONG_TERM_KEPT -> lookBacks.latest(task.id()).map(l -> switch (l.status()) {
				case WITH_UNIT -> UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK;
				case UNDER_REVIEW -> UnitRectificationProcess.TASK_REVIEW_LOOK_BACK;
				default -> null;
			}).orElse(null);
		};
	}

	/**
	 * The item's open task of its current step as far as the caller may see it in Tasklist (escalation slips
	 * run beside it in the same process).
	 */
	private Task openTask(UnitTask task) {
		String step = stepOf(task);
		if (task.processInstanceId() == null || step == null) {
			return null;
		}
		return taskService.createTaskQuery()
			.processInstanceId(task.processInstanceId())
			.taskDefinitionKey(step)
			.singleResult();
	}

	private String json(Object value) {
		try {
			if (value instanceof String text) {
				return text;
			}
			return value == null ? "" : objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw ApiException.badRequest("RESULTS_INVALID", "建立健全制度或问责情况的内容无法识别");
		}
	}

	private static Object value(Map<String, Object> body, String key) {
		Object value = body.get(key);
		return value == null ? "" : value;
	}

	record OpenTask(String taskId, String step, String name) {
	}

	/** @param results institutions, accountability and funds reported by each submission */
	record UnitTaskDetail(UnitTask task, List<Evidence> evidence, List<SubmissionResults> results,
			List<Decision> decisions, List<StatusChange> history, List<LookBack> lookBacks, OpenTask openTask) {
	}

	record SubmissionResults(long evidenceId, int submissionNo, EvidenceResults results) {
	}

}
