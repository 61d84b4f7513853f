package org.rectification.reporting;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own, the only context with reporting on: only its job executor opens cycles there. */
@PostgresTest
@TestPropertySource(properties = "rectification.reporting.enabled=true")
class ProgressReportingPostgresTest extends ProgressReportingScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_reporting"));
	}

}
