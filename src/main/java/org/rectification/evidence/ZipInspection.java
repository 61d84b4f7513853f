package org.rectification.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.springframework.stereotype.Component;

/**
 * The directory of a ZIP container (OOXML, OFD), read before anything is inflated: a bounded number of entries,
 * names that stay inside the package, no name twice, and declared sizes and compression ratios of documents, not
 * of a zip bomb. POI enforces the ratio again while inflating (ZipSecureFile), should the directory lie.
 */
@Component
class ZipInspection {

	static final int MAX_ENTRIES = 10_000;

	static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

	static final long MAX_TOTAL_SIZE = 1024L * 1024 * 1024;

	/** Like POI's default minimum inflate ratio (0.01), for entries large enough to matter. */
	static final long MAX_RATIO = 100;

	private static final long RATIO_FROM = 1024 * 1024;

	/** The archive's entries, once it is known to be safe to read. */
	record Entries(List<String> names) {

		boolean has(String name) {
			return names.contains(name);
		}

	}

	/**
	 * @throws UploadRefused ARCHIVE_UNSAFE for a bomb or a hostile name, FILE_CORRUPTED for no ZIP at all
	 */
	Entries inspect(Path file, FileType type, String name) throws IOException {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		long total = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				throw UploadRefused.archiveUnsafe(name);
			}
			String comment = zip.getComment();
			if (comment != null && (comment.length() > 1024 || ContentDetection.hasMarkup(comment.getBytes(StandardCharsets.ISO_8859_1)))) {
				throw UploadRefused.hiddenContent(name, type);
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String entryName = entry.getName();
				if (!safeName(entryName) || !seen.add(entryName.toLowerCase(Locale.ROOT))) {
					throw UploadRefused.archiveUnsafe(name);
				}
				long size = entry.getSize();
				long compressed = entry.getCompressedSize();
				if (size < 0 || size > MAX_ENTRY_SIZE
						|| (size > RATIO_FROM && (compressed <= 0 || size / compressed > MAX_RATIO))) {
					throw UploadRefused.archiveUnsafe(name);
				}
				total += size;
				if (total > MAX_TOTAL_SIZE) {
					throw UploadRefused.archiveUnsafe(name);
				}
				names.add(entryName);
			}
		}
		catch (ZipException e) {
			throw UploadRefused.corrupted(name, type);
		}
		return new Entries(List.copyOf(names));
	}

	/** Relative, forward slashes, no "..", no drive, no control characters. */
	static boolean safeName(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
			return false;
		}
		for (String segment : name.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".")) {
				return false;
			}
		}
		return name.codePoints().noneMatch(Character::isISOControl);
	}

	/** An entry's content, at most {@code max} bytes (the directory was checked before). */
	static Optional<byte[]> read(Path file, String entryName, int max) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(entryName);
			if (entry == null) {
				return Optional.empty();
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return Optional.of(in.readNBytes(max));
			}
		}
	}

}
