package org.rectification.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A deadline extension request (延期申请) and the responsible leader's decision on it. */
public record DeadlineExtension(Long id, Long unitTaskId, LocalDate previousDeadline, LocalDate requestedDeadline,
		String reason, String requestedBy, OffsetDateTime requestedAt, Status status, LocalDate approvedDeadline,
		String decidedBy, OffsetDateTime decidedAt, String decisionComment, String processInstanceId) {

	public enum Status {

		PENDING("待审批"),
		APPROVED("已批准"),
		REJECTED("未批准"),
		/** The unit submitted its evidence before the leader decided: the request is moot. */
		WITHDRAWN("已撤回");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
