package app.consilium.recommendations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The one recommendation of a second opinion, as stored: a draft until submitted, read-only afterwards. */
record Recommendation(UUID caseId, UUID providerId, Status status, byte[] bodySealed, int generation,
		List<UUID> attachments, Instant savedAt, Instant submittedAt, int version) {

	enum Status {

		/** Saved by the provider, seen by the provider side only. */
		DRAFT,

		/** Final; both sides read it. */
		SUBMITTED

	}

	boolean submitted() {
		return status == Status.SUBMITTED;
	}

}
