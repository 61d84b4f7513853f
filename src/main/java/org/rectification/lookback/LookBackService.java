package org.rectification.lookback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.rectification.deadline.CalendarYearMissing;
import org.rectification.deadline.DeadlineLadder;
import org.rectification.deadline.WorkingDayCalendar;
import org.rectification.evidence.EvidenceFiles;
import org.rectification.ledger.Evidence;
import org.rectification.ledger.LookBack;
import org.rectification.ledger.LookBackStatus;
import org.rectification.ledger.LookBacks;
import org.rectification.ledger.MeasureType;
import org.rectification.ledger.Milestones;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTaskState;
import org.rectification.ledger.UnitTasks;
import org.rectification.notification.Notification;
import org.rectification.notification.Notifications;
import org.rectification.orgchart.People;
import org.rectification.orgchart.Roles;
import org.rectification.system.BusinessClock;
import org.rectification.system.CurrentUser;
import org.rectification.system.RuleViolation;
import org.springframework.stereotype.Service;

/**
 * The rules of the look-back (回头看): when it falls due, what the unit must send, and what the office's verdict
 * does to the item. Called by the unit's process inside the engine's transaction, so the ledger and the process
 * step commit together.
 */
@Service
public class LookBackService {

	public static final String VERDICT_HELD = "HELD";

	public static final String VERDICT_REBOUNDED = "REBOUNDED";

	static final int MAX_TEXT = 10000;

	static final int MAX_REASON = 4000;

	private final LookBacks lookBacks;

	private final UnitTasks unitTasks;

	private final Milestones milestones;

	private final LookBackProperties properties;

	private final WorkingDayCalendar calendar;

	private final DeadlineLadder ladder;

	private final EvidenceFiles evidenceFiles;

	private final Notifications notifications;

	private final People people;

	private final BusinessClock clock;

