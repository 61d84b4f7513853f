package org.rectification.notification;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** A markdown message to a DingTalk or WeCom group robot. */
@Component
@ConditionalOnProperty(prefix = "rectification.notify.webhook", name = "enabled", havingValue = "true")
class RobotWebhookChannel implements NotificationChannel {

	static final String NAME = "webhook";

	/** WeCom refuses markdown content over 4096 bytes; DingTalk's limit is larger and less clearly stated. */
	private static final Map<WebhookFormat, Integer> MAX_CONTENT_BYTES = Map.of(WebhookFormat.WECOM, 4096,
			WebhookFormat.DINGTALK, 18_000);

	private static final String CUT = "\n\n……（内容过长，请登录系统查看）";

	private final NotificationProperties.Webhook settings;

	private final RestClient rest;

	private final ObjectMapper json;

	private final Recipients recipients;

	RobotWebhookChannel(NotificationProperties properties, RestClient.Builder rest, ObjectMapper json,
			Recipients recipients) {
		this.settings = properties.webhook();
		if (settings.url() == null || settings.url().isBlank()) {
			throw new IllegalStateException("rectification.notify.webhook.url is required when the webhook is enabled");
		}
		// A malformed address stops the start rather than every send.
		URI.create(settings.url().strip());
		HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(settings.timeout());
		this.rest = rest.requestFactory(requests).build();
		this.json = json;
		this.recipients = recipients;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String send(Notification notification) throws Exception {
		String payload = json.writeValueAsString(message(notification));
		URI uri = signedUrl(System.currentTimeMillis());
		String reply;
		try {
			reply = rest.post()
				.uri(uri)
				.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
				.body(payload.getBytes(StandardCharsets.UTF_8))
				.retrieve()
				.body(String.class);
		}
		catch (RestClientException e) {
			// The message names the address with its token; the delivery's last_error and the log must not.
			String withoutToken = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
			throw new WebhookFailed(String.valueOf(e.getMessage()).replace(uri.toString(), withoutToken));
		}
		// Both robots answer 200 with {"errcode":0,"errmsg":"ok"}; anything else (a refused signature, a
		// blocked keyword, rate limiting, a proxy's error page) is a failure to retry.
		JsonNode answer = reply == null || reply.isBlank() ? null : json.readTree(reply);
		if (answer == null || !answer.path("errcode").isIntegralNumber() || answer.path("errcode").asInt() != 0) {
			throw new WebhookFailed("robot answered " + (reply == null ? "nothing" : reply));
		}
		return null;
	}

	ObjectNode message(Notification notification) {
		String text = markdown(notification);
		ObjectNode message = json.createObjectNode().put("msgtype", "markdown");
		ObjectNode markdown = message.putObject("markdown");
		if (settings.format() == WebhookFormat.DINGTALK) {
			// The title is what the chat list previews: plain text, not rendered.
			markdown.put("title", notification.subject());
			markdown.put("text", text);
		}
		else {
			markdown.put("content", text);
		}
		return message;
	}

	private String markdown(Notification notification) {
		Map<String, User> users = recipients.users(notification.recipientUserIds());
		String names = notification.recipientUserIds().stream()
			.map(id -> users.containsKey(id) ? Recipients.displayName(users.get(id)) : id)
			.map(RobotWebhookChannel::escape)
			.collect(Collectors.joining("、"));
		String head = "#### " + escape(notification.subject()) + "\n\n";
		String tail = names.isEmpty() ? "" : "\n\n> 接收人：" + names;
		String body = notification.body().lines().map(RobotWebhookChannel::escape).filter(line -> !line.isBlank())
			.collect(Collectors.joining("\n\n"));
		int room = MAX_CONTENT_BYTES.get(settings.format()) - bytes(head) - bytes(tail);
		return head + fit(body, room) + tail;
	}

	URI signedUrl(long timestampMillis) {
		String url = settings.url().strip();
		String secret = settings.secret();
		if (settings.format() != WebhookFormat.DINGTALK || secret == null || secret.isBlank()) {
			return URI.create(url);
		}
		String sign = URLEncoder.encode(sign(timestampMillis, secret), StandardCharsets.UTF_8);
		return URI.create(url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign=" + sign);
	}

	/** DingTalk's 加签: Base64(HmacSHA256(key = secret, timestamp + "\n" + secret)). */
	static String sign(long timestampMillis, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signature = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Text from the ledger shown as itself: markdown's link, emphasis, heading, quote, table and HTML characters
	 * are backslash-escaped, so a finding's wording cannot turn into a link, a mention or a font tag.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String fit(String text, int maxBytes) {
		if (bytes(text) <= maxBytes) {
			return text;
		}
		int budget = Math.max(0, maxBytes - bytes(CUT));
		StringBuilder kept = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int size = bytes(new String(Character.toChars(codePoint)));
			if (used + size > budget) {
				break;
			}
			kept.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
		return kept + CUT;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** The robot was not reached, or answered with an error. */
	static class WebhookFailed extends Exception {

		WebhookFailed(String message) {
			super(message);
		}

	}

}
