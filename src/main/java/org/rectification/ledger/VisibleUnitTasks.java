package org.rectification.ledger;

import java.util.function.Predicate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectification.orgchart.Roles;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Who may see an item through the API: its unit, its responsible leader, and the roles that oversee all. */
@Component
public class VisibleUnitTasks {

	private final UnitTasks unitTasks;

	private final ApiAccess access;

	private final TaskService taskService;

	VisibleUnitTasks(UnitTasks unitTasks, ApiAccess access, TaskService taskService) {
		this.unitTasks = unitTasks;
		this.access = access;
		this.taskService = taskService;
	}

	/**
	 * The item behind a Tasklist task, for the tabs of a task: the task must be one the engine lets the caller see
	 * and one of the given steps.
	 *
	 * @param notFound the message when there is no such task or item, e.g. "该任务没有佐证材料"
	 */
	public UnitTask behindTask(String taskId, Predicate<String> step, String notFound) {
		Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || !step.test(task.getTaskDefinitionKey())) {
			throw ApiException.notFound(notFound);
		}
		UnitTask item = unitTasks.findByProcessInstance(task.getProcessInstanceId())
			.orElseThrow(() -> ApiException.notFound(notFound));
		return get(item.id());
	}

	/** The item, if the caller may see it; 404 or 403 otherwise. */
	public UnitTask get(long id) {
		CurrentUser user = access.user();
		UnitTask task = unitTasks.find(id).orElseThrow(() -> ApiException.notFound("整改任务 " + id + " 不存在"));
		boolean ownUnit = user.memberOf(task.unitId());
		boolean ownSignOff = user.userId().equals(task.responsibleLeader());
		if (!Roles.overseesAll(user) && !ownUnit && !ownSignOff) {
			throw ApiException.forbidden("您只能查看和办理本单位的整改任务");
		}
		return task;
	}

}
