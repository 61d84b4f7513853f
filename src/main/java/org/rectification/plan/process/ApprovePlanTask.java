package org.rectification.plan.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectification.ledger.InspectionRound;
import org.rectification.ledger.PlanDecision;
import org.rectification.ledger.Plans;
import org.rectification.ledger.RoundStatus;
import org.rectification.ledger.Rounds;
import org.rectification.orgchart.Roles;
import org.rectification.plan.PlanCoverage;
import org.rectification.plan.process.InspectionRoundProcess.Vars;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.FormSubmission;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Task_ApprovePlan: the leading group approves the plan, which then fans out to the units, or returns it to
 * the office with a reason. The decision is written to the ledger in the same transaction as the step.
 */
@Component("approvePlanTask")
class ApprovePlanTask implements TaskListener {

	static final int MAX_REASON = 4000;

	private static final List<String> FORM_FIELDS = List.of(Vars.PLAN_DECISION, InspectionRoundProcess.RETURN_REASON);

	private final Rounds rounds;

	private final Plans plans;

	private final PlanCoverage coverage;

	private final RoundPresentation presentation;

	private final IdentityService identityService;

	private final BusinessClock clock;

	ApprovePlanTask(Rounds rounds, Plans plans, PlanCoverage coverage, RoundPresentation presentation,
			IdentityService identityService, BusinessClock clock) {
		this.rounds = rounds;
		this.plans = plans;
		this.coverage = coverage;
		this.presentation = presentation;
		this.identityService = identityService;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		long roundId = RoundKey.roundId(task.getExecution());
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			InspectionRound round = rounds.findRound(roundId).orElseThrow();
			task.setName("【" + round.name() + "】" + task.getName());
			String summary = coverage.summary(roundId);
			task.setDescription(summary);
			task.getExecution().removeVariables(FORM_FIELDS);
			task.setVariablesLocal(Map.of("ctxRound", presentation.header(round), "ctxPlan", summary,
					"ctxImports", presentation.imports(roundId), "ctxReturnHistory", presentation.returnHistory(roundId)));
			FORM_FIELDS.forEach(field -> task.setVariableLocal(field, null));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			String decision = FormSubmission.text(task, Vars.PLAN_DECISION);
			String reason = FormSubmission.text(task, InspectionRoundProcess.RETURN_REASON);
			decide(roundId, CurrentUser.of(identityService), decision, reason);
			task.getExecution().removeVariables(FORM_FIELDS);
			task.getExecution().setVariable(Vars.PLAN_DECISION, decision);
		}
	}

	private void decide(long roundId, CurrentUser user, String decision, String reason) {
		if (!user.memberOf(Roles.LEADING_GROUP)) {
			throw RuleViolation.forbidden("NOT_LEADING_GROUP", "只有领导小组成员可以审批整改方案");
		}
		RoundStatus status = plans.lockStatus(roundId).orElseThrow();
		if (status != RoundStatus.AWAITING_APPROVAL) {
			throw RuleViolation.conflict("STATE_CONFLICT", "整改方案当前状态为“" + status.label() + "”，不能审批");
		}
		if (reason.length() > MAX_REASON) {
			throw new RuleViolation("REASON_TOO_LONG", "意见不能超过" + MAX_REASON + "字");
		}
		switch (decision) {
			case InspectionRoundProcess.DECISION_APPROVE -> {
				List<String> gaps = coverage.gaps(roundId);
				if (!gaps.isEmpty()) {
					throw RuleViolation.conflict("PLAN_HAS_GAPS", "方案现在有 " + gaps.size() + " 处缺口（如：" + gaps.get(0)
							+ "），不能批准；请退回整改办修改");
				}
				plans.insertDecision(roundId, PlanDecision.Outcome.APPROVED, reason.isEmpty() ? null : reason,
						user.userId(), clock.now());
				plans.markApproved(roundId, user.userId(), clock.now());
			}
			case InspectionRoundProcess.DECISION_RETURN -> {
				if (reason.isEmpty()) {
					throw new RuleViolation("REASON_REQUIRED", "退回时必须填写退回意见");
				}
				plans.insertDecision(roundId, PlanDecision.Outcome.RETURNED, reason, user.userId(), clock.now());
				plans.setStatus(roundId, RoundStatus.PLANNING);
			}
			default -> throw new RuleViolation("DECISION_REQUIRED", "请选择审批意见：批准或退回");
		}
	}

}
