package org.rectification.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.PostgresAvailable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Response times of the dashboard API (GET /api/dashboard/rounds/{id}) on PostgreSQL for a round of 10,000 and
 * one of 100,000 unit tasks (200 schools), in a fresh database {@value #DATABASE}. The ledger is seeded with SQL:
 * the API reads only the ledger, and going through the fan-out would take the 100,000-task round an hour. States,
 * lights, evidence and results are spread as in a round well under way. Each round is asked
 * {@value #REQUESTS} times after {@value #WARM_UP} warm-up requests, one after another, as leader1 over HTTP;
 * p50, p95 and max are written to target/benchmark-dashboard.md. Targets: p95 under 200 ms at 10,000 and under
 * 500 ms at 100,000.
 * <p>
 * Run it with {@code ./mvnw -Pbenchmark test -Dtest=DashboardBenchmark}.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.username=${TEST_PG_USER:postgres}", "spring.datasource.password=${TEST_PG_PASSWORD:}",
		"rectification.demo.enabled=false", "rectification.org.file=file:" + PlanFanOutBenchmark.ORG_FILE })
class DashboardBenchmark {

	static final String DATABASE = "rectification_dashboard_bench";

	static final int SCHOOLS = PlanFanOutBenchmark.SCHOOLS;

	static final int WARM_UP = 30;

