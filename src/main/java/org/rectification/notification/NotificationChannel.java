package org.rectification.notification;

/** One outbound way of telling people; each is a bean only when enabled in the configuration. */
interface NotificationChannel {

	/** Stored with each delivery, so it must stay the same across versions. */
	String name();

	/**
	 * Sends the notification once. Throwing means "not sent, try again later".
	 *
	 * @return a note kept with the delivery (e.g. recipients skipped), or {@code null}
	 */
	String send(Notification notification) throws Exception;

}
