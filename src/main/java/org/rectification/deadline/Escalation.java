package org.rectification.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An escalation slip (督办单): raised against one deadline of one item, addressed to the responsible leader
 * (LEADER) or to the principal and the leading group (SEVERE), acknowledged with an optional instruction the
 * unit sees on its task.
 */
public record Escalation(Long id, Long unitTaskId, Level level, LocalDate deadline, OffsetDateTime raisedAt,
		String addressedTo, String acknowledgedBy, OffsetDateTime acknowledgedAt, String instruction) {

	public enum Level {

		LEADER("督办单"),
		SEVERE("严重逾期督办单");

		private final String label;

		Level(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}

}
