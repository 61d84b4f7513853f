package org.rectification.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectification.support.EvidenceSamples.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.rectification.support.EvidenceSamples;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence files through the app's API, as the school, the office and the leaders use them: upload, list with
 * hashes, download, remove before submitting, locked after; each bad upload refused with its message and nothing
 * left behind. The limits are made small (1MB a file, 3MB an item) so the tests stay quick. On H2 and PostgreSQL.
 */
abstract class EvidenceFileScenarios {

	static final String MAX_FILE = "rectification.evidence.max-file-size=1MB";

	static final String MAX_TASK = "rectification.evidence.max-task-size=3MB";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceProperties properties;

	@Autowired
	ManagementService managementService;

	final String code = "E" + UUID.randomUUID().toString().substring(0, 6);

	@Test
	void shouldKeepUploadedFilesWithTheirHashAndLockThemWhenTheUnitSubmits() throws Exception {
		long id = dispatch(code, "school-syzx");
		Http school = Http.basic(port, "syzx1");
		byte[] pdf = pdf("关于规范公务接待的通知");
		byte[] photo = png(1);

		Response stored = school.upload(files(id), "公务接待管理办法.pdf", pdf, Map.of("kind", "制度文件"));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		assertThat(stored.json().get("sha256").asText()).isEqualTo(sha256(pdf));
		assertThat(stored.json().get("size").asLong()).isEqualTo(pdf.length);
		assertThat(stored.json().get("uploaderName").asText()).isNotBlank();
		assertThat(stored.json().get("canDelete").asBoolean()).isTrue();
		Response second = school.upload(files(id), "整改现场.png", photo, Map.of("kind", "PHOTO"));
		assertThat(second.status()).as(second.body()).isEqualTo(201);

		// The unit's draft is its own until it submits.
		assertThat(list(id, "syzx1").get("files")).hasSize(2);
		assertThat(list(id, "office1").get("files")).isEmpty();
		assertThat(Http.basic(port, "office1").download(content(stored)).status()).isEqualTo(403);

		// Removed before submitting: gone from the list and from the disk.
		long photoId = second.json().get("id").asLong();
		Path photoFile = storedPath(photoId);
		assertThat(photoFile).exists();
		assertThat(Http.basic(port, "syzx2").delete("/api/evidence-files/" + photoId).status()).isEqualTo(403);
		assertThat(school.delete("/api/evidence-files/" + photoId).status()).isEqualTo(204);
		assertThat(photoFile).doesNotExist();
		assertThat(school.upload(files(id), "整改现场.png", photo, Map.of("kind", "照片")).status()).isEqualTo(201);

		submit(id, "syzx1");
		JsonNode listed = list(id, "office1");
		assertThat(listed.get("files")).hasSize(2).allSatisfy(f -> {
			assertThat(f.get("submissionNo").asInt()).isEqualTo(1);
			assertThat(f.get("canDelete").asBoolean()).isFalse();
		});
		assertThat(listed.get("files")).extracting(f -> f.get("sha256").asText()).containsExactly(sha256(pdf), sha256(photo));
		assertThat(school.delete("/api/evidence-files/" + stored.json().get("id").asLong()).json().get("code").asText())
			.isEqualTo("FILE_SUBMITTED");
		assertThat(school.upload(files(id), "补充.pdf", pdf("补充"), Map.of("kind", "其他")).json().get("code").asText())
			.isEqualTo("NOT_WITH_UNIT");

		// The office, the responsible leader and the leading group download; another school does not, nor the
		// measure's lead department (计划财务股), which is not the responsible unit here.
		for (String user : List.of("office1", "leader2", "secretary", "syzx1")) {
			Http.Download download = Http.basic(port, user).download(content(stored));
			assertThat(download.status()).as(user).isEqualTo(200);
			assertThat(download.body()).isEqualTo(pdf);
			assertThat(download.contentType()).isEqualTo("application/pdf");
			assertThat(download.disposition()).startsWith("attachment").contains("UTF-8''");
		}
		assertThat(Http.basic(port, "yz1").download(content(stored)).status()).isEqualTo(403);
		assertThat(Http.basic(port, "jcg1").download(content(stored)).status()).isEqualTo(403);
		assertThat(Http.basic(port, "yz1").get(files(id)).status()).isEqualTo(403);
		assertThat(Http.anonymous(port).download(content(stored)).status()).isEqualTo(401);
		// The administrator oversees the rounds but is not among those who may have the files: no names, no hashes.
		JsonNode asAdmin = list(id, "admin");
		assertThat(asAdmin.get("files")).isEmpty();
		assertThat(asAdmin.get("canDownload").asBoolean()).isFalse();
		assertThat(Http.basic(port, "admin").download(content(stored)).status()).isEqualTo(403);

		// A file lost from the store is reported, not served as an empty download.
		Files.delete(storedPath(stored.json().get("id").asLong()));
		Response missing = Http.basic(port, "office1").get(content(stored));
		assertThat(missing.status()).isEqualTo(500);
		assertThat(missing.json().get("code").asText()).isEqualTo("FILE_CONTENT_MISSING");
	}

