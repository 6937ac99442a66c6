package app.consilium.identity.invitation;

import java.time.Instant;
import java.util.UUID;

import app.consilium.identity.AccountRole;

/** An invitation to join with a given role (and organization); the link in it works once, until it expires. */
record Invitation(UUID id, String email, AccountRole role, UUID organizationId, boolean organizationOwner,
		UUID invitedBy, Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {

	enum Status {

		PENDING, ACCEPTED, EXPIRED, REVOKED

	}

	Status status(Instant now) {
		if (acceptedAt != null) {
			return Status.ACCEPTED;
		}
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
	}

}
