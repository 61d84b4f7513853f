package org.rectification.reporting.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.reporting.process.ProgressReportingProcess.Vars;

/**
 * Stands in for the ledger behind both reporting processes: cycle 7 of the week of 2026-09-14, reports 11
 * (实验中学) and 12 (第一中学), fixed timer dates, recorded calls.
 */
public class ReportingStepsStub {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate OPENS_ON = LocalDate.of(2026, 9, 14);

	static final LocalDate ESCALATE_ON = LocalDate.of(2026, 9, 16);

	static final LocalDate CLOSES_ON = LocalDate.of(2026, 9, 21);

	boolean opensToday = true;

	/** The slips the escalation "raises", with their addressees. */
	final Map<Long, String> slips = new LinkedHashMap<>();

	final Map<String, String> units = new LinkedHashMap<>(Map.of("11", "school-syzx", "12", "school-yz"));

	final List<String> calls = new ArrayList<>();

	public void openCycle(DelegateExecution execution) {
		calls.add("open");
		if (opensToday) {
			execution.setProcessBusinessKey("7");
		}
		execution.setVariable(Vars.CYCLE_OPENED, opensToday);
	}

	public List<String> reports(DelegateExecution execution) {
		return List.of("11", "12");
	}

	public Date escalateAt(DelegateExecution execution) {
		return at(ESCALATE_ON, LocalTime.of(8, 30));
	}

	public Date closesAt(DelegateExecution execution) {
		return at(CLOSES_ON, LocalTime.MIDNIGHT);
	}

	public void escalate(DelegateExecution execution) {
		calls.add("escalate:" + execution.getProcessBusinessKey());
	}

	public List<Long> slips(DelegateExecution execution) {
		return List.copyOf(slips.keySet());
	}

	public String slipAddressee(DelegateExecution execution) {
		return slips.get(((Number) execution.getVariable(Vars.SLIP_ID)).longValue());
	}

	public void closeCycle(DelegateExecution execution) {
		calls.add("close:" + execution.getProcessBusinessKey());
	}

	// unit-progress-report

	public void started(DelegateExecution execution) {
		calls.add("started:" + execution.getProcessBusinessKey());
	}

	public String unit(DelegateExecution execution) {
		return units.get(execution.getProcessBusinessKey());
	}

	public void markMissed(DelegateExecution execution) {
		calls.add("missed:" + execution.getProcessBusinessKey());
	}

	/** The timer start event's schedule. */
	public String getDailyCron() {
		return "0 30 8 * * ?";
	}

	static Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(ZONE).toInstant());
	}

}
