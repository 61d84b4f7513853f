package org.rectification.system;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of the app's API is a JSON body with a code and a Chinese message. */
@RestControllerAdvice(basePackages = "org.rectification")
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiError> api(ApiException e) {
		return ResponseEntity.status(e.status()).body(new ApiError(e.code(), e.getMessage(), detailsOf(e)));
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ApiError> rule(RuleViolation e) {
		return ResponseEntity.status(e.status()).body(new ApiError(e.code(), e.getMessage()));
	}

	@ExceptionHandler(AuthorizationException.class)
	ResponseEntity<ApiError> authorization(AuthorizationException e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("FORBIDDEN", "您无权执行此操作"));
	}

	/** The item moved in the same instant (a timer firing, a colleague): nothing was written; trying again works. */
	@ExceptionHandler(OptimisticLockingException.class)
	ResponseEntity<ApiError> concurrent(OptimisticLockingException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(new ApiError("CONCURRENT_UPDATE", "该事项刚被系统或他人更新，未作任何修改，请刷新后重试"));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
		List<String> details = e.getBindingResult().getFieldErrors().stream()
			.map(f -> f.getField() + "：" + f.getDefaultMessage())
			.toList();
		return ResponseEntity.badRequest().body(new ApiError("VALIDATION_FAILED", "提交的内容有误", details));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
		return ResponseEntity.badRequest().body(new ApiError("MALFORMED_REQUEST", "请求内容不是有效的 JSON，或字段格式不正确（日期请用 yyyy-MM-dd）"));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ApiError> badParameter(Exception e) {
		return ResponseEntity.badRequest().body(new ApiError("BAD_PARAMETER", "请求参数有误"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(new ApiError("METHOD_NOT_ALLOWED", "不支持该请求方法"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception e) {
		log.error("Unexpected API error", e);
		return ResponseEntity.internalServerError().body(new ApiError("INTERNAL_ERROR", "服务器内部错误，请稍后重试或联系管理员"));
	}

	private static List<?> detailsOf(ApiException e) {
		List<?> details = e.details();
		return details == null || details.isEmpty() ? null : details;
	}

}
