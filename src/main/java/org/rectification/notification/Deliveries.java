package org.rectification.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox tables. Every change of a delivery's status is one guarded UPDATE, so that of two nodes acting on
 * the same row only one succeeds.
 */
@Repository
class Deliveries {

	/** A delivery as read before acting on it; {@code attempts} is the version its guarded updates expect. */
	record Delivery(long id, long notificationId, String channel, DeliveryStatus status, int attempts,
			OffsetDateTime nextAttemptAt, OffsetDateTime claimedAt) {
	}

	/** Column sizes: an over-long text is cut rather than failing the business step that records it. */
	private static final int MAX_SUBJECT = 1000;

	private static final int MAX_BODY = 20_000;

	private static final int MAX_TEXT = 2000;

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the notification unless its key is known. Checked in the same statement rather than by catching
	 * the unique violation, because on PostgreSQL a failed INSERT would abort the caller's transaction.
	 *
	 * @return the new notification's id, or empty when the key existed
	 */
	Optional<Long> insertNotification(Notification n, OffsetDateTime createdAt) {
		int inserted = jdbc.sql("""
				INSERT INTO notification (idempotency_key, kind, unit_task_id, subject, body, recipients, created_at)
				SELECT :key, :kind, CAST(:unitTaskId AS BIGINT), :subject, :body, :recipients, :createdAt
				WHERE NOT EXISTS (SELECT 1 FROM notification WHERE idempotency_key = :key)""")
			.param("key", n.idempotencyKey())
			.param("kind", n.kind())
			.param("unitTaskId", n.unitTaskId())
			.param("subject", clip(n.subject(), MAX_SUBJECT))
			.param("body", clip(n.body(), MAX_BODY))
			.param("recipients", String.join(",", n.recipientUserIds()))
			.param("createdAt", createdAt)
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("SELECT id FROM notification WHERE idempotency_key = ?")
			.param(n.idempotencyKey())
			.query(Long.class)
			.single());
	}

	/** A PENDING delivery, left to the recording node's after-commit send until {@code handOffUntil}. */
	long insertPending(long notificationId, String channel, Instant handOffUntil) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO notification_delivery (notification_id, channel, status, attempts, next_attempt_at)
				VALUES (?, ?, ?, 0, ?)""")
			.params(notificationId, channel, DeliveryStatus.PENDING.name(), utc(handOffUntil))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Delivery> find(long id) {
		return jdbc.sql("""
				SELECT id, notification_id, channel, status, attempts, next_attempt_at, claimed_at
				FROM notification_delivery WHERE id = ?""")
			.param(id)
			.query(Delivery.class)
			.optional();
	}

	Notification notification(long notificationId) {
		return jdbc.sql("SELECT idempotency_key, kind, unit_task_id, subject, body, recipients FROM notification WHERE id = ?")
			.param(notificationId)
			.query((rs, row) -> new Notification(rs.getString("idempotency_key"), rs.getString("kind"),
					rs.getObject("unit_task_id", Long.class), rs.getString("subject"), rs.getString("body"),
					recipients(rs.getString("recipients"))))
			.single();
	}

	/**
	 * Deliveries of the given channels a sweeper should act on: PENDING or FAILED ones that are due, and
	 * SENDING ones claimed before {@code staleBefore}. Two queries, so each uses its index.
	 */
	List<Long> due(Collection<String> channels, Instant now, Instant staleBefore, int limit) {
		List<Long> due = jdbc.sql("""
				SELECT id FROM notification_delivery
				WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now AND channel IN (:channels)
				ORDER BY next_attempt_at FETCH FIRST :limit ROWS ONLY""")
			.param("now", utc(now))
			.param("channels", channels)
			.param("limit", limit)
			.query(Long.class)
			.list();
		List<Long> stale = jdbc.sql("""
				SELECT id FROM notification_delivery
				WHERE status = 'SENDING' AND claimed_at < :staleBefore AND channel IN (:channels)
				ORDER BY claimed_at FETCH FIRST :limit ROWS ONLY""")
			.param("staleBefore", utc(staleBefore))
			.param("channels", channels)
			.param("limit", limit)
			.query(Long.class)
			.list();
		return Stream.concat(due.stream(), stale.stream()).toList();
	}

	/**
	 * Claims the delivery for this node if it is still what {@code seen} says and may be sent now: PENDING,
	 * FAILED and due, or SENDING under a claim older than {@code staleBefore}. The claim counts as an attempt.
	 * Under concurrent claims the row lock and the re-checked condition let only one UPDATE match.
	 */
	boolean claim(Delivery seen, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				UPDATE notification_delivery
				SET status = 'SENDING', attempts = attempts + 1, claimed_at = :now
				WHERE id = :id AND attempts = :attempts
				  AND (status = 'PENDING'
				    OR (status = 'FAILED' AND next_attempt_at <= :now)
				    OR (status = 'SENDING' AND claimed_at < :staleBefore))""")
			.param("now", utc(now))
			.param("id", seen.id())
			.param("attempts", seen.attempts())
			.param("staleBefore", utc(staleBefore))
			.update() == 1;
	}

	/** Marks a delivery this node claimed (as attempt {@code attempt}) sent; false if the claim was taken over. */
	boolean markSent(long id, int attempt, Instant now, String note) {
		return jdbc.sql("""
				UPDATE notification_delivery
				SET status = 'SENT', sent_at = ?, next_attempt_at = NULL, last_error = NULL, note = ?
				WHERE id = ? AND status = 'SENDING' AND attempts = ?""")
			.params(utc(now), clip(note), id, attempt)
			.update() == 1;
	}

	/**
	 * Marks a delivery this node claimed failed, to be tried again at {@code retryAt}, or never when it is
	 * {@code null}.
	 */
	boolean markFailed(long id, int attempt, String error, Instant retryAt) {
		return jdbc.sql("""
				UPDATE notification_delivery SET status = 'FAILED', next_attempt_at = ?, last_error = ?
				WHERE id = ? AND status = 'SENDING' AND attempts = ?""")
			.params(retryAt == null ? null : utc(retryAt), clip(error), id, attempt)
			.update() == 1;
	}

	/**
	 * Gives up a delivery that is claimable (as in {@link #claim}) but has no attempt left: its last sender died
	 * mid-send, or the maximum was lowered since.
	 */
	boolean giveUp(Delivery seen, String error, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				UPDATE notification_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = :error
				WHERE id = :id AND attempts = :attempts
				  AND (status = 'PENDING'
				    OR (status = 'FAILED' AND next_attempt_at <= :now)
				    OR (status = 'SENDING' AND claimed_at < :staleBefore))""")
			.param("error", clip(error))
			.param("id", seen.id())
			.param("attempts", seen.attempts())
			.param("now", utc(now))
			.param("staleBefore", utc(staleBefore))
			.update() == 1;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static List<String> recipients(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
	}

	private static String clip(String text) {
		return clip(text, MAX_TEXT);
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
