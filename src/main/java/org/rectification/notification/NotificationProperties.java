package org.rectification.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sweepInterval how often each node looks for deliveries that are due (read by the sweeper's
 *        {@code @Scheduled}; kept here to be validated)
 * @param claimLease how long a node may hold a delivery it claimed, or one it recorded and has yet to send,
 *        before another node takes it to be dead and sends it; well above the slowest send
 * @param retry backoff of failed sends
 * @param mail email over SMTP (the server is {@code spring.mail.*})
 * @param webhook a DingTalk or WeCom group robot
 */
@ConfigurationProperties("rectification.notify")
record NotificationProperties(Duration sweepInterval, Duration claimLease, Retry retry, Mail mail, Webhook webhook) {

	NotificationProperties {
		sweepInterval = positive(sweepInterval, Duration.ofSeconds(5), "sweep-interval");
		claimLease = positive(claimLease, Duration.ofMinutes(5), "claim-lease");
		retry = retry == null ? new Retry(0, null, null) : retry;
		mail = mail == null ? new Mail(false, null) : mail;
		webhook = webhook == null ? new Webhook(false, null, null, null, null) : webhook;
	}

	/**
	 * @param maxAttempts sends tried before a delivery is given up (FAILED for good)
	 * @param initialBackoff wait after the first failure, doubled after each further one
	 * @param maxBackoff the longest wait between two attempts
	 */
	record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

		Retry {
			maxAttempts = maxAttempts > 0 ? maxAttempts : 10;
			initialBackoff = positive(initialBackoff, Duration.ofSeconds(30), "retry.initial-backoff");
			maxBackoff = positive(maxBackoff, Duration.ofHours(1), "retry.max-backoff");
		}

		/** The wait after the given failed attempt (1 for the first). */
		Duration backoffAfter(int attempt) {
			Duration wait = initialBackoff;
			for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
		}

	}

	/** @param from the sender, e.g. {@code 巡察整改系统 <noreply@edu.example.cn>} */
	record Mail(boolean enabled, String from) {
	}

	/**
	 * @param url the robot's webhook address with its token
	 * @param format which robot it is
	 * @param secret DingTalk's signing secret ({@code SEC…}); blank when the robot does not sign
	 * @param timeout for connecting and for the answer
	 */
	record Webhook(boolean enabled, String url, WebhookFormat format, String secret, Duration timeout) {

		Webhook {
			format = format == null ? WebhookFormat.DINGTALK : format;
			timeout = positive(timeout, Duration.ofSeconds(10), "webhook.timeout");
		}

	}

	private static Duration positive(Duration value, Duration fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("rectification.notify." + name + " must be positive");
		}
		return value;
	}

}
