package org.rectification.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Serialises start-up setup across instances that share one database; held until the transaction ends. */
@Component
public class StartupLock {

	private final JdbcClient jdbc;

	StartupLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void acquire() {
		jdbc.sql("SELECT name FROM app_lock WHERE name = 'startup' FOR UPDATE").query(String.class).single();
	}

}
