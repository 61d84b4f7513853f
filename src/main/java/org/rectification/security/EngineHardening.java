package org.rectification.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine settings for a hostile network (docs/security.md lists each with its reason), the command guard,
 * the throttled identity provider and the password policy. Camunda 7 CE gets no more security fixes, so these
 * are set in code, where a configuration file cannot quietly undo them.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EngineHardening extends AbstractProcessEnginePlugin {

	private final LoginThrottle throttle;

	private final SecurityProperties properties;

	EngineHardening(LoginThrottle throttle, SecurityProperties properties) {
		this.throttle = throttle;
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new CommandGuard(configuration));
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

		configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle));
		// Lists for logged-in users come in pages; the app's own lists page theirs too.
		configuration.setQueryMaxResultsLimit(properties.queryMaxResults());
		// Already the defaults of 7.24; set again so that no property file can switch them back on.
		configuration.setEnableExpressionsInAdhocQueries(false);
		configuration.setJavaSerializationFormatEnabled(false);
		configuration.setDeserializationTypeValidationEnabled(true);
		configuration.setEnableXxeProcessing(false);
		configuration.setEnableScriptEngineLoadExternalResources(false);
		configuration.setConfigureScriptEngineHostAccess(false);
		configuration.setRestrictUserOperationLogToAuthenticatedUsers(true);
		// A BPMN error nothing catches fails the command instead of ending the process silently.
		configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
	}

	/**
	 * The policy is switched on once the engine is built, after the starter has created the administrator from
	 * configuration (whose password the prod profile checks against the same policy before start-up).
	 */
	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
			.getProcessEngineConfiguration();
		configuration.setPasswordPolicy(BureauPasswordPolicy.get());
		configuration.setEnablePasswordPolicy(true);
	}

}
