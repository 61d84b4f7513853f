package org.rectification.security;

import org.rectification.support.H2Test;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: passwords and login throttles change here. */
@H2Test
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:security;DB_CLOSE_DELAY=-1",
		"camunda.bpm.job-execution.enabled=false" })
class EngineSecurityH2Test extends EngineSecurityScenarios {
}
