package org.rectification.reporting;

import org.rectification.support.H2Test;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own, the only context with reporting on; the tests run the due jobs themselves. */
@H2Test
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:reporting;DB_CLOSE_DELAY=-1",
		"rectification.reporting.enabled=true", "camunda.bpm.job-execution.enabled=false" })
class ProgressReportingH2Test extends ProgressReportingScenarios {
}
