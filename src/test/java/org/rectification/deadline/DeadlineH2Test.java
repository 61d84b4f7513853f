package org.rectification.deadline;

import org.rectification.support.H2Test;
import org.springframework.test.context.TestPropertySource;

/** On a database of its own: only this context, whose node sends mail, may execute its timers. */
@H2Test
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:deadlines;DB_CLOSE_DELAY=-1",
		"rectification.notify.mail.enabled=true", "rectification.notify.mail.from=巡察整改系统 <noreply@edu.example.cn>",
		"spring.mail.host=127.0.0.1", "spring.mail.port=" + DeadlineScenarios.SMTP_PORT })
class DeadlineH2Test extends DeadlineScenarios {
}
