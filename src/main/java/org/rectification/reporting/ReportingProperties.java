package org.rectification.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Periodic progress reports (周报/月报).
 *
 * @param enabled whether cycles open at all
 * @param cycle WEEKLY or MONTHLY; a cycle opens on the first working day of the week or month
 * @param dueWorkingDays reports are due by the end of this working day of the cycle (the opening day is the
 * first); the next working day the missing ones are escalated
 */
@ConfigurationProperties("rectification.reporting")
public record ReportingProperties(Boolean enabled, Cadence cycle, Integer dueWorkingDays) {

	static final int MAX_DUE_WORKING_DAYS = 10;

	public ReportingProperties {
		enabled = enabled == null || enabled;
		cycle = cycle == null ? Cadence.WEEKLY : cycle;
		dueWorkingDays = dueWorkingDays == null ? 2 : dueWorkingDays;
		if (dueWorkingDays < 1 || dueWorkingDays > MAX_DUE_WORKING_DAYS) {
			throw new IllegalArgumentException("rectification.reporting.due-working-days 应在 1 到 " + MAX_DUE_WORKING_DAYS
					+ " 之间，当前为 " + dueWorkingDays);
		}
	}

	public enum Cadence {

		WEEKLY("周报"), MONTHLY("月报");

		private final String label;

		Cadence(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