	LookBackService(LookBacks lookBacks, UnitTasks unitTasks, Milestones milestones, LookBackProperties properties,
			WorkingDayCalendar calendar, DeadlineLadder ladder, EvidenceFiles evidenceFiles, Notifications notifications,
			People people, BusinessClock clock) {
		this.lookBacks = lookBacks;
		this.unitTasks = unitTasks;
		this.milestones = milestones;
		this.properties = properties;
		this.calendar = calendar;
		this.ladder = ladder;
		this.evidenceFiles = evidenceFiles;
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	/** At the item's final sign-off: the look-back after the measure's months, or its type's default. */
	public LookBack schedule(UnitTask item, String actor) {
		int months = milestones.lookBackMonths(item.measureId())
			.orElse(item.measureType() == MeasureType.LONG_TERM ? properties.longTermMonths() : properties.otherMonths());
		LocalDate dueOn = firstWorkingDayFrom(clock.today().plusMonths(months));
		long id = lookBacks.schedule(item.id(), dueOn, clock.now());
		unitTasks.recordNote(item.id(), actor, "已安排回头看：" + dueOn + "（销号后" + months + "个月）", clock.now());
		return lookBacks.latest(item.id()).filter(l -> l.id() == id).orElseThrow();
	}

	/**
	 * A look-back opens on a working day; a year the calendar does not cover yet keeps the date as it is (it is
	 * not a deadline anyone can miss, and a sign-off must not wait for next year's calendar).
	 */
	private LocalDate firstWorkingDayFrom(LocalDate date) {
		LocalDate day = date;
		try {
			while (!calendar.isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			return day;
		}
		catch (CalendarYearMissing e) {
			return date;
		}
	}

	/** When the item's scheduled look-back opens: its day, at the time reminders go out. */
	public Date dueAt(long unitTaskId) {
		LookBack lookBack = lookBacks.latest(unitTaskId)
			.orElseThrow(() -> new RuleViolation("LOOK_BACK_NOT_FOUND", "整改任务 " + unitTaskId + " 没有安排回头看"));
		return Date.from(lookBack.dueOn().atTime(ladder.remindAt()).atZone(clock.zone()).toInstant());
	}

	/** The look-back's day has come: the unit is asked for fresh evidence. A retried job changes nothing. */
	public void open(long unitTaskId) {
		LookBack lookBack = lookBacks.latest(unitTaskId)
			.orElseThrow(() -> new RuleViolation("LOOK_BACK_NOT_FOUND", "整改任务 " + unitTaskId + " 没有安排回头看"));
		if (lookBack.status() != LookBackStatus.SCHEDULED) {
			return;
		}
		lookBacks.move(lookBack.id(), LookBackStatus.SCHEDULED, LookBackStatus.WITH_UNIT);
		lookBacks.opened(lookBack.id(), clock.now());
		UnitTask item = item(unitTaskId);
		unitTasks.recordNote(unitTaskId, "system", "回头看开始：请责任单位报送整改成效巩固情况", clock.now());
		notifications.record(new Notification("look-back-" + lookBack.id() + "-opened", "LOOK_BACK_DUE", unitTaskId,
				"【回头看】" + item.reference() + item.unitName(),
				"整改任务" + item.reference() + "已于" + lookBack.scheduledAt().atZoneSameInstant(clock.zone()).toLocalDate()
						+ "销号，现开展回头看。请在 Tasklist 中报送整改成效巩固情况，并在“佐证材料”标签页上传新的佐证材料。\n\n整改措施："
						+ item.measureText(),
				people.members(List.of(item.unitId()))));
	}

	/** The unit reports how the rectification has held, with the files it added since the look-back opened. */
	public Evidence recordSubmission(long unitTaskId, CurrentUser user, Object summaryValue) {
		UnitTask item = item(unitTaskId);
		if (!user.memberOf(item.unitId())) {
			throw RuleViolation.forbidden("NOT_UNIT_MEMBER", "只有" + item.unitName() + "的人员可以报送本单位的回头看材料");
		}
		String summary = text(summaryValue);
		if (summary.isEmpty()) {
			throw new RuleViolation("SUMMARY_REQUIRED", "请填写整改成效巩固情况");
		}
		if (summary.length() > MAX_TEXT) {
			throw new RuleViolation("SUMMARY_TOO_LONG", "整改成效巩固情况不能超过" + MAX_TEXT + "字");
		}
		LookBack lookBack = current(unitTaskId, LookBackStatus.WITH_UNIT);
		lookBacks.move(lookBack.id(), LookBackStatus.WITH_UNIT, LookBackStatus.UNDER_REVIEW);
		Evidence evidence = unitTasks.insertEvidence(unitTaskId, summary, clock.today(), user.userId(), clock.now(),
				lookBack.id());
		evidenceFiles.attachPending(unitTaskId, evidence.id());
		unitTasks.recordNote(unitTaskId, user.userId(), "提交回头看材料", clock.now());
		return evidence;
	}

	/**
	 * The office's verdict. HELD ends the item's life; REBOUNDED (反弹) reopens it with the unit, with the reason
	 * and a new deadline. Returns whether it rebounded.
	 */
	public boolean recordVerdict(long unitTaskId, CurrentUser user, Object verdictValue, Object reasonValue,
			Object newDeadlineValue) {
		UnitTask item = item(unitTaskId);
		if (!user.memberOf(Roles.OFFICE)) {
			throw RuleViolation.forbidden("NOT_OFFICE", "只有整改办可以复查回头看");
		}
		LookBack lookBack = current(unitTaskId, LookBackStatus.UNDER_REVIEW);
		if (unitTasks.evidence(unitTaskId)
			.stream()
			.anyMatch(e -> lookBack.id().equals(e.lookBackId()) && e.submittedBy().equals(user.userId()))) {
			throw RuleViolation.forbidden("SEGREGATION_OF_DUTIES", "您报送了该事项的回头看材料，不能再复查同一事项");
		}
		String verdict = text(verdictValue);
		String reason = text(reasonValue);
		if (reason.length() > MAX_REASON) {
			throw new RuleViolation("REASON_TOO_LONG", "意见或理由不能超过" + MAX_REASON + "字");
		}
		switch (verdict) {
			case VERDICT_HELD -> {
				lookBacks.decided(lookBack.id(), LookBackStatus.HELD, user.userId(), clock.now(), blankToNull(reason), null);
				unitTasks.recordNote(unitTaskId, user.userId(), "回头看复查：未反弹" + (reason.isEmpty() ? "" : "。" + reason),
						clock.now());
				return false;
			}
			case VERDICT_REBOUNDED -> {
				if (reason.isEmpty()) {
					throw new RuleViolation("REASON_REQUIRED", "发现反弹时必须写明反弹情况和整改要求");
				}
				LocalDate newDeadline = newDeadline(newDeadlineValue);
				lookBacks.decided(lookBack.id(), LookBackStatus.REBOUNDED, user.userId(), clock.now(), reason, newDeadline);
				unitTasks.transition(unitTaskId, Set.of(UnitTaskState.SIGNED_OFF, UnitTaskState.LONG_TERM_KEPT),
						UnitTaskState.REOPENED, user.userId(), "回头看发现反弹：" + reason, clock.now());
				unitTasks.reopen(unitTaskId, ladder.datesFor(newDeadline), clock.now());
				notifications.record(new Notification("look-back-" + lookBack.id() + "-rebounded", "LOOK_BACK_REBOUNDED",
						unitTaskId, "【回头看发现反弹】" + item.reference() + item.unitName(),
						"整改办回头看发现整改任务" + item.reference() + "出现反弹，已重新交办，请于" + newDeadline
								+ "前重新整改并在 Tasklist 中提交佐证材料。\n\n反弹情况：" + reason + "\n\n整改措施：" + item.measureText(),
						people.members(List.of(item.unitId()))));
				return true;
			}
			default -> throw new RuleViolation("VERDICT_REQUIRED", "请选择复查结论：未反弹或发现反弹");
		}
	}

	private LocalDate newDeadline(Object value) {
		LocalDate date;
		try {
			date = clock.date(value);
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("NEW_DEADLINE_INVALID", "重新整改时限“" + text(value) + "”无法识别，请使用 yyyy-MM-dd 格式");
		}
		if (date == null) {
			throw new RuleViolation("NEW_DEADLINE_REQUIRED", "发现反弹时必须给出重新整改的完成时限");
		}
		if (!date.isAfter(clock.today())) {
			throw new RuleViolation("NEW_DEADLINE_NOT_FUTURE", "重新整改的完成时限必须晚于今天");
		}
		return date;
	}

	private LookBack current(long unitTaskId, LookBackStatus expected) {
		LookBack lookBack = lookBacks.latest(unitTaskId)
			.orElseThrow(() -> RuleViolation.conflict("LOOK_BACK_NOT_FOUND", "该整改任务没有进行中的回头看"));
		if (lookBack.status() != expected) {
			throw RuleViolation.conflict("LOOK_BACK_CONFLICT",
					"回头看当前为“" + lookBack.status().label() + "”，不能办理此环节");
		}
		return lookBack;
	}

	private UnitTask item(long unitTaskId) {
		return unitTasks.find(unitTaskId)
			.orElseThrow(() -> new RuleViolation("NOT_FOUND", "整改任务 " + unitTaskId + " 不存在"));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

	private static String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

}
