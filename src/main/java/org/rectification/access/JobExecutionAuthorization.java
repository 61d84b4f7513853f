package org.rectification.access;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda checks who may execute a job only once the job runs, and counts the refusal as a failure of the job:
 * each refused POST /job/{id}/execute took a retry, so after three another unit's deadline timers would stop for
 * good. The same check now comes first, and a refusal leaves the job as it was.
 */
@Component
class JobExecutionAuthorization extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setManagementService(new ManagementServiceOfAuthorizedJobs(configuration));
	}

	static final class ManagementServiceOfAuthorizedJobs extends ManagementServiceImpl {

		ManagementServiceOfAuthorizedJobs(ProcessEngineConfiguration configuration) {
			super(configuration);
		}

		@Override
		public void executeJob(String jobId) {
			commandExecutor.execute(context -> {
				JobEntity job = context.getJobManager().findJobById(jobId);
				if (job != null) {
					for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
						checker.checkUpdateJob(job);
					}
				}
				return null;
			});
			super.executeJob(jobId);
		}

	}

}
