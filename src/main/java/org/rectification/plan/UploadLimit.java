package org.rectification.plan;

import jakarta.servlet.http.HttpServletRequest;
import org.rectification.evidence.EvidenceProperties;
import org.rectification.system.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload over the limit, or with a name Tomcat will not take, is refused while the request is parsed, before
 * any controller is chosen, so this advice applies everywhere rather than to the app's controllers only.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

	private final PlanProperties properties;

	private final EvidenceProperties evidence;

	UploadLimit(PlanProperties properties, EvidenceProperties evidence) {
		this.properties = properties;
		this.evidence = evidence;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		if (request.getRequestURI().contains("/evidence-files")) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(new ApiError("FILE_TOO_LARGE", "文件超过单个文件 " + EvidenceProperties.text(evidence.maxFileSize())
						+ " 的上限，请压缩或拆分后再上传"));
		}
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(new ApiError("FILE_TOO_LARGE", "文件超过 " + properties.maxUploadSizeText()
					+ " 的上限。整改方案工作簿通常只有几百KB，请删除其中的图片或多余的工作表后重新上传。"));
	}

	/** Tomcat refuses a file name with a NUL character while parsing; any other unreadable upload is a bad request too. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ApiError> unreadable(MultipartException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return ResponseEntity.badRequest()
					.body(new ApiError("NAME_INVALID", "文件名含有不允许的字符（如控制字符），请把文件改成普通的名字后再上传"));
			}
		}
		return ResponseEntity.badRequest().body(new ApiError("UPLOAD_UNREADABLE", "上传的内容无法读取，请重新选择文件上传"));
	}

}
