package org.rectification.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST layer replaces the message of some refusals with its own English one ("Filter does not returns a
 * valid single result", "Unable to update filter with invalid content") while keeping the engine code. For the
 * command guard's codes the Chinese message is put back, so Tasklist and API clients read why.
 */
class RefusalMessages extends OncePerRequestFilter {

	private final ObjectMapper objectMapper;

	private final Map<Integer, String> messages;

	RefusalMessages(ObjectMapper objectMapper, int queryMaxResults) {
		this.objectMapper = objectMapper;
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
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
			rewrite(wrapper);
		}
		wrapper.copyBodyToResponse();
	}

	private void rewrite(ContentCachingResponseWrapper wrapper) throws IOException {
		ObjectNode json;
		try {
			if (!(objectMapper.readTree(wrapper.getContentAsByteArray()) instanceof ObjectNode node)) {
				return;
			}
			json = node;
		}
		catch (IOException notJson) {
			return;
		}
		String message = messages.get(json.path("code").asInt());
		if (message != null && !message.equals(json.path("message").asText())) {
			json.put("message", message);
			wrapper.resetBuffer();
			wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
			wrapper.getOutputStream().write(objectMapper.writeValueAsBytes(json));
		}
	}

}
