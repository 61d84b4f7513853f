package org.rectification.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gate of the PostgreSQL suite. It connects to the server's {@code test} database (TEST_PG_HOST, TEST_PG_PORT,
 * TEST_PG_USER, TEST_PG_PASSWORD; default 127.0.0.1:5432, user postgres, trust auth) and creates a fresh
 * database for the run, named with the run's own suffix so that two runs on one server never share or drop each
 * other's databases; they are dropped when the run's JVM ends. Without a server the suite is reported as skipped
 * with a notice, except under CI=true, where it fails.
 */
public class PostgresAvailable implements ExecutionCondition, BeforeAllCallback {

	/** This run's suffix of every database name. */
	private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36)
			+ Long.toString(System.nanoTime() & 0xffffff, 36);

	public static final String DATABASE = "rectification_test_" + RUN;

	/** The system property {@link PostgresTest} names its database by. */
	static final String DATABASE_PROPERTY = "rectification.test.pg-database";

	static {
		System.setProperty(DATABASE_PROPERTY, DATABASE);
	}

	/** Null until tried; then empty when the database is ready, or why it is not. */
	private static String problem;

	/** Databases of their own, created once per run for tests whose job executors must not share one. */
	private static final Set<String> separate = new HashSet<>();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String notice = prepare();
		if (notice.isEmpty() || ci()) {
			return ConditionEvaluationResult.enabled("PostgreSQL is ready");
		}
		System.err.println("SKIPPED: " + notice);
		return ConditionEvaluationResult.disabled(notice);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		String notice = prepare();
		if (!notice.isEmpty()) {
			Assertions.fail("CI=true: " + notice);
		}
	}

	private static synchronized String prepare() {
		if (problem != null) {
			return problem;
		}
		try {
			recreate(DATABASE);
			problem = "";
		}
		catch (SQLException e) {
			problem = "PostgreSQL is not reachable at " + url("test") + " (" + e.getMessage()
					+ "); the PostgreSQL suite needs a running server (see README, Testing)";
		}
		return problem;
	}

	/**
	 * The JDBC URL of a database of its own, created fresh the first time it is asked for in the run. For a
	 * {@link PostgresTest} that sets {@code spring.datasource.url} to it (with {@code @DynamicPropertySource}):
	 * every app context's job executor works on the jobs of its database, so tests that depend on the
	 * configuration of the node executing a job keep their jobs away from the other contexts.
	 */
	public static synchronized String separateDatabase(String name) {
		String database = name + "_" + RUN;
		if (separate.add(database)) {
			try {
				recreate(database);
			}
			catch (SQLException e) {
				throw new IllegalStateException("Cannot create the test database " + database, e);
			}
		}
		return url(database);
	}

	private static void recreate(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url("test"), env("TEST_PG_USER", "postgres"),
				env("TEST_PG_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
		}
		dropAtExit(database);
	}

	private static void dropAtExit(String database) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (Connection connection = DriverManager.getConnection(url("test"), env("TEST_PG_USER", "postgres"),
					env("TEST_PG_PASSWORD", ""));
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (SQLException e) {
				System.err.println("Could not drop the test database " + database + ": " + e.getMessage());
			}
		}, "drop-" + database));
	}

	private static String url(String database) {
		return "jdbc:postgresql://" + env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432") + "/" + database;
	}

	private static boolean ci() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
