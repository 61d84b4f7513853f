package org.rectification.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Who the API caller is, and what they may see. */
@Component
public class ApiAccess {

	private final IdentityService identityService;

	ApiAccess(IdentityService identityService) {
		this.identityService = identityService;
	}

	public CurrentUser user() {
		return CurrentUser.of(identityService);
	}

	/** Like {@link #requireAnyRole} but without the administrator's exception: for business data only these roles see. */
	public CurrentUser requireMemberOf(List<String> roles, String message) {
		CurrentUser user = user();
		if (!user.memberOfAny(roles)) {
			throw ApiException.forbidden(message);
		}
		return user;
	}

	public CurrentUser requireAnyRole(List<String> roles, String message) {
		CurrentUser user = user();
		if (!user.memberOfAny(roles) && !user.memberOf("camunda-admin")) {
			throw ApiException.forbidden(message);
		}
		return user;
	}

}
