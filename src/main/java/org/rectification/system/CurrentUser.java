package org.rectification.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user on whose behalf the engine and the app act in this thread. */
public record CurrentUser(String userId, List<String> groupIds) {

	public boolean memberOf(String groupId) {
		return groupIds.contains(groupId);
	}

	public boolean memberOfAny(List<String> groups) {
		return groups.stream().anyMatch(groupIds::contains);
	}

	/** The engine's current authentication, or a rule violation when nobody is logged in. */
	public static CurrentUser of(IdentityService identityService) {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new RuleViolation("UNAUTHENTICATED", "请先登录后再办理");
		}
		List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
		return new CurrentUser(authentication.getUserId(), List.copyOf(groups));
	}

}
