package org.rectification.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The app had no scheduling before: the outbox sweeper is its first {@code @Scheduled} task. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

	static final String EXECUTOR = "notificationExecutor";

	/**
	 * Sends deliveries off the committing thread (often the engine's job executor). Two threads keep a slow
	 * SMTP server from holding up the webhook; when the queue is full, the sweeper sends the rest later.
	 */
	@Bean(EXECUTOR)
	ThreadPoolTaskExecutor notificationExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("notify-");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(10_000);
		// Let sends under way finish at shutdown; whatever is left stays in the outbox for the sweeper.
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

}
