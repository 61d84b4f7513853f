package org.rectification.plan.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.Rounds;
import org.rectification.orgchart.Roles;
import org.rectification.plan.PlanCoverage;
import org.rectification.system.AsSystem;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Task_ImportPlan: shows the round, what has been imported and what the plan still lacks. The workbook itself
 * is uploaded through the app's endpoint (Tasklist's forms have no file picker), which refreshes this task.
 */
@Component("importPlanTask")
public class ImportPlanTask implements TaskListener {

	static final String CTX_ROUND = "ctxRound";

	static final String CTX_PLAN = "ctxPlan";

	static final String CTX_GAPS = "ctxGaps";

	static final String CTX_RETURN_HISTORY = "ctxReturnHistory";

	private final Rounds rounds;

	private final PlanCoverage coverage;

	private final RoundPresentation presentation;

	private final TaskService taskService;

	private final IdentityService identityService;

	private final AsSystem asSystem;

	ImportPlanTask(Rounds rounds, PlanCoverage coverage, RoundPresentation presentation, TaskService taskService,
			IdentityService identityService, AsSystem asSystem) {
		this.rounds = rounds;
		this.coverage = coverage;
		this.presentation = presentation;
		this.taskService = taskService;
		this.identityService = identityService;
		this.asSystem = asSystem;
	}

	@Override
	public void notify(DelegateTask task) {
		long roundId = RoundKey.roundId(task.getExecution());
		InspectionRound round = rounds.findRound(roundId).orElseThrow();
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.setName("【" + round.name() + "】" + task.getName());
			task.setDescription("下载模板、上传整改方案工作簿，方案完整后提交领导小组审批");
			PlanCoverage.Report plan = coverage.check(roundId);
			task.setVariablesLocal(context(round, plan.summary(), plan.gaps()));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			if (!CurrentUser.of(identityService).memberOf(Roles.OFFICE)) {
				throw RuleViolation.forbidden("NOT_OFFICE", "只有整改办可以提交整改方案");
			}
		}
	}

	/** Shows the state of the plan after an import on the round's open import task, if there is one. */
	public void refresh(InspectionRound round, String summary, List<String> gaps) {
		if (round.processInstanceId() == null) {
			return;
		}
		asSystem.run(() -> {
			Task task = taskService.createTaskQuery()
				.processInstanceId(round.processInstanceId())
				.taskDefinitionKey(InspectionRoundProcess.TASK_IMPORT_PLAN)
				.singleResult();
			if (task != null) {
				taskService.setVariablesLocal(task.getId(), context(round, summary, gaps));
			}
		});
	}

	private Map<String, Object> context(InspectionRound round, String summary, List<String> gaps) {
		return Map.of(CTX_ROUND, presentation.header(round), CTX_PLAN, summary, CTX_GAPS, PlanCoverage.describe(gaps),
				CTX_RETURN_HISTORY, presentation.returnHistory(round.id()));
	}

}
