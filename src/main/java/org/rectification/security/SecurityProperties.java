package org.rectification.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rectification.security.*}: the login throttle (see {@link LoginThrottle}) and the largest number of rows
 * one query may return to a logged-in user (the engine's {@code queryMaxResultsLimit}).
 */
@ConfigurationProperties("rectification.security")
public record SecurityProperties(@DefaultValue Login login, @DefaultValue("2000") int queryMaxResults) {

	public record Login(@DefaultValue("3") int freeAttempts, @DefaultValue("2s") Duration initialDelay,
			@DefaultValue("15m") Duration maxDelay) {
	}

}