	static final int REQUESTS = 300;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
		Path org = Path.of(PlanFanOutBenchmark.ORG_FILE);
		Files.createDirectories(org.getParent());
		Files.writeString(org, PlanFanOutBenchmark.orgFile(), StandardCharsets.UTF_8);
		String url = PostgresAvailable.separateDatabase(DATABASE);
		registry.add("spring.datasource.url", () -> url);
	}

	@Test
	void dashboardOfLargeRounds() throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# Dashboard API benchmark");
		lines.add("");
		lines.add("Date " + OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")) + ", commit "
				+ PlanFanOutBenchmark.git("rev-parse", "--short", "HEAD") + ", " + Runtime.getRuntime().availableProcessors()
				+ " CPUs, Java " + System.getProperty("java.version") + ", "
				+ jdbc.queryForObject("SELECT version()", String.class).replaceFirst(" on .*", ""));
		lines.add("");
		lines.add("| Unit tasks | Measures | Seeding | Scope | p50 | p95 | max | Target p95 |");
		lines.add("|---|---|---|---|---|---|---|---|");
		long[][] p95 = new long[2][2];
		int[][] sizes = { { 50, 10_000 }, { 500, 100_000 } };
		for (int i = 0; i < sizes.length; i++) {
			long start = System.nanoTime();
			long roundId = seed(sizes[i][0]);
			String seeding = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
			// What autovacuum does soon after a bulk load; index-only scans need the visibility map.
			jdbc.execute("VACUUM ANALYZE");
			for (String scope : List.of("internal", "public")) {
				long[] times = measure("/api/dashboard/rounds/" + roundId + "?scope=" + scope);
				long target = sizes[i][1] == 10_000 ? 200 : 500;
				lines.add("| " + sizes[i][1] + " | " + sizes[i][0] + " | " + seeding + " | " + scope + " | "
						+ times[times.length / 2] + " ms | " + percentile95(times) + " ms | " + times[times.length - 1]
						+ " ms | " + target + " ms |");
				p95[i][scope.equals("internal") ? 0 : 1] = percentile95(times);
			}
			Response check = Http.basic(port, "leader1").get("/api/dashboard/rounds/" + roundId);
			assertThat(check.json().at("/unitTasks/total").asInt()).isEqualTo(sizes[i][1]);
		}
		Path results = Path.of("target", "benchmark-dashboard.md");
		Files.write(results, lines, StandardCharsets.UTF_8);
		lines.forEach(System.out::println);
		assertThat(Math.max(p95[0][0], p95[0][1])).as("p95 at 10,000 unit tasks, ms").isLessThan(200);
		assertThat(Math.max(p95[1][0], p95[1][1])).as("p95 at 100,000 unit tasks, ms").isLessThan(500);
	}

	/** Sorted response times in ms. */
	private long[] measure(String path) {
		Http leader = Http.basic(port, "leader1");
		for (int i = 0; i < WARM_UP; i++) {
			assertThat(leader.get(path).status()).isEqualTo(200);
		}
		long[] times = new long[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			long t0 = System.nanoTime();
			Response response = leader.get(path);
			times[i] = (System.nanoTime() - t0) / 1_000_000;
			assertThat(response.status()).isEqualTo(200);
		}
		Arrays.sort(times);
		return times;
	}

	private static long percentile95(long[] sorted) {
		return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
	}

	/**
	 * A round of 4 aspects, 20 problems, 60 manifestations and {@code measures} measures, each for every school.
	 * Every 10th measure is kept from publication. States cycle through the ledger's, a tenth of the open items are
	 * late and a tenth in their warning period; the open items of long-term measures are in their second phase, and
	 * some open items are reopened by a look-back; items past the unit carry a submission, every 20th closed one
	 * with funds, every 50th with an institution and an accountability action.
	 */
	private long seed(int measures) {
		LocalDate today = LocalDate.now();
		long roundId = jdbc.queryForObject("""
				INSERT INTO inspection_round (name, inspection_group, inspected_body, feedback_date, deadline, created_by,
				  created_at, status) VALUES (?, '区委第一巡察组', '区教育局', ?, ?, 'office1', now(), 'IN_RECTIFICATION') RETURNING id""",
				Long.class, "看板基准 " + measures, Date.valueOf(today.minusDays(60)), Date.valueOf(today.plusDays(120)));
		long[] problems = new long[20];
		long[] manifestations = new long[60];
		for (int a = 0; a < 4; a++) {
			long aspect = jdbc.queryForObject("INSERT INTO aspect (round_id, code, title, sort_order) VALUES (?, ?, ?, ?) RETURNING id",
					Long.class, roundId, String.valueOf(a + 1), "方面" + (a + 1), a);
			for (int p = 0; p < 5; p++) {
				int n = a * 5 + p;
				problems[n] = jdbc.queryForObject("INSERT INTO problem (aspect_id, code, title, sort_order) VALUES (?, ?, ?, ?) RETURNING id",
						Long.class, aspect, String.valueOf(n + 1), "问题" + (n + 1), p);
				for (int m = 0; m < 3; m++) {
					manifestations[n * 3 + m] = jdbc.queryForObject(
							"INSERT INTO manifestation (problem_id, code, text, sort_order) VALUES (?, ?, ?, ?) RETURNING id",
							Long.class, problems[n], String.valueOf(m + 1), "具体表现" + (n * 3 + m + 1), m);
				}
			}
		}
		String[] states = { "SIGNED_OFF", "IN_PROGRESS", "SIGNED_OFF", "UNDER_REVIEW", "LONG_TERM_KEPT", "IN_PROGRESS",
				"SIGNED_OFF", "RETURNED", "AWAITING_SIGN_OFF", "IN_PROGRESS" };
		for (int m = 0; m < measures; m++) {
			int manifestation = m % 60;
			long measureId = jdbc.queryForObject("""
					INSERT INTO measure (round_id, problem_id, manifestation_id, code, text, measure_type, responsible_leader,
					  lead_unit_id, deadline, sort_order, public_report) VALUES (?, ?, ?, ?, ?, ?, ?, 'dept-1', ?, ?, ?) RETURNING id""",
					Long.class, roundId, problems[manifestation / 3], manifestations[manifestation], "M" + (m + 1),
					"整改措施" + (m + 1), m % 7 == 0 ? "LONG_TERM" : "DEADLINE", "leader" + (m % 3 + 1),
					Date.valueOf(today.plusDays(30)), m, m % 10 != 0);
			List<Object[]> tasks = new ArrayList<>();
			for (int s = 0; s < SCHOOLS; s++) {
				int k = m * SCHOOLS + s;
				String state = states[k % states.length];
				// Of the open items, every 10th is late and every 10th (another) in its warning period.
				LocalDate deadline = k % 10 == 1 ? today.minusDays(5) : k % 10 == 5 ? today.plusDays(3) : today.plusDays(40);
				tasks.add(new Object[] { measureId, "school-" + (s + 1), state, Date.valueOf(deadline), Date.valueOf(deadline),
						Date.valueOf(deadline.minusDays(14)), Date.valueOf(deadline.plusDays(1)),
						Date.valueOf(deadline.plusDays(14)), UUID.randomUUID().toString() });
			}
			jdbc.batchUpdate("""
					INSERT INTO unit_task (measure_id, unit_id, state, deadline, original_deadline, warn_from, overdue_from,
					  severe_from, process_instance_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())""",
					tasks);
		}
		// Long-term items in a later phase (已整改·长期坚持 while it runs) and items a look-back reopened (反弹).
		jdbc.update("""
				UPDATE unit_task SET kept_since = now(), phase_no = 2 FROM measure m
				WHERE m.id = unit_task.measure_id AND m.round_id = ? AND m.measure_type = 'LONG_TERM'
				  AND unit_task.state IN ('IN_PROGRESS', 'UNDER_REVIEW')""", roundId);
		jdbc.update("""
				UPDATE unit_task SET state = 'REOPENED', reopened_at = now(), rebound_count = 1 FROM measure m
				WHERE m.id = unit_task.measure_id AND m.round_id = ? AND unit_task.state = 'IN_PROGRESS'
				  AND unit_task.kept_since IS NULL AND unit_task.id % 7 = 3""", roundId);
		// One accepted submission per item past the unit, with results on some of the closed ones.
		jdbc.update("""
				INSERT INTO evidence (unit_task_id, submission_no, summary, completion_date, submitted_by, submitted_at,
				  funds_recovered)
				SELECT t.id, 1, '已完成整改，建立长效机制。', CURRENT_DATE, 'school', now(),
				  CASE WHEN t.id % 20 = 0 AND t.state IN ('SIGNED_OFF', 'LONG_TERM_KEPT') THEN 1000.50 END
				FROM unit_task t JOIN measure m ON m.id = t.measure_id
				WHERE m.round_id = ? AND t.state NOT IN ('IN_PROGRESS')""", roundId);
		jdbc.update("""
				INSERT INTO evidence_institution (evidence_id, title, document_no, sort_order)
				SELECT e.id, '制度' || e.id, '教〔2026〕' || e.id || '号', 0
				FROM evidence e JOIN unit_task t ON t.id = e.unit_task_id JOIN measure m ON m.id = t.measure_id
				WHERE m.round_id = ? AND e.id % 50 = 0""", roundId);
		jdbc.update("""
				INSERT INTO evidence_accountability (evidence_id, kind, persons, sort_order)
				SELECT e.id, 'ADMONITION', 1, 0
				FROM evidence e JOIN unit_task t ON t.id = e.unit_task_id JOIN measure m ON m.id = t.measure_id
				WHERE m.round_id = ? AND e.id % 50 = 25""", roundId);
		return roundId;
	}

}
