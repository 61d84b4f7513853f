package org.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectification.notification.Deliveries.Delivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications recorded in a transaction reach a real SMTP server and a robot webhook on localhost exactly
 * once, whatever happens around them: rollbacks, repeated keys, dead nodes, refusing robots, racing sweepers.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class NotificationDeliveryScenarios {

	static final String SECRET = "SEC0123456789abcdef-test-secret";

	static final String FROM = "巡察整改系统 <noreply@edu.example.cn>";

	static final String NO_MAIL_USER = "notify-no-mail";

	static final Duration WAIT = Duration.ofSeconds(15);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

	static RobotServer robot;

	@BeforeAll
	static void startRobot() throws Exception {
		robot = new RobotServer();
	}

	@AfterAll
	static void stopRobot() {
		robot.close();
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("rectification.notify.mail.enabled", () -> "true");
		registry.add("rectification.notify.mail.from", () -> FROM);
		registry.add("rectification.notify.webhook.enabled", () -> "true");
		registry.add("rectification.notify.webhook.url", () -> robot.url("/robot/send?access_token=test-token"));
		registry.add("rectification.notify.webhook.format", () -> "dingtalk");
		registry.add("rectification.notify.webhook.secret", () -> SECRET);
		// Short enough for the tests to see sweeps, leases and backoff happen.
		registry.add("rectification.notify.sweep-interval", () -> "200ms");
		registry.add("rectification.notify.claim-lease", () -> "3s");
		registry.add("rectification.notify.retry.initial-backoff", () -> "150ms");
		registry.add("rectification.notify.retry.max-backoff", () -> "300ms");
		registry.add("rectification.notify.retry.max-attempts", () -> "4");
	}

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	Deliveries deliveries;

	@Autowired
	OutboxSender sender;

	@Autowired
	MailChannel mailChannel;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	/** Unique to the test, in every subject and so in every mail and robot message it causes. */
	String tag;

	@BeforeEach
	void userWithoutEmail() {
		tag = "T" + UUID.randomUUID().toString().substring(0, 8);
		if (identityService.createUserQuery().userId(NO_MAIL_USER).count() == 0) {
			User user = identityService.newUser(NO_MAIL_USER);
			user.setFirstName("无邮箱");
			user.setPassword(UUID.randomUUID().toString());
			identityService.saveUser(user);
		}
	}

	@AfterEach
	void removeUser() {
		identityService.deleteUser(NO_MAIL_USER);
	}

	@Test
	void shouldSendARecordedNotificationOnceByMailAndOnceToTheRobot() throws Exception {
		Notification notification = notification("key-" + tag, "整改期限临近：请于10月31日前提交 " + tag,
				"措施【1-1】开展财务专项检查，清理白条\n责任单位：第一中学", List.of("leader1", "leader2", NO_MAIL_USER));

		Boolean recorded = transaction.execute(status -> notifications.record(notification));

		assertThat(recorded).isTrue();
		awaitSent(notification.idempotencyKey());
		List<MimeMessage> mails = mails(tag);
		assertThat(mails).hasSize(2);
		assertThat(robot.requests(tag)).hasSize(1);
		for (MimeMessage mail : mails) {
			assertThat(addresses(mail)).containsExactly("leader1@edu.example.cn", "leader2@edu.example.cn");
			assertThat(mail.getSubject()).isEqualTo(notification.subject());
			assertThat(mail.getContent().toString()).contains("措施【1-1】开展财务专项检查").contains("责任单位：第一中学");
			assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
			assertThat(mail.getFrom()[0].toString()).contains("noreply@edu.example.cn");
			assertThat(mail.getMessageID()).matches("<[0-9a-f]{40}\\.notification@edu\\.example\\.cn>")
				.isEqualTo(mailChannel.messageId(notification.idempotencyKey()));
		}

		RobotServer.Request request = robot.requests(tag).get(0);
		assertThat(request.path()).isEqualTo("/robot/send");
		assertThat(request.query()).containsEntry("access_token", "test-token").containsKeys("timestamp", "sign");
		assertThat(request.query().get("sign")).isEqualTo(dingTalkSignature(request.query().get("timestamp")));
		JsonNode message = json.readTree(request.body());
		assertThat(message.path("msgtype").asText()).isEqualTo("markdown");
		assertThat(message.at("/markdown/title").asText()).isEqualTo(notification.subject());
		assertThat(message.at("/markdown/text").asText()).contains(tag)
			.contains("措施【1-1】开展财务专项检查")
			.contains("接收人：张伟、李娜、无邮箱");

		assertThat(deliveriesOf(notification.idempotencyKey())).extracting(d -> d.status() + "/" + d.attempts())
			.containsExactly("SENT/1", "SENT/1");
		assertThat(note(notification.idempotencyKey(), MailChannel.NAME)).contains(NO_MAIL_USER);
	}

	@Test
	void shouldMarkTheMailSentWithANoteWhenNoRecipientHasAnAddress() {
		Notification notification = notification("no-address-" + tag, "无邮箱 " + tag, "只发群机器人",
				List.of(NO_MAIL_USER, "no-such-user"));

		transaction.executeWithoutResult(status -> notifications.record(notification));

		awaitSent(notification.idempotencyKey());
		assertThat(mails(tag)).isEmpty();
		assertThat(robot.requests(tag)).hasSize(1);
		assertThat(deliveryOf(notification.idempotencyKey(), MailChannel.NAME).attempts()).isEqualTo(1);
		assertThat(note(notification.idempotencyKey(), MailChannel.NAME)).contains(NO_MAIL_USER).contains("no-such-user");
	}

	@Test
	void shouldSendNothingWhenTheTransactionRollsBack() {
		String rolledBack = "rolled-back-" + tag;
		transaction.executeWithoutResult(status -> {
			assertThat(notifications.record(notification(rolledBack, "已撤销 " + tag + " R", "不应发出", List.of("leader1"))))
				.isTrue();
			status.setRollbackOnly();
		});
		// A later notification gets through, so the channels worked all along.
		transaction.executeWithoutResult(status -> notifications.record(
				notification("committed-" + tag, "已提交 " + tag + " C", "应发出", List.of("leader1"))));

		awaitSent("committed-" + tag);
		assertThat(mails(tag + " C")).hasSize(1);
		assertThat(robot.requests(tag + " C")).hasSize(1);
		assertThat(mails(tag + " R")).isEmpty();
		assertThat(robot.requests(tag + " R")).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE idempotency_key = ?").param(rolledBack)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void shouldSendOnceWhenTheSameKeyIsRecordedAgain() throws Exception {
		Notification first = notification("same-" + tag, "逾期提醒 " + tag, "第一次", List.of("leader1"));
		Notification again = notification("same-" + tag, "逾期提醒（重复）" + tag, "第二次", List.of("leader1", "leader2"));

		Boolean firstThenAgain = transaction.execute(status -> notifications.record(first) && !notifications.record(again));
		Boolean laterAgain = transaction.execute(status -> notifications.record(again));

		assertThat(firstThenAgain).isTrue();
		assertThat(laterAgain).isFalse();

		awaitSent(first.idempotencyKey());
		assertThat(mails(tag)).hasSize(1);
		assertThat(robot.requests(tag)).hasSize(1);
		assertThat(mails(tag).get(0).getAllRecipients()).hasSize(1);
		assertThat(robot.requests(tag).get(0).body()).contains("第一次").doesNotContain("第二次");
		assertThat(deliveriesOf(first.idempotencyKey())).extracting(d -> d.status() + "/" + d.attempts())
			.containsExactly("SENT/1", "SENT/1");
	}

	@Test
	void shouldSendAfterTheEnginesTransactionCommitsAndNotWhenItFails() {
		// Listeners and job handlers run inside engine commands, in the engine's Spring-managed transaction.
		Notification committed = notification("engine-ok-" + tag, "引擎事务 " + tag + " OK", "已提交", List.of("leader1"));
		Notification failed = notification("engine-failed-" + tag, "引擎事务 " + tag + " FAILED", "已回滚", List.of("leader1"));

		Boolean recorded = engineConfiguration.getCommandExecutorTxRequired()
			.execute(commandContext -> notifications.record(committed));
		assertThatThrownBy(() -> engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
			notifications.record(failed);
			throw new IllegalStateException("a later step of the listener failed");
		})).hasMessage("a later step of the listener failed");

		assertThat(recorded).isTrue();
		awaitSent(committed.idempotencyKey());
		assertThat(mails(tag + " OK")).hasSize(1);
		assertThat(robot.requests(tag + " OK")).hasSize(1);
		assertThat(mails(tag + " FAILED")).isEmpty();
		assertThat(robot.requests(tag + " FAILED")).isEmpty();
		assertThat(deliveriesOf(failed.idempotencyKey())).isEmpty();
	}

	@Test
	void shouldRecordOnlyInTheCallersTransaction() {
		assertThatThrownBy(() -> notifications.record(notification("no-tx-" + tag, "无事务 " + tag, "", List.of("leader1"))))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(deliveriesOf("no-tx-" + tag)).isEmpty();
	}

	@Test
	void shouldSendWhatADeadNodeLeftInTheOutbox() {
		// Committed, but the node died before its after-commit send: PENDING past its hand-off time.
		long pending = insertNotification("orphan-" + tag, "遗留待发 " + tag + " P");
		insertDelivery(pending, MailChannel.NAME, "PENDING", 0, past(1), null);
		insertDelivery(pending, RobotWebhookChannel.NAME, "PENDING", 0, past(1), null);
		// Claimed by a node that died while sending: SENDING under a claim older than the lease.
		long claimed = insertNotification("stale-" + tag, "中断重发 " + tag + " S");
		insertDelivery(claimed, MailChannel.NAME, "SENDING", 1, null, past(3600));
		insertDelivery(claimed, RobotWebhookChannel.NAME, "SENDING", 1, null, past(3600));

		awaitSent("orphan-" + tag);
		awaitSent("stale-" + tag);
		assertThat(mails(tag + " P")).hasSize(1);
		assertThat(mails(tag + " S")).hasSize(1);
		assertThat(robot.requests(tag + " P")).hasSize(1);
		assertThat(robot.requests(tag + " S")).hasSize(1);
		assertThat(deliveriesOf("orphan-" + tag)).extracting(d -> d.status() + "/" + d.attempts())
			.containsExactly("SENT/1", "SENT/1");
		assertThat(deliveriesOf("stale-" + tag)).extracting(d -> d.status() + "/" + d.attempts())
			.containsExactly("SENT/2", "SENT/2");
	}

	@Test
	void shouldRetryARefusingRobotUntilItAcceptsAndSendOnce() {
		robot.script(tag, new RobotServer.Reply(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"),
				new RobotServer.Reply(500, "{\"error\":\"busy\"}"));
		Notification notification = notification("retry-" + tag, "重试 " + tag, "机器人先拒绝后接受", List.of("leader1"));

		transaction.executeWithoutResult(status -> notifications.record(notification));

		awaitSent(notification.idempotencyKey());
		List<RobotServer.Request> requests = robot.requests(tag);
		assertThat(requests).extracting(RobotServer.Request::status).containsExactly(200, 500, 200);
		assertThat(requests.get(2).body()).isEqualTo(requests.get(0).body());
		// Backed off between attempts (150ms, then 300ms), never hammering the robot.
		assertThat(requests.get(1).receivedAtNanos() - requests.get(0).receivedAtNanos())
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
		assertThat(requests.get(2).receivedAtNanos() - requests.get(1).receivedAtNanos())
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
		assertThat(deliveryOf(notification.idempotencyKey(), RobotWebhookChannel.NAME).attempts()).isEqualTo(3);
		assertThat(lastError(notification.idempotencyKey(), RobotWebhookChannel.NAME)).isNull();
		// The mail went out once, unaffected.
		assertThat(mails(tag)).hasSize(1);
		assertThat(deliveryOf(notification.idempotencyKey(), MailChannel.NAME).attempts()).isEqualTo(1);
	}

	@Test
	void shouldGiveUpAfterTheLastAttempt() {
		robot.always(tag, new RobotServer.Reply(200, "{\"errcode\":300001,\"errmsg\":\"token is not exist\"}"));
		Notification notification = notification("give-up-" + tag, "放弃 " + tag, "机器人一直拒绝", List.of("leader1"));

		transaction.executeWithoutResult(status -> notifications.record(notification));

		await().atMost(WAIT).until(() -> {
			Delivery robotDelivery = deliveryOf(notification.idempotencyKey(), RobotWebhookChannel.NAME);
			return robotDelivery.status() == DeliveryStatus.FAILED && robotDelivery.nextAttemptAt() == null;
		});
		assertThat(deliveryOf(notification.idempotencyKey(), RobotWebhookChannel.NAME).attempts()).isEqualTo(4);
		assertThat(robot.requests(tag)).hasSize(4);
		assertThat(lastError(notification.idempotencyKey(), RobotWebhookChannel.NAME)).contains("300001");
	}

	@Test
	void shouldGiveUpADeliveryWhoseLastAttemptNeverFinished() {
		long notification = insertNotification("last-" + tag, "最后一次中断 " + tag);
		long id = insertDelivery(notification, RobotWebhookChannel.NAME, "SENDING", 4, null, past(3600));

		await().atMost(WAIT).until(() -> deliveries.find(id).orElseThrow().status() == DeliveryStatus.FAILED);
		assertThat(deliveries.find(id).orElseThrow()).extracting(Delivery::attempts, Delivery::nextAttemptAt)
			.containsExactly(4, null);
		assertThat(robot.requests(tag)).isEmpty();
	}

	@Test
	void shouldLetOnlyOneOfTwoRacingClaimsWin() throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 20; i++) {
				long notification = insertNotification("claim-" + i + "-" + tag, "抢占 " + tag);
				// A channel this node does not have, so its own sweeper stays out of the race.
				long id = insertDelivery(notification, "elsewhere", "PENDING", 0, past(1), null);
				Delivery seen = deliveries.find(id).orElseThrow();
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Boolean>> claims = new ArrayList<>();
				for (int node = 0; node < 2; node++) {
					claims.add(nodes.submit(() -> {
						start.await();
						Instant now = Instant.now();
						return deliveries.claim(seen, now, now.minusSeconds(3));
					}));
				}
				assertThat(List.of(claims.get(0).get(), claims.get(1).get())).containsExactlyInAnyOrder(true, false);
				assertThat(deliveries.find(id).orElseThrow().attempts()).isEqualTo(1);
			}
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void shouldSendOnceWhenTwoSweepersRaceForTheSameDeliveries() throws Exception {
		// Fresh deliveries (within their hand-off time), so only the two racers touch them, not this node's own
		// scheduled sweeper.
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long notification = insertNotification("race-" + i + "-" + tag, "竞争 " + tag + " #" + i + ";");
			ids.add(insertDelivery(notification, MailChannel.NAME, "PENDING", 0, past(-3600), null));
			ids.add(insertDelivery(notification, RobotWebhookChannel.NAME, "PENDING", 0, past(-3600), null));
		}
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<?>> sweeps = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				// What two nodes' sweepers do with the same due deliveries, at the same moment.
				sweeps.add(nodes.submit(() -> {
					start.await();
					ids.forEach(sender::attempt);
					return null;
				}));
			}
			for (Future<?> sweep : sweeps) {
				sweep.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			nodes.shutdownNow();
		}

		// Each attempt ran to its end in the racing threads; nothing is still under way.
		IntStream.range(0, 10).forEach(i -> {
			assertThat(mails(tag + " #" + i + ";")).hasSize(1);
			assertThat(robot.requests(tag + " #" + i + ";")).hasSize(1);
		});
		for (long id : ids) {
			assertThat(deliveries.find(id).orElseThrow()).extracting(d -> d.status() + "/" + d.attempts())
				.isEqualTo("SENT/1");
		}
	}

	@Test
	void shouldResendWithTheSameMessageIdWhenANodeDiesBetweenSendingAndMarkingSent() throws Exception {
		Notification notification = notification("twice-" + tag, "重复投递 " + tag, "节点在发出后、记录前宕机", List.of("leader1"));
		transaction.executeWithoutResult(status -> notifications.record(notification));
		awaitSent(notification.idempotencyKey());
		assertThat(mails(tag)).hasSize(1);

		// As if the sending node had died before it could mark the mail sent.
		jdbc.sql("""
				UPDATE notification_delivery SET status = 'SENDING', sent_at = NULL, claimed_at = ?
				WHERE channel = 'mail' AND notification_id = (SELECT id FROM notification WHERE idempotency_key = ?)""")
			.params(past(3600), notification.idempotencyKey())
			.update();

		await().atMost(WAIT).until(() -> deliveryOf(notification.idempotencyKey(), MailChannel.NAME).attempts() == 2
				&& deliveryOf(notification.idempotencyKey(), MailChannel.NAME).status() == DeliveryStatus.SENT);
		assertThat(mails(tag)).hasSize(2);
		// SMTP gives no exactly-once: the receiving side sees the copy as the same message.
		assertThat(mails(tag)).extracting(MimeMessage::getMessageID).containsOnly(mailChannel.messageId(notification.idempotencyKey()));
		assertThat(deliveryOf(notification.idempotencyKey(), MailChannel.NAME).attempts()).isEqualTo(2);
	}

	Notification notification(String key, String subject, String body, List<String> recipients) {
		return new Notification(key, "DEADLINE_APPROACHING", null, subject, body, recipients);
	}

	/** Waits until every delivery of the notification is SENT: by then its mails and robot messages have arrived. */
	void awaitSent(String key) {
		await().atMost(WAIT).until(() -> {
			List<Delivery> all = deliveriesOf(key);
			return !all.isEmpty() && all.stream().allMatch(d -> d.status() == DeliveryStatus.SENT);
		});
	}

	List<MimeMessage> mails(String subjectPart) {
		return List.of(smtp.getReceivedMessages()).stream().filter(m -> {
			try {
				return m.getSubject().contains(subjectPart);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	static List<String> addresses(MimeMessage mail) throws Exception {
		return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress())
			.toList();
	}

	long insertNotification(String key, String subject) {
		jdbc.sql("""
				INSERT INTO notification (idempotency_key, kind, subject, body, recipients, created_at)
				VALUES (?, 'OVERDUE_REMINDER', ?, '请尽快提交佐证材料', 'leader1', ?)""")
			.params(key, subject, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return jdbc.sql("SELECT id FROM notification WHERE idempotency_key = ?").param(key).query(Long.class).single();
	}

	long insertDelivery(long notificationId, String channel, String status, int attempts, OffsetDateTime nextAttemptAt,
			OffsetDateTime claimedAt) {
		jdbc.sql("""
				INSERT INTO notification_delivery (notification_id, channel, status, attempts, next_attempt_at, claimed_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(notificationId, channel, status, attempts, nextAttemptAt, claimedAt)
			.update();
		return jdbc.sql("SELECT id FROM notification_delivery WHERE notification_id = ? AND channel = ?")
			.params(notificationId, channel)
			.query(Long.class)
			.single();
	}

	List<Delivery> deliveriesOf(String key) {
		return jdbc.sql("""
				SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
				WHERE n.idempotency_key = ? ORDER BY d.channel""")
			.param(key)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> deliveries.find(id).orElseThrow())
			.toList();
	}

	Delivery deliveryOf(String key, String channel) {
		return deliveriesOf(key).stream().filter(d -> d.channel().equals(channel)).findFirst().orElseThrow();
	}

	String note(String key, String channel) {
		return column("note", key, channel);
	}

	String lastError(String key, String channel) {
		return column("last_error", key, channel);
	}

	private String column(String column, String key, String channel) {
		return jdbc.sql("SELECT d." + column + " FROM notification_delivery d JOIN notification n ON n.id = d.notification_id "
				+ "WHERE n.idempotency_key = ? AND d.channel = ?")
			.params(key, channel)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static OffsetDateTime past(long seconds) {
		return OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(seconds);
	}

	/** DingTalk's check, written out here independently of the channel. */
	static String dingTalkSignature(String timestamp) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
	}

}
