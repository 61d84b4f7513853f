package org.rectification.evidence;

import java.time.OffsetDateTime;

import org.rectification.ledger.EvidenceKind;

/**
 * One evidence file of an item.
 *
 * @param evidenceId the submission that carried it; null while the unit may still remove it
 * @param submissionNo that submission's number (1 for the first, 2 after a first return, …), or null
 */
public record EvidenceFile(Long id, Long unitTaskId, Long evidenceId, Integer submissionNo, EvidenceKind kind,
		String fileName, FileType fileType, long sizeBytes, String sha256, String storageKey, String uploadedBy,
		OffsetDateTime uploadedAt) {

	public boolean submitted() {
		return evidenceId != null;
	}

}
