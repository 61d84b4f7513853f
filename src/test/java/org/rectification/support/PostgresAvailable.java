package org.rectification.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gate of the PostgreSQL suite. It connects to the server's {@code test} database (TEST_PG_HOST, TEST_PG_PORT,
 * TEST_PG_USER, TEST_PG_PASSWORD; default 127.0.0.1:5432, user postgres, trust auth) and creates a fresh
 * database for the run. Without a server the suite is skipped with a notice, except under CI=true, where it fails.
 */
public class PostgresAvailable implements BeforeAllCallback {

	public static final String DATABASE = "rectification_test";

	private static boolean prepared;

	@Override
	public void beforeAll(ExtensionContext context) {
		synchronized (PostgresAvailable.class) {
			if (prepared) {
				return;
			}
			String url = "jdbc:postgresql://" + env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432")
					+ "/test";
			try (Connection connection = DriverManager.getConnection(url, env("TEST_PG_USER", "postgres"),
					env("TEST_PG_PASSWORD", ""));
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
				prepared = true;
			}
			catch (SQLException e) {
				String notice = "PostgreSQL is not reachable at " + url + " (" + e.getMessage()
						+ "); the PostgreSQL suite needs a running server (see README, Testing)";
				if ("true".equalsIgnoreCase(System.getenv("CI"))) {
					Assertions.fail("CI=true: " + notice);
				}
				System.err.println("SKIPPED: " + notice);
				Assumptions.abort(notice);
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
