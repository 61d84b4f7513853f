package org.rectification.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxUploadSize the largest plan workbook accepted (also the multipart limit of the upload) */
@ConfigurationProperties("rectification.plan")
record PlanProperties(DataSize maxUploadSize) {

	PlanProperties {
		if (maxUploadSize == null) {
			maxUploadSize = DataSize.ofMegabytes(10);
		}
	}

	String maxUploadSizeText() {
		long mb = maxUploadSize.toMegabytes();
		return mb > 0 ? mb + "MB" : maxUploadSize.toKilobytes() + "KB";
	}

}
