package org.rectification.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a browser sent with an upload, kept for display only (stored files get generated names). Names that
 * try to climb out of a folder, carry control or direction-changing characters, or name a Windows device are
 * refused: they are never honest and would mislead whoever downloads the file.
 */
public final class UploadNames {

	public static final int MAX_NAME = 200;

	private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

	private UploadNames() {
	}

	/**
	 * The last segment of the name: old browsers send the whole path ("C:\\Users\\…\\x.pdf"), which is harmless
	 * once cut; a ".." segment anywhere is not.
	 *
	 * @throws UploadRefused NAME_INVALID, NAME_REQUIRED or NAME_TOO_LONG
	 */
	public static String check(String original) {
		String name = original == null ? "" : original;
		if (name.codePoints().anyMatch(UploadNames::forbidden)) {
			throw UploadRefused.nameInvalid(shown(name));
		}
		for (String segment : name.split("[/\\\\]", -1)) {
			if (segment.strip().equals("..")) {
				throw UploadRefused.nameInvalid(shown(name));
			}
		}
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty() || name.equals(".")) {
			throw new UploadRefused("NAME_REQUIRED", "文件没有名称，请重新选择文件");
		}
		if (DEVICE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
			throw UploadRefused.nameInvalid(shown(name));
		}
		if (name.length() > MAX_NAME) {
			throw new UploadRefused("NAME_TOO_LONG", "文件名不能超过" + MAX_NAME + "个字，请改短后再上传");
		}
		return name;
	}

	/** Control characters (NUL, line breaks, …) and the bidi controls that make "exe.pdf" show as "pdf.exe". */
	private static boolean forbidden(int c) {
		return Character.isISOControl(c) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
				|| c == 0x200f || c == 0x061c;
	}

	private static String shown(String name) {
		String visible = name.codePoints()
			.map(c -> forbidden(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
	}

}
