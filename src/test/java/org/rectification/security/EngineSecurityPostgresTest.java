package org.rectification.security;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: passwords and login throttles change here. */
@PostgresTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class EngineSecurityPostgresTest extends EngineSecurityScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_security"));
	}

}
