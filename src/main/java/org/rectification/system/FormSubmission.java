package org.rectification.system;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's completion submitted for a form field: task-local when a form was submitted (the fields'
 * placeholders are local), on the execution when a client called plain complete.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	public static Object value(DelegateTask task, String field) {
		Object local = task.getVariableLocal(field);
		return local != null ? local : task.getExecution().getVariable(field);
	}

	/** The submitted value as stripped text, empty when nothing was submitted. */
	public static String text(DelegateTask task, String field) {
		Object value = value(task, field);
		return value == null ? "" : value.toString().strip();
	}

}
