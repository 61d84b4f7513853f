package org.rectification.reporting;

import java.time.OffsetDateTime;

/** One unit's progress report of one cycle. */
public record UnitReport(Long id, Long cycleId, String unitId, String unitName, Status status,
		OffsetDateTime createdAt, String submittedBy, OffsetDateTime submittedAt, OffsetDateTime closedAt,
		String processInstanceId) {

	public enum Status {

		OPEN("待报送"), SUBMITTED("按时报送"), SUBMITTED_LATE("逾期报送"), MISSED("未报送");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean submitted() {
		return status == Status.SUBMITTED || status == Status.SUBMITTED_LATE;
	}

}
