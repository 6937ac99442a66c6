package app.consilium.identity.organization;

import java.time.Instant;
import java.util.UUID;

/** A law firm, hospital, clinic, insurer, a provider's practice, or the operator of the platform. */
public record Organization(UUID id, String name, OrganizationKind kind, String address, String phone, String website,
		boolean active, Instant createdAt, int version) {

	public record Details(String name, String address, String phone, String website) {
	}

	public Organization with(Details details) {
		return new Organization(id, details.name(), kind, details.address(), details.phone(), details.website(), active,
				createdAt, version);
	}

}
