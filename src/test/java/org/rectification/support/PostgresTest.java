package org.rectification.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port over a real PostgreSQL server, in a database created fresh for the run
 * (see {@link PostgresAvailable}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:postgresql://${TEST_PG_HOST:127.0.0.1}:${TEST_PG_PORT:5432}/${"
				+ PostgresAvailable.DATABASE_PROPERTY + "}",
		"spring.datasource.username=${TEST_PG_USER:postgres}", "spring.datasource.password=${TEST_PG_PASSWORD:}",
		"rectification.demo.enabled=false" })
public @interface PostgresTest {
}
