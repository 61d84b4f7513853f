package org.rectification.rectification;

import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.system.ApiAccess;
import org.rectification.system.ApiException;
import org.rectification.system.CurrentUser;
import org.springframework.stereotype.Component;

/** Who may see an item through the API: its unit, its responsible leader, and the roles that oversee all. */
@Component
public class VisibleUnitTasks {

	private final UnitTasks unitTasks;

	private final ApiAccess access;

	VisibleUnitTasks(UnitTasks unitTasks, ApiAccess access) {
		this.unitTasks = unitTasks;
		this.access = access;
	}

	/** The item, if the caller may see it; 404 or 403 otherwise. */
	public UnitTask get(long id) {
		CurrentUser user = access.user();
		UnitTask task = unitTasks.find(id).orElseThrow(() -> ApiException.notFound("整改任务 " + id + " 不存在"));
		boolean ownUnit = user.memberOf(task.unitId());
		boolean ownSignOff = user.userId().equals(task.responsibleLeader());
		if (!access.overseesAll(user) && !ownUnit && !ownSignOff) {
			throw ApiException.forbidden("您只能查看和办理本单位的整改任务");
		}
		return task;
	}

}
