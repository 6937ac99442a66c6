package app.consilium.cases;

import java.time.Instant;
import java.util.UUID;

/** A case as stored: plaintext metadata only (name, type, status, parties, dates). */
record MedicalCase(UUID id, String reference, String name, EngagementType engagementType, CaseStatus status,
		UUID requesterOrganizationId, UUID createdBy, UUID providerId, Instant createdAt, Instant lastActivityAt,
		int version) {
}
