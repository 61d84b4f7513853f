package org.rectification.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.RuntimeService;
import org.rectification.deadline.process.DeadlineExtensionProcess;
import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.orgchart.People;
import org.rectification.system.AsSystem;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadline extensions (延期申请): the unit asks for a later date with a reason, the responsible leader decides.
 * An approval moves the item's current deadline and its thresholds, and tells the unit's process
 * ({@link DeadlineMoved}) so that its task and every timer follow; the original deadline and each request stay in the ledger.
 */
@Service
public class ExtensionService {

	static final int MAX_TEXT = 4000;

	private final UnitTasks unitTasks;

	private final DeadlineExtensions extensions;

	private final DeadlineLadder ladder;

	private final DeadlineNotices notices;

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	private final People people;

	private final BusinessClock clock;

	private final ApplicationEventPublisher events;

	ExtensionService(UnitTasks unitTasks, DeadlineExtensions extensions, DeadlineLadder ladder, DeadlineNotices notices,
			RuntimeService runtimeService, AsSystem asSystem, People people, BusinessClock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.unitTasks = unitTasks;
		this.extensions = extensions;
		this.ladder = ladder;
		this.notices = notices;
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
		this.people = people;
		this.clock = clock;
	}

	/** The unit's request; the leader's decision task is created in the same transaction. */
	@Transactional
	public DeadlineExtension request(long unitTaskId, CurrentUser user, Object requestedDeadlineValue, Object reasonValue) {
		// One request at a time per item: a second, concurrent one waits here and then finds the first pending.
		unitTasks.lock(unitTaskId);
		UnitTask item = item(unitTaskId);
		if (!user.memberOf(item.unitId())) {
			throw RuleViolation.forbidden("NOT_UNIT_MEMBER", "只有" + item.unitName() + "的人员可以为本单位的整改任务申请延期");
		}
		if (!item.state().isWithUnit()) {
			throw RuleViolation.conflict("NOT_WITH_UNIT",
					"整改任务当前为“" + item.state().label() + "”，只有正在整改或被退回的任务可以申请延期");
		}
		String reason = text(reasonValue);
		if (reason.isEmpty()) {
			throw new RuleViolation("REASON_REQUIRED", "请填写延期理由");
		}
		if (reason.length() > MAX_TEXT) {
			throw new RuleViolation("REASON_TOO_LONG", "延期理由不能超过" + MAX_TEXT + "字");
		}
		LocalDate requested = date(requestedDeadlineValue, "申请的完成时限");
		if (requested == null) {
			throw new RuleViolation("DATE_REQUIRED", "请填写申请延至的日期");
		}
		checkLater(requested, item.deadline());
		ladder.datesFor(requested);
		if (extensions.forUnitTask(unitTaskId).stream().anyMatch(e -> e.status() == DeadlineExtension.Status.PENDING)) {
			throw RuleViolation.conflict("EXTENSION_PENDING", "该整改任务已有一份待审批的延期申请，请等待责任领导审批");
		}
		long id = extensions.insert(unitTaskId, item.deadline(), requested, reason, user.userId(), clock.now());
		// Nobody holds CREATE_INSTANCE on the decision process: only a request checked here starts it.
		String processInstanceId = asSystem.call(() -> runtimeService
			.startProcessInstanceByKey(DeadlineExtensionProcess.KEY, String.valueOf(id))
			.getId());
		extensions.linkProcessInstance(id, processInstanceId);
		DeadlineExtension request = extensions.find(id).orElseThrow();
		notices.extensionRequested(item, request);
		return request;
	}

