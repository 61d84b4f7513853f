package org.rectification.orgchart;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Display names of the org chart's users, for forms and reports. */
@Component
public class People {

	private final IdentityService identityService;

	People(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** The user's name, or the id itself when the user is unknown. */
	public String name(String userId) {
		if (userId == null) {
			return "";
		}
		User user = identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
		return name.isEmpty() ? userId : name;
	}

	/** The ids of the members of any of the groups, each once, in a stable order. */
	public List<String> members(List<String> groupIds) {
		return groupIds.stream()
			.flatMap(g -> identityService.createUserQuery().memberOfGroup(g).orderByUserId().asc().unlimitedList().stream())
			.map(User::getId)
			.distinct()
			.toList();
	}

	public boolean isMember(String userId, String groupId) {
		return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
	}

}
