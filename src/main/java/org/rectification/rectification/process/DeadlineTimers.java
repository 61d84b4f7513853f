package org.rectification.rectification.process;

import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.rectification.deadline.DeadlineMoved;
import org.rectification.deadline.DeadlineStatus;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.system.AsSystem;
import org.rectification.system.BusinessClock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The unit's process follows its item's deadline when the ledger moved it ({@link DeadlineMoved}), in the same
 * transaction. An approved extension enters the submission task afresh: a new due date, and timers of the new
 * deadline only. A recount after a calendar change keeps the task, with its claim and draft: each deadline
 * timer's expression is evaluated anew (it reads the ledger), and the due date, the form's deadline texts and the
 * light follow.
 */
@Component
public class DeadlineTimers {

	private static final Set<String> DEADLINE_TIMERS = Set.of(UnitRectificationProcess.BOUNDARY_DEADLINE_APPROACHING,
			UnitRectificationProcess.BOUNDARY_DEADLINE_PASSED, UnitRectificationProcess.BOUNDARY_SEVERELY_OVERDUE,
			UnitRectificationProcess.BOUNDARY_OVERDUE_REMINDER);

	private final ManagementService managementService;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final ProcessEngine engine;

	private final UnitTasks unitTasks;

	private final DeadlineStatus status;

	private final SubmitTaskLight light;

	private final BusinessClock clock;

	private final AsSystem asSystem;

	DeadlineTimers(ManagementService managementService, TaskService taskService, RuntimeService runtimeService,
			ProcessEngine engine, UnitTasks unitTasks, DeadlineStatus status, SubmitTaskLight light, BusinessClock clock,
			AsSystem asSystem) {
		this.managementService = managementService;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.engine = engine;
		this.unitTasks = unitTasks;
		this.status = status;
		this.light = light;
		this.clock = clock;
		this.asSystem = asSystem;
	}

	@EventListener
	void follow(DeadlineMoved moved) {
		switch (moved.cause()) {
			case EXTENSION_APPROVED -> asSystem.run(() -> runtimeService
				.createMessageCorrelation(UnitRectificationProcess.MESSAGE_DEADLINE_EXTENDED)
				.processInstanceBusinessKey(String.valueOf(moved.unitTaskId()))
				.correlateAllWithResult());
			case CALENDAR_CHANGED -> unitTasks.find(moved.unitTaskId()).ifPresent(item -> {
				recount(item);
				light.refresh(item);
			});
		}
	}

	/** @return how many timers were set anew */
	int recount(UnitTask item) {
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
				task.setDueDate(Date.from(item.deadline().atTime(LocalTime.of(23, 59)).atZone(clock.zone()).toInstant()));
				taskService.saveTask(task);
				Map<String, Object> texts = new LinkedHashMap<>();
				texts.put("ctxDeadline", status.deadline(item));
				texts.put("ctxWarning", status.warning(item));
				taskService.setVariablesLocal(task.getId(), texts);
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
