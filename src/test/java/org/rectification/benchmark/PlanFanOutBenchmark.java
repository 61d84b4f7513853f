package org.rectification.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.PlanWorkbooks;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark of a large round: the whole app on PostgreSQL (fresh database {@value #DATABASE}) with a generated
 * org chart of 15 departments and 200 schools; a plan of 300 measures, 30 of them for 全体学校, i.e. 6270 unit
 * tasks. Times the import, the approval and the fan-out through the job executor, checks that every (measure,
 * unit) pair got exactly one task and no job failed, and writes target/benchmark-results.md.
 * <p>
 * Not a test of the build: its name matches none of surefire's includes; run it with
 * {@code ./mvnw -Pbenchmark test}. Engine settings can be tried with -D, e.g.
 * {@code -Dcamunda.bpm.job-execution.max-jobs-per-acquisition=10}. Sizes: {@code -Dbenchmark.schools},
 * {@code -Dbenchmark.measures} (every 10th measure goes to 全体学校), {@code -Dbenchmark.timeout-minutes}.
 */
@ExtendWith(PlanFanOutBenchmark.FreshDatabase.class)
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:postgresql://${TEST_PG_HOST:127.0.0.1}:${TEST_PG_PORT:5432}/" + PlanFanOutBenchmark.DATABASE,
		"spring.datasource.username=${TEST_PG_USER:postgres}", "spring.datasource.password=${TEST_PG_PASSWORD:}",
		"rectification.demo.enabled=false", "rectification.org.file=file:" + PlanFanOutBenchmark.ORG_FILE })
class PlanFanOutBenchmark {

	static final String DATABASE = "rectification_bench";

	static final String ORG_FILE = "target/benchmark/org.yml";

	static final String ENGINE = "/camunda/api/engine/engine/default";

	static final int DEPARTMENTS = 15;

	static final int SCHOOLS = Integer.getInteger("benchmark.schools", 200);

	static final int MEASURES = Integer.getInteger("benchmark.measures", 300);

	static final Duration FAN_OUT_TIMEOUT = Duration.ofMinutes(Integer.getInteger("benchmark.timeout-minutes", 40));

	static final List<String> DEPARTMENT_NAMES = List.of("办公室", "党建办", "人事股", "计划财务股", "基础教育股", "安全稳定股", "体卫艺股",
			"教育督导室", "职成教股", "法规股", "宣传股", "教师发展中心", "招生考试中心", "电教仪器站", "后勤服务中心");

	static final List<String> LEADERS = List.of("张伟", "李娜", "陈刚");

	static final LocalDate FEEDBACK = LocalDate.now().minusDays(20);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService managementService;

	@Autowired
	Environment environment;

	@Autowired
	ProcessEngine processEngine;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final JobFailures jobFailures = new JobFailures();

	private long peakHeapSampled;

