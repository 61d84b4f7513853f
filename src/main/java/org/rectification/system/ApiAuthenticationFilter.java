package org.rectification.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the app's own API (/api/**): either the Camunda webapp session of a user logged into
 * Tasklist or Cockpit (plugins call the API from there; modifying calls must carry the webapp's CSRF token),
 * or HTTP Basic against the engine's users. The engine then acts with that user's authorizations.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private static final String ENGINE = "default";

	private final IdentityService identityService;

	private final ObjectMapper objectMapper;

	ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper) {
		this.identityService = identityService;
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isModifying(request) && isCrossSite(request)) {
			// Browsers attach cached Basic credentials to forged cross-site requests too; no client of ours sends one.
			reject(response, HttpServletResponse.SC_FORBIDDEN, "CROSS_SITE_REQUEST", "拒绝来自其他网站的修改请求");
			return;
		}
		boolean basic = hasBasicAuth(request);
		CurrentUser user = basic ? fromBasicAuth(request) : fromWebappSession(request);
		if (user != null && !basic && isModifying(request) && !hasValidCsrfToken(request)) {
			reject(response, HttpServletResponse.SC_FORBIDDEN, "CSRF_TOKEN_INVALID", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
			return;
		}
		if (user == null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"rectification\"");
			reject(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", basic ? "用户名或密码错误" : "请先登录");
			return;
		}
		identityService.setAuthentication(user.userId(), user.groupIds());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/**
	 * The browser says the request comes from another site (Sec-Fetch-Site, sent by current browsers), or, for
	 * a browser that does not say, its Origin is not this server. Clients without a browser send neither.
	 */
	private static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null || origin.isBlank()) {
			return false;
		}
		String host = request.getHeader(HttpHeaders.HOST);
		try {
			java.net.URI uri = java.net.URI.create(origin);
			String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
			return host == null || !host.equalsIgnoreCase(originHost);
		}
		catch (IllegalArgumentException e) {
			return true;
		}
	}

	private static boolean hasBasicAuth(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** A Basic header that does not check out is a failed login, even if a session exists. */
	private CurrentUser fromBasicAuth(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String userId = decoded.substring(0, colon);
		if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
			return null;
		}
		return new CurrentUser(userId, groupsOf(userId));
	}

	private List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).unlimitedList().stream().map(Group::getId).toList();
	}

	private CurrentUser fromWebappSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
		if (authentication instanceof UserAuthentication user && user.getIdentityId() != null) {
			// The session says who logged in; what they belong to now is read afresh (a user removed from a unit
			// or deleted in Admin loses access at once, not when the session ends).
			String userId = user.getIdentityId();
			if (identityService.createUserQuery().userId(userId).count() != 1) {
				return null;
			}
			return new CurrentUser(userId, groupsOf(userId));
		}
		return null;
	}

	private static boolean isModifying(HttpServletRequest request) {
		return !CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
	}

	private static boolean hasValidCsrfToken(HttpServletRequest request) {
		Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String actual = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && actual != null && MessageDigest.isEqual(
				expected.toString().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
	}

	private void reject(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		objectMapper.writeValue(response.getOutputStream(), new ApiError(code, message));
	}

}
