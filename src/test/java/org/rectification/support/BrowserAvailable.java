package org.rectification.support;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need the machine's Chromium and chromedriver ({@link HeadlessChromium}). When they are missing
 * the tests are skipped with a notice, except on CI (environment variable {@code CI=true}), where they fail:
 * a CI run must not pass without having run them. Decided before the Spring context starts.
 */
public class BrowserAvailable implements ExecutionCondition, BeforeAllCallback {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		// A disabled test class is reported as skipped with this reason (an abort in beforeAll is not reported).
		String missing = missing();
		if (missing == null || onCi()) {
			return ConditionEvaluationResult.enabled("Chromium is installed or this is CI");
		}
		System.err.println(skipNotice(missing));
		return ConditionEvaluationResult.disabled(skipNotice(missing));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		String missing = missing();
		if (missing == null) {
			return;
		}
		if (onCi()) {
			Assertions.fail(missing + " (browser tests may not be skipped on CI)");
		}
		// Reached only when conditions are deactivated.
		Assumptions.abort(skipNotice(missing));
	}

	private static String missing() {
		List<Path> missing = HeadlessChromium.missing();
		if (missing.isEmpty()) {
			return null;
		}
		return "Chromium is not installed (missing " + missing.stream().map(Path::toString)
			.collect(Collectors.joining(", ")) + "); install it with: " + HeadlessChromium.INSTALL_HINT;
	}

	private static String skipNotice(String missing) {
		return "Skipping browser test: " + missing;
	}

	private static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
