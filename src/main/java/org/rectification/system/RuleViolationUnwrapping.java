package org.rectification.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions from listeners ("ENGINE-03051 There was an exception while invoking the
 * TaskListener"), which its REST layer turns into a 500. This outermost command interceptor rethrows the
 * {@link RuleViolation} itself after the transaction has rolled back, so every entry point sees the rule.
 */
@Component
class RuleViolationUnwrapping extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(0, new Unwrapper());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	static final class Unwrapper extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (RuntimeException e) {
				RuleViolation violation = find(e);
				throw violation != null ? violation : e;
			}
		}

		private static RuleViolation find(Throwable e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof RuleViolation violation) {
					return violation;
				}
				if (t.getCause() == t) {
					break;
				}
			}
			return null;
		}

	}

}
