package org.rectification.security;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production the admin password comes from the environment and must pass the password policy that every
 * user's does ({@link BureauPasswordPolicy}). Checked before any bean exists, so the engine never creates an
 * admin with a weak password.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(environment.getProperty("camunda.bpm.admin-user.id", "admin"),
				environment.getProperty("camunda.bpm.admin-user.password"));
	}

	static void check(String adminId, String adminPassword) {
		if (adminPassword == null || adminPassword.isBlank()) {
			throw new IllegalStateException(
					"The prod profile needs the admin password in RECTIFICATION_ADMIN_PASSWORD; it is empty");
		}
		UserEntity admin = new UserEntity(adminId);
		if (!BureauPasswordPolicy.get().accepts(adminPassword, admin)) {
			throw new IllegalStateException("RECTIFICATION_ADMIN_PASSWORD does not pass the password policy (at least "
					+ BureauPasswordPolicy.MIN_LENGTH + " characters, not containing the user id, not a common password); "
					+ "refusing to start");
		}
	}

}
