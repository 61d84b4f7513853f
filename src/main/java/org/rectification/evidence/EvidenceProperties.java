package org.rectification.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files are kept and how large they may be.
 *
 * @param directory the evidence store; keep it on a backed-up volume
 * @param maxFileSize the largest single file
 * @param maxTaskSize all files of one item together, over all its submissions
 */
@ConfigurationProperties("rectification.evidence")
public record EvidenceProperties(Path directory, DataSize maxFileSize, DataSize maxTaskSize) {

	public EvidenceProperties {
		directory = directory == null ? Path.of("data", "evidence") : directory;
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
		maxTaskSize = maxTaskSize == null ? DataSize.ofMegabytes(200) : maxTaskSize;
		if (maxFileSize.toBytes() <= 0 || maxTaskSize.toBytes() < maxFileSize.toBytes()) {
			throw new IllegalArgumentException("rectification.evidence.max-task-size 不能小于 max-file-size，且二者都须为正数");
		}
	}

	/** "20MB" as people write it. */
	public static String text(DataSize size) {
		long mb = size.toMegabytes();
		return mb * 1024 * 1024 == size.toBytes() ? mb + "MB" : size.toKilobytes() + "KB";
	}

}
