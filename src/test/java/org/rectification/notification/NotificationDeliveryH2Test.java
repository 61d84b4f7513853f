package org.rectification.notification;

import org.rectification.support.H2Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@H2Test
class NotificationDeliveryH2Test extends NotificationDeliveryScenarios {

	/** A database of its own: this context's sweeper and engine stay out of the other H2 tests' data. */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:notifications;DB_CLOSE_DELAY=-1");
	}

}
