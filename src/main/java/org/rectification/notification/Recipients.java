package org.rectification.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectification.system.AsSystem;
import org.springframework.stereotype.Component;

/** The Camunda users a notification names, read as the system (engine authorization is on). */
@Component
class Recipients {

	private final IdentityService identityService;

	private final AsSystem asSystem;

	Recipients(IdentityService identityService, AsSystem asSystem) {
		this.identityService = identityService;
		this.asSystem = asSystem;
	}

	/** The users by id, in the given order; ids without a user are missing from the map. */
	Map<String, User> users(List<String> userIds) {
		Map<String, User> byId = new LinkedHashMap<>();
		if (userIds.isEmpty()) {
			return byId;
		}
		List<User> found = asSystem.call(
				() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
		userIds.forEach(id -> found.stream().filter(u -> u.getId().equals(id)).findFirst().ifPresent(u -> byId.put(id, u)));
		return byId;
	}

	/** How people read a name here: the org file writes Chinese names whole into the first name. */
	static String displayName(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? user.getId() : name;
	}

}
