package org.rectification.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Does what the job executor would do at the engine's current time, in the test's own thread: every job due now
 * runs, then the jobs those created, until nothing is due. For contexts whose job executor is off, so a test
 * that moves the clock decides exactly when timers fire.
 */
public final class DueJobs {

	private static final int MAX_ROUNDS = 1000;

	private DueJobs() {
	}

	/** Runs every due job; the number run. A failing job fails the test with the job's exception. */
	public static int execute(ManagementService managementService) {
		int executed = 0;
		for (int round = 0; round < MAX_ROUNDS; round++) {
			List<Job> due = managementService.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return executed;
			}
			for (Job job : due) {
				managementService.executeJob(job.getId());
				executed++;
			}
		}
		throw new IllegalStateException("Jobs keep becoming due after " + MAX_ROUNDS + " rounds: a timer loop at the current time?");
	}

}
