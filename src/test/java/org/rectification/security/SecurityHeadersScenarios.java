package org.rectification.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rectification.support.Http;
import org.rectification.support.Http.Answer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers and cookie attributes the app sends, over plain HTTP (the zero-setup start) and behind a
 * TLS-terminating proxy (X-Forwarded-Proto: https from this host, a trusted proxy address).
 */
abstract class SecurityHeadersScenarios {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

	@LocalServerPort
	int port;

	@Test
	void everyKindOfAnswerForbidsContentSniffing() {
		Http office = Http.basic(port, "office1");
		Http anonymous = Http.anonymous(port);
		Http browser = Http.anonymous(port).withHeader("Accept", BROWSER_ACCEPT);

		assertNosniff(office.answer("/api/rounds"), 200, "application/json");
		assertNosniff(anonymous.answer("/api/rounds"), 401, "application/json");
		assertNosniff(office.answer("/engine-rest/task?maxResults=1"), 200, "application/json");
		assertNosniff(anonymous.answer("/engine-rest/task"), 401, null);
		assertNosniff(office.answer("/api/plan-template.xlsx"), 200, XLSX);
		assertNosniff(browser.answer("/"), 200, "text/html");
		assertNosniff(browser.answer("/index.html"), 200, "text/html");
		assertNosniff(anonymous.answer("/start.js"), 200, "text/javascript");
		assertNosniff(anonymous.answer("/start.css"), 200, "text/css");
		assertNosniff(browser.answer("/camunda/app/tasklist/"), 302, null);
		assertNosniff(browser.answer("/camunda/app/tasklist/default/"), 200, "text/html");
		assertNosniff(browser.answer("/webjars/echarts/echarts.min.js"), 200, "text/javascript");
		assertNosniff(office.answer("/api/no-such-thing"), 404, null);
		assertNosniff(browser.answer("/no-such-page"), 404, null);
	}

	@Test
	void theStartPageAndTheApiHaveAStrictPolicyAndCannotBeFramed() {
		Http browser = Http.anonymous(port).withHeader("Accept", BROWSER_ACCEPT);
		Http office = Http.basic(port, "office1");

		for (Answer answer : List.of(browser.answer("/"), browser.answer("/index.html"), browser.answer("/start.js"),
				office.answer("/api/rounds"), Http.anonymous(port).answer("/api/rounds"),
				office.answer("/api/plan-template.xlsx"), browser.answer("/demo/logins"))) {
			assertThat(answer.header("X-Frame-Options")).as(answer.toString()).isEqualTo("DENY");
			assertThat(answer.header("Referrer-Policy")).as(answer.toString()).isEqualTo("same-origin");
			assertThat(directives(answer)).as(answer.toString())
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
						"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")
				.noneMatch(d -> d.contains("unsafe"));
		}
	}

	@Test
	void theWebappsKeepCamundasOwnPolicyAndNoSecondOne() {
		Answer tasklist = Http.anonymous(port).withHeader("Accept", BROWSER_ACCEPT).answer("/camunda/app/tasklist/default/");

		// Camunda's policy: a nonce for the webapps' inline scripts and its frame-ancestors (header() fails on two).
		assertThat(tasklist.header("Content-Security-Policy")).contains("'nonce-", "frame-ancestors 'none'");
		assertThat(tasklist.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(tasklist.header("Referrer-Policy")).isEqualTo("same-origin");
	}

	@Test
	void overPlainHttpCookiesAreNotSecureAndThereIsNoHsts() {
		Http browser = Http.anonymous(port);

		Answer page = browser.answer("/camunda/app/tasklist/default/");
		Answer login = browser.postFormAnswer(LOGIN, "username=office1&password=demo");
		Answer user = browser.answer("/camunda/api/admin/auth/user/default");

		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		assertThat(user.status()).as("the session works: " + user).isEqualTo(200);
		for (Answer answer : List.of(page, login, user)) {
			assertThat(answer.header("Strict-Transport-Security")).as(answer.toString()).isNull();
		}
		assertThat(attributes(page, "JSESSIONID")).doesNotContain("secure").contains("httponly", "samesite=lax");
		assertThat(attributes(page, "XSRF-TOKEN")).doesNotContain("secure", "httponly").contains("samesite=lax");
		assertThat(attributes(login, "JSESSIONID")).doesNotContain("secure").contains("httponly", "samesite=lax");
		assertThat(attributes(user, "XSRF-TOKEN")).doesNotContain("secure", "httponly").contains("samesite=lax");
	}

	@Test
	void behindATlsProxyEveryCookieIsSecureAndHstsIsSent() {
		Http browser = Http.anonymousBehindTlsProxy(port);

		Answer page = browser.answer("/camunda/app/tasklist/default/");
		Answer login = browser.postFormAnswer(LOGIN, "username=office1&password=demo");
		Answer user = browser.answer("/camunda/api/admin/auth/user/default");

		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		assertThat(user.status()).as("the session works: " + user).isEqualTo(200);
		// The pre-login session and its token, the session the login starts, and that session's token.
		assertThat(attributes(page, "JSESSIONID")).contains("secure", "httponly", "samesite=lax");
		assertThat(attributes(page, "XSRF-TOKEN")).contains("secure", "samesite=lax").doesNotContain("httponly");
		assertThat(attributes(login, "JSESSIONID")).contains("secure", "httponly", "samesite=lax");
		assertThat(attributes(user, "XSRF-TOKEN")).contains("secure", "samesite=lax").doesNotContain("httponly");
		for (Answer answer : List.of(page, login, user, browser.answer("/"), browser.answer("/start.css"),
				Http.anonymous(port).withHeader("X-Forwarded-Proto", "https").answer("/api/rounds"),
				Http.basic(port, "office1").withHeader("X-Forwarded-Proto", "https").answer("/engine-rest/task"))) {
			assertThat(answer.header("Strict-Transport-Security")).as(answer.toString()).isEqualTo("max-age=31536000");
		}
	}

	private static void assertNosniff(Answer answer, int status, String contentType) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		if (contentType != null) {
			assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith(contentType);
		}
		assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
	}

	private static List<String> directives(Answer answer) {
		String policy = answer.header("Content-Security-Policy");
		assertThat(policy).as(answer.toString()).isNotNull();
		return Arrays.stream(policy.split(";")).map(String::strip).toList();
	}

	/** The attributes (lower case, without values but SameSite's) of the answer's only Set-Cookie of that name. */
	private static Set<String> attributes(Answer answer, String cookie) {
		List<String> set = answer.cookies().stream().filter(c -> c.startsWith(cookie + "=")).toList();
		assertThat(set).as("%s cookies in %s", cookie, answer.cookies()).hasSize(1);
		List<String> attributes = Arrays.stream(set.get(0).split(";"))
			.skip(1)
			.map(a -> a.strip().toLowerCase(Locale.ROOT))
			.map(a -> a.startsWith("samesite=") ? a : a.replaceFirst("=.*", ""))
			.toList();
		assertThat(attributes).as("attributes of %s", set.get(0)).doesNotHaveDuplicates();
		return Set.copyOf(attributes);
	}

}
