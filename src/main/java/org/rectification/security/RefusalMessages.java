package org.rectification.security;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.rectification.system.EngineErrorRewriting;

/**
 * Camunda's REST layer replaces the message of some refusals with its own English one ("Filter does not returns a
 * valid single result", "Unable to update filter with invalid content") while keeping the engine code, and the
 * webapps' plugin APIs refuse long lists in English. The command guard's Chinese message is put back, so Tasklist,
 * Cockpit and API clients read why.
 */
class RefusalMessages extends EngineErrorRewriting {

	private final Map<Integer, String> messages;

	RefusalMessages(ObjectMapper objectMapper, int queryMaxResults) {
		super(objectMapper);
		this.messages = Map.of(CommandGuard.EXPRESSION_REFUSED, CommandGuard.EXPRESSION_MESSAGE,
				CommandGuard.FILTER_EXPRESSION_REFUSED, CommandGuard.FILTER_EXPRESSION_MESSAGE,
				CommandGuard.MAX_RESULTS, String.format(CommandGuard.MAX_RESULTS_MESSAGE_FORMAT, queryMaxResults));
	}

	/**
	 * Only the filter resource wraps the guard's refusals, and the webapps' plugin APIs check the results limit
	 * themselves, in English; everything else passes unbuffered.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.contains("/filter/") && !uri.contains("/plugin/");
	}

	@Override
	protected String messageFor(int engineCode, String message) {
		if (message.startsWith("An unbound number of results is forbidden") || message.startsWith("Max results limit of")) {
			return messages.get(CommandGuard.MAX_RESULTS);
		}
		return messages.get(engineCode);
	}

}
