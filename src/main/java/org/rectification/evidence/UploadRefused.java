package org.rectification.evidence;

import org.rectification.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * An upload refused for what the file is (or claims to be); always 400 with a message a clerk can act on.
 * Nothing of the file is kept.
 */
public class UploadRefused extends ApiException {

	public static final String TYPE_MISMATCH = "TYPE_MISMATCH";

	UploadRefused(String code, String message) {
		super(HttpStatus.BAD_REQUEST, code, message);
	}

	static UploadRefused mismatch(String name, FileType type) {
		return new UploadRefused(TYPE_MISMATCH, "“" + name + "”的内容不是" + type.label() + "（文件内容与扩展名 ." + type.extension()
				+ " 不符），请上传原始文件，不要只改扩展名；从其他系统导出的文件，请先用 Office 或 WPS 打开，“另存为”该格式后再上传");
	}

	static UploadRefused corrupted(String name, FileType type) {
		return new UploadRefused("FILE_CORRUPTED",
				"“" + name + "”不是有效的" + type.label() + "，可能已损坏或被改名。请用原来的软件重新打开，“另存为”后再上传");
	}

	static UploadRefused encrypted(String name) {
		return new UploadRefused("FILE_ENCRYPTED",
				"“" + name + "”已加密或设置了密码，系统无法检查其内容。请取消密码（或另存为不加密的文件）后再上传");
	}

	/** Scripts, launch actions, XFA forms in a PDF; ActiveX or remote templates in Office files. */
	static UploadRefused activeContent(String name, String what) {
		String how = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "请另存为普通PDF（或用“打印”为PDF）后上传"
				: "请删除后另存为普通文档再上传";
		return new UploadRefused("ACTIVE_CONTENT",
				"“" + name + "”中含有脚本等主动内容（" + what + "），出于安全原因不能上传，" + how);
	}

	static UploadRefused macro(String name) {
		return new UploadRefused("MACRO_NOT_ALLOWED", "“" + name
				+ "”含有宏（VBA 或宏表），出于安全原因不能上传。请在 Office 或 WPS 中“另存为”不含宏的 .docx、.xlsx 或 .pptx 格式后再上传");
	}

	static UploadRefused embedded(String name) {
		return new UploadRefused("EMBEDDED_FILE", "“" + name
				+ "”中嵌入了附件或程序文件，出于安全原因不能上传。请删除嵌入的文件后另存再上传；需要的附件请解压后单独上传");
	}

	static UploadRefused archiveUnsafe(String name) {
		return new UploadRefused("ARCHIVE_UNSAFE", "“" + name
				+ "”的内部结构异常（解压后过大、文件过多或含有非法路径），出于安全原因不能上传。请用 Office 或 WPS 打开后“另存为”再上传");
	}

	static UploadRefused imageTooLarge(String name, long width, long height) {
		return new UploadRefused("IMAGE_TOO_LARGE", "“" + name + "”的尺寸为 " + width + "×" + height + " 像素，超过 "
				+ ImageInspection.MAX_PIXELS / 1_000_000 + " 百万像素的上限。请缩小图片后再上传");
	}

	/** Something else hidden in or after the file: markup a browser would run, an archive, a second file. */
	static UploadRefused hiddenContent(String name, FileType type) {
		return new UploadRefused("CONTENT_UNSAFE", "“" + name + "”除" + type.label()
				+ "本身外还夹带了其他内容（如网页代码、脚本或压缩包），出于安全原因不能上传。请用原来的软件重新导出或另存后再上传");
	}

	static UploadRefused nameInvalid(String shown) {
		return new UploadRefused("NAME_INVALID", "文件名“" + shown
				+ "”含有不允许的路径或字符（如 ../、控制字符或 CON、NUL 等设备名），请把文件改成普通的名字后再上传");
	}

}
