package app.consilium.documents;

import java.time.Instant;
import java.util.UUID;

/** A document of a case and the version people see now; deleted ones can be restored for a while. */
record Document(UUID id, UUID caseId, DocumentCategory category, UUID createdBy, Instant createdAt, Instant updatedAt,
		Instant deletedAt, UUID deletedBy, int version, DocumentVersion current, int versions) {

	boolean deleted() {
		return deletedAt != null;
	}

}
