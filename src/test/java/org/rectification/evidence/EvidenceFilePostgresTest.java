package org.rectification.evidence;

import java.util.UUID;

import org.rectification.support.PostgresAvailable;
import org.rectification.support.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** On a database and an evidence folder of its own, so the files on disk can be counted against the rows. */
@PostgresTest
@TestPropertySource(properties = { EvidenceFileScenarios.MAX_FILE, EvidenceFileScenarios.MAX_TASK })
class EvidenceFilePostgresTest extends EvidenceFileScenarios {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.separateDatabase("rectification_evidence"));
		registry.add("rectification.evidence.directory", () -> "target/evidence-postgres-" + UUID.randomUUID());
	}

}
