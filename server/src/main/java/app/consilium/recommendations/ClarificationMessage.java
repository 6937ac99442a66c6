package app.consilium.recommendations;

import java.time.Instant;
import java.util.UUID;

import app.consilium.cases.CaseSide;

/** One message of the clarification thread under a recommendation, from either side. */
record ClarificationMessage(UUID id, UUID caseId, UUID authorId, CaseSide side, byte[] bodySealed, int generation,
		Instant createdAt) {
}
