package org.rectification.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.rectification.support.DemoTest;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In the demo the start page lists the demo logins, each an existing user who can log in with the password shown. */
@DemoTest
class StartPageDemoTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldListDemoLoginsThatWork() {
		Response listing = Http.anonymous(port).get("/demo/logins");

		assertThat(listing.status()).isEqualTo(200);
		JsonNode demo = listing.json();
		assertThat(demo.get("password").asText()).isEqualTo("demo");
		// The context starts once the runners are done: the demo is complete.
		assertThat(demo.get("status").asText()).isEqualTo("READY");
		assertThat(demo.get("logins")).hasSizeGreaterThanOrEqualTo(6);
		for (JsonNode row : demo.get("logins")) {
			assertThat(row.get("who").asText()).isNotBlank();
			assertThat(row.get("sees").asText()).isNotBlank();
			for (JsonNode login : row.get("logins")) {
				assertThat(identityService.checkPassword(login.asText(), demo.get("password").asText()))
					.as("demo login %s with the listed password", login.asText())
					.isTrue();
			}
		}
	}

}
