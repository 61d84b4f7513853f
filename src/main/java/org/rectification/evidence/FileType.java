package org.rectification.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The file types accepted as evidence, each with the signature its content must start with. Office files of
 * 2007 and later and OFD are ZIP containers; each of them must also hold its format's main part, so that an
 * arbitrary archive renamed to .docx is refused.
 *
 * <p>
 * Plain .zip is not accepted: a reviewer cannot open what is inside from the item, the hash of an archive says
 * nothing about the files in it (re-packing defeats the check for reused evidence), and archives can carry
 * executables or expand without bound. Units upload the files one by one instead.
 */
public enum FileType {

	PDF("pdf", "PDF文件", "application/pdf", FileMagic.PDF, null),
	DOC("doc", "Word 97-2003文档", "application/msword", FileMagic.OLE2, null),
	DOCX("docx", "Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileMagic.OOXML,
			"word/document.xml"),
	XLS("xls", "Excel 97-2003工作簿", "application/vnd.ms-excel", FileMagic.OLE2, null),
	XLSX("xlsx", "Excel工作簿", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileMagic.OOXML,
			"xl/workbook.xml"),
	PPT("ppt", "PowerPoint 97-2003演示文稿", "application/vnd.ms-powerpoint", FileMagic.OLE2, null),
	PPTX("pptx", "PowerPoint演示文稿", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
			FileMagic.OOXML, "ppt/presentation.xml"),
	JPG("jpg", "JPEG图片", "image/jpeg", FileMagic.JPEG, null),
	JPEG("jpeg", "JPEG图片", "image/jpeg", FileMagic.JPEG, null),
	PNG("png", "PNG图片", "image/png", FileMagic.PNG, null),
	OFD("ofd", "OFD版式文件", "application/ofd", FileMagic.OOXML, "OFD.xml");

	private final String extension;

	private final String label;

	private final String mediaType;

	private final FileMagic magic;

	private final String mainEntry;

	FileType(String extension, String label, String mediaType, FileMagic magic, String mainEntry) {
		this.extension = extension;
		this.label = label;
		this.mediaType = mediaType;
		this.magic = magic;
		this.mainEntry = mainEntry;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	public String mediaType() {
		return mediaType;
	}

	FileMagic magic() {
		return magic;
	}

	/** The entry a ZIP-based format must contain, or null for the others. */
	String mainEntry() {
		return mainEntry;
	}

	/** The type a file name claims by its extension, if it is one we accept. */
	public static Optional<FileType> ofName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0 || dot == fileName.length() - 1) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
	}

	/** For messages: "pdf、doc、docx、…". */
	public static String allowed() {
		return String.join("、", Arrays.stream(values()).map(FileType::extension).toList());
	}

}
