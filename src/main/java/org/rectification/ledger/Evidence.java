package org.rectification.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One submission of a unit's evidence (佐证材料) for its task: for the phase {@code phaseNo}, or answering the
 * look-back {@code lookBackId}.
 */
public record Evidence(Long id, Long unitTaskId, int submissionNo, String summary, LocalDate completionDate,
		String submittedBy, OffsetDateTime submittedAt, int phaseNo, Long lookBackId) {

	public boolean answersLookBack() {
		return lookBackId != null;
	}

}
