package org.rectification.deadline;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: the uploaded year must not reach other contexts. */
@PostgresTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class CalendarYearPostgresTest extends CalendarYearScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_calendar_years"));
	}

}
