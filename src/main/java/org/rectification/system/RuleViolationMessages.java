package org.rectification.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Camunda's REST layer prefixes a failed task completion with "Cannot submit task form &lt;id&gt;: " (and a
 * refused start form with "Cannot instantiate process definition &lt;id&gt;: "), which
 * Tasklist shows as it is. For a {@link RuleViolation} (recognised by its engine code) only the Chinese rule
 * is left, so the user reads what to fix.
 */
class RuleViolationMessages extends EngineErrorRewriting {

	private static final Pattern PREFIX = Pattern.compile("^Cannot (?:submit task form|complete task|instantiate process definition) \\S+?: (.+)$",
			Pattern.DOTALL);

	RuleViolationMessages(ObjectMapper objectMapper) {
		super(objectMapper);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !(uri.endsWith("/submit-form") || uri.endsWith("/complete"));
	}

	@Override
	protected String messageFor(int engineCode, String message) {
		if (engineCode != RuleViolation.ENGINE_CODE) {
			return null;
		}
		Matcher matcher = PREFIX.matcher(message);
		return matcher.matches() ? matcher.group(1) : null;
	}

}