	@Test
	void shouldAcceptEveryAllowedTypeByItsContent() throws Exception {
		long id = dispatch(code, "school-yx");
		Http school = Http.basic(port, "yx1");
		byte[] xlsx = EvidenceSamples.xlsx("整改台账");
		Map<String, byte[]> accepted = new java.util.LinkedHashMap<>();
		// An ICC profile first (APP2), as phones write them; and a PDF with line ends before its header.
		accepted.put("现场.jpg", EvidenceSamples.jpegWithIcc(1));
		accepted.put("通知.pdf", pdf("通知"));
		accepted.put("前面有空行.pdf", ("\r\n" + new String(pdf("前面有空行"), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
		accepted.put("会议纪要.doc", ole2("WordDocument"));
		accepted.put("台账.xls", EvidenceSamples.xls("整改台账"));
		accepted.put("台账.xlsx", xlsx);
		accepted.put("红头文件.ofd", EvidenceSamples.ofd("红头文件"));
		for (Map.Entry<String, byte[]> file : accepted.entrySet()) {
			Response response = school.upload(files(id), file.getKey(), file.getValue(), Map.of("kind", "其他"));
			assertThat(response.status()).as(file.getKey() + ": " + response.body()).isEqualTo(201);
		}
		assertRefused(school.upload(files(id), "纪要.doc", ole2("Workbook2"), Map.of("kind", "其他")), 400, "TYPE_MISMATCH", null);
		assertRefused(school.upload(files(id), "表格.xlsx", zip("word/document.xml"), Map.of("kind", "其他")), 400,
				"TYPE_MISMATCH", null);
		// Anything but line ends before the header is another file in front of the PDF.
		assertRefused(school.upload(files(id), "前面有网页.pdf",
				("<p>x</p>\n" + new String(pdf("前面有网页"), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1),
				Map.of("kind", "其他")), 400, "FILE_CORRUPTED", null);
	}

	@Test
	void shouldShowReviewersWhereTheSameFileWasUsedBefore() throws Exception {
		byte[] photo = png(2);
		long first = dispatch(code, "school-yz");
		assertThat(Http.basic(port, "yz1").upload(files(first), "食堂.png", photo, Map.of("kind", "照片")).status()).isEqualTo(201);
		submit(first, "yz1");
		long other = dispatch(code + "b", "school-sz");
		assertThat(Http.basic(port, "sz1").upload(files(other), "食堂整改.png", photo, Map.of("kind", "照片")).status())
			.isEqualTo(201);
		assertThat(list(other, "sz1").at("/files/0/usedElsewhere")).isEmpty();
		submit(other, "sz1");

		JsonNode reused = list(other, "office1").at("/files/0/usedElsewhere");
		assertThat(reused).extracting(JsonNode::asText).containsExactly("【" + code + "】" + unitName(first));
	}

	@Test
	void shouldRefuseEachBadUploadWithItsMessageAndLeaveNothingBehind() throws Exception {
		long id = dispatch(code, "school-ez");
		Http school = Http.basic(port, "ez1");
		long rowsBefore = rows();

		assertRefused(school.upload(files(id), "空白.pdf", new byte[0], Map.of("kind", "其他")), 400, "FILE_EMPTY",
				"“空白.pdf”是空文件，请检查后重新上传");
		byte[] exe = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(school.upload(files(id), "整改报告.pdf", exe, Map.of("kind", "其他")), 400, "TYPE_MISMATCH",
				"“整改报告.pdf”的内容不是PDF文件（文件内容与扩展名 .pdf 不符），请上传原始文件，不要只改扩展名；从其他系统导出的文件，请先用 Office 或 WPS 打开，“另存为”该格式后再上传");
		assertRefused(school.upload(files(id), "setup.exe", exe, Map.of("kind", "其他")), 400, "TYPE_NOT_ALLOWED",
				"不支持“setup.exe”的文件类型。可上传：pdf、doc、docx、xls、xlsx、ppt、pptx、jpg、jpeg、png、ofd（压缩包请解压后逐个上传）");
		assertRefused(school.upload(files(id), "材料.docx", zip("readme.txt"), Map.of("kind", "其他")), 400,
				"TYPE_MISMATCH", "“材料.docx”的内容不是Word文档（文件内容与扩展名 .docx 不符），请上传原始文件，不要只改扩展名；从其他系统导出的文件，请先用 Office 或 WPS 打开，“另存为”该格式后再上传");
		assertRefused(school.upload(files(id), "材料.pdf", pdf("x"), Map.of("kind", "视频")), 400, "KIND_INVALID",
				"请选择材料类别：制度文件、会议纪要、照片、台账或截图、其他");
		assertRefused(school.upload(files(id), "大图.png", png(1_200_000), Map.of("kind", "照片")), 413, "FILE_TOO_LARGE",
				"“大图.png”超过单个文件 1MB 的上限，请压缩或拆分后再上传");
		// Beyond even the servlet's limit (the plan workbook's 10MB here): refused before the app reads it.
		assertRefused(school.upload(files(id), "录像.png", png(12 * 1024 * 1024), Map.of("kind", "照片")), 413,
				"FILE_TOO_LARGE", "文件超过单个文件 1MB 的上限，请压缩或拆分后再上传");
		assertRefused(Http.basic(port, "syzx1").upload(files(id), "材料.pdf", pdf("x"), Map.of("kind", "其他")), 403,
				"FORBIDDEN", null);
		assertThat(rows()).isEqualTo(rowsBefore);

		// A real docx passes; then the item's 3MB fill up.
		assertThat(school.upload(files(id), "制度.docx", EvidenceSamples.docx("制度"), Map.of("kind", "制度文件")).status())
			.isEqualTo(201);
		for (int i = 3; i <= 5; i++) {
			assertThat(school.upload(files(id), "照片" + i + ".png", png(900_000 + i), Map.of("kind", "照片")).status())
				.isEqualTo(201);
		}
		assertRefused(school.upload(files(id), "照片6.png", png(900_006), Map.of("kind", "照片")), 413, "TASK_SIZE_LIMIT",
				null);
		// Two different files at once, each fitting in what is left but not both: one is refused.
		List<CompletableFuture<Response>> racing = List.of(
				CompletableFuture.supplyAsync(() -> school.upload(files(id), "甲.png", png(250_001), Map.of("kind", "照片"))),
				CompletableFuture.supplyAsync(() -> Http.basic(port, "ez1").upload(files(id), "乙.png", png(250_002), Map.of("kind", "照片"))));
		assertThat(racing.stream().map(f -> f.join().status()).sorted()).containsExactly(201, 413);

		// The same file twice at once: one is stored, the other told it is there already.
		byte[] minutes = pdf("会议纪要" + UUID.randomUUID());
		List<CompletableFuture<Response>> both = List.of(
				CompletableFuture.supplyAsync(() -> school.upload(files(id), "会议纪要.pdf", minutes, Map.of("kind", "会议纪要"))),
				CompletableFuture.supplyAsync(() -> Http.basic(port, "ez1").upload(files(id), "纪要副本.pdf", minutes, Map.of("kind", "会议纪要"))));
		assertThat(both.stream().map(f -> f.join().status()).sorted()).containsExactly(201, 409);
		assertThat(list(id, "ez1").get("files")).hasSize(6);

		// Every row has its file, every file its row, and nothing waits in the incoming folder.
		Path root = properties.directory().toAbsolutePath();
		try (Stream<Path> incoming = Files.list(root.resolve("incoming"))) {
			assertThat(incoming).isEmpty();
		}
		for (JsonNode f : list(id, "ez1").get("files")) {
			assertThat(storedPath(f.get("id").asLong())).exists();
		}
		List<String> keys = jdbc.sql("SELECT storage_key FROM evidence_file").query(String.class).list();
		try (Stream<Path> all = Files.walk(root)) {
			assertThat(all.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("incoming")))
				.as("no file on disk without its row").allSatisfy(p -> assertThat(keys).contains(p.getFileName().toString()));
		}
	}

	@Test
	void shouldNotLetTheUnitSubmitUntilEveryRequiredKindHasAFile() throws Exception {
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", "school-smzx");
		measure.put("requiredEvidence", List.of("制度文件", "会议纪要"));
		long id = dispatch(measure);
		Http school = Http.basic(port, "smzx1");
		assertThat(list(id, "smzx1").get("missingKinds")).extracting(k -> k.get("label").asText()).containsExactly("制度文件", "会议纪要");

		Response refused = school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "已完成整改。", "completionDate",
				LocalDate.now().minusDays(1).toString()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").asText())
			.isEqualTo("整改方案要求本措施提供制度文件、会议纪要，请先在“佐证材料”标签页上传后再提交");
		school.upload(files(id), "制度.pdf", pdf("制度"), Map.of("kind", "制度文件"));
		assertThat(school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "已完成整改。", "completionDate",
				LocalDate.now().minusDays(1).toString())).json().get("message").asText()).contains("提供会议纪要");
		school.upload(files(id), "纪要.pdf", pdf("纪要"), Map.of("kind", "会议纪要"));
		assertThat(list(id, "smzx1").get("missingKinds")).isEmpty();
		submit(id, "smzx1");
		assertThat(rowsOf(id, true)).isEqualTo(2);

		Map<String, Object> wrong = Plans.measure(code + "x", "限期整改", "leader2", "school-smzx");
		wrong.put("requiredEvidence", List.of("视频"));
		Response invalid = Http.basic(port, "admin").post("/api/rounds", Plans.round("佐证材料 " + UUID.randomUUID(), List.of(wrong)));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("details")).extracting(JsonNode::asText)
			.anySatisfy(t -> assertThat(t).endsWith("佐证材料要求“视频”不是材料类别，应为 制度文件、会议纪要、照片、台账或截图、其他"));
	}