	@Test
	void fanOutOfALargeRound() throws IOException {
		int plannedUnitTasks = MEASURES / 10 * SCHOOLS + (MEASURES - MEASURES / 10);
		byte[] workbook = plan();
		say("Plan: %d measures (%d for 全体学校 × %d schools), %d unit tasks planned; workbook %d KB", MEASURES,
				MEASURES / 10, SCHOOLS, plannedUnitTasks, workbook.length / 1024);

		jobFailures.attach();
		Http office = Http.tasklistSession(port, "office1");
		Response started = office.post(ENGINE + "/process-definition/key/inspection-round/submit-form",
				Map.of("variables", startVariables()));
		assertThat(started.status()).as(started.body()).isEqualTo(200);
		long roundId = Long.parseLong(started.json().get("businessKey").asText());

		long t0 = System.nanoTime();
		Response imported = office.upload("/api/rounds/" + roundId + "/plan", "整改方案.xlsx", workbook);
		Duration importTime = since(t0);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(MEASURES);
		assertThat(imported.json().get("gaps")).isEmpty();
		say("Import: %s (%s)", ms(importTime), imported.json().get("plan").asText());

		t0 = System.nanoTime();
		Response submitted = submit(office, task(office, roundId, "Task_ImportPlan"), Map.of());
		Duration submitImportTime = since(t0);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
		say("Import task completed (coverage check): %s", ms(submitImportTime));

		Http leader = Http.tasklistSession(port, "leader1");
		String approveTask = task(leader, roundId, "Task_ApprovePlan");
		resetPeaks();
		t0 = System.nanoTime();
		Response approved = submit(leader, approveTask, Map.of("planDecision", "APPROVE"));
		long approvedAt = System.nanoTime();
		Duration approvalTime = Duration.ofNanos(approvedAt - t0);
		assertThat(approved.status()).as(approved.body()).isEqualTo(204);
		say("Approval: %s", ms(approvalTime));

		long deadline = approvedAt + FAN_OUT_TIMEOUT.toNanos();
		long nextReport = approvedAt + Duration.ofSeconds(10).toNanos();
		Duration firstTaskAfter = null;
		JsonNode progress = progress(roundId);
		while (!progress.get("fanOutComplete").asBoolean() && System.nanoTime() < deadline) {
			sleep(500);
			progress = progress(roundId);
			sampleHeap();
			long now = System.nanoTime();
			if (firstTaskAfter == null && progress.get("startedUnitTasks").asInt() > 0) {
				firstTaskAfter = Duration.ofNanos(now - approvedAt);
			}
			if (now >= nextReport) {
				nextReport = now + Duration.ofSeconds(10).toNanos();
				say("  %6.0f s: started %d / %d (unit tasks %d), heap %d MB, jobs left %d", (now - approvedAt) / 1e9,
						progress.get("startedUnitTasks").asInt(), progress.get("plannedUnitTasks").asInt(),
						progress.get("unitTasks").asInt(), memory.getHeapMemoryUsage().getUsed() >> 20,
						managementService.createJobQuery().count());
			}
		}
		Duration fanOutTime = since(approvedAt);
		boolean complete = progress.get("fanOutComplete").asBoolean();
		say("Fan-out: %s%s, first unit task after %s", complete ? "" : "NOT COMPLETE after ", ms(fanOutTime),
				firstTaskAfter == null ? "-" : ms(firstTaskAfter));

		jobFailures.detach();
		long failedJobs = managementService.createJobQuery().withException().count();
		long incidents = jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_incident", Long.class);
		long unitTasks = countUnitTasks(roundId, "COUNT(*)");
		long distinctPairs = countUnitTasks(roundId, "COUNT(DISTINCT (t.measure_id, t.unit_id))");
		writeResults(roundId, plannedUnitTasks, complete, importTime, submitImportTime, approvalTime, firstTaskAfter,
				fanOutTime, unitTasks, distinctPairs, failedJobs, incidents);

		assertThat(complete).as("fan-out complete within %s: %s", FAN_OUT_TIMEOUT, progress).isTrue();
		assertThat(progress.get("plannedUnitTasks").asInt()).isEqualTo(plannedUnitTasks);
		assertThat(unitTasks).isEqualTo(plannedUnitTasks);
		assertThat(distinctPairs).isEqualTo(unitTasks);
		assertThat(progress.get("startedUnitTasks").asInt()).isEqualTo(plannedUnitTasks);
		assertThat(failedJobs).as("jobs with an exception").isZero();
		assertThat(incidents).as("incidents").isZero();
	}

	// the plan

	/**
	 * 4 aspects, 15 problems, 60 manifestations with 5 measures each; every 10th measure goes to 全体学校, the
	 * others to one department or school each.
	 */
	static byte[] plan() {
		String[] aspects = { "一、党的政治建设方面", "二、全面从严治党方面", "三、干部队伍建设方面", "四、巡察整改落实方面" };
		String[] numerals = { "一", "二", "三", "四", "五" };
		String[] types = { "限期整改", "立行立改", "长期坚持" };
		PlanWorkbooks plan = PlanWorkbooks.plan().titleRows(1);
		String lastAspect = null;
		String lastProblem = null;
		int other = 0;
		for (int i = 0; i < MEASURES; i++) {
			int manifestation = i / 5;
			int problem = manifestation / 4;
			int aspect = Math.min(problem / 4, aspects.length - 1);
			int problemInAspect = problem - aspect * 4;
			String aspectText = aspects[aspect];
			String problemText = "（" + numerals[problemInAspect % numerals.length] + "）问题" + (problem + 1) + "：制度执行不够到位";
			String manifestationText = (manifestation % 4 + 1) + ". 具体表现" + (manifestation + 1) + "：部分单位落实要求打折扣";
			String responsible;
			if (i % 10 == 0) {
				responsible = "全体学校";
			}
			else {
				responsible = other % 3 == 0 ? schoolName((other * 7) % SCHOOLS) : DEPARTMENT_NAMES.get(other % DEPARTMENTS);
				other++;
			}
			String code = (aspect + 1) + "." + (problemInAspect + 1) + "." + (i % 20 + 1);
			plan.row(code, aspectText.equals(lastAspect) ? "" : aspectText, problemText.equals(lastProblem) ? "" : problemText,
					i % 5 == 0 ? manifestationText : "", "整改措施" + (i + 1) + "：建立长效机制，开展专项检查，逐项对账销号",
					types[i % 3], LEADERS.get(i % 3), DEPARTMENT_NAMES.get(i % DEPARTMENTS), "",
					responsible, i % 10 == 0 ? "各校校长" : "", LocalDate.now().plusMonths(1 + i % 6));
			lastAspect = aspectText;
			lastProblem = problemText;
		}
		return plan.bytes();
	}

