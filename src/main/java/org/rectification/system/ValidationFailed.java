package org.rectification.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input with several problems, all reported at once so the user can fix them in one go. */
public class ValidationFailed extends ApiException {

	private final List<String> problems;

	public ValidationFailed(String message, List<String> problems) {
		this("VALIDATION_FAILED", message, problems);
	}

	public ValidationFailed(String code, String message, List<String> problems) {
		super(HttpStatus.BAD_REQUEST, code, message);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

	@Override
	public List<?> details() {
		return problems;
	}

}
