package org.rectification.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectification.support.EvidenceSamples;
import org.rectification.support.Http;
import org.rectification.support.Http.Response;
import org.rectification.support.MaliciousFiles;
import org.rectification.support.MaliciousFiles.Probe;
import org.rectification.support.Plans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each file of {@link MaliciousFiles} through the real doors (the evidence upload as the school, the plan
 * workbook upload as the office), each refused with its code and a Chinese message, and nothing changed: the
 * item's file list, the ledger's rows, the evidence folder (temporary files included) and the plan. Legitimate
 * files of every type still pass. On H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MaliciousUploadScenarios {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceProperties properties;

	private Long item;

	private Long round;

	static List<Probe> evidenceProbes() {
		return MaliciousFiles.evidence();
	}

	static List<Probe> planProbes() {
		return MaliciousFiles.planWorkbook();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("evidenceProbes")
	void shouldRefuseAMaliciousEvidenceFileAndKeepNothing(Probe probe) throws IOException {
		long id = item();
		Http school = Http.basic(port, "syxx1");
		JsonNode filesBefore = school.get(files(id)).json().get("files");
		long rowsBefore = rows();
		Set<Path> diskBefore = onDisk();
		Set<Path> tempBefore = temporaryUploads();

		Response response = school.upload(files(id), probe.fileName(), probe.content(), Map.of("kind", "其他"));

		assertRefused(response, probe);
		assertThat(school.get(files(id)).json().get("files")).isEqualTo(filesBefore);
		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(onDisk()).isEqualTo(diskBefore);
		assertThat(temporaryUploads()).isSubsetOf(tempBefore);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("planProbes")
	void shouldRefuseAMaliciousPlanWorkbookAndImportNothing(Probe probe) {
		long roundId = round();
		Http office = Http.basic(port, "office1");
		JsonNode before = office.get("/api/rounds/" + roundId + "/progress").json();
		Set<Path> tempBefore = temporaryUploads();

		Response response = office.upload("/api/rounds/" + roundId + "/plan", probe.fileName(), probe.content());

		assertRefused(response, probe);
		assertThat(office.get("/api/rounds/" + roundId + "/progress").json()).isEqualTo(before);
		assertThat(temporaryUploads()).isSubsetOf(tempBefore);
	}

	@Test
	void shouldStillAcceptLegitimateFilesOfEveryType() {
		long id = dispatch("school-syzx");
		Http school = Http.basic(port, "syzx1");
		Map<String, byte[]> legitimate = new java.util.LinkedHashMap<>();
		legitimate.put("通知.pdf", EvidenceSamples.pdf("正常的通知"));
		legitimate.put("通知（PDFBox）.pdf", pdfWithText());
		legitimate.put("手机照片.jpg", EvidenceSamples.jpegWithExif(1));
		legitimate.put("照片.jpeg", EvidenceSamples.jpegWithIcc(2));
		legitimate.put("截图.jpg", EvidenceSamples.jpeg(1200, 900, 3));
		// What cameras write after the first image: further images (Multi-Picture Format) and a motion photo's video.
		legitimate.put("人像模式.jpg", EvidenceSamples.concat(EvidenceSamples.jpegWithExif(4), EvidenceSamples.jpeg(32, 24, 5)));
		legitimate.put("动态照片.jpg", EvidenceSamples.concat(EvidenceSamples.jpegWithExif(6), motionPhotoVideo()));
		legitimate.put("截图.png", EvidenceSamples.png(5000));
		legitimate.put("照片.png", realPng());
		legitimate.put("制度.docx", EvidenceSamples.docx("公务接待管理办法"));
		legitimate.put("台账.xlsx", EvidenceSamples.xlsx("整改台账"));
		legitimate.put("汇报.pptx", EvidenceSamples.pptx("整改情况汇报"));
		legitimate.put("台账.xls", EvidenceSamples.xls("整改台账"));
		legitimate.put("红头文件.ofd", EvidenceSamples.ofd("关于整改的通知"));
		legitimate.put("通知.PDF", EvidenceSamples.pdf("大写扩展名"));
		for (Map.Entry<String, byte[]> file : legitimate.entrySet()) {
			Response response = school.upload(files(id), file.getKey(), file.getValue(), Map.of("kind", "其他"));
			assertThat(response.status()).as(file.getKey() + ": " + response.body()).isEqualTo(201);
		}
		assertThat(school.get(files(id)).json().get("files")).hasSize(legitimate.size());
	}

	void assertRefused(Response response, Probe probe) {
		assertThat(response.status()).as(probe.attack() + ": " + response.body()).isEqualTo(probe.status());
		JsonNode body = response.json();
		assertThat(body.get("code").asText()).as(probe.attack() + ": " + response.body()).isEqualTo(probe.code());
		assertThat(body.get("message").asText()).as("a Chinese message").containsPattern("[\\u4e00-\\u9fa5]{4}");
	}

	/** A PDF as a program writes it: PDFBox, a font and a line of text. */
	static byte[] pdfWithText() {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
			document.addPage(page);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Rectification report");
				content.endText();
			}
			document.getDocumentInformation().setTitle("Report");
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The MP4 a motion photo appends: an ftyp box and a media data box. */
	static byte[] motionPhotoVideo() {
		java.nio.ByteBuffer video = java.nio.ByteBuffer.allocate(24 + 1000);
		video.putInt(24).put("ftypisom".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0x200)
			.put("isommp41".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		video.putInt(1000).put("mdat".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		for (int i = 0; i < 992; i++) {
			video.put((byte) (i * 17));
		}
		return video.array();
	}

	/** A PNG as ImageIO (and screenshot tools) write it. */
	static byte[] realPng() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_ARGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.ORANGE);
		g.fillOval(10, 10, 200, 150);
		g.dispose();
		try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private long item() {
		if (item == null) {
			item = dispatch("school-syxx");
		}
		return item;
	}

	/** A round registered through the API: the plan import may be tried on it, and must change nothing. */
	private long round() {
		if (round == null) {
			Response created = Http.basic(port, "admin").post("/api/rounds",
					Plans.round("恶意方案 " + UUID.randomUUID(), List.of(Plans.measure("M" + UUID.randomUUID().toString().substring(0, 6),
							"限期整改", "leader2", "school-yz"))));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			round = created.json().at("/round/id").asLong();
		}
		return round;
	}

	long dispatch(String unit) {
		String code = "X" + UUID.randomUUID().toString().substring(0, 6);
		Response created = Http.basic(port, "admin").post("/api/rounds",
				Plans.round("恶意上传 " + UUID.randomUUID(), List.of(Plans.measure(code, "限期整改", "leader2", unit))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long roundId = created.json().at("/round/id").asLong();
		return Http.basic(port, "office1").get("/api/unit-tasks?roundId=" + roundId).json().get(0).get("id").asLong();
	}

	long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM evidence_file").query(Long.class).single();
	}

	/** Every file under the evidence folder, the incoming (temporary) ones included. */
	Set<Path> onDisk() throws IOException {
		try (Stream<Path> all = Files.walk(properties.directory().toAbsolutePath())) {
			return all.filter(Files::isRegularFile).collect(Collectors.toSet());
		}
	}

	/** The plan workbook's temporary copies. */
	static Set<Path> temporaryUploads() {
		try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return all.filter(p -> p.getFileName().toString().startsWith("upload-") && p.getFileName().toString().endsWith(".part"))
				.collect(Collectors.toSet());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String files(long id) {
		return "/api/unit-tasks/" + id + "/evidence-files";
	}

}
