package app.consilium.identity.organization;

import java.util.UUID;

/** An organization as the API shows it. */
public record OrganizationView(UUID id, String name, OrganizationKind kind, String address, String phone,
		String website, boolean active, int version) {

	public static OrganizationView of(Organization o) {
		return new OrganizationView(o.id(), o.name(), o.kind(), o.address(), o.phone(), o.website(), o.active(),
				o.version());
	}

	/** The short reference other views embed. */
	public record Ref(UUID id, String name) {

		public static Ref of(Organization o) {
			return o == null ? null : new Ref(o.id(), o.name());
		}

	}

}
