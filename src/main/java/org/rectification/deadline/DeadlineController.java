package org.rectification.deadline;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rectification.ledger.Completion;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.WarningLevel;
import org.rectification.rectification.VisibleUnitTasks;
import org.rectification.rectification.process.UnitRectificationProcess;
import org.rectification.system.ApiAccess;
import org.rectification.system.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item's deadline: its light, extension requests and escalation slips, and the unit's request for more
 * time. Documented in README.
 */
@RestController
class DeadlineController {

	private final DeadlineExtensions extensions;

	private final Escalations escalations;

	private final ExtensionService extensionService;

	private final DeadlineStatus status;

	private final DeadlineLadder ladder;

	private final ApiAccess access;

	private final VisibleUnitTasks visibleUnitTasks;

	DeadlineController(DeadlineExtensions extensions, Escalations escalations, ExtensionService extensionService,
			DeadlineStatus status, DeadlineLadder ladder, ApiAccess access, VisibleUnitTasks visibleUnitTasks) {
		this.ladder = ladder;
		this.visibleUnitTasks = visibleUnitTasks;
		this.extensions = extensions;
		this.escalations = escalations;
		this.extensionService = extensionService;
		this.status = status;
		this.access = access;
	}

	@GetMapping("/api/unit-tasks/{id}/deadline")
	DeadlineView deadline(@PathVariable long id) {
		return view(visibleUnitTasks.get(id), access.user());
	}

	/** The deadline of the item behind a Tasklist task the caller can see (the 延期申请 tab). */
	@GetMapping("/api/tasks/{taskId}/deadline")
	DeadlineView deadlineOfTask(@PathVariable String taskId) {
		return view(visibleUnitTasks.behindTask(taskId, UnitRectificationProcess.TASK_SUBMIT_EVIDENCE::equals, "该任务没有完成时限"),
				access.user());
	}

	@PostMapping("/api/unit-tasks/{id}/extensions")
	ResponseEntity<DeadlineExtension> requestExtension(@PathVariable long id, @RequestBody Map<String, Object> body) {
		visibleUnitTasks.get(id);
		DeadlineExtension request = extensionService.request(id, access.user(), body.get("requestedDeadline"),
				body.get("reason"));
		return ResponseEntity.created(URI.create("/api/unit-tasks/" + id + "/deadline")).body(request);
	}

	private DeadlineView view(UnitTask item, CurrentUser user) {
		List<DeadlineExtension> requests = extensions.forUnitTask(item.id());
		boolean withUnit = item.state().isWithUnit();
		boolean pending = requests.stream().anyMatch(e -> e.status() == DeadlineExtension.Status.PENDING);
		DeadlineLadder.Marks marks = ladder.marks(item);
		boolean open = !item.state().isClosed();
		return new DeadlineView(item.id(), item.reference(), item.unitName(), item.state(), item.deadline(),
				item.originalDeadline(), item.warning(), status.warning(item), item.completedOn(), item.completion(),
				requests, escalations.forUnitTask(item.id()), user.memberOf(item.unitId()) && withUnit && !pending,
				item.warnFrom(), item.overdueFrom(), item.severeFrom(), open && marks.any(), open ? marks : null,
				item.deadlineWorkingDays());
	}

	/**
	 * @param canRequestExtension whether the caller may ask for more time now (a member of the unit, the item with
	 * the unit, no request pending)
	 * @param provisional whether any date shown rests on a year whose holiday schedule is not yet published
	 * @param provisionalDates which of them (null for a closed item)
	 * @param deadlineWorkingDays the plan's deadline in working days, counted from the day the item was sent
	 */
	record DeadlineView(long unitTaskId, String reference, String unitName, UnitTaskState state,
			LocalDate deadline, LocalDate originalDeadline, WarningLevel warning, String warningText,
			LocalDate completedOn, Completion completion, List<DeadlineExtension> extensions,
			List<Escalation> escalations, boolean canRequestExtension, LocalDate warnFrom, LocalDate overdueFrom,
			LocalDate severeFrom, boolean provisional, DeadlineLadder.Marks provisionalDates,
			Integer deadlineWorkingDays) {
	}

}