	@Test
	void shouldRecordResultsWarnTheReviewerAndKeepEarlierFilesWhenSentBack() throws Exception {
		// Due five days ago: a completion date of yesterday is after the deadline.
		Map<String, Object> measure = Plans.measure(code, "限期整改", "leader2", "school-zyzx");
		measure.put("deadline", LocalDate.now().minusDays(5).toString());
		long id = dispatch(measure);
		awaitDueTimersFired(id);
		Http school = Http.basic(port, "zyzx1");

		Response bad = school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "已完成整改。", "completionDate",
				LocalDate.now().minusDays(1).toString(), "institutions", List.of(Map.of("documentNo", "教办〔2026〕3号"))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("message").asText()).isEqualTo("建立健全制度第1行：请填写制度名称");
		Response badFunds = school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "已完成整改。",
				"completionDate", LocalDate.now().minusDays(1).toString(), "fundsRecovered", "-5"));
		assertThat(badFunds.json().get("code").asText()).isEqualTo("FUNDS_INVALID");
		Response badPersons = school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "已完成整改。",
				"completionDate", LocalDate.now().minusDays(1).toString(), "accountabilities",
				List.of(Map.of("kind", "诫勉谈话", "persons", 0))));
		assertThat(badPersons.json().get("message").asText()).isEqualTo("问责情况第1行：人数应为正整数");
		assertThat(Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().get("evidence")).isEmpty();

		byte[] photo = png(3);
		school.upload(files(id), "食堂公示.png", photo, Map.of("kind", "照片"));
		Response submitted = school.post("/api/unit-tasks/" + id + "/evidence", Map.of("summary", "修订了公务接待管理办法。",
				"completionDate", LocalDate.now().minusDays(1).toString(),
				"institutions", List.of(Map.of("title", "公务接待管理办法", "documentNo", "教办〔2026〕3号", "issuedOn",
						LocalDate.now().minusDays(3).toString()), Map.of("title", "", "documentNo", "")),
				"accountabilities", List.of(Map.of("kind", "诫勉谈话", "persons", 1), Map.of("kind", "CIRCULATED_CRITICISM", "persons", 2)),
				"fundsRecovered", "12000.5"));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		JsonNode results = submitted.json().at("/results/0/results");
		assertThat(results.get("institutions")).hasSize(1);
		assertThat(results.at("/institutions/0/documentNo").asText()).isEqualTo("教办〔2026〕3号");
		assertThat(results.get("accountabilities")).extracting(a -> a.get("kindLabel").asText() + a.get("persons").asInt())
			.containsExactly("诫勉谈话1", "通报批评2");
		assertThat(results.get("fundsRecovered").decimalValue()).isEqualByComparingTo("12000.50");

		// The office sees the results and the warnings on its review form, and sends the item back.
		Http office = Http.tasklistSession(port, "office1");
		String reviewTask = Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/openTask/taskId").asText();
		JsonNode form = office.get("/camunda/api/engine/engine/default/task/" + reviewTask + "/form-variables").json();
		assertThat(form.at("/ctxResults/value").asText()).contains("建立健全制度1项", "《公务接待管理办法》教办〔2026〕3号",
				"诫勉谈话1人、通报批评2人", "12,000.50元");
		assertThat(form.at("/ctxFiles/value").asText()).contains("食堂公示.png（照片，第1次提交）");
		assertThat(form.at("/ctxWarnings/value").asText()).contains(
				"单位填写的完成日期 " + LocalDate.now().minusDays(1) + " 晚于完成时限 " + LocalDate.now().minusDays(5));
		Response returned = Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review",
				Map.of("decision", "RETURN", "reason", "请补充会议纪要", "checklist", List.of("AUTHENTIC", "MATCHES_MEASURE")));
		assertThat(returned.status()).as(returned.body()).isEqualTo(200);
		JsonNode decision = returned.json().at("/decisions/0");
		assertThat(decision.get("checklist").asText()).isEqualTo("AUTHENTIC,MATCHES_MEASURE");
		assertThat(decision.get("warnings").asText()).contains("晚于完成时限");

		// Sent back: the first submission's file is still there, locked, and the unit adds one.
		JsonNode again = list(id, "zyzx1");
		assertThat(again.get("files")).singleElement().satisfies(f -> {
			assertThat(f.get("submissionNo").asInt()).isEqualTo(1);
			assertThat(f.get("canDelete").asBoolean()).isFalse();
		});
		assertThat(again.get("canUpload").asBoolean()).isTrue();
		school.upload(files(id), "会议纪要.pdf", pdf("纪要" + code), Map.of("kind", "会议纪要"));
		// The deadline passed five days ago, so the overdue timers of the reopened task fire at once; a submit in
		// that same instant is refused as CONCURRENT_UPDATE, which is not what this test is about.
		awaitDueTimersFired(id);
		submit(id, "zyzx1");
		assertThat(list(id, "office1").get("files")).extracting(f -> f.get("submissionNo").asInt()).containsExactly(1, 2);

		// Accepted with the whole checklist; the leader sees the checklist and the warnings on the sign-off form.
		assertThat(Http.basic(port, "office1").post("/api/unit-tasks/" + id + "/review", Map.of("decision", "ACCEPT",
				"checklist", List.of("AUTHENTIC", "MATCHES_MEASURE", "EFFECTIVE", "WARNINGS_CHECKED"))).status()).isEqualTo(200);
		String signOffTask = Http.basic(port, "leader2").get("/api/unit-tasks/" + id).json().at("/openTask/taskId").asText();
		JsonNode signOff = Http.tasklistSession(port, "leader2")
			.get("/camunda/api/engine/engine/default/task/" + signOffTask + "/form-variables")
			.json();
		assertThat(signOff.at("/ctxChecklist/value").asText())
			.isEqualTo("佐证材料真实、完整；材料与整改措施逐项对应；整改已见实效，不是文字整改；已核实系统提示（重复文件、无文件、超期）（4/4 项）");
		assertThat(signOff.at("/ctxWarnings/value").asText()).contains("晚于完成时限");
		assertThat(signOff.at("/ctxFiles/value").asText()).contains("会议纪要.pdf（会议纪要，第2次提交）");
	}

	void awaitDueTimersFired(long unitTaskId) {
		String processInstanceId = jdbc.sql("SELECT process_instance_id FROM unit_task WHERE id = ?").param(unitTaskId)
			.query(String.class).single();
		await().atMost(Duration.ofSeconds(30)).until(() -> managementService.createJobQuery().processInstanceId(processInstanceId)
			.executable().count() == 0);
	}

	long rowsOf(long unitTaskId, boolean submitted) {
		return jdbc.sql("SELECT COUNT(*) FROM evidence_file WHERE unit_task_id = ? AND evidence_id IS " + (submitted ? "NOT " : "")
				+ "NULL").param(unitTaskId).query(Long.class).single();
	}

	void assertRefused(Response response, int status, String code, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.json().get("code").asText()).isEqualTo(code);
		if (message != null) {
			assertThat(response.json().get("message").asText()).isEqualTo(message);
		}
	}

	long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM evidence_file").query(Long.class).single();
	}

	Path storedPath(long fileId) {
		String key = jdbc.sql("SELECT storage_key FROM evidence_file WHERE id = ?").param(fileId).query(String.class).optional()
			.orElse("00000000000000000000000000000000");
		return properties.directory().toAbsolutePath().resolve(key.substring(0, 2)).resolve(key);
	}

	long dispatch(String measureCode, String unit) {
		return dispatch(Plans.measure(measureCode, "限期整改", "leader2", unit));
	}

	long dispatch(Map<String, Object> measure) {
		Response created = Http.basic(port, "admin").post("/api/rounds", Plans.round("佐证材料 " + UUID.randomUUID(), List.of(measure)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

	void submit(long id, String user) {
		Response response = Http.basic(port, user).post("/api/unit-tasks/" + id + "/evidence",
				Map.of("summary", "已完成整改。", "completionDate", LocalDate.now().minusDays(1).toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	JsonNode list(long id, String user) {
		return Http.basic(port, user).get(files(id)).json();
	}

	String unitName(long id) {
		return Http.basic(port, "office1").get("/api/unit-tasks/" + id).json().at("/task/unitName").asText();
	}

	static String files(long id) {
		return "/api/unit-tasks/" + id + "/evidence-files";
	}

	static String content(Response stored) {
		return stored.json().get("downloadUrl").asText();
	}

	/** A real PNG of {@code 16 + size} bytes (for sizes above a hundred) that differs with the size. */
	static byte[] png(int size) {
		return EvidenceSamples.png(size);
	}

	/** An OLE2 compound file (Office 97-2003) with one stream of the given name. */
	static byte[] ole2(String stream) throws IOException {
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
