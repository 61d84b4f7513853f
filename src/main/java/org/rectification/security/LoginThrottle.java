package org.rectification.security;

import java.time.Duration;
import java.util.Optional;

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
 * Throttles password guessing per account and per source address, in the database so every node sees it. After
 * the n-th wrong password in a row from one address (past {@code free-attempts}), that address waits
 * {@code initial-delay × 2^(n - free-attempts)}, at most {@code max-delay}, before it may try again for that account;
 * attempts while it waits are refused uncounted. Locks expire by themselves and bind only the
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
		// For the row to lock: committed at once, so parallel logins find it.
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Whether the caller's address must still wait before trying the account again. Called inside the login's own
	 * transaction, it locks the address's row until that transaction ends: parallel attempts from one address take
	 * turns, each seeing the failures before it, on every node.
	 */
	boolean isWaiting(String userId) {
		String source = source();
		long now = ClockUtil.getCurrentTime().getTime();
		for (int attempt = 0; attempt < 3; attempt++) {
			ensureRow(userId, source, now);
			Optional<Long> until = jdbc
				.sql("SELECT locked_until_ms FROM login_throttle WHERE user_id = :user AND source = :source FOR UPDATE")
				.param("user", userId)
				.param("source", source)
				.query(Long.class)
				.optional();
			if (until.isPresent()) {
				return until.get() > now;
			}
			// Forgotten by another login's clean-up between the two statements: make it again.
		}
		throw new IllegalStateException("The login throttle's row of " + userId + " from " + source + " keeps disappearing");
	}

	/** A wrong password, in the login's transaction (whose row lock {@link #isWaiting} holds). */
	void failed(String userId) {
		String source = source();
		long now = ClockUtil.getCurrentTime().getTime();
		int failures = jdbc.sql("SELECT failures FROM login_throttle WHERE user_id = :user AND source = :source")
			.param("user", userId)
			.param("source", source)
			.query(Integer.class)
			.single() + 1;
		jdbc.sql("UPDATE login_throttle SET failures = :failures, locked_until_ms = :until WHERE user_id = :user AND source = :source")
			.param("failures", failures)
			.param("until", now + delay(failures).toMillis())
			.param("user", userId)
			.param("source", source)
			.update();
	}

	/** The right password: the address starts afresh. */
	void succeeded(String userId) {
		jdbc.sql("UPDATE login_throttle SET failures = 0, locked_until_ms = 0 WHERE user_id = :user AND source = :source")
			.param("user", userId)
			.param("source", source())
			.update();
	}

	/**
	 * The row to lock, committed on its own so parallel logins find it. Failures of addresses quiet for a day are
	 * forgotten; an address that logged in keeps its row (at most one per user and address that logged in).
	 */
	private void ensureRow(String userId, String source, long now) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE user_id = :user AND source = :source")
			.param("user", userId)
			.param("source", source)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> {
				jdbc.sql("DELETE FROM login_throttle WHERE failures > 0 AND locked_until_ms < :dayAgo")
					.param("dayAgo", now - FORGET_AFTER.toMillis())
					.update();
				jdbc.sql("INSERT INTO login_throttle (user_id, source, failures, locked_until_ms) VALUES (:user, :source, 0, 0)")
					.param("user", userId)
					.param("source", source)
					.update();
			});
		}
		catch (DuplicateKeyException parallel) {
			// A parallel login from the same address made it first.
		}
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
