package org.rectification.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts the app's Chinese message back into a 400 of Camunda's REST layer ({@code {"type", "message", "code"}})
 * where the layer changed or prefixed it. Subclasses say which requests to look at and what message a body
 * should carry; all other answers pass unchanged.
 */
public abstract class EngineErrorRewriting extends OncePerRequestFilter {

	private final ObjectMapper objectMapper;

	protected EngineErrorRewriting(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/** The message the refusal should carry, or null to leave it as it is. */
	protected abstract String messageFor(int engineCode, String message);

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
		String message = json.path("message").asText();
		String rewritten = messageFor(json.path("code").asInt(), message);
		if (rewritten != null && !rewritten.equals(message)) {
			json.put("message", rewritten);
			wrapper.resetBuffer();
			wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
			wrapper.getOutputStream().write(objectMapper.writeValueAsBytes(json));
		}
	}

}
