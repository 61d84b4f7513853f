package org.rectification.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rectification.RectificationApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile refuses to start without a real admin password, before anything is created. */
class ProductionProfileTest {

	@Test
	void shouldRefuseToStartWithoutAnAdminPassword() {
		assertThatThrownBy(() -> start(""))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("The prod profile needs the admin password in RECTIFICATION_ADMIN_PASSWORD; it is empty");
	}

	@Test
	void shouldRefuseToStartWithADefaultPassword() {
		assertThatThrownBy(() -> start("demo")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refusing to start");
		assertThatThrownBy(() -> start("short1")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refusing to start");
		assertThatThrownBy(() -> start("qwertyuiop")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refusing to start");
		assertThatThrownBy(() -> start("admin-2026-Spring")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refusing to start");
	}

	@Test
	void shouldRefuseToStartWithoutTheOrgFile() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(RectificationApplication.class)
			.profiles("prod")
			.properties("RECTIFICATION_ADMIN_PASSWORD=Wq8!kz-3mPq72")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:prod-org-check")
			.close()).isInstanceOf(IllegalStateException.class)
			.hasMessage("rectification.org.file is not set: name the org file (RECTIFICATION_ORG_FILE in the prod profile)");
	}

	@Test
	void shouldAcceptAStrongPassword() {
		assertThatCode(() -> ProductionSafetyCheck.check("admin", "Wq8!kz-3mPq72")).doesNotThrowAnyException();
	}

	private static void start(String password) {
		// Arguments, not default properties: application.yml would outrank those and open the ./data database.
		new SpringApplicationBuilder(RectificationApplication.class)
			.profiles("prod")
			.properties("RECTIFICATION_ADMIN_PASSWORD=" + password)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:prod-check",
					"--rectification.org.file=classpath:org/demo-org.yml")
			.close();
	}

}
