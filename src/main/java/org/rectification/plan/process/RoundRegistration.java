package org.rectification.plan.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectification.ledger.Plans;
import org.rectification.orgchart.Roles;
import org.rectification.plan.NewRound;
import org.rectification.plan.PlanService;
import org.rectification.plan.process.InspectionRoundProcess.StartFields;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * StartEvent_FeedbackReceived: checks the start form on the server (the browser's checks can be skipped),
 * registers the round in the ledger, makes its id the business key and keeps none of the form's values as
 * process variables.
 */
@Component("roundRegistration")
class RoundRegistration implements ExecutionListener {

	private final PlanService planService;

	private final Plans plans;

	private final IdentityService identityService;

	private final BusinessClock clock;

	RoundRegistration(PlanService planService, Plans plans, IdentityService identityService, BusinessClock clock) {
		this.planService = planService;
		this.plans = plans;
		this.identityService = identityService;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateExecution execution) {
		CurrentUser user = CurrentUser.of(identityService);
		if (!user.memberOf(Roles.OFFICE)) {
			throw RuleViolation.forbidden("NOT_OFFICE", "只有整改办可以登记巡察轮次");
		}
		List<String> problems = new ArrayList<>();
		NewRound header = new NewRound(text(execution, StartFields.NAME), text(execution, StartFields.INSPECTION_GROUP),
				text(execution, StartFields.INSPECTED_BODY), date(execution, StartFields.PERIOD_START, "巡察开始日期", problems),
				date(execution, StartFields.PERIOD_END, "巡察结束日期", problems),
				date(execution, StartFields.FEEDBACK_DATE, "反馈日期", problems), text(execution, StartFields.DOCUMENT_NO),
				date(execution, StartFields.DEADLINE, "整改总时限", problems), null, null);
		long roundId = planService.register(header, problems, user.userId());
		execution.setProcessBusinessKey(String.valueOf(roundId));
		plans.setProcessInstance(roundId, execution.getProcessInstanceId());
		execution.removeVariables(StartFields.ALL);
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

	private LocalDate date(DelegateExecution execution, String name, String label, List<String> problems) {
		Object value = execution.getVariable(name);
		try {
			return clock.date(value);
		}
		catch (DateTimeParseException e) {
			problems.add(label + "：“" + value + "”无法识别，请使用 yyyy-MM-dd 格式");
			return null;
		}
	}

}
