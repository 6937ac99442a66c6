package app.consilium.identity.invitation;

import java.time.Instant;
import java.util.UUID;

import app.consilium.identity.AccountRole;
import app.consilium.identity.organization.OrganizationView;

/** An invitation as admins and organization owners see it (never with its token). */
record InvitationView(UUID id, String email, AccountRole role, OrganizationView.Ref organization,
		boolean organizationOwner, Invitation.Status status, Instant createdAt, Instant expiresAt) {

	/** A just-created invitation; {@code link} is set only when no SMTP server is configured to email it. */
	record Sent(InvitationView invitation, String link) {
	}

	/** What the invitation page shows before the person accepts. */
	record Preview(String email, AccountRole role, String organizationName) {
	}

}
