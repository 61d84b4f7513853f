package org.rectification.rectification.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.rectification.process.UnitRectificationProcess.Vars;

/** Stands in for the deadline steps of unit task 42: fixed timer dates, recorded calls, slips handed out in order. */
public class DeadlineStepsStub {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	LocalDate warnFrom = LocalDate.of(2026, 6, 16);

	LocalDate deadline = LocalDate.of(2026, 6, 30);

	LocalDate severeFrom = LocalDate.of(2026, 7, 14);

	final List<String> calls = new ArrayList<>();

	/** The slip ids raise() hands out; null means the slip existed already. */
	final Deque<Long> slips = new ArrayDeque<>();

	public Date approachingAt(DelegateExecution execution) {
		return startOf(warnFrom);
	}

	public Date overdueAt(DelegateExecution execution) {
		return startOf(deadline.plusDays(1));
	}

	public Date severelyOverdueAt(DelegateExecution execution) {
		return startOf(severeFrom);
	}

	public String overdueReminderCycle(DelegateExecution execution) {
		return "R/" + deadline.plusDays(3).atStartOfDay(ZONE).toOffsetDateTime() + "/P3D";
	}

	public void remindApproaching(DelegateExecution execution) {
		calls.add("approaching");
	}

	public void raise(DelegateExecution execution, String level) {
		calls.add("raise:" + level);
		execution.setVariableLocal(Vars.ESCALATION_ID, slips.isEmpty() ? null : slips.poll());
	}

	public void remindOverdue(DelegateExecution execution) {
		calls.add("overdue");
	}

	static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(ZONE).toInstant());
	}

}
