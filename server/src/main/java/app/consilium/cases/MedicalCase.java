package app.consilium.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case as stored: plaintext metadata only (name, type, status, parties, dates). Clinical content is
 * sealed elsewhere; the doctor's name is kept here so the lists can sort by it.
 */
record MedicalCase(UUID id, String reference, String name, EngagementType engagementType, CaseStatus status,
		UUID requesterOrganizationId, UUID createdBy, UUID providerId, String doctorName, CaseStatus archivedFrom,
		Details details, Instant createdAt, Instant lastActivityAt, int version) {

	/** What the requester said the case is about, when, and (for an intake request) for what service. */
	record Details(String description, UUID specialtyId, Urgency urgency, LocalDate dueDate, UUID patientId,
			ExpertService expertService, String matterReference) {
	}

}
