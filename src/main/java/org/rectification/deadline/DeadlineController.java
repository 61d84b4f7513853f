package org.rectification.deadline;

import java.net.URI;
import java.util.Map;

import org.rectification.ledger.VisibleUnitTasks;
import org.rectification.system.ApiAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item's deadline: its light, extension requests and escalation slips, and the unit's request for more
 * time. Documented in README; the same view behind a Tasklist task is served by the unit process's owner.
 */
@RestController
class DeadlineController {

	private final DeadlineViews views;

	private final ExtensionService extensionService;

	private final ApiAccess access;

	private final VisibleUnitTasks visibleUnitTasks;

	DeadlineController(DeadlineViews views, ExtensionService extensionService, ApiAccess access,
			VisibleUnitTasks visibleUnitTasks) {
		this.views = views;
		this.visibleUnitTasks = visibleUnitTasks;
		this.extensionService = extensionService;
		this.access = access;
	}

	@GetMapping("/api/unit-tasks/{id}/deadline")
	DeadlineViews.DeadlineView deadline(@PathVariable long id) {
		return views.view(visibleUnitTasks.get(id), access.user());
	}

	@PostMapping("/api/unit-tasks/{id}/extensions")
	ResponseEntity<DeadlineExtension> requestExtension(@PathVariable long id, @RequestBody Map<String, Object> body) {
		visibleUnitTasks.get(id);
		DeadlineExtension request = extensionService.request(id, access.user(), body.get("requestedDeadline"),
				body.get("reason"));
		return ResponseEntity.created(URI.create("/api/unit-tasks/" + id + "/deadline")).body(request);
	}

}