	static String schoolName(int n) {
		if (n < 60) {
			return "第" + (n + 1) + "中学";
		}
		if (n < 180) {
			return "第" + (n - 59) + "小学";
		}
		return "第" + (n - 179) + "幼儿园";
	}

	/** The org file: the leadership, 15 departments, the schools, the four roles; the office and three leaders. */
	static String orgFile() {
		StringBuilder yml = new StringBuilder("version: 1\nunits:\n  - { id: lead, name: 局领导班子, kind: LEADERSHIP }\n");
		for (int d = 0; d < DEPARTMENTS; d++) {
			yml.append("  - { id: dept-").append(d + 1).append(", name: ").append(DEPARTMENT_NAMES.get(d))
				.append(", kind: DEPARTMENT }\n");
		}
		for (int s = 0; s < SCHOOLS; s++) {
			yml.append("  - { id: school-").append(s + 1).append(", name: ").append(schoolName(s)).append(", kind: SCHOOL }\n");
		}
		yml.append("""
				roles:
				  - { id: role-office, name: 整改办 }
				  - { id: role-leader, name: 分管领导 }
				  - { id: role-leading-group, name: 领导小组 }
				  - { id: role-principal, name: 主要负责人 }
				users:
				  - { id: office1, name: 王敏, unit: dept-1, roles: [role-office] }
				""");
		for (int l = 0; l < LEADERS.size(); l++) {
			yml.append("  - { id: leader").append(l + 1).append(", name: ").append(LEADERS.get(l))
				.append(", unit: lead, roles: [role-leader, role-leading-group] }\n");
		}
		return yml.toString();
	}

	// the flow

	static Map<String, Object> startVariables() {
		return Map.of("roundName", text("基准测试轮次-" + System.currentTimeMillis()), "inspectionGroup", text("区委第一巡察组"),
				"inspectedBody", text("区教育局"), "feedbackDate", text(FEEDBACK.toString()), "documentNo", text("教党〔2025〕99号"),
				"deadline", text(LocalDate.now().plusYears(1).toString()));
	}

	static Map<String, String> text(String value) {
		return Map.of("value", value, "type", "String");
	}

	String task(Http session, long roundId, String key) {
		JsonNode tasks = session.get(ENGINE + "/task?maxResults=100&processInstanceBusinessKey=" + roundId + "&taskDefinitionKey=" + key).json();
		assertThat(tasks).as("%s of round %d", key, roundId).hasSize(1);
		return tasks.get(0).get("id").asText();
	}

	Response submit(Http session, String taskId, Map<String, String> values) {
		Map<String, Object> variables = new HashMap<>();
		values.forEach((k, v) -> variables.put(k, text(v)));
		return session.post(ENGINE + "/task/" + taskId + "/submit-form", Map.of("variables", variables));
	}

