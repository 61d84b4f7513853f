package org.rectification.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file by what it is, not by its first bytes: Tika's detection of the content must agree with
 * the extension, nothing may be hidden in or after it, and the parser of its format must open it in full and find
 * nothing that runs (see docs/evidence.md). Used for evidence files and the plan workbook.
 */
@Component
public class UploadInspection {

	private final ContentDetection detection;

	private final PdfInspection pdf;

	private final ImageInspection image;

	private final OfficeInspection office;

	private final OfdInspection ofd;

	UploadInspection(ContentDetection detection, PdfInspection pdf, ImageInspection image, OfficeInspection office,
			OfdInspection ofd) {
		this.detection = detection;
		this.pdf = pdf;
		this.image = image;
		this.office = office;
		this.ofd = ofd;
	}

	/**
	 * Checks a non-empty file received under {@code name}, its type {@code type} as the extension claims.
	 *
	 * @throws UploadRefused with the reason, in words for the uploader
	 */
	void inspect(Path file, FileType type, String name) throws IOException {
		if (type.container() == FileType.Container.ZIP && OfficeInspection.isEncryptedPackage(file)) {
			throw UploadRefused.encrypted(name);
		}
		if (!ContentDetection.agrees(type, detection.detect(file))) {
			throw UploadRefused.mismatch(name, type);
		}
		switch (type.container()) {
			case PDF, JPEG, PNG -> {
				// Containers are checked entry by entry; in these a second file hides at the start or the end.
				if (ContentDetection.markupInHead(file) || ContentDetection.zipAtEnd(file)) {
					throw UploadRefused.hiddenContent(name, type);
				}
				if (type == FileType.PDF) {
					pdf.inspect(file, name);
				}
				else {
					image.inspect(file, type, name);
				}
			}
			case OLE2 -> office.inspectOle2(file, type, name);
			case ZIP -> {
				if (type == FileType.OFD) {
					ofd.inspect(file, name);
				}
				else {
					office.inspectOoxml(file, type, name);
				}
			}
		}
	}

	/**
	 * Checks an upload that is not kept as a file (the plan workbook): it is copied to a temporary file for the
	 * parsers and deleted again whatever the outcome.
	 */
	public void inspect(InputStream content, FileType type, String name) throws IOException {
		Path file = Files.createTempFile("upload-", ".part");
		try {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			if (Files.size(file) == 0) {
				throw new UploadRefused("FILE_EMPTY", "“" + name + "”是空文件，请检查后重新上传");
			}
			inspect(file, type, name);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
