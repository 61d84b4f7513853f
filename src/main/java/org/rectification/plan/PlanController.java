package org.rectification.plan;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Milestone;
import org.rectification.ledger.Milestones;
import org.rectification.ledger.Rounds;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.Roles;
import org.rectification.rectification.UnitTaskService;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rounds and their plans: the office registers them; overseers read them. Documented in README. */
@RestController
@RequestMapping("/api")
class PlanController {

	private final PlanService planService;

	private final Rounds rounds;

	private final Milestones milestones;

	private final UnitTasks unitTasks;

	private final UnitTaskService unitTaskService;

	private final ApiAccess access;

	PlanController(PlanService planService, Rounds rounds, Milestones milestones, UnitTasks unitTasks,
			UnitTaskService unitTaskService, ApiAccess access) {
		this.planService = planService;
		this.rounds = rounds;
		this.milestones = milestones;
		this.unitTasks = unitTasks;
		this.unitTaskService = unitTaskService;
		this.access = access;
	}

	@PostMapping("/rounds")
	ResponseEntity<RoundView> create(@RequestBody NewRound round) {
		// Skips the leading group's approval: only for rounds approved before the system (migration).
		CurrentUser user = access.user();
		if (!user.memberOf("camunda-admin")) {
			throw ApiException.forbidden("直接登记已批准的巡察轮次仅用于迁移，只有系统管理员可以操作；新的轮次请整改办在 Tasklist 中发起“巡察整改轮次”");
		}
		long id = planService.create(round, user.userId());
		return ResponseEntity.created(URI.create("/api/rounds/" + id)).body(view(id));
	}

	@GetMapping("/rounds")
	List<InspectionRound> list() {
		return rounds.findAllRounds();
	}

	@GetMapping("/rounds/{id}")
	RoundView get(@PathVariable long id) {
		access.requireAnyRole(Roles.OVERSEERS, "只有整改办、领导和领导小组可以查看整改方案全貌");
		return view(id);
	}

	/** Sends a measure to one more responsible unit. */
	@PostMapping("/measures/{measureId}/unit-tasks")
	ResponseEntity<UnitTask> dispatch(@PathVariable long measureId, @RequestBody Map<String, String> body) {
		CurrentUser user = access.requireAnyRole(List.of(Roles.OFFICE), "只有整改办可以下达整改任务");
		String unitId = body.get("unitId");
		if (unitId == null || unitId.isBlank()) {
			throw ApiException.badRequest("UNIT_REQUIRED", "请指定责任单位 unitId");
		}
		UnitTask task = unitTaskService.dispatch(measureId, unitId, user.userId());
		return ResponseEntity.created(URI.create("/api/unit-tasks/" + task.id())).body(task);
	}

	private RoundView view(long id) {
		InspectionRound round = rounds.findRound(id).orElseThrow(() -> ApiException.notFound("巡察轮次 " + id + " 不存在"));
		Map<Long, List<Milestone>> phases = milestones.forRound(id);
		List<MeasureView> measures = rounds.measures(id)
			.stream()
			.map(m -> new MeasureView(m, phases.getOrDefault(m.id(), List.of())))
			.toList();
		return new RoundView(round, rounds.findings(id), measures, rounds.measureUnits(id), unitTasks.countByState(id));
	}

	record RoundView(InspectionRound round, List<Rounds.Finding> findings, List<MeasureView> measures,
			List<Rounds.MeasureUnit> measureUnits, Map<UnitTaskState, Long> unitTasksByState) {
	}

	/** A measure with its milestones (阶段性目标), phase 2 first. */
	record MeasureView(@JsonUnwrapped Rounds.Measure measure, List<Milestone> milestones) {
	}

}
