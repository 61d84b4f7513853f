package org.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Both robot formats, sent for real to a robot on localhost. */
class RobotWebhookChannelTest {

	static final String SECRET = "SECc2VjcmV0LWZvci10ZXN0cw";

	RobotServer robot;

	Recipients recipients = mock(Recipients.class);

	ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void start() throws Exception {
		robot = new RobotServer();
		Map<String, User> users = new LinkedHashMap<>();
		UserEntity leader = new UserEntity("leader1");
		leader.setFirstName("张伟");
		users.put("leader1", leader);
		when(recipients.users(anyList())).thenReturn(users);
	}

	@AfterEach
	void stop() {
		robot.close();
	}

	@Test
	void shouldSendAWeComMarkdownMessageWithoutSigning() throws Exception {
		channel(WebhookFormat.WECOM, SECRET).send(notification("wecom-1", "逾期提醒", "措施【1-1】已逾期\n请尽快提交"));

		RobotServer.Request request = robot.requests("逾期提醒").get(0);
		assertThat(request.query()).containsOnlyKeys("key");
		JsonNode message = json.readTree(request.body());
		assertThat(message.path("msgtype").asText()).isEqualTo("markdown");
		assertThat(fieldNames(message.path("markdown"))).containsExactly("content");
		assertThat(message.at("/markdown/content").asText())
			.isEqualTo("#### 逾期提醒\n\n措施【1-1】已逾期\n\n请尽快提交\n\n> 接收人：张伟、no-mail-user");
	}

	@Test
	void shouldSendADingTalkMarkdownMessageUnsignedWithoutASecret() throws Exception {
		channel(WebhookFormat.DINGTALK, "").send(notification("ding-1", "临期提醒", "还有3天到期"));

		RobotServer.Request request = robot.requests("临期提醒").get(0);
		assertThat(request.query()).containsOnlyKeys("key");
		JsonNode message = json.readTree(request.body());
		assertThat(message.path("msgtype").asText()).isEqualTo("markdown");
		assertThat(fieldNames(message.path("markdown"))).containsExactly("title", "text");
		assertThat(message.at("/markdown/title").asText()).isEqualTo("临期提醒");
		assertThat(message.at("/markdown/text").asText()).startsWith("#### 临期提醒\n\n还有3天到期");
	}

	@Test
	void shouldSignForDingTalkWhenASecretIsSet() throws Exception {
		long before = System.currentTimeMillis();
		channel(WebhookFormat.DINGTALK, SECRET).send(notification("ding-2", "升级提醒", "已升级至分管领导"));

		Map<String, String> query = robot.requests("升级提醒").get(0).query();
		assertThat(query).containsOnlyKeys("key", "timestamp", "sign");
		assertThat(Long.parseLong(query.get("timestamp"))).isBetween(before, System.currentTimeMillis());
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = Base64.getEncoder()
			.encodeToString(mac.doFinal((query.get("timestamp") + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
		assertThat(query.get("sign")).isEqualTo(expected);
	}

	@Test
	void shouldShowLedgerTextAsItselfNotAsMarkdown() throws Exception {
		channel(WebhookFormat.WECOM, "").send(notification("escape-1", "提醒 [点此](http://evil.example)",
				"<font color=\"warning\">紧急</font> **加粗** _斜体_\n# 不是标题\n> 不是引用 | 表格 ~删除~ `代码` \\"));

		String content = json.readTree(robot.requests("evil.example").get(0).body()).at("/markdown/content").asText();
		assertThat(content).contains("提醒 \\[点此\\](http://evil.example)")
			.contains("\\<font color=\"warning\"\\>紧急\\</font\\>")
			.contains("\\*\\*加粗\\*\\* \\_斜体\\_")
			.contains("\n\\# 不是标题")
			.contains("\\> 不是引用 \\| 表格 \\~删除\\~ \\`代码\\` \\\\")
			.doesNotContain("[点此](");
	}

	@Test
	void shouldCutAWeComMessageToItsLimit() throws Exception {
		String body = "超长的整改说明。".repeat(1000);
		channel(WebhookFormat.WECOM, "").send(notification("long-1", "超长", body));

		String content = json.readTree(robot.requests("超长").get(0).body()).at("/markdown/content").asText();
		assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096).isGreaterThan(4000);
		assertThat(content).startsWith("#### 超长").contains("（内容过长，请登录系统查看）").endsWith("> 接收人：张伟、no-mail-user");
	}

	@Test
	void shouldFailWhenTheRobotRefuses() {
		robot.always("errcode-case", new RobotServer.Reply(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));
		robot.always("status-case", new RobotServer.Reply(500, "{}"));
		robot.always("html-case", new RobotServer.Reply(200, "<html>proxy login</html>"));
		RobotWebhookChannel channel = channel(WebhookFormat.WECOM, "");

		assertThatThrownBy(() -> channel.send(notification("e1", "errcode-case", "")))
			.isInstanceOf(RobotWebhookChannel.WebhookFailed.class).hasMessageContaining("93000");
		assertThatThrownBy(() -> channel.send(notification("e2", "status-case", "")))
			.isInstanceOf(RobotWebhookChannel.WebhookFailed.class).hasMessageContaining("500");
		assertThatThrownBy(() -> channel.send(notification("e3", "html-case", ""))).isInstanceOf(Exception.class);
	}

	@Test
	void shouldKeepTheTokenOutOfTheErrorWhenTheRobotIsUnreachable() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		NotificationProperties properties = new NotificationProperties(null, null, null, null,
				new NotificationProperties.Webhook(true, "http://127.0.0.1:" + closedPort + "/robot/send?access_token=s3cr3t-token",
						WebhookFormat.DINGTALK, SECRET, Duration.ofSeconds(2)));
		RobotWebhookChannel channel = new RobotWebhookChannel(properties, RestClient.builder(), json, recipients);

		assertThatThrownBy(() -> channel.send(notification("down-1", "不可达", "")))
			.isInstanceOf(RobotWebhookChannel.WebhookFailed.class)
			.hasMessageContaining("127.0.0.1:" + closedPort + "/robot/send")
			.hasMessageNotContaining("s3cr3t-token")
			.hasMessageNotContaining("sign=");
	}

	RobotWebhookChannel channel(WebhookFormat format, String secret) {
		NotificationProperties properties = new NotificationProperties(null, null, null, null,
				new NotificationProperties.Webhook(true, robot.url("/cgi-bin/webhook/send?key=test-key"), format, secret,
						Duration.ofSeconds(5)));
		return new RobotWebhookChannel(properties, RestClient.builder(), json, recipients);
	}

	static Notification notification(String key, String subject, String body) {
		return new Notification(key, "OVERDUE_REMINDER", null, subject, body, List.of("leader1", "no-mail-user"));
	}

	static List<String> fieldNames(JsonNode node) {
		List<String> names = new java.util.ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
