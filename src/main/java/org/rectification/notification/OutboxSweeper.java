package org.rectification.notification;

import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Picks up what the after-commit send did not finish: deliveries whose recording node died before sending,
 * claims of nodes that died while sending, and failed sends whose retry is due. Runs on every node.
 */
@Component
class OutboxSweeper {

	/** Enough for a burst; what is left comes in the next run. */
	static final int BATCH = 200;

	private final Deliveries deliveries;

	private final EnabledChannels channels;

	private final OutboxSender sender;

	private final NotificationProperties properties;

	OutboxSweeper(Deliveries deliveries, EnabledChannels channels, OutboxSender sender,
			NotificationProperties properties) {
		this.deliveries = deliveries;
		this.channels = channels;
		this.sender = sender;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${rectification.notify.sweep-interval:5s}",
			initialDelayString = "${rectification.notify.sweep-interval:5s}")
	void sweep() {
		if (channels.none()) {
			return;
		}
		Instant now = Instant.now();
		sender.submit(deliveries.due(channels.names(), now, now.minus(properties.claimLease()), BATCH));
	}

}
