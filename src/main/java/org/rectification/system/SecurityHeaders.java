package org.rectification.system;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every answer, and the attributes of every cookie the app sets. It runs before the
 * authentication filters, so their refusals carry the headers too.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and
 * {@code Referrer-Policy: same-origin} everywhere;</li>
 * <li>a strict {@code Content-Security-Policy} everywhere but under the webapps' path, where Camunda's
 * HttpHeaderSecurityFilter sets its own (the webapps need inline styles and eval);</li>
 * <li>over HTTPS, which behind a TLS-terminating proxy means X-Forwarded-Proto from a trusted address,
 * {@code Strict-Transport-Security} and {@code Secure} on every cookie; over plain HTTP neither, so that the
 * zero-setup start on localhost keeps its session;</li>
 * <li>{@code HttpOnly} on every cookie but the webapps' CSRF token, which their JavaScript reads, and
 * {@code SameSite=Lax} where none is set.</li>
 * </ul>
 * Tomcat adds the session cookie itself, bypassing response wrappers: it is HttpOnly and, on a secure request,
 * Secure by Tomcat's defaults, and SameSite by {@code server.servlet.session.cookie.same-site}.
 */
final class SecurityHeaders implements Filter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

	/** The webapps' path with its trailing slash, e.g. {@code /camunda/}. */
	private final String webappPrefix;

	/** The cookie that must stay readable by JavaScript. */
	private final String csrfCookieName;

	SecurityHeaders(String webappPath, String csrfCookieName) {
		this.webappPrefix = webappPath.endsWith("/") ? webappPath : webappPath + "/";
		this.csrfCookieName = csrfCookieName;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
			chain.doFilter(req, res);
			return;
		}
		Headers wrapped = new Headers(request, response);
		wrapped.apply();
		chain.doFilter(request, wrapped);
	}

	private boolean underWebapps(HttpServletRequest request) {
		// On an error dispatch the path is the error page's; the answer is still the original request's.
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String s ? s : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.startsWith(webappPrefix) || path.equals(webappPrefix.substring(0, webappPrefix.length() - 1));
	}

	private final class Headers extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		Headers(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		void apply() {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "same-origin");
			if (!underWebapps(request)) {
				response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			}
			if (request.isSecure()) {
				response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
			}
		}

		/** A reset (e.g. before an error answer) drops the headers; they are set again. */
		@Override
		public void reset() {
			super.reset();
			apply();
		}

		@Override
		public void addCookie(Cookie cookie) {
			if (request.isSecure()) {
				cookie.setSecure(true);
			}
			if (!cookie.getName().equals(csrfCookieName)) {
				cookie.setHttpOnly(true);
			}
			if (cookie.getAttribute("SameSite") == null) {
				cookie.setAttribute("SameSite", "Lax");
			}
			super.addCookie(cookie);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, isSetCookie(name) ? cookie(value) : value);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, isSetCookie(name) && value != null ? cookie(value) : value);
		}

		private boolean isSetCookie(String name) {
			return name != null && name.toLowerCase(Locale.ROOT).equals("set-cookie");
		}

		/**
		 * A Set-Cookie value written by hand (Camunda's CSRF filter does) gets the same attributes. An attribute
		 * given twice is kept once: Camunda's session cookie filter adds SameSite again after Tomcat's.
		 */
		private String cookie(String value) {
			StringBuilder cookie = new StringBuilder();
			Set<String> seen = new HashSet<>();
			for (String part : value.split(";")) {
				String attribute = part.strip();
				String name = attribute.replaceFirst("\\s*=.*", "").toLowerCase(Locale.ROOT);
				if (cookie.isEmpty()) {
					cookie.append(attribute);
				}
				else if (!attribute.isEmpty() && seen.add(name)) {
					cookie.append("; ").append(attribute);
				}
			}
			if (request.isSecure() && !seen.contains("secure")) {
				cookie.append("; Secure");
			}
			if (!value.startsWith(csrfCookieName + "=") && !seen.contains("httponly")) {
				cookie.append("; HttpOnly");
			}
			if (!seen.contains("samesite")) {
				cookie.append("; SameSite=Lax");
			}
			return cookie.toString();
		}

	}

}
