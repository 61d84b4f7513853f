package org.rectification.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;

/**
 * A business rule broken by a task completion or an API call. It extends the engine's form validation
 * exception so that the engine's REST layer (Tasklist and /engine-rest) answers 400 with the Chinese
 * message instead of a server error; {@link RuleViolationUnwrapping} lifts it out of the engine's wrapping.
 * The app's API answers with {@link #status()}.
 */
public class RuleViolation extends FormFieldValidationException {

	/** The engine exception code of every rule violation (Camunda's range for custom codes), seen in REST bodies. */
	public static final int ENGINE_CODE = 22_000;

	private final String code;

	private final HttpStatus status;

	public RuleViolation(String code, String message) {
		this(HttpStatus.BAD_REQUEST, code, message);
	}

	private RuleViolation(HttpStatus status, String code, String message) {
		super(code, message);
		this.code = code;
		this.status = status;
		setCode(ENGINE_CODE);
	}

	/** The user may not do this (wrong unit, wrong role, segregation of duties). */
	public static RuleViolation forbidden(String code, String message) {
		return new RuleViolation(HttpStatus.FORBIDDEN, code, message);
	}

	/** The item has moved on meanwhile. */
	public static RuleViolation conflict(String code, String message) {
		return new RuleViolation(HttpStatus.CONFLICT, code, message);
	}

	public String code() {
		return code;
	}

	public HttpStatus status() {
		return status;
	}

}
