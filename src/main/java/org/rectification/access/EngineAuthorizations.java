package org.rectification.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.rectification.orgchart.Roles;
import org.rectification.plan.process.InspectionRoundProcess;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations the product relies on, granted at every start (idempotently). Units get no
 * grant here: they see a task only because they are its candidate group, which the engine authorizes per
 * task. Roles that oversee the round may read everything. Only the office may start inspection-round; nobody
 * may start unit-rectification directly: the ledger starts it when a measure is dispatched. Nobody starts
 * progress-reporting (its timer does) or unit-progress-report (a cycle's call activity does); their task
 * candidates get TASK_WORK per task like every other task.
 */
@Component
class EngineAuthorizations {

	private final AuthorizationService authorizationService;

	EngineAuthorizations(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	void grant() {
		// Every logged-in user: Tasklist, the process diagrams, and the directory of colleagues.
		global(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		global(Resources.PROCESS_DEFINITION, "*", Permissions.READ);
		global(Resources.USER, "*", Permissions.READ);
		global(Resources.GROUP, "*", Permissions.READ);

		for (String role : Roles.ALL) {
			group(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			group(role, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
			group(role, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
			group(role, Resources.TASK, "*", TaskPermissions.READ);
			group(role, Resources.DEPLOYMENT, "*", Permissions.READ);
		}

		// The office registers rounds from Tasklist's start form; their unit processes start from the ledger.
		group(Roles.OFFICE, Resources.PROCESS_DEFINITION, InspectionRoundProcess.KEY,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
		group(Roles.OFFICE, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
	}

	void global(Resource resource, String resourceId, Permission... permissions) {
		save(Authorization.AUTH_TYPE_GLOBAL, null, resource, resourceId, permissions);
	}

	void group(String groupId, Resource resource, String resourceId, Permission... permissions) {
		save(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
	}

	private void save(int type, String groupId, Resource resource, String resourceId, Permission... permissions) {
		var query = authorizationService.createAuthorizationQuery()
			.authorizationType(type)
			.resourceType(resource)
			.resourceId(resourceId);
		Authorization authorization = (groupId == null ? query.userIdIn(Authorization.ANY) : query.groupIdIn(groupId))
			.singleResult();
		if (authorization == null) {
			authorization = authorizationService.createNewAuthorization(type);
			if (groupId == null) {
				authorization.setUserId(Authorization.ANY);
			}
			else {
				authorization.setGroupId(groupId);
			}
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

}
