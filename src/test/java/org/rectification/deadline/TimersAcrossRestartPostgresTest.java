package org.rectification.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectification.support.EngineClock.at;
import static org.rectification.support.EngineClock.sleep;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rectification.RectificationApplication;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.rectification.support.PostgresAvailable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timers live in the database, not in a node's memory: the app is stopped with an item's timers pending, the
 * clock passes the deadline while no node runs, and a new start of the app on the same PostgreSQL database
 * fires each due timer once. Then, with that node idle, a reminder falling due fires within seconds.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class TimersAcrossRestartPostgresTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (app != null) {
			app.close();
		}
		ClockUtil.reset();
	}

	@Test
	void shouldFirePendingTimersOnceAfterARestartAndPromptlyOnAnIdleNode() {
		String url = PostgresAvailable.separateDatabase("rectification_restart");
		String code = "R" + UUID.randomUUID().toString().substring(0, 6);

		at(LocalDate.of(2026, 9, 1), 9, 0);
		app = start(url);
		int port = port(app);
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", "school-syzx");
		measure.put("deadline", "2026-10-16");
		Map<String, Object> round = Plans.round("重启测试", List.of(measure));
		round.put("feedbackDate", "2026-08-20");
		round.put("deadline", "2026-12-31");
		Response created = Http.basic(port, "admin").post("/api/rounds", round);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
		long id = jdbc.sql("SELECT t.id FROM unit_task t JOIN measure m ON m.id = t.measure_id WHERE m.code = ?")
			.param(code)
			.query(Long.class)
			.single();
		String instance = jdbc.sql("SELECT process_instance_id FROM unit_task WHERE id = ?").param(id).query(String.class).single();
		assertThat(timers(jdbc, instance)).isEqualTo(4);
		app.close();
		app = null;

		// While no node runs, the item turns yellow (9/28) and then red (Monday 10/19, after the Friday deadline).
		at(LocalDate.of(2026, 10, 19), 9, 0);
		app = start(url);
		JdbcClient restarted = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
		await().atMost(Duration.ofSeconds(30)).until(() -> notices(restarted, id, "OVERDUE") == 1 && slips(restarted, id) == 1);
		// Both missed timers ran; the yellow reminder, fired late on a red item, rightly says nothing. The next
		// overdue reminder (10/21) and the severe slip (10/30) are still pending, and nothing ran twice.
		await().atMost(Duration.ofSeconds(10)).until(() -> timers(restarted, instance) == 2);
		sleep(Duration.ofSeconds(3));
		assertThat(notices(restarted, id, "DEADLINE_APPROACHING")).isZero();
		assertThat(notices(restarted, id, "OVERDUE")).isEqualTo(1);
		assertThat(notices(restarted, id, "ESCALATION_LEADER")).isEqualTo(1);
		assertThat(slips(restarted, id)).isEqualTo(1);

		// Long enough for an idle job executor to back off as far as it will (5 s here; 60 s by Camunda's default).
		sleep(Duration.ofSeconds(12));
		at(LocalDate.of(2026, 10, 21), 8, 30);
		Instant due = Instant.now();
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(restarted, id, "OVERDUE_REMINDER") == 1);
		assertThat(Duration.between(due, Instant.now())).isLessThan(Duration.ofSeconds(10));
	}

	private static ConfigurableApplicationContext start(String url) {
		// As arguments, which outrank the postgres profile's own settings (defaults would not).
		return new SpringApplicationBuilder(RectificationApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + env("TEST_PG_USER", "postgres"),
					"--spring.datasource.password=" + env("TEST_PG_PASSWORD", ""), "--rectification.demo.enabled=false");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((ServletWebServerApplicationContext) app).getWebServer().getPort();
	}

	private static long timers(JdbcClient jdbc, String processInstanceId) {
		return jdbc.sql("SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ = ? AND type_ = 'timer'")
			.param(processInstanceId)
			.query(Long.class)
			.single();
	}

	private static long notices(JdbcClient jdbc, long id, String kind) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE unit_task_id = ? AND kind = ?")
			.params(id, kind)
			.query(Long.class)
			.single();
	}

	private static long slips(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT COUNT(*) FROM escalation WHERE unit_task_id = ?").param(id).query(Long.class).single();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
