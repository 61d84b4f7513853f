package org.rectification.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A test client of the running app that calls it the way real clients do: HTTP Basic for the APIs, or a
 * Camunda webapp session (login form, session cookie and CSRF token) as Tasklist does.
 */
public final class Http {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final String base;

	private final String basicAuth;

	private final CookieManager cookies;

	private final HttpClient client;

	private final java.util.Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

	private Http(int port, String user, String password) {
		this(port, user, password, new CookieManager());
	}

	private Http(int port, String user, String password, CookieManager cookies) {
		this.cookies = cookies;
		this.base = "http://localhost:" + port;
		this.basicAuth = user == null ? null
				: "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
	}

	/** Calls with HTTP Basic as {@code user}, password {@code demo}. */
	public static Http basic(int port, String user) {
		return new Http(port, user, "demo");
	}

	/** Calls with HTTP Basic as {@code user} with the given password. */
	public static Http basic(int port, String user, String password) {
		return new Http(port, user, password);
	}

	public static Http anonymous(int port) {
		return new Http(port, null, null);
	}

	/**
	 * An anonymous browser behind a TLS-terminating proxy on this host (a trusted address): every request says
	 * {@code X-Forwarded-Proto: https}, and Secure cookies go back over the plain connection, as the proxy's would.
	 */
	public static Http anonymousBehindTlsProxy(int port) {
		CookieManager overTls = new CookieManager() {
			@Override
			public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
					throws IOException {
				return super.get(URI.create(uri.toString().replaceFirst("^http:", "https:")), headers);
			}
		};
		return new Http(port, null, null, overTls).withHeader("X-Forwarded-Proto", "https");
	}

	/** Logs into the Camunda webapps as Tasklist's login page does and keeps the session. */
	public static Http tasklistSession(int port, String user) {
		Http http = new Http(port, null, null);
		http.send(HttpRequest.newBuilder(URI.create(http.base + "/camunda/app/tasklist/default/")).GET());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
		Response login = http.send(http.request("/camunda/api/admin/auth/user/default/login/tasklist")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (login.status() != 200) {
			throw new IllegalStateException("Login of " + user + " failed: " + login.status() + " " + login.body());
		}
		// The login starts a new session; its CSRF token comes with the next request, as in the browser.
		http.get("/camunda/api/admin/auth/user/default");
		return http;
	}

	/** Tries the webapps' login form as this client (with its extra headers): 200 logged in, 401 refused. */
	public Response webappLogin(String user, String password) {
		// The login page's first answer brings the CSRF cookie the login form must send back.
		send(request("/camunda/app/tasklist/default/").GET());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send(request("/camunda/api/admin/auth/user/default/login/tasklist")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Sends the header with every later request (replacing the default Accept), as a browser adds Origin or Sec-Fetch-Site. */
	public Http withHeader(String name, String value) {
		extraHeaders.put(name, value);
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(write(body))));
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body))));
	}

	public Response getWithBasic(String path, String user, String password) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET());
	}

	/** Uploads one file as multipart/form-data field {@code file}, as a browser's form does. */
	public Response upload(String path, String fileName, byte[] content) {
		return upload(path, fileName, content, Map.of());
	}

	/** A multipart upload of one file (part "file") with further text fields. */
	public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----rectification" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		body.writeBytes(head);
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** A download: the status and the bytes. */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Download(int status, String contentType, String disposition, byte[] body) {
	}

	/** A GET answered with its headers, for what the server sends besides the body. */
	public Answer answer(String path) {
		return answer(request(path).GET());
	}

	/** A form POST (as the webapps' login page sends) answered with its headers. */
	public Answer postFormAnswer(String path, String form) {
		return answer(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private Answer answer(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {

		/** The header's only value, or null; a header sent twice fails, as it would confuse browsers. */
		public String header(String name) {
			java.util.List<String> values = headers.allValues(name);
			if (values.size() > 1) {
				throw new AssertionError(name + " sent " + values.size() + " times: " + values);
			}
			return values.isEmpty() ? null : values.get(0);
		}

		public java.util.List<String> cookies() {
			return headers.allValues("Set-Cookie");
		}

		@Override
		public String toString() {
			return status + " " + headers.map();
		}

	}

	/** A modifying call of a session that does not send the CSRF token, as a forged cross-site request would. */
	public Response postWithoutCsrfToken(String path, Object body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(write(body)));
		return send(builder);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		extraHeaders.forEach(builder::setHeader);
		if (basicAuth != null) {
			builder.header("Authorization", basicAuth);
		}
		cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String write(Object body) {
		try {
			return body instanceof String s ? s : JSON.writeValueAsString(body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
			}
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}
