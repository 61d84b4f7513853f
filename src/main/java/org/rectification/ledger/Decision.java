package org.rectification.ledger;

import java.time.OffsetDateTime;

/**
 * A review or sign-off decision on one submission, with the reason when it was sent back.
 *
 * @param checklist the office's checklist as ticked at review (names, comma-separated)
 * @param warnings what the review form warned about
 */
public record Decision(Long id, Long unitTaskId, Long evidenceId, Stage stage, Outcome outcome, String reason,
		String decidedBy, OffsetDateTime decidedAt, String checklist, String warnings) {

	public enum Stage {

		REVIEW("审核"), SIGN_OFF("销号");

		private final String label;

		Stage(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public enum Outcome {
		ACCEPTED, RETURNED, SIGNED_OFF
	}

}
