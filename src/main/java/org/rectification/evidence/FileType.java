package org.rectification.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types accepted as evidence, each with the container its content is made of. Office files of 2007 and
 * later and OFD are ZIP containers, those of 97-2003 OLE2 compound files; each must also hold its format's main
 * part, so that an arbitrary archive renamed to .docx, or a workbook renamed to .doc, is refused. What else a
 * file must be is {@link UploadInspection}'s business.
 *
 * <p>
 * Plain .zip is not accepted: a reviewer cannot open what is inside from the item, the hash of an archive says
 * nothing about the files in it (re-packing defeats the check for reused evidence), and archives can carry
 * executables or expand without bound. Units upload the files one by one instead.
 */
public enum FileType {

	PDF("pdf", "PDF文件", "application/pdf", Container.PDF),
	DOC("doc", "Word 97-2003文档", "application/msword", Container.OLE2, "WordDocument"),
	DOCX("docx", "Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Container.ZIP,
			"word/document.xml"),
	XLS("xls", "Excel 97-2003工作簿", "application/vnd.ms-excel", Container.OLE2, "Workbook", "Book"),
	XLSX("xlsx", "Excel工作簿", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Container.ZIP,
			"xl/workbook.xml"),
	PPT("ppt", "PowerPoint 97-2003演示文稿", "application/vnd.ms-powerpoint", Container.OLE2, "PowerPoint Document"),
	PPTX("pptx", "PowerPoint演示文稿", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
			Container.ZIP, "ppt/presentation.xml"),
	JPG("jpg", "JPEG图片", "image/jpeg", Container.JPEG),
	JPEG("jpeg", "JPEG图片", "image/jpeg", Container.JPEG),
	PNG("png", "PNG图片", "image/png", Container.PNG),
	OFD("ofd", "OFD版式文件", "application/ofd", Container.ZIP, "OFD.xml");

	/** How a format's content begins. */
	enum Container {

		/** "%PDF-" at the very start, then a document PDFBox opens. */
		PDF,
		/** An OLE2 compound file (Office 97-2003) holding the format's main stream. */
		OLE2,
		/** A ZIP archive holding the format's main part. */
		ZIP,
		/** FF D8 FF, whatever marker follows (JFIF, Exif, ICC, Adobe, …), up to its end of image. */
		JPEG,
		PNG

	}

	private final String extension;

	private final String label;

	private final String mediaType;

	private final Container container;

	private final List<String> mainEntries;

	FileType(String extension, String label, String mediaType, Container container, String... mainEntries) {
		this.extension = extension;
		this.label = label;
		this.mediaType = mediaType;
		this.container = container;
		this.mainEntries = List.of(mainEntries);
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

	Container container() {
		return container;
	}

	/** The entries of which an OLE2 or ZIP file of this type must hold one. */
	List<String> mainEntries() {
		return mainEntries;
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
