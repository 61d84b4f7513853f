package org.rectification.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * What a file is by its content alone (Apache Tika, never told the name), and the traces of a second file hidden
 * in it: markup a browser's content sniffing would run, or an archive whose directory sits at the end of the file
 * (a JPEG or PDF with a JAR appended reads as both).
 */
@Component
class ContentDetection {

	/** Browsers sniff the first 512 bytes; a little more costs nothing. */
	static final int SNIFF_BYTES = 1024;

	/** A ZIP's end record lies within its last 64KB (the comment's maximum) plus its own 22 bytes. */
	private static final int ZIP_END_SEARCH = 65_535 + 22;

	private static final Pattern MARKUP = Pattern.compile(
			"<(!doctype\\s+html|html|head|body|script|iframe|frame|frameset|svg|object|embed|meta|style|title|img|a\\s+href|form|link|base|\\?xml-stylesheet)[\\s>/]",
			Pattern.CASE_INSENSITIVE);

	private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

	/** The media type Tika finds in the content, e.g. "application/pdf", "text/html". */
	String detect(Path file) throws IOException {
		try (InputStream in = TikaInputStream.get(file)) {
			// No name in the metadata: the extension is the claim under test, not evidence.
			MediaType type = tika.detect(in, new Metadata());
			return type.getBaseType().toString();
		}
	}

	/** Whether the content Tika found is what files of this type are made of. */
	static boolean agrees(FileType type, String detected) {
		return accepted(type).contains(detected);
	}

	private static Set<String> accepted(FileType type) {
		return switch (type.container()) {
			case PDF -> Set.of("application/pdf");
			case JPEG -> Set.of("image/jpeg");
			case PNG -> Set.of("image/png");
			// tika-core alone tells an OLE2 file, not which Office program made it; POI looks inside.
			case OLE2 -> Set.of("application/x-tika-msoffice", type.mediaType());
			// An OOXML package whose [Content_Types].xml is not the first entry reads as a plain ZIP.
			case ZIP -> type == FileType.OFD ? Set.of("application/zip")
					: Set.of("application/x-tika-ooxml", "application/zip", type.mediaType());
		};
	}

	/** Markup in the first kilobyte, where browsers look when they guess a type. */
	static boolean markupInHead(Path file) throws IOException {
		return hasMarkup(read(file, 0, SNIFF_BYTES));
	}

	static boolean hasMarkup(byte[] bytes) {
		return MARKUP.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find();
	}

	/** A ZIP end-of-central-directory record near the end: an archive (a JAR) glued onto the file. */
	static boolean zipAtEnd(Path file) throws IOException {
		long length = file.toFile().length();
		byte[] tail = read(file, Math.max(0, length - ZIP_END_SEARCH), ZIP_END_SEARCH);
		return indexOf(tail, new byte[] { 'P', 'K', 5, 6 }) >= 0;
	}

	static byte[] read(Path file, long from, int max) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long available = Math.max(0, in.length() - from);
			byte[] bytes = new byte[(int) Math.min(max, available)];
			in.seek(from);
			in.readFully(bytes);
			return bytes;
		}
	}

	static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i <= data.length - pattern.length; i++) {
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
