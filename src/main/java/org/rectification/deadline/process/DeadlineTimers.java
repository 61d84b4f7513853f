package org.rectification.deadline.process;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.rectification.ledger.UnitTask;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.system.AsSystem;
import org.springframework.stereotype.Component;

/**
 * Brings an item's running deadline timers and its Tasklist task in line with the ledger after its dates were
 * counted again: each timer's expression is evaluated anew (it reads the ledger), the due date and the form's
 * deadline text follow. The task itself stays, with its claim and draft.
 */
@Component
public class DeadlineTimers {

	private static final Set<String> DEADLINE_TIMERS = Set.of(UnitRectificationProcess.BOUNDARY_DEADLINE_APPROACHING,
			UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED, UnitRectificationProcess.BOUNDARY_SEVERELY_OVERDUE,
			UnitRectificationProcess.BOUNDARY_OVERDUE_REMINDER);

	private final ManagementService managementService;

	private final TaskService taskService;

	private final ProcessEngine engine;

	private final AsSystem asSystem;

	DeadlineTimers(ManagementService managementService, TaskService taskService, ProcessEngine engine,
			AsSystem asSystem) {
		this.managementService = managementService;
		this.taskService = taskService;
		this.engine = engine;
		this.asSystem = asSystem;
	}

	/**
	 * @param formTexts the form's deadline texts (ctxDeadline, ctxWarning) as they read now
	 * @return how many timers were set anew
	 */
	public int follow(UnitTask item, ZoneId zone, Map<String, Object> formTexts) {
		if (item.processInstanceId() == null) {
			return 0;
		}
		return asSystem.call(() -> {
			List<Job> timers = managementService.createJobQuery()
				.processInstanceId(item.processInstanceId())
				.timers()
				.list();
			ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
			int moved = 0;
			for (Job timer : timers) {
				if (DEADLINE_TIMERS.contains(activityOf(timer))) {
					configuration.getCommandExecutorTxRequired().execute(new RecountTimer(timer.getId()));
					moved++;
				}
			}
			Task task = taskService.createTaskQuery()
				.processInstanceId(item.processInstanceId())
				.taskDefinitionKey(UnitRectificationProcess.TASK_SUBMIT_EVIDENCE)
				.singleResult();
			if (task != null) {
				task.setDueDate(Date.from(item.deadline().atTime(LocalTime.of(23, 59)).atZone(zone).toInstant()));
				taskService.saveTask(task);
				taskService.setVariablesLocal(task.getId(), formTexts);
			}
			return moved;
		});
	}

	private String activityOf(Job timer) {
		return managementService.createJobDefinitionQuery()
			.jobDefinitionId(timer.getJobDefinitionId())
			.singleResult()
			.getActivityId();
	}

	/**
	 * Camunda's recalculation sets a timer's next due date; a repeating timer also keeps its cycle in the job,
	 * which is set anew here from the same evaluation, so later reminders follow the new dates too.
	 */
	static final class RecountTimer extends RecalculateJobDuedateCmd {

		private static final long serialVersionUID = 1L;

		private final String timerId;

		RecountTimer(String timerId) {
			super(timerId, false);
			this.timerId = timerId;
		}

		@Override
		public Void execute(CommandContext commandContext) {
			super.execute(commandContext);
			TimerEntity timer = (TimerEntity) commandContext.getJobManager().findJobById(timerId);
			if (timer.getRepeat() != null) {
				findTimerDeclaration(commandContext, timer).updateJob(timer);
			}
			return null;
		}

	}

}
