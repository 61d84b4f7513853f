package org.rectification.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.rectification.notification.Deliveries.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;

/** Claims a delivery, sends it through its channel and records the outcome. */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Deliveries deliveries;

	private final EnabledChannels channels;

	private final NotificationProperties properties;

	private final TaskExecutor executor;

	/** Deliveries waiting in this node's queue, so a sweep does not queue them a second time. */
	private final Set<Long> queued = ConcurrentHashMap.newKeySet();

	OutboxSender(Deliveries deliveries, EnabledChannels channels, NotificationProperties properties,
			@Qualifier(NotificationConfiguration.EXECUTOR) TaskExecutor executor) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.properties = properties;
		this.executor = executor;
	}

	/** Queues the deliveries for sending; what does not fit stays in the outbox for the sweeper. */
	void submit(Collection<Long> deliveryIds) {
		for (Long id : deliveryIds) {
			if (!queued.add(id)) {
				continue;
			}
			try {
				executor.execute(() -> {
					try {
						attempt(id);
					}
					catch (RuntimeException e) {
						// E.g. the database was unreachable; the sweeper tries again.
						log.error("Delivery {} could not be attempted", id, e);
					}
					finally {
						queued.remove(id);
					}
				});
			}
			catch (TaskRejectedException e) {
				queued.remove(id);
				log.info("Notification queue is full or closed; delivery {} is left to the sweeper", id);
				return;
			}
		}
	}

	/**
	 * One attempt at a delivery, if this node can claim it. Safe to call on several nodes at once: the claim is
	 * a guarded UPDATE that only one of them wins.
	 */
	void attempt(long deliveryId) {
		Optional<Delivery> found = deliveries.find(deliveryId);
		if (found.isEmpty() || found.get().status() == DeliveryStatus.SENT) {
			return;
		}
		Delivery delivery = found.get();
		Optional<NotificationChannel> channel = channels.get(delivery.channel());
		if (channel.isEmpty()) {
			// Switched off on this node since it was recorded; a node that has it sends it.
			return;
		}
		Instant now = Instant.now();
		Instant staleBefore = now.minus(properties.claimLease());
		int maxAttempts = properties.retry().maxAttempts();
		if (delivery.attempts() >= maxAttempts) {
			if (deliveries.giveUp(delivery, "已达最大尝试次数 " + maxAttempts + "，最后一次未完成", now, staleBefore)) {
				log.warn("Gave up delivery {} ({}) after {} attempts", deliveryId, delivery.channel(), maxAttempts);
			}
			return;
		}
		if (!deliveries.claim(delivery, now, staleBefore)) {
			return;
		}
		int attempt = delivery.attempts() + 1;
		Notification notification = deliveries.notification(delivery.notificationId());
		String note;
		try {
			note = channel.get().send(notification);
		}
		catch (Exception e) {
			failed(delivery, attempt, notification, e);
			return;
		}
		if (!deliveries.markSent(deliveryId, attempt, Instant.now(), note)) {
			log.warn("Delivery {} ({}) was sent, but its claim had expired and another node may send it again",
					deliveryId, delivery.channel());
		}
	}

	private void failed(Delivery delivery, int attempt, Notification notification, Exception e) {
		String error = e.getClass().getSimpleName() + ": " + e.getMessage();
		boolean lastAttempt = attempt >= properties.retry().maxAttempts();
		Duration backoff = properties.retry().backoffAfter(attempt);
		deliveries.markFailed(delivery.id(), attempt, error, lastAttempt ? null : Instant.now().plus(backoff));
		if (lastAttempt) {
			log.error("Giving up {} notification {} after {} attempts: {}", delivery.channel(),
					notification.idempotencyKey(), attempt, error);
		}
		else {
			log.warn("{} notification {} failed (attempt {}), retrying in {}: {}", delivery.channel(),
					notification.idempotencyKey(), attempt, backoff, error);
		}
	}

}
