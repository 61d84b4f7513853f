package org.rectification.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

/**
 * A PDF must start with its header, open with PDFBox, have pages, not be encrypted, and hold nothing that acts:
 * no JavaScript, launch or import actions, embedded files, XFA forms or rich media, wherever they sit in the
 * document (every object is looked at, not only the catalog's entries). Whatever follows the last %%EOF may not
 * be another file.
 */
@Component
class PdfInspection {

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Some writers and mail gateways put a line end or two before the header, which every reader skips. */
	private static final int LEADING_WHITESPACE_ALLOWED = 16;

	/** Some writers leave a few bytes after %%EOF; a kilobyte of anything is already another file. */
	private static final int TRAILING_ALLOWED = 1024;

	private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

	/** Actions that run code, start programs, fetch or send data. */
	private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm",
			"RichMediaExecute", "GoToE");

	void inspect(Path file, String name) throws IOException {
		byte[] head = ContentDetection.read(file, 0, LEADING_WHITESPACE_ALLOWED + HEADER.length);
		int header = ContentDetection.indexOf(head, HEADER);
		if (header < 0 || !isWhitespace(head, header)) {
			throw UploadRefused.corrupted(name, FileType.PDF);
		}
		checkTrailer(file, name);
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			if (document.isEncrypted()) {
				throw UploadRefused.encrypted(name);
			}
			if (document.getNumberOfPages() < 1) {
				throw UploadRefused.corrupted(name, FileType.PDF);
			}
			String active = activeContent(document);
			if (active != null) {
				throw active.equals("嵌入的文件") ? UploadRefused.embedded(name) : UploadRefused.activeContent(name, active);
			}
		}
		catch (InvalidPasswordException e) {
			throw UploadRefused.encrypted(name);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UploadRefused refused) {
				throw refused;
			}
			throw UploadRefused.corrupted(name, FileType.PDF);
		}
	}

	/** Whether the first {@code count} bytes are blanks and line ends only (never markup before the header). */
	private static boolean isWhitespace(byte[] bytes, int count) {
		for (int i = 0; i < count; i++) {
			if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r' && bytes[i] != '\n' && bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	/** After the last %%EOF only line ends and padding; markup or an archive there is a second file. */
	private static void checkTrailer(Path file, String name) throws IOException {
		long length = file.toFile().length();
		int window = (int) Math.min(length, 64 * 1024);
		byte[] tail = ContentDetection.read(file, length - window, window);
		int eof = lastIndexOf(tail, EOF);
		if (eof < 0) {
			// Every writer ends with %%EOF; none in the last 64KB is a cut file or one with another glued on.
			if (ContentDetection.hasMarkup(tail) || ContentDetection.indexOf(tail, new byte[] { 'P', 'K', 3, 4 }) >= 0) {
				throw UploadRefused.hiddenContent(name, FileType.PDF);
			}
			if (length > window) {
				throw UploadRefused.corrupted(name, FileType.PDF);
			}
			return;
		}
		int after = 0;
		for (int i = eof + EOF.length; i < tail.length; i++) {
			byte b = tail[i];
			if (b != '\r' && b != '\n' && b != ' ' && b != '\t' && b != 0) {
				after++;
			}
		}
		byte[] rest = java.util.Arrays.copyOfRange(tail, eof + EOF.length, tail.length);
		if (after > TRAILING_ALLOWED || ContentDetection.hasMarkup(rest)
				|| ContentDetection.indexOf(rest, new byte[] { 'P', 'K', 3, 4 }) >= 0) {
			throw UploadRefused.hiddenContent(name, FileType.PDF);
		}
	}

	/** What acts in the document, in words for the message, or null. */
	private static String activeContent(PDDocument document) throws IOException {
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.add(document.getDocument().getTrailer());
		for (Map.Entry<COSObjectKey, Long> entry : document.getDocument().getXrefTable().entrySet()) {
			COSObject object = document.getDocument().getObjectFromPool(entry.getKey());
			if (object != null) {
				pending.add(object);
			}
		}
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			COSBase base = pending.poll();
			if (base instanceof COSObject reference) {
				base = reference.getObject();
			}
			if (base == null || !seen.add(base)) {
				continue;
			}
			if (base instanceof COSDictionary dictionary) {
				String found = activeIn(dictionary);
				if (found != null) {
					return found;
				}
				pending.addAll(dictionary.getValues());
			}
			else if (base instanceof COSArray array) {
				array.forEach(pending::add);
			}
		}
		return null;
	}

	private static String activeIn(COSDictionary dictionary) {
		if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
			return "JavaScript脚本";
		}
		String action = dictionary.getNameAsString(COSName.S);
		if (action != null && ACTIVE_ACTIONS.contains(action)) {
			return action.equals("JavaScript") ? "JavaScript脚本" : action.equals("Launch") ? "启动外部程序的动作" : action + "动作";
		}
		if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
				|| COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
				|| FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
			return "嵌入的文件";
		}
		if (dictionary.containsKey(COSName.XFA)) {
			return "XFA动态表单";
		}
		String subtype = dictionary.getNameAsString(COSName.SUBTYPE);
		if (subtype != null && subtype.startsWith("RichMedia")) {
			return "多媒体插件内容";
		}
		return null;
	}

	private static int lastIndexOf(byte[] data, byte[] pattern) {
		outer: for (int i = data.length - pattern.length; i >= 0; i--) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
