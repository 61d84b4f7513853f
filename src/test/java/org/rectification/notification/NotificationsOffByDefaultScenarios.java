package org.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** The app as configured out of the box: notifications are recorded, but no channel is on to send them. */
abstract class NotificationsOffByDefaultScenarios {

	@Autowired
	ApplicationContext context;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxSweeper sweeper;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldHaveNoChannelAndNoMailServer() {
		assertThat(context.getBeansOfType(NotificationChannel.class)).isEmpty();
		assertThat(context.getBeansOfType(JavaMailSender.class)).isEmpty();
	}

	@Test
	void shouldRecordTheNotificationWithoutAnyDelivery() {
		String key = "off-" + UUID.randomUUID();

		Boolean recorded = transaction.execute(status -> notifications.record(
				new Notification(key, "OVERDUE_REMINDER", null, "逾期提醒", "请尽快提交", List.of("leader1"))));
		sweeper.sweep();

		assertThat(recorded).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE idempotency_key = ?").param(key)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
				WHERE n.idempotency_key = ?""").param(key).query(Integer.class).single()).isZero();
	}

}
