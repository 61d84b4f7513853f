package org.rectification.security;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.rectification.system.EngineErrorRewriting;

/**
 * Camunda's REST layer replaces the message of some refusals with its own English one ("Filter does not returns a
 * valid single result", "Unable to update filter with invalid content") while keeping the engine code. For the
 * command guard's codes the Chinese message is put back, so Tasklist and API clients read why.
 */
class RefusalMessages extends EngineErrorRewriting {

	private final Map<Integer, String> messages;

	RefusalMessages(ObjectMapper objectMapper, int queryMaxResults) {
		super(objectMapper);
		this.messages = Map.of(CommandGuard.EXPRESSION_REFUSED, CommandGuard.EXPRESSION_MESSAGE,
				CommandGuard.FILTER_EXPRESSION_REFUSED, CommandGuard.FILTER_EXPRESSION_MESSAGE,
				CommandGuard.MAX_RESULTS, String.format(CommandGuard.MAX_RESULTS_MESSAGE_FORMAT, queryMaxResults));
	}

	/** Only the filter resource wraps the guard's refusals; everything else passes unbuffered. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().contains("/filter/");
	}

	@Override
	protected String messageFor(int engineCode, String message) {
		return messages.get(engineCode);
	}

}
