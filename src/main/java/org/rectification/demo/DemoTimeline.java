package org.rectification.demo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the demo happen in the past: the engine clock (which the ledger's clock follows) is set to the moments
 * of the story, and every job falling due on the way (fan-out, timers, reminders, slips) runs here, at its due
 * time and in due order, instead of in the job executor, which is kept from acquiring meanwhile. Closing puts
 * the clock back to the real time, runs what is due by now, and lets the executor go on.
 */
final class DemoTimeline implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

	private final ManagementService managementService;

	private final JobExecutor jobExecutor;

	private final ZoneId zone;

	private final boolean executorWasActive;

	private final Set<String> failed = new HashSet<>();

	private int executed;

	DemoTimeline(ProcessEngine engine, ZoneId zone) {
		this.managementService = engine.getManagementService();
		this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		this.zone = zone;
		this.executorWasActive = jobExecutor != null && jobExecutor.isActive();
		if (executorWasActive) {
			jobExecutor.shutdown();
		}
	}

	/** Moves the clock forward to the moment, running each job that falls due on the way at its due time. */
	void at(LocalDateTime moment) {
		Date target = Date.from(moment.atZone(zone).toInstant());
		if (target.before(ClockUtil.getCurrentTime())) {
			throw new IllegalStateException("The demo's story goes back in time at " + moment);
		}
		runDue();
		while (true) {
			List<Job> next = managementService.createJobQuery()
				.active()
				.withRetriesLeft()
				.duedateHigherThan(ClockUtil.getCurrentTime())
				.duedateLowerThan(new Date(target.getTime() + 1))
				.orderByJobDuedate()
				.asc()
				.listPage(0, 1);
			if (next.isEmpty()) {
				break;
			}
			ClockUtil.setCurrentTime(next.get(0).getDuedate());
			runDue();
		}
		ClockUtil.setCurrentTime(target);
		runDue();
	}

	/** Starts the story: the clock at its first moment. */
	void startAt(LocalDateTime moment) {
		ClockUtil.setCurrentTime(Date.from(moment.atZone(zone).toInstant()));
	}

	int executedJobs() {
		return executed;
	}

	/** Runs every job due by now, those it creates included, one at a time and oldest due first. */
	private void runDue() {
		while (true) {
			// One at a time: a job may remove others (an ended scope takes its timers along).
			Job job = managementService.createJobQuery()
				.executable()
				.active()
				.orderByJobDuedate()
				.asc()
				.listPage(0, failed.size() + 1)
				.stream()
				.filter(j -> !failed.contains(j.getId()))
				.findFirst()
				.orElse(null);
			if (job == null) {
				return;
			}
			try {
				managementService.executeJob(job.getId());
				executed++;
			}
			catch (RuntimeException e) {
				// A job that fails here would fail the same way in the executor; it keeps its retries for it.
				log.warn("Demo: job {} failed at {}: {}", job.getId(), ClockUtil.getCurrentTime(), e.getMessage());
				failed.add(job.getId());
			}
		}
	}

	@Override
	public void close() {
		ClockUtil.reset();
		try {
			runDue();
		}
		finally {
			if (executorWasActive) {
				jobExecutor.start();
			}
		}
	}

}
