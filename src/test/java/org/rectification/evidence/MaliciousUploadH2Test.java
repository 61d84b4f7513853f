package org.rectification.evidence;

import java.util.UUID;

import org.rectification.support.H2Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database and an evidence folder of its own, so that nothing new on disk can go unnoticed. */
@H2Test
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:malicious;DB_CLOSE_DELAY=-1",
		EvidenceFileScenarios.MAX_FILE, EvidenceFileScenarios.MAX_TASK })
class MaliciousUploadH2Test extends MaliciousUploadScenarios {

	@DynamicPropertySource
	static void ownFolder(DynamicPropertyRegistry registry) {
		registry.add("rectification.evidence.directory", () -> "target/malicious-h2-" + UUID.randomUUID());
	}

}
