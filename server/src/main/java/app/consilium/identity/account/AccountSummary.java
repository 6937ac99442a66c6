package app.consilium.identity.account;

import java.time.Instant;
import java.util.UUID;

import app.consilium.identity.AccountRole;
import app.consilium.identity.organization.OrganizationView;

/** One row of the people lists (Admin > People, Organization > Members). */
public record AccountSummary(UUID id, String email, String fullName, AccountRole role,
		OrganizationView.Ref organization, boolean organizationOwner, AccountStatus status, Instant createdAt) {
}
