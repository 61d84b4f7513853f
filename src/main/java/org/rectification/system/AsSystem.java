package org.rectification.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the system, for steps the app takes on a user's behalf after checking its own rules
 * (starting a unit's process, refreshing what a task shows). The caller's authentication is restored after.
 */
@Component
public class AsSystem {

	private final IdentityService identityService;

	AsSystem(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T call(Supplier<T> work) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
