package org.rectification.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rectification.system.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records notifications in the caller's transaction (an outbox) and sends them once it has committed: a
 * rolled-back listener or job notifies no one, and a retried one finds its key and notifies no one twice.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final Deliveries deliveries;

	private final EnabledChannels channels;

	private final OutboxSender sender;

	private final NotificationProperties properties;

	private final BusinessClock clock;

	Notifications(Deliveries deliveries, EnabledChannels channels, OutboxSender sender,
			NotificationProperties properties, BusinessClock clock) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records the notification with one delivery per enabled channel; they are sent after the caller's
	 * transaction commits. Two transactions recording the same new key at the same moment: the second fails
	 * on the unique key (a Camunda job is then retried and finds it).
	 *
	 * @return false, recording nothing, when a notification with this idempotency key exists
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(Notification notification) {
		Optional<Long> id = deliveries.insertNotification(notification, clock.now());
		if (id.isEmpty()) {
			return false;
		}
		Instant handOffUntil = Instant.now().plus(properties.claimLease());
		List<Long> deliveryIds = new ArrayList<>();
		for (String channel : channels.names()) {
			deliveryIds.add(deliveries.insertPending(id.get(), channel, handOffUntil));
		}
		if (deliveryIds.isEmpty()) {
			return true;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sender.submit(deliveryIds);
				}
			});
		}
		else {
			log.debug("No transaction synchronization: the sweeper sends notification {}", notification.idempotencyKey());
		}
		return true;
	}

}
