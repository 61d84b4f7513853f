package org.rectification.notification;

enum DeliveryStatus {

	/** Recorded, waiting for its first send (after commit, or by the sweeper if that never happened). */
	PENDING,

	/** Claimed by a node at claimed_at; taken over by another once the claim lease has passed. */
	SENDING,

	SENT,

	/** The last attempt failed; tried again at next_attempt_at, or never when that is empty. */
	FAILED

}
