package org.rectification.evidence;

import java.util.UUID;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database and an evidence folder of its own, so that nothing new on disk can go unnoticed. */
@PostgresTest
@TestPropertySource(properties = { EvidenceFileScenarios.MAX_FILE, EvidenceFileScenarios.MAX_TASK })
class MaliciousUploadPostgresTest extends MaliciousUploadScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_malicious"));
		registry.add("rectification.evidence.directory", () -> "target/malicious-postgres-" + UUID.randomUUID());
	}

}