	JsonNode progress(long roundId) {
		Response response = Http.basic(port, "office1").get("/api/rounds/" + roundId + "/progress");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	long countUnitTasks(long roundId, String count) {
		return jdbc.queryForObject("SELECT " + count + " FROM unit_task t JOIN measure m ON m.id = t.measure_id WHERE m.round_id = ?",
				Long.class, roundId);
	}

	// the report

	void writeResults(long roundId, int planned, boolean complete, Duration importTime, Duration submitImportTime,
			Duration approvalTime, Duration firstTaskAfter, Duration fanOutTime, long unitTasks, long distinctPairs,
			long failedJobs, long incidents) throws IOException {
		double perSecond = unitTasks / (fanOutTime.toMillis() / 1000.0);
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		List<String> lines = new ArrayList<>();
		lines.add("# Plan fan-out benchmark");
		lines.add("");
		lines.add("| | |");
		lines.add("|---|---|");
		lines.add("| Date | " + OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")) + " |");
		lines.add("| Commit | " + git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain").isEmpty() ? "" : " (with uncommitted changes)") + " |");
		lines.add("| Machine | " + Runtime.getRuntime().availableProcessors() + " CPUs, "
				+ String.format(Locale.ROOT, "%.1f", os.getTotalMemorySize() / 1024.0 / 1024 / 1024) + " GB RAM |");
		lines.add("| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
				+ (memory.getHeapMemoryUsage().getMax() >> 20) + " MB |");
		lines.add("| PostgreSQL | " + jdbc.queryForObject("SELECT version()", String.class) + " |");
		lines.add("| Engine settings | " + jobExecutorSettings() + " |");
		lines.add("| Plan | " + MEASURES + " measures, " + (MEASURES / 10) + " of them for 全体学校 (" + SCHOOLS + " schools); "
				+ planned + " unit tasks planned |");
		lines.add("| Import (upload to 200) | " + ms(importTime) + " |");
		lines.add("| Import task completed (coverage check) | " + ms(submitImportTime) + " |");
		lines.add("| Approval (submit-form to 204) | " + ms(approvalTime) + " |");
		lines.add("| First unit task started after approval | " + (firstTaskAfter == null ? "-" : ms(firstTaskAfter)) + " |");
		lines.add("| Fan-out (approval to fanOutComplete) | " + (complete ? "" : "NOT COMPLETE after ") + ms(fanOutTime) + " |");
		lines.add("| Throughput | " + String.format(Locale.ROOT, "%.1f", perSecond) + " unit tasks/s |");
		lines.add("| Peak heap used | sampled every 0.5 s: " + (peakHeapSampled >> 20) + " MB; heap pools' peaks: " + (peakHeap() >> 20) + " MB |");
		lines.add("| Check | round " + roundId + ": " + unitTasks + " unit tasks, " + distinctPairs + " distinct (measure, unit), "
				+ failedJobs + " failed jobs, " + incidents + " incidents |");
		lines.add("| Job executions that threw (retried or lost to another executor) | " + jobFailures.summary() + " |");
		Path results = Path.of("target", "benchmark-results.md");
		Files.createDirectories(results.getParent());
		Files.write(results, lines, StandardCharsets.UTF_8);
		lines.forEach(System.out::println);
	}

	String jobExecutorSettings() {
		String prefix = "camunda.bpm.job-execution.";
		Map<String, String> defaults = Map.of("core-pool-size", "3", "max-pool-size", "10", "queue-capacity", "3",
				"max-jobs-per-acquisition", "3", "wait-time-in-millis", "5000", "max-wait", "60000", "lock-time-in-millis",
				"300000");
		String jobExecution = defaults.keySet().stream().sorted()
			.map(k -> k + "=" + environment.getProperty(prefix + k, defaults.get(k)))
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
			.getProcessEngineConfiguration();
		return jobExecution + "; execution tree prefetch " + (configuration.isExecutionTreePrefetchEnabled() ? "on" : "off");
	}

	static String git(String... args) {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return process.waitFor() == 0 ? out : "unknown";
		}
		catch (IOException e) {
			return "unknown";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		peakHeapSampled = memory.getHeapMemoryUsage().getUsed();
	}

	void sampleHeap() {
		peakHeapSampled = Math.max(peakHeapSampled, memory.getHeapMemoryUsage().getUsed());
	}

	static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
	}

	static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	static String ms(Duration d) {
		return d.toMillis() < 10_000 ? d.toMillis() + " ms" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}

	static void say(String format, Object... args) {
		System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Counts the job executor's warnings of a job execution that threw (ENGINE-14006), by exception. The final
	 * state can be right while executions failed on the way and were retried.
	 */
	static class JobFailures extends AppenderBase<ILoggingEvent> {

		private final Map<String, Integer> byCause = new ConcurrentSkipListMap<>();

		private final Logger logger = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor");

		void attach() {
			setContext(logger.getLoggerContext());
			start();
			logger.addAppender(this);
		}

		void detach() {
			logger.detachAppender(this);
			stop();
		}

		@Override
		protected void append(ILoggingEvent event) {
			if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
				return;
			}
			IThrowableProxy thrown = event.getThrowableProxy();
			String message = event.getFormattedMessage();
			String cause = thrown != null ? thrown.getClassName().substring(thrown.getClassName().lastIndexOf('.') + 1)
					: message.contains("OptimisticLockingException") ? "OptimisticLockingException" : "other";
			byCause.merge(cause, 1, Integer::sum);
		}

		String summary() {
			int total = byCause.values().stream().mapToInt(Integer::intValue).sum();
			return total == 0 ? "0" : total + " " + byCause;
		}

	}

	/** Creates the benchmark's database afresh and writes the org file, before the app starts. */
	static class FreshDatabase implements ExecutionCondition {

		private static boolean done;

		@Override
		public synchronized ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (done) {
				return ConditionEvaluationResult.enabled("prepared");
			}
			String url = "jdbc:postgresql://" + env("TEST_PG_HOST", "127.0.0.1") + ":" + env("TEST_PG_PORT", "5432") + "/test";
			try (Connection connection = DriverManager.getConnection(url, env("TEST_PG_USER", "postgres"),
					env("TEST_PG_PASSWORD", "")); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
				Path org = Path.of(ORG_FILE);
				Files.createDirectories(org.getParent());
				Files.writeString(org, orgFile(), StandardCharsets.UTF_8);
			}
			catch (SQLException | IOException e) {
				throw new IllegalStateException("The benchmark needs PostgreSQL at " + url + ": " + e.getMessage(), e);
			}
			done = true;
			return ConditionEvaluationResult.enabled("prepared");
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return value == null || value.isBlank() ? fallback : value;
		}

	}

}
