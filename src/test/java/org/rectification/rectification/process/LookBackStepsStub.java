package org.rectification.rectification.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the look-back steps of unit task 42: a fixed look-back day and recorded openings. */
public class LookBackStepsStub {

	LocalDate dueOn = LocalDate.of(2026, 12, 30);

	final List<String> calls = new ArrayList<>();

	public Date dueAt(DelegateExecution execution) {
		return DeadlineStepsStub.startOf(dueOn);
	}

	public void open(DelegateExecution execution) {
		calls.add("open:" + execution.getProcessBusinessKey());
	}

}
