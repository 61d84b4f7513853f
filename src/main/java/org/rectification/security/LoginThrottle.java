package org.rectification.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles password guessing per account and per source address, in the database so every node sees it. Every
 * attempt counts until one succeeds; after the n-th in a row (past {@code free-attempts}) from one address, that
 * address waits {@code initial-delay × 2^(n - free-attempts)}, at most {@code max-delay}, before it may try again for
 * that account. Locks expire by themselves and bind only the
 * address that guessed: a script cannot lock the owner (or the administrator) out. The address is the client's
 * as Tomcat sees it (behind a proxy, from X-Forwarded-For of trusted proxies only).
 */
@Component
class LoginThrottle {

	static final String NO_REQUEST = "local";

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final SecurityProperties.Login settings;

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.settings = properties.login();
		// Counted whatever happens to the login's own transaction, and never holding its locks.
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes one attempt for the account from the caller's address, before its password is checked: false while
	 * the address must still wait. Counting first, with a compare-and-set on the count, lets only one of many
	 * parallel guesses through per wait, on every node.
	 */
	boolean tryAttempt(String userId) {
		String source = source();
		long now = ClockUtil.getCurrentTime().getTime();
		Integer failures = ownTransaction.execute(status -> jdbc
			.sql("SELECT failures FROM login_throttle WHERE user_id = :user AND source = :source AND locked_until_ms <= :now")
			.param("user", userId)
			.param("source", source)
			.param("now", now)
			.query(Integer.class)
			.optional()
			.orElse(null));
		if (failures != null) {
			Integer updated = ownTransaction.execute(status -> jdbc
				.sql("UPDATE login_throttle SET failures = :next, locked_until_ms = :until "
						+ "WHERE user_id = :user AND source = :source AND failures = :failures AND locked_until_ms <= :now")
				.param("next", failures + 1)
				.param("until", now + delay(failures + 1).toMillis())
				.param("user", userId)
				.param("source", source)
				.param("failures", failures)
				.param("now", now)
				.update());
			return updated != null && updated == 1;
		}
		try {
			ownTransaction.executeWithoutResult(status -> {
				// Addresses quiet for a day are forgotten, so guesses from ever new addresses do not pile up.
				jdbc.sql("DELETE FROM login_throttle WHERE locked_until_ms < :dayAgo")
					.param("dayAgo", now - FORGET_AFTER.toMillis())
					.update();
				jdbc.sql("INSERT INTO login_throttle (user_id, source, failures, locked_until_ms) "
						+ "VALUES (:user, :source, 1, :until)")
					.param("user", userId)
					.param("source", source)
					.param("until", now + delay(1).toMillis())
					.update();
			});
			return true;
		}
		catch (DuplicateKeyException waiting) {
			// The address has a row that is still waiting, or a parallel guess just took the attempt.
			return false;
		}
	}

	void succeeded(String userId) {
		String source = source();
		ownTransaction.executeWithoutResult(status -> jdbc
			.sql("DELETE FROM login_throttle WHERE user_id = :user AND source = :source")
			.param("user", userId)
			.param("source", source)
			.update());
	}

	/** An administrator's unlock lifts the waits of every source. */
	void clear(String userId) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM login_throttle WHERE user_id = :user")
			.param("user", userId)
			.update());
	}

	Duration delay(int failures) {
		if (failures < settings.freeAttempts()) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - settings.freeAttempts(), 30);
		Duration delay = settings.initialDelay().multipliedBy(1L << doublings);
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	private static String source() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String address = request.getRemoteAddr();
			if (address != null && !address.isBlank()) {
				return address.length() > 100 ? address.substring(0, 100) : address;
			}
		}
		return NO_REQUEST;
	}

}
