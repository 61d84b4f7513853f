package org.rectification.access;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rectification.deadline.process.DeadlineExtensionProcess;
import org.rectification.orgchart.Roles;
import org.rectification.orgchart.Unit;
import org.rectification.orgchart.UnitKind;
import org.rectification.orgchart.Units;
import org.rectification.plan.process.InspectionRoundProcess;
import org.rectification.rectification.process.SubmitTaskLight;
import org.rectification.reporting.process.ProgressReportingProcess;
import org.rectification.reporting.process.UnitProgressReportProcess;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of each role, kept up to date at every start and shared only with the groups that
 * need them: 我的待办 for everyone, 本单位待办, 即将到期 and 已逾期 for the units, 待审核 and 整改方案 for the
 * office, 待销号 and 延期审批 for the leaders, 督办单 for the leaders, the principal and the leading group,
 * 方案审批 for the leading group, 进展报送 for the units and 进展汇总 for the office.
 */
@Component
class TasklistFilters {

	static final String MY_TASKS = "我的待办";

	static final String UNIT_TASKS = "本单位待办";

	static final String DUE_SOON = "即将到期";

	static final String OVERDUE = "已逾期";

	static final String TO_REVIEW = "待审核";

	static final String TO_SIGN_OFF = "待销号";

	static final String IMPORT_PLAN = "整改方案";

	static final String ESCALATIONS = "督办单";

	static final String DECIDE_EXTENSION = "延期审批";

	static final String APPROVE_PLAN = "方案审批";

	static final String PROGRESS_REPORTS = "进展报送";

	static final String PROGRESS_DIGEST = "进展汇总";

	private static final String OWNER = "admin";

	private static final String MARKER = "managedBy";

	private static final String MARKER_VALUE = "rectification";

	private final FilterService filterService;

	private final TaskService taskService;

	private final EngineAuthorizations authorizations;

	private final Units units;

