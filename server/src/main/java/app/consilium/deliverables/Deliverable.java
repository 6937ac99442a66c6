package app.consilium.deliverables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deliverable as stored, with the ids of the documents attached to it that are not deleted. */
record Deliverable(UUID id, UUID caseId, DeliverableType type, String title, LocalDate dueDate,
		DeliverableStatus status, UUID assigneeId, boolean isFinal, String revisionReason, List<UUID> documentIds,
		UUID createdBy, Instant createdAt, Instant updatedAt, int version) {

	/** Past its due date (before {@code today}) and not delivered yet. */
	boolean overdueOn(LocalDate today) {
		return status.outstanding() && dueDate.isBefore(today);
	}

}
