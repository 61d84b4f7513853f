package org.rectification.rectification;

import org.rectification.deadline.DeadlineViews;
import org.rectification.ledger.VisibleUnitTasks;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.system.ApiAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The deadline of the item behind a unit's submission task in Tasklist (the 完成时限 tab). */
@RestController
class TaskDeadlineController {

	private final DeadlineViews views;

	private final VisibleUnitTasks visibleUnitTasks;

	private final ApiAccess access;

	TaskDeadlineController(DeadlineViews views, VisibleUnitTasks visibleUnitTasks, ApiAccess access) {
		this.views = views;
		this.visibleUnitTasks = visibleUnitTasks;
		this.access = access;
	}

	@GetMapping("/api/tasks/{taskId}/deadline")
	DeadlineViews.DeadlineView deadlineOfTask(@PathVariable String taskId) {
		return views.view(visibleUnitTasks.behindTask(taskId, UnitRectificationProcess.TASK_SUBMIT_EVIDENCE::equals,
				"该任务没有完成时限"), access.user());
	}

}
