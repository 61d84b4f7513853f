package org.rectification.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * Office files must open with Apache POI as the program the extension names, and carry nothing that runs: no
 * macros (VBA projects, Excel 4 macro sheets, macro-enabled content types even under a plain extension), no
 * ActiveX controls, no embedded packages or programs, no remote templates, and no encryption (nothing inside
 * could be checked). OOXML archives pass {@link ZipInspection} before anything is inflated.
 */
@Component
class OfficeInspection {

	static {
		// Also set by the plan workbook reader; one value for the whole application.
		ZipSecureFile.setMaxEntrySize(ZipInspection.MAX_ENTRY_SIZE);
	}

	/** The main part's content type of each OOXML type, documents and templates; macro-enabled ones are refused. */
	private static final Map<FileType, Set<String>> MAIN_PARTS = Map.of(FileType.DOCX,
			Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
			FileType.XLSX,
			Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
			FileType.PPTX,
			Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
					"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
					"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"));

	private static final Set<String> MACRO_STORAGES = Set.of("_VBA_PROJECT_CUR", "_VBA_PROJECT", "Macros", "VBA");

	private static final Set<String> ENCRYPTION_STREAMS = Set.of("EncryptionInfo", "EncryptedPackage", "EncryptedSummary");

	/** An OLE "Package" object: any file, a program included, wrapped to be opened with a double click. */
	private static final String OLE_PACKAGE = "\u0001Ole10Native";

	private static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "bat", "cmd", "pif", "msi",
			"js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "hta", "jar", "lnk", "cpl", "reg", "sh");

	/** Macro-enabled Office files embedded in a document run their macros when opened from it. */
	private static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlsb", "xlam", "pptm",
			"potm", "ppsm", "ppam");

	private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b[^>]*>");

	/** Relationships that make Office fetch and run something from elsewhere when the file opens. */
	private static final Pattern REMOTE_ACTIVE = Pattern.compile(
			"Type=\"[^\"]*/(attachedTemplate|oleObject|subDocument|frame)\"[^>]*TargetMode=\"External\"|TargetMode=\"External\"[^>]*Type=\"[^\"]*/(attachedTemplate|oleObject|subDocument|frame)\"");

	private static final int MAX_EMBEDDED = 32 * 1024 * 1024;

	private final ZipInspection zip;

	OfficeInspection(ZipInspection zip) {
		this.zip = zip;
	}

	/** An encrypted OOXML file is an OLE2 container holding the encrypted package. */
	static boolean isEncryptedPackage(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			if (FileMagic.valueOf(FileMagic.prepareToCheckMagic(in)) != FileMagic.OLE2) {
				return false;
			}
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return ENCRYPTION_STREAMS.stream().anyMatch(fs.getRoot()::hasEntry);
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	void inspectOoxml(Path file, FileType type, String name) throws IOException {
		ZipInspection.Entries entries = zip.inspect(file, type, name);
		if (type.mainEntries().stream().noneMatch(entries::has)) {
			throw UploadRefused.mismatch(name, type);
		}
		for (String entry : entries.names()) {
			String lower = entry.toLowerCase(Locale.ROOT);
			if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.contains("macrosheets/")) {
				throw UploadRefused.macro(name);
			}
			if (lower.contains("activex/")) {
				throw UploadRefused.activeContent(name, "ActiveX控件");
			}
			if (lower.contains("embeddings/")) {
				checkEmbedded(file, entry, lower, name);
			}
			if (lower.endsWith(".rels")) {
				String rels = new String(ZipInspection.read(file, entry, 4 * 1024 * 1024).orElseThrow(), StandardCharsets.UTF_8);
				Matcher relationship = RELATIONSHIP.matcher(rels);
				while (relationship.find()) {
					if (REMOTE_ACTIVE.matcher(relationship.group()).find()) {
						throw UploadRefused.activeContent(name, "引用外部模板或对象");
					}
				}
			}
		}
		String contentTypes = new String(ZipInspection.read(file, "[Content_Types].xml", 4 * 1024 * 1024).orElse(new byte[0]),
				StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		if (contentTypes.contains("macroenabled") || contentTypes.contains("vbaproject")) {
			throw UploadRefused.macro(name);
		}
		open(file, type, name);
	}

	/** Opens the package as Word, Excel or PowerPoint would: every part POI needs is parsed. */
	private static void open(Path file, FileType type, String name) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception e) {
			throw bombOr(e, UploadRefused.corrupted(name, type), name);
		}
		try {
			List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
			if (main.size() != 1) {
				throw UploadRefused.mismatch(name, type);
			}
			String contentType = main.get(0).getContentType().toLowerCase(Locale.ROOT);
			if (contentType.contains("macroenabled")) {
				throw UploadRefused.macro(name);
			}
			if (MAIN_PARTS.get(type).stream().noneMatch(t -> t.equals(contentType))) {
				throw UploadRefused.mismatch(name, type);
			}
			switch (type) {
				case DOCX -> new XWPFDocument(pkg);
				case XLSX -> new XSSFWorkbook(pkg);
				case PPTX -> new XMLSlideShow(pkg);
				default -> throw new IllegalArgumentException(type.name());
			}
		}
		catch (UploadRefused e) {
			throw e;
		}
		catch (Exception | LinkageError e) {
			throw bombOr(e, UploadRefused.corrupted(name, type), name);
		}
		finally {
			// Opened read-only: nothing is ever written back.
			pkg.revert();
		}
	}

	/** POI says "Zip bomb detected" when an entry inflates beyond the ratio its directory promised. */
	private static UploadRefused bombOr(Throwable e, UploadRefused otherwise, String name) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
				return UploadRefused.archiveUnsafe(name);
			}
		}
		return otherwise;
	}

	private static void checkEmbedded(Path file, String entry, String lower, String name) throws IOException {
		String extension = lower.substring(lower.lastIndexOf('.') + 1);
		if (PROGRAM_EXTENSIONS.contains(extension)) {
			throw UploadRefused.embedded(name);
		}
		if (MACRO_EXTENSIONS.contains(extension)) {
			throw UploadRefused.macro(name);
		}
		if (extension.equals("bin")) {
			// OLE objects: equations and charts are fine, a packaged file (possibly a program) is not.
			byte[] content = ZipInspection.read(file, entry, MAX_EMBEDDED + 1).orElseThrow();
			if (content.length > MAX_EMBEDDED) {
				throw UploadRefused.embedded(name);
			}
			try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
				List<String> names = names(fs.getRoot());
				if (names.contains(OLE_PACKAGE)) {
					throw UploadRefused.embedded(name);
				}
				if (names.stream().anyMatch(MACRO_STORAGES::contains)) {
					throw UploadRefused.macro(name);
				}
			}
			catch (IOException | RuntimeException e) {
				if (e instanceof UploadRefused refused) {
					throw refused;
				}
				// Not a compound file: an opaque blob where Office expects an OLE object.
				throw UploadRefused.embedded(name);
			}
		}
	}

	void inspectOle2(Path file, FileType type, String name) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (ENCRYPTION_STREAMS.stream().anyMatch(root::hasEntry)) {
				throw UploadRefused.encrypted(name);
			}
			List<String> names = names(root);
			if (names.stream().anyMatch(MACRO_STORAGES::contains)) {
				throw UploadRefused.macro(name);
			}
			if (names.contains(OLE_PACKAGE)) {
				throw UploadRefused.embedded(name);
			}
			if (type.mainEntries().stream().noneMatch(root::hasEntry)) {
				throw UploadRefused.mismatch(name, type);
			}
			switch (type) {
				case DOC -> checkWordHeader(root, name);
				case XLS -> {
					try {
						new HSSFWorkbook(root, false).close();
					}
					catch (EncryptedDocumentException e) {
						throw UploadRefused.encrypted(name);
					}
					checkExcelSheetTypes(root, name);
				}
				default -> {
				}
			}
		}
		catch (UploadRefused e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			throw UploadRefused.corrupted(name, type);
		}
	}

	/** Word 97-2003 marks encryption and obfuscation in the FIB, the first bytes of the WordDocument stream. */
	private static void checkWordHeader(DirectoryEntry root, String name) throws IOException {
		try (DocumentInputStream in = new DocumentInputStream((DocumentEntry) root.getEntry("WordDocument"))) {
			byte[] fib = in.readNBytes(12);
			if (fib.length == 12) {
				int flags = (fib[10] & 0xff) | ((fib[11] & 0xff) << 8);
				if ((flags & 0x0100) != 0 || (flags & 0x8000) != 0) {
					throw UploadRefused.encrypted(name);
				}
			}
		}
	}

	/**
	 * Excel 4.0 macro sheets (the XLM macros malware still uses) and VBA module sheets are sheets like any other to
	 * HSSF; the BOUNDSHEET record's type byte tells them apart (0 worksheet, 2 chart, 1 macro sheet, 6 VBA module).
	 */
	private static void checkExcelSheetTypes(DirectoryEntry root, String name) throws IOException {
		String streamName = root.hasEntry("Workbook") ? "Workbook" : "Book";
		byte[] stream;
		try (DocumentInputStream in = new DocumentInputStream((DocumentEntry) root.getEntry(streamName))) {
			stream = in.readAllBytes();
		}
		int at = 0;
		while (at + 4 <= stream.length) {
			int sid = (stream[at] & 0xff) | ((stream[at + 1] & 0xff) << 8);
			int length = (stream[at + 2] & 0xff) | ((stream[at + 3] & 0xff) << 8);
			if (sid == 0x0085 && length >= 6 && at + 4 + 6 <= stream.length) {
				int sheetType = stream[at + 4 + 5] & 0xff;
				if (sheetType == 1 || sheetType == 6) {
					throw UploadRefused.macro(name);
				}
			}
			// The workbook globals end at the first EOF record; the sheets follow.
			if (sid == 0x000a) {
				return;
			}
			at += 4 + length;
		}
	}

	private static List<String> names(DirectoryEntry directory) {
		List<String> names = new ArrayList<>();
		for (Entry entry : directory) {
			names.add(entry.getName());
			if (entry instanceof DirectoryEntry child) {
				names.addAll(names(child));
			}
		}
		return names;
	}

}
