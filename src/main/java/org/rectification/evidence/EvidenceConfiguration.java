package org.rectification.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration
class EvidenceConfiguration {

	/**
	 * The servlet's multipart limits follow the app's two uploads (evidence files and the plan workbook): the
	 * larger file limit, and a request only a little larger than that. Each endpoint checks its own limit.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(EvidenceProperties evidence,
			@Value("${rectification.plan.max-upload-size:10MB}") DataSize plan) {
		long largest = Math.max(evidence.maxFileSize().toBytes(), plan.toBytes());
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(DataSize.ofBytes(largest));
		factory.setMaxRequestSize(DataSize.ofBytes(largest + DataSize.ofMegabytes(1).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
		return factory.createMultipartConfig();
	}

}
