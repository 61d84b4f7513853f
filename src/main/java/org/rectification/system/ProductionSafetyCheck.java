package org.rectification.system;

import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production the admin password comes from the environment and must not be empty or well known. Checked
 * before any bean exists, so the engine never creates an admin with a weak password.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "123456", "12345678",
			"1234567890", "changeme", "secret");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(environment.getProperty("camunda.bpm.admin-user.password"));
	}

	static void check(String adminPassword) {
		if (adminPassword == null || adminPassword.isBlank()) {
			throw new IllegalStateException(
					"The prod profile needs the admin password in RECTIFICATION_ADMIN_PASSWORD; it is empty");
		}
		if (WELL_KNOWN.contains(adminPassword.toLowerCase(Locale.ROOT)) || adminPassword.length() < 10) {
			throw new IllegalStateException("RECTIFICATION_ADMIN_PASSWORD is a default or too short a password "
					+ "(it needs at least 10 characters and must not be a well-known one); refusing to start");
		}
	}

}
