package org.rectification.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A group-chat robot on localhost: records every request and answers {@code {"errcode":0}} unless a reply was
 * scripted for requests whose body contains a marker.
 */
class RobotServer implements AutoCloseable {

	static final Reply OK = new Reply(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");

	record Reply(int status, String body) {
	}

	record Request(String path, Map<String, String> query, String body, long receivedAtNanos, int status) {
	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();

	private final Map<String, Reply> always = new ConcurrentHashMap<>();

	RobotServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
	}

	/** The next requests whose body contains the marker get these replies, in order. */
	void script(String marker, Reply... replies) {
		scripts.put(marker, new ArrayDeque<>(List.of(replies)));
	}

	/** Every request whose body contains the marker gets this reply. */
	void always(String marker, Reply reply) {
		always.put(marker, reply);
	}

	List<Request> requests(String marker) {
		return requests.stream().filter(r -> r.body().contains(marker)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Reply reply = replyFor(body);
		requests.add(new Request(exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()), body,
				System.nanoTime(), reply.status()));
		byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(reply.status(), answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	private Reply replyFor(String body) {
		for (Map.Entry<String, Reply> entry : always.entrySet()) {
			if (body.contains(entry.getKey())) {
				return entry.getValue();
			}
		}
		for (Map.Entry<String, Deque<Reply>> entry : scripts.entrySet()) {
			if (body.contains(entry.getKey())) {
				synchronized (entry.getValue()) {
					Reply next = entry.getValue().poll();
					return next == null ? OK : next;
				}
			}
		}
		return OK;
	}

	/** Query parameters, decoded. */
	private static Map<String, String> query(String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw == null) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