	TasklistFilters(FilterService filterService, TaskService taskService, EngineAuthorizations authorizations,
			Units units) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizations = authorizations;
		this.units = units;
	}

	void sync() {
		List<String> unitGroups = units.findAll().stream()
			.filter(Unit::active)
			.filter(u -> u.kind() != UnitKind.LEADERSHIP)
			.map(Unit::id)
			.toList();

		Filter mine = save(MY_TASKS, 1, "#2f6fb5", "分配给我本人的待办事项",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		authorizations.global(Resources.FILTER, mine.getId(), Permissions.READ);

		Filter unit = save(UNIT_TASKS, 2, "#3c8d40", "本单位需要提交佐证材料或回头看材料的整改任务（含已被同事认领的）",
				taskService.createTaskQuery()
					.taskDefinitionKeyIn(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE,
							UnitRectificationProcess.TASK_SUBMIT_LOOK_BACK)
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		unitGroups.forEach(g -> authorizations.group(g, Resources.FILTER, unit.getId(), Permissions.READ));

		// The light is the task's priority, set when the task is created and by the deadline timers.
		Filter dueSoon = save(DUE_SOON, 7, "#e0b000", "本单位黄灯事项：距完成时限不足规定的工作日",
				taskService.createTaskQuery()
					.taskDefinitionKey(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE)
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.taskPriority(SubmitTaskLight.YELLOW_PRIORITY));
		unitGroups.forEach(g -> authorizations.group(g, Resources.FILTER, dueSoon.getId(), Permissions.READ));

		Filter overdue = save(OVERDUE, 8, "#c62828", "本单位红灯事项：已超过完成时限",
				taskService.createTaskQuery()
					.taskDefinitionKey(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE)
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.taskMinPriority(SubmitTaskLight.RED_PRIORITY));
		unitGroups.forEach(g -> authorizations.group(g, Resources.FILTER, overdue.getId(), Permissions.READ));

		Filter review = save(TO_REVIEW, 3, "#d98b1c", "各单位已提交、等待整改办审核的佐证材料和回头看材料",
				taskService.createTaskQuery()
					.taskDefinitionKeyIn(UnitRectificationProcess.TASK_REVIEW_EVIDENCE,
							UnitRectificationProcess.TASK_REVIEW_LOOK_BACK)
					.taskCandidateGroup(Roles.OFFICE)
					.includeAssignedTasks());
		authorizations.group(Roles.OFFICE, Resources.FILTER, review.getId(), Permissions.READ);

		Filter importPlan = save(IMPORT_PLAN, 5, "#5b4ea8", "需要整改办导入、完善的整改方案",
				taskService.createTaskQuery()
					.taskDefinitionKey(InspectionRoundProcess.TASK_IMPORT_PLAN)
					.taskCandidateGroup(Roles.OFFICE)
					.includeAssignedTasks());
		authorizations.group(Roles.OFFICE, Resources.FILTER, importPlan.getId(), Permissions.READ);

		Filter approvePlan = save(APPROVE_PLAN, 6, "#8a2f6f", "等待领导小组审批的整改方案",
				taskService.createTaskQuery()
					.taskDefinitionKey(InspectionRoundProcess.TASK_APPROVE_PLAN)
					.taskCandidateGroup(Roles.LEADING_GROUP)
					.includeAssignedTasks());
		authorizations.group(Roles.LEADING_GROUP, Resources.FILTER, approvePlan.getId(), Permissions.READ);

		Filter signOff = save(TO_SIGN_OFF, 4, "#b53f2f", "整改办审核通过、等待我销号的事项",
				taskService.createTaskQuery()
					.taskDefinitionKey(UnitRectificationProcess.TASK_SIGN_OFF)
					.taskAssigneeExpression("${currentUser()}"));
		authorizations.group(Roles.LEADER, Resources.FILTER, signOff.getId(), Permissions.READ);

		Filter escalationsFilter = save(ESCALATIONS, 9, "#8b0000", "发给我或我所在领导小组、尚未签收的督办单",
				taskService.createTaskQuery()
					.taskDefinitionKeyIn(UnitRectificationProcess.TASK_ACKNOWLEDGE_ESCALATION,
							UnitRectificationProcess.TASK_ACKNOWLEDGE_SEVERE_ESCALATION,
							ProgressReportingProcess.TASK_ACKNOWLEDGE_REPORT_ESCALATION)
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.endOr());
		List.of(Roles.LEADER, Roles.PRINCIPAL, Roles.LEADING_GROUP)
			.forEach(g -> authorizations.group(g, Resources.FILTER, escalationsFilter.getId(), Permissions.READ));

		Filter decideExtension = save(DECIDE_EXTENSION, 10, "#00695c", "责任单位提出、等待我审批的延期申请",
				taskService.createTaskQuery()
					.taskDefinitionKey(DeadlineExtensionProcess.TASK_DECIDE_EXTENSION)
					.taskAssigneeExpression("${currentUser()}"));
		authorizations.group(Roles.LEADER, Resources.FILTER, decideExtension.getId(), Permissions.READ);

		Filter reports = save(PROGRESS_REPORTS, 11, "#1565c0", "本单位待报送的整改进展（周报/月报）",
				taskService.createTaskQuery()
					.taskDefinitionKey(UnitProgressReportProcess.TASK_SUBMIT_PROGRESS_REPORT)
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		unitGroups.forEach(g -> authorizations.group(g, Resources.FILTER, reports.getId(), Permissions.READ));

		Filter digest = save(PROGRESS_DIGEST, 12, "#455a64", "各期整改进展汇总：谁已报送、谁未报送、本期变化",
				taskService.createTaskQuery()
					.taskDefinitionKey(ProgressReportingProcess.TASK_READ_DIGEST)
					.taskCandidateGroup(Roles.OFFICE)
					.includeAssignedTasks());
		authorizations.group(Roles.OFFICE, Resources.FILTER, digest.getId(), Permissions.READ);
	}

	private Filter save(String name, int priority, String color, String description, TaskQuery query) {
		// Recognised by a marker, so a personal filter someone names the same is left alone.
		Filter filter = filterService.createFilterQuery().filterName(name).filterOwner(OWNER).list().stream()
			.filter(f -> MARKER_VALUE.equals(f.getProperties() == null ? null : f.getProperties().get(MARKER)))
			.findFirst()
			.orElseGet(() -> filterService.newTaskFilter(name));
		filter.setOwner(OWNER);
		filter.setQuery(query);
		filter.setProperties(Map.of("priority", priority, "color", color, "description", description, "refresh",
				true, MARKER, MARKER_VALUE));
		return filterService.saveFilter(filter);
	}

}
