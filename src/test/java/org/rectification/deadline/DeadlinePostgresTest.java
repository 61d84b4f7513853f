package org.rectification.deadline;

import org.rectification.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

@PostgresTest
@TestPropertySource(properties = { "rectification.notify.mail.enabled=true",
		"rectification.notify.mail.from=巡察整改系统 <noreply@edu.example.cn>", "spring.mail.host=127.0.0.1",
		"spring.mail.port=" + DeadlineScenarios.SMTP_PORT })
class DeadlinePostgresTest extends DeadlineScenarios {
}