	/** The responsible leader's decision, recorded by the decision task's completion. */
	public DeadlineExtension decide(long extensionId, CurrentUser user, Object decisionValue, Object approvedDeadlineValue,
			Object commentValue) {
		DeadlineExtension request = get(extensionId);
		UnitTask item = item(request.unitTaskId());
		if (!user.userId().equals(item.responsibleLeader())) {
			throw RuleViolation.forbidden("NOT_RESPONSIBLE_LEADER",
					"延期申请只能由责任领导" + people.name(item.responsibleLeader()) + "审批");
		}
		String comment = text(commentValue);
		if (comment.length() > MAX_TEXT) {
			throw new RuleViolation("COMMENT_TOO_LONG", "审批意见不能超过" + MAX_TEXT + "字");
		}
		String decision = text(decisionValue);
		switch (decision) {
			case DeadlineExtensionProcess.DECISION_APPROVE -> approve(request, item, user, approvedDeadlineValue, comment);
			case DeadlineExtensionProcess.DECISION_REJECT -> {
				if (comment.isEmpty()) {
					throw new RuleViolation("COMMENT_REQUIRED", "不批准延期时请填写理由");
				}
				settle(request, DeadlineExtension.Status.REJECTED, null, user, comment);
			}
			default -> throw new RuleViolation("DECISION_REQUIRED", "请选择审批结论：批准或不批准");
		}
		DeadlineExtension decided = get(extensionId);
		notices.extensionDecided(item, decided);
		return decided;
	}

	public DeadlineExtension get(long extensionId) {
		return extensions.find(extensionId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "延期申请 " + extensionId + " 不存在"));
	}

	private void approve(DeadlineExtension request, UnitTask item, CurrentUser user, Object approvedDeadlineValue,
			String comment) {
		if (!item.state().isWithUnit()) {
			throw RuleViolation.conflict("NOT_WITH_UNIT", "该整改任务当前为“" + item.state().label() + "”，单位已不在整改中，无需延期");
		}
		LocalDate approved = date(approvedDeadlineValue, "批准的完成时限");
		if (approved == null) {
			approved = request.requestedDeadline();
		}
		checkLater(approved, item.deadline());
		DeadlineDates dates = ladder.datesFor(approved);
		settle(request, DeadlineExtension.Status.APPROVED, approved, user, comment.isEmpty() ? null : comment);
		unitTasks.moveDeadline(item.id(), dates, clock.now());
		unitTasks.recordNote(item.id(), user.userId(), "完成时限由" + item.deadline() + "延至" + approved + "（延期申请已批准）",
				clock.now());
		events.publishEvent(new DeadlineMoved(item.id(), DeadlineMoved.Cause.EXTENSION_APPROVED));
	}

	private void settle(DeadlineExtension request, DeadlineExtension.Status status, LocalDate approved, CurrentUser user,
			String comment) {
		if (!extensions.decide(request.id(), status, approved, user.userId(), comment, clock.now())) {
			throw RuleViolation.conflict("ALREADY_DECIDED", "该延期申请已审批");
		}
	}

	private void checkLater(LocalDate date, LocalDate current) {
		if (!date.isAfter(current)) {
			throw new RuleViolation("NOT_LATER", "延期后的完成时限必须晚于当前时限" + current);
		}
		LocalDate today = clock.today();
		if (!date.isAfter(today)) {
			throw new RuleViolation("NOT_IN_FUTURE", "延期后的完成时限必须晚于今天（" + today + "）");
		}
	}

	/**
	 * The unit has submitted its evidence: a request still pending is withdrawn and its decision task removed, in
	 * the submission's transaction. Should the item come back, the unit asks again for the time it then needs.
	 */
	public void withdrawPending(long unitTaskId, String userId) {
		for (DeadlineExtension request : extensions.forUnitTask(unitTaskId)) {
			if (request.status() == DeadlineExtension.Status.PENDING && extensions.decide(request.id(),
					DeadlineExtension.Status.WITHDRAWN, null, userId, "单位已提交佐证材料，申请自动撤回", clock.now())
					&& request.processInstanceId() != null) {
				asSystem.run(() -> runtimeService.deleteProcessInstanceIfExists(request.processInstanceId(),
						"单位已提交佐证材料，延期申请撤回", false, true, false, false));
			}
		}
	}

	private UnitTask item(long unitTaskId) {
		return unitTasks.find(unitTaskId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改任务 " + unitTaskId + " 不存在"));
	}

	private LocalDate date(Object value, String field) {
		try {
			return clock.date(value);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("DATE_INVALID", field + "“" + text(value) + "”无法识别，请使用 yyyy-MM-dd 格式");
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

}
