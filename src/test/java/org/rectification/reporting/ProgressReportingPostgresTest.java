package org.rectification.reporting;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own, the only context with reporting on; the tests run the due jobs themselves. */
@PostgresTest
@TestPropertySource(properties = { "rectification.reporting.enabled=true", "camunda.bpm.job-execution.enabled=false" })
class ProgressReportingPostgresTest extends ProgressReportingScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_reporting"));
	}

}
