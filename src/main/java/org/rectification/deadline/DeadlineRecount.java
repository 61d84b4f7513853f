package org.rectification.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rectification.ledger.DeadlineDates;
import org.rectification.ledger.UnitTask;
import org.rectification.ledger.UnitTasks;
import org.rectification.system.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the working-day dates of open items again after the calendar changed: a deadline the plan wrote in
 * working days from the day the item was sent, and every threshold (warning, overdue, severe overdue, the
 * reminders). Deadlines typed as dates stay. Each item moves in a transaction of its own with its status
 * history, and its process follows ({@link DeadlineMoved}); the unit is told when its deadline moved.
 */
@Service
public class DeadlineRecount {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRecount.class);

	private static final int ATTEMPTS = 3;

	private final UnitTasks unitTasks;

	private final DeadlineLadder ladder;

	private final DeadlineNotices notices;

	private final ApplicationEventPublisher events;

	private final BusinessClock clock;

	private final TransactionTemplate perItem;

	DeadlineRecount(UnitTasks unitTasks, DeadlineLadder ladder, DeadlineNotices notices, ApplicationEventPublisher events,
			BusinessClock clock, PlatformTransactionManager transactions) {
		this.unitTasks = unitTasks;
		this.ladder = ladder;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
		this.perItem = new TransactionTemplate(transactions);
		this.perItem.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** One item whose dates moved. */
	public record Change(long unitTaskId, String reference, String unitName, DeadlineDates before, DeadlineDates after) {
	}

	/**
	 * @param moved the items whose dates changed
	 * @param failed the items that could not be counted (named in the log); a later run takes them again
	 */
	public record Result(int checked, List<Change> moved, List<Long> failed) {
	}

	/** Every open item; {@code reason} goes into each moved item's history, e.g. 2027年节假日安排已上传. */
	public Result recountAll(String actor, String reason) {
		List<Long> ids = unitTasks.openIds();
		List<Change> moved = new ArrayList<>();
		List<Long> failed = new ArrayList<>();
		for (long id : ids) {
			try {
				recount(id, actor, reason).ifPresent(moved::add);
			}
			catch (RuntimeException e) {
				log.warn("整改任务 {} 的期限未能按新的工作日历重新计算（{}），下次上传或重启时再算", id, e.toString());
				failed.add(id);
			}
		}
		if (!moved.isEmpty()) {
			log.info("工作日历变更（{}）：{} 项整改任务的期限已重新计算", reason, moved.size());
		}
		return new Result(ids.size(), moved, failed);
	}

	/** One item, in its own transaction, tried again when a timer of the item fires meanwhile. */
	public Optional<Change> recount(long unitTaskId, String actor, String reason) {
		for (int attempt = 1;; attempt++) {
			try {
				return perItem.execute(tx -> recountNow(unitTaskId, actor, reason));
			}
			catch (ConcurrencyFailureException | org.camunda.bpm.engine.OptimisticLockingException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	private Optional<Change> recountNow(long unitTaskId, String actor, String reason) {
		unitTasks.lock(unitTaskId);
		UnitTask item = unitTasks.find(unitTaskId).orElse(null);
		if (item == null || item.state().isClosed()) {
			return Optional.empty();
		}
		LocalDate deadline = item.deadlineWorkingDays() == null ? item.deadline()
				: ladder.inWorkingDays(item.deadlineCountedFrom(), item.deadlineWorkingDays());
		DeadlineDates after = ladder.datesFor(deadline);
		DeadlineDates before = new DeadlineDates(item.deadline(), item.warnFrom(), item.overdueFrom(), item.severeFrom());
		if (after.equals(before)) {
			return Optional.empty();
		}
		boolean originalToo = item.deadlineWorkingDays() != null && item.deadline().equals(item.originalDeadline());
		unitTasks.recount(unitTaskId, after, originalToo, clock.now());
		unitTasks.recordNote(unitTaskId, actor, note(reason, before, after), clock.now());
		UnitTask moved = unitTasks.find(unitTaskId).orElseThrow();
		if (!after.deadline().equals(before.deadline())) {
			notices.deadlineRecounted(moved, before.deadline(), reason);
		}
		events.publishEvent(new DeadlineMoved(unitTaskId, DeadlineMoved.Cause.CALENDAR_CHANGED));
		return Optional.of(new Change(unitTaskId, moved.reference(), moved.unitName(), before, after));
	}

	static String note(String reason, DeadlineDates before, DeadlineDates after) {
		List<String> parts = new ArrayList<>();
		change(parts, "完成时限", before.deadline(), after.deadline());
		change(parts, "黄灯起", before.warnFrom(), after.warnFrom());
		change(parts, "逾期起", before.overdueFrom(), after.overdueFrom());
		change(parts, "严重逾期起", before.severeFrom(), after.severeFrom());
		return "工作日历变更（" + reason + "），按工作日计算的日期重新计算：" + String.join("；", parts);
	}

	private static void change(List<String> parts, String label, LocalDate before, LocalDate after) {
		if (!Objects.equals(before, after)) {
			parts.add(label + (before == null ? "" : "由" + before) + "改为" + after);
		}
	}

}
