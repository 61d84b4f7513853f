package org.rectification.lookback;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On a database of its own: only this context may execute its timers while the clock is moved. */
@PostgresTest
class LongTermPostgresTest extends LongTermScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_long_term"));
	}

}
