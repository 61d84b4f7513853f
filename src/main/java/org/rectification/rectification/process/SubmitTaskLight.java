package org.rectification.rectification.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.WarningLevel;
import org.rectification.system.AsSystem;
import org.springframework.stereotype.Component;

/**
 * The traffic light on the unit's Tasklist task: a marker in the name people scan, and the priority the
 * filters 即将到期 and 已逾期 select on. Set when the task is created and again when a timer changes the light.
 */
@Component
public class SubmitTaskLight {

	public static final int GREEN_PRIORITY = 50;

	public static final int YELLOW_PRIORITY = 75;

	public static final int RED_PRIORITY = 100;

	private static final String TASK_NAME = "提交佐证材料";

	private final TaskService taskService;

	private final AsSystem asSystem;

	SubmitTaskLight(TaskService taskService, AsSystem asSystem) {
		this.taskService = taskService;
		this.asSystem = asSystem;
	}

	/** Shows the item's current light on its open submission task, if it has one. */
	public void refresh(UnitTask item) {
		if (item.processInstanceId() == null) {
			return;
		}
		asSystem.run(() -> {
			Task task = taskService.createTaskQuery()
				.processInstanceId(item.processInstanceId())
				.taskDefinitionKey(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE)
				.singleResult();
			if (task != null) {
				task.setName(name(item));
				task.setPriority(priority(item.warning()));
				taskService.saveTask(task);
			}
		});
	}

	static String name(UnitTask item) {
		WarningLevel level = item.warning();
		String marker = level == null || level == WarningLevel.GREEN ? "" : "〔" + level.meaning() + "〕";
		if (item.reopenedAt() != null) {
			marker += "〔回头看反弹〕";
		}
		String phase = item.phased() ? "（第" + item.phaseNo() + "阶段）" : "";
		return marker + item.reference() + TASK_NAME + phase + " · " + item.unitName();
	}

	static int priority(WarningLevel level) {
		if (level == null) {
			return GREEN_PRIORITY;
		}
		return switch (level) {
			case GREEN -> GREEN_PRIORITY;
			case YELLOW -> YELLOW_PRIORITY;
			case RED -> RED_PRIORITY;
		};
	}

}
