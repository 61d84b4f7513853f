package org.rectification.rectification.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectification.lookback.LookBackService;
import org.springframework.stereotype.Component;

/** The look-back's timer and its opening step in unit-rectification: glue, one call into {@link LookBackService}. */
@Component("lookBackSteps")
public class LookBackSteps {

	private final LookBackService service;

	LookBackSteps(LookBackService service) {
		this.service = service;
	}

	/** IntermediateCatchEvent_LookBackDue. */
	public Date dueAt(DelegateExecution execution) {
		return service.dueAt(UnitTaskRouting.unitTaskId(execution));
	}

	/** ServiceTask_OpenLookBack. */
	public void open(DelegateExecution execution) {
		service.open(UnitTaskRouting.unitTaskId(execution));
	}

}
