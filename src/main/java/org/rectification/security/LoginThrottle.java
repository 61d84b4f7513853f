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
 * Throttles password guessing per account and per source address, in the database so every node sees it. After
 * the n-th wrong password in a row from one address, that address waits {@code initial-delay × 2^(n-1)}, at most
 * {@code max-delay}, before its next attempt for that account counts. Locks expire by themselves and bind only the
 * address that guessed: a script cannot lock the owner (or the administrator) out. The address is the client's
 * as Tomcat sees it (behind a proxy, from X-Forwarded-For of trusted proxies only).
 */
@Component
class LoginThrottle {

	static final String NO_REQUEST = "local";

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

	boolean isLocked(String userId) {
		Long until = ownTransaction.execute(status -> jdbc
			.sql("SELECT locked_until_ms FROM login_throttle WHERE user_id = :user AND source = :source")
			.param("user", userId)
			.param("source", source())
			.query(Long.class)
			.optional()
			.orElse(null));
		return until != null && until > ClockUtil.getCurrentTime().getTime();
	}

	void failed(String userId) {
		String source = source();
		long now = ClockUtil.getCurrentTime().getTime();
		ownTransaction.executeWithoutResult(status -> {
			Integer failures = jdbc.sql("SELECT failures FROM login_throttle WHERE user_id = :user AND source = :source")
				.param("user", userId)
				.param("source", source)
				.query(Integer.class)
				.optional()
				.orElse(0);
			int next = failures + 1;
			long until = now + delay(next).toMillis();
			int updated = jdbc.sql("UPDATE login_throttle SET failures = :failures, locked_until_ms = :until "
					+ "WHERE user_id = :user AND source = :source")
				.param("failures", next)
				.param("until", until)
				.param("user", userId)
				.param("source", source)
				.update();
			if (updated == 0) {
				try {
					jdbc.sql("INSERT INTO login_throttle (user_id, source, failures, locked_until_ms) "
							+ "VALUES (:user, :source, :failures, :until)")
						.param("user", userId)
						.param("source", source)
						.param("failures", next)
						.param("until", until)
						.update();
				}
				catch (DuplicateKeyException concurrent) {
					// Another node or thread counted a failure of the same source at the same moment: one is enough.
				}
			}
		});
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
