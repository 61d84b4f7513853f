package org.rectification.system;

import java.util.List;

/** The JSON body of every API error; {@code details} lists field-level problems when there are several. */
public record ApiError(String code, String message, List<?> details) {

	public ApiError(String code, String message) {
		this(code, message, null);
	}

}
