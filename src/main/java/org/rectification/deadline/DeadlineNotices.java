package org.rectification.deadline;

import java.time.LocalDate;
import java.util.List;

import org.rectification.ledger.UnitTask;
import org.rectification.notification.Notification;
import org.rectification.notification.Notifications;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.springframework.stereotype.Component;

/**
 * What the deadline steps tell people outside Tasklist. Each notice has an idempotency key naming the item,
 * the kind and the occurrence, so a retried job or a re-entered task never sends the same notice twice.
 */
@Component
class DeadlineNotices {

	static final String DEADLINE_APPROACHING = "DEADLINE_APPROACHING";

	static final String OVERDUE = "OVERDUE";

	static final String OVERDUE_REMINDER = "OVERDUE_REMINDER";

	static final String ESCALATION_LEADER = "ESCALATION_LEADER";

	static final String ESCALATION_SEVERE = "ESCALATION_SEVERE";

	static final String EXTENSION_REQUESTED = "EXTENSION_REQUESTED";

	static final String EXTENSION_DECIDED = "EXTENSION_DECIDED";

	static final String DEADLINE_RECOUNTED = "DEADLINE_RECOUNTED";

	private final Notifications notifications;

	private final People people;

	DeadlineNotices(Notifications notifications, People people) {
		this.notifications = notifications;
		this.people = people;
	}

	/** @param provisional the deadline or the count rests on a year not yet published: the notice says 暂定 */
	void approaching(UnitTask item, int workingDaysLeft, boolean provisional) {
		toUnit(item, DEADLINE_APPROACHING, item.deadline().toString(),
				"【即将到期】" + item.reference() + item.unitName(),
				"整改任务" + item.reference() + "将于" + item.deadline() + "到期（还剩" + workingDaysLeft + "个工作日" + mark(provisional) + "），请抓紧整改并在 Tasklist 中提交佐证材料。\n\n"
						+ "整改措施：" + item.measureText());
	}

	void overdue(UnitTask item) {
		toUnit(item, OVERDUE, item.deadline().toString(), "【已逾期】" + item.reference() + item.unitName(),
				"整改任务" + item.reference() + "的完成时限" + item.deadline() + "已过，已向责任领导" + people.name(item.responsibleLeader())
						+ "发出督办单。请尽快完成整改并提交佐证材料。\n\n整改措施：" + item.measureText());
	}

	void overdueReminder(UnitTask item, int number, int workingDaysOverdue, boolean provisional) {
		toUnit(item, OVERDUE_REMINDER, item.deadline() + "-" + number, "【逾期催办】" + item.reference() + item.unitName(),
				"整改任务" + item.reference() + "已逾期" + workingDaysOverdue + "个工作日" + mark(provisional) + "（完成时限" + item.deadline()
						+ "），请立即完成整改并提交佐证材料。\n\n整改措施：" + item.measureText());
	}

	void escalation(UnitTask item, Escalation slip, int workingDaysOverdue, boolean provisional) {
		boolean severe = slip.level() == Escalation.Level.SEVERE;
		List<String> to = severe ? people.members(List.of(Roles.PRINCIPAL, Roles.LEADING_GROUP))
				: List.of(item.responsibleLeader());
		notifications.record(new Notification("escalation-" + slip.id(), severe ? ESCALATION_SEVERE : ESCALATION_LEADER,
				item.id(), "【" + slip.level().label() + "】" + item.reference() + item.unitName(),
				item.unitName() + "的整改任务" + item.reference() + "已逾期" + workingDaysOverdue + "个工作日" + mark(provisional) + "（完成时限"
						+ item.deadline() + "）。请在 Tasklist 中签收督办单，可写下督办意见，责任单位将在其任务中看到。\n\n整改措施："
						+ item.measureText(),
				to));
	}

	void extensionRequested(UnitTask item, DeadlineExtension request) {
		notifications.record(new Notification("extension-" + request.id() + "-requested", EXTENSION_REQUESTED, item.id(),
				"【延期申请】" + item.reference() + item.unitName(),
				item.unitName() + "申请将整改任务" + item.reference() + "的完成时限由" + request.previousDeadline() + "延至"
						+ request.requestedDeadline() + "。理由：" + request.reason() + "\n\n请在 Tasklist 中审批。",
				List.of(item.responsibleLeader())));
	}

	void extensionDecided(UnitTask item, DeadlineExtension request) {
		boolean approved = request.status() == DeadlineExtension.Status.APPROVED;
		toUnit(item, EXTENSION_DECIDED, String.valueOf(request.id()),
				"【延期申请" + request.status().label() + "】" + item.reference() + item.unitName(),
				approved ? "延期申请已批准，整改任务" + item.reference() + "的完成时限调整为" + request.approvedDeadline() + "。"
						+ (request.decisionComment() == null ? "" : "意见：" + request.decisionComment())
						: "延期申请未获批准，完成时限仍为" + request.previousDeadline() + "。理由：" + request.decisionComment());
	}

	/** The deadline the plan wrote in working days moved with the calendar. */
	void deadlineRecounted(UnitTask item, LocalDate previous, String reason) {
		toUnit(item, DEADLINE_RECOUNTED, previous + "-" + item.deadline(), "【完成时限调整】" + item.reference() + item.unitName(),
				"工作日历变更（" + reason + "）：整改任务" + item.reference() + "按工作日计算的完成时限由" + previous + "调整为"
						+ item.deadline() + "，即将到期和逾期的提醒日期随之调整。\n\n整改措施：" + item.measureText());
	}

	private static String mark(boolean provisional) {
		return provisional ? "，暂定：该年节假日安排尚未公布" : "";
	}

	private void toUnit(UnitTask item, String kind, String occurrence, String subject, String body) {
		notifications.record(new Notification("unit-task-" + item.id() + "-" + kind + "-" + occurrence, kind, item.id(),
				subject, body, people.members(List.of(item.unitId()))));
	}

}
