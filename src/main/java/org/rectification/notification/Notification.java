package org.rectification.notification;

import java.util.List;

/**
 * Something to tell people outside Tasklist, by every enabled channel.
 *
 * @param idempotencyKey names the occasion (e.g. {@code OVERDUE_REMINDER:42:2026-10-31}); recording the same key
 *        again is a no-op, so a retried job or listener never notifies twice
 * @param kind what happened, e.g. {@code DEADLINE_APPROACHING} (see docs/notifications.md)
 * @param unitTaskId the ledger's unit task it is about, or {@code null}
 * @param subject one line, Chinese
 * @param body plain text, Chinese; lines are kept
 * @param recipientUserIds Camunda user ids; each channel finds what it needs (e.g. the email) from the user
 */
public record Notification(String idempotencyKey, String kind, Long unitTaskId, String subject, String body,
		List<String> recipientUserIds) {

	static final int MAX_KEY_LENGTH = 200;

	static final int MAX_RECIPIENTS_LENGTH = 10_000;

	public Notification {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("idempotencyKey must have 1 to " + MAX_KEY_LENGTH + " characters");
		}
		if (kind == null || kind.isBlank()) {
			throw new IllegalArgumentException("kind is required");
		}
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("subject is required");
		}
		body = body == null ? "" : body;
		recipientUserIds = List.copyOf(recipientUserIds == null ? List.of() : recipientUserIds);
		// Stored comma-separated; Camunda user ids of this app never contain one.
		if (recipientUserIds.stream().anyMatch(id -> id.isBlank() || id.contains(","))) {
			throw new IllegalArgumentException("recipient user ids must be non-blank and contain no comma");
		}
		if (String.join(",", recipientUserIds).length() > MAX_RECIPIENTS_LENGTH) {
			throw new IllegalArgumentException("too many recipients for one notification");
		}
	}

}
