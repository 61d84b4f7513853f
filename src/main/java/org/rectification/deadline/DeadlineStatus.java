package org.rectification.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.rectification.ledger.UnitTask;
import org.rectification.ledger.WarningLevel;
import org.rectification.orgchart.People;
import org.rectification.system.BusinessClock;
import org.springframework.stereotype.Component;

/** How an item's deadline reads in a form: its light, what has been extended, and the leaders' instructions. */
@Component
public class DeadlineStatus {

	private final DeadlineLadder ladder;

	private final Escalations escalations;

	private final DeadlineExtensions extensions;

	private final People people;

	private final BusinessClock clock;

	DeadlineStatus(DeadlineLadder ladder, Escalations escalations, DeadlineExtensions extensions, People people,
			BusinessClock clock) {
		this.ladder = ladder;
		this.escalations = escalations;
		this.extensions = extensions;
		this.people = people;
		this.clock = clock;
	}

	/** E.g. 红灯：已逾期 3 个工作日. */
	public String warning(UnitTask item) {
		WarningLevel level = item.warning();
		if (level == null) {
			return item.state().label();
		}
		LocalDate today = clock.today();
		String text = switch (level) {
			case RED -> level.label() + "：已逾期 " + ladder.workingDaysOverdue(item.deadline(), today) + " 个工作日";
			case YELLOW, GREEN -> level.label() + "：" + timeLeft(item.deadline(), today);
		};
		return ladder.provisional(today, item.deadline()) || ladder.marks(item).deadline() ? text + PROVISIONAL : text;
	}

	/** Marks a date or count that rests on a year whose holiday schedule is not yet published. */
	public static final String PROVISIONAL = "（暂定）";

	/** E.g. 黄灯起 2027-03-17（暂定），逾期起 2027-04-01（暂定）; empty for a closed item. */
	public String thresholds(UnitTask item) {
		if (item.state().isClosed() || item.warnFrom() == null) {
			return "";
		}
		DeadlineLadder.Marks marks = ladder.marks(item);
		return "黄灯起 " + item.warnFrom() + (marks.warnFrom() ? PROVISIONAL : "") + "，逾期起 " + item.overdueFrom()
				+ (marks.overdueFrom() ? PROVISIONAL : "");
	}

	private String timeLeft(LocalDate deadline, LocalDate today) {
		if (today.isAfter(deadline)) {
			// A holiday or weekend right after the deadline: overdue from the next working day.
			return "完成时限 " + deadline + " 已过，下一个工作日起计为逾期";
		}
		if (today.equals(deadline)) {
			return "今天到期";
		}
		return "距完成时限还有 " + ladder.workingDaysLeft(deadline, today) + " 个工作日";
	}

	/** The current deadline, with the original one when an extension moved it. */
	public String deadline(UnitTask item) {
		String deadline = item.deadline() + (ladder.marks(item).deadline() ? PROVISIONAL : "");
		return item.deadline().equals(item.originalDeadline()) ? deadline
				: deadline + "（原定 " + item.originalDeadline() + "，经批准延期）";
	}

	/** Every slip of the item, newest last, with its acknowledgement and instruction. */
	public String escalations(long unitTaskId) {
		List<Escalation> slips = escalations.forUnitTask(unitTaskId);
		if (slips.isEmpty()) {
			return "（无）";
		}
		return slips.stream().map(s -> {
			String raised = s.raisedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " " + s.level().label()
					+ "（完成时限 " + s.deadline() + "）";
			if (!s.acknowledged()) {
				return raised + "：待签收";
			}
			return raised + "：" + people.name(s.acknowledgedBy()) + " 于 "
					+ s.acknowledgedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " 签收"
					+ (s.instruction() == null ? "" : "，督办意见：" + s.instruction());
		}).collect(Collectors.joining("\n"));
	}

	/** Every extension request of the item, oldest first. */
	public String extensions(long unitTaskId) {
		List<DeadlineExtension> requests = extensions.forUnitTask(unitTaskId);
		if (requests.isEmpty()) {
			return "（无）";
		}
		return requests.stream()
			.map(e -> e.requestedAt().atZoneSameInstant(clock.zone()).toLocalDate() + " " + people.name(e.requestedBy())
					+ " 申请由 " + e.previousDeadline() + " 延至 " + e.requestedDeadline() + "，理由：" + e.reason() + "；"
					+ e.status().label()
					+ (e.approvedDeadline() == null ? "" : "，批准延至 " + e.approvedDeadline())
					+ (e.decisionComment() == null ? "" : "，意见：" + e.decisionComment()))
			.collect(Collectors.joining("\n"));
	}

}
