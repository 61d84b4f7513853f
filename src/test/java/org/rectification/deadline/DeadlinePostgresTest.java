package org.rectification.deadline;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: only this context, whose node sends mail, may execute its timers. */
@PostgresTest
@TestPropertySource(properties = { "rectification.notify.mail.enabled=true",
		"rectification.notify.mail.from=巡察整改系统 <noreply@edu.example.cn>", "spring.mail.host=127.0.0.1",
		"spring.mail.port=" + DeadlineScenarios.SMTP_PORT })
class DeadlinePostgresTest extends DeadlineScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_deadlines"));
	}

}
