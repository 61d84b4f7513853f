package org.rectification.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST layer prefixes a failed task completion with "Cannot submit task form &lt;id&gt;: " (and a
 * refused start form with "Cannot instantiate process definition &lt;id&gt;: "), which
 * Tasklist shows as it is. For a {@link RuleViolation} (recognised by its engine code) only the Chinese rule
 * is left, so the user reads what to fix.
 */
class RuleViolationMessages extends OncePerRequestFilter {

	private static final Pattern PREFIX = Pattern.compile("^Cannot (?:submit task form|complete task|instantiate process definition) \\S+?: (.+)$",
			Pattern.DOTALL);

	private final ObjectMapper objectMapper;

	RuleViolationMessages(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !(uri.endsWith("/submit-form") || uri.endsWith("/complete"));
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
		byte[] body = wrapper.getContentAsByteArray();
		ObjectNode json;
		try {
			if (!(objectMapper.readTree(body) instanceof ObjectNode node)) {
				return;
			}
			json = node;
		}
		catch (IOException notJson) {
			return;
		}
		if (json.path("code").asInt() != RuleViolation.ENGINE_CODE) {
			return;
		}
		Matcher matcher = PREFIX.matcher(json.path("message").asText());
		if (matcher.matches()) {
			json.put("message", matcher.group(1));
			wrapper.resetBuffer();
			wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
			wrapper.getOutputStream().write(objectMapper.writeValueAsBytes(json));
		}
	}

}
