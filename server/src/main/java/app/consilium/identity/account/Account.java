package app.consilium.identity.account;

import java.time.Instant;
import java.util.UUID;

import app.consilium.identity.AccountRole;

/** A person's account as stored: who they are, their side, their organization and how far onboarding got. */
public record Account(UUID id, String email, String passwordHash, AccountRole role, UUID organizationId,
		boolean organizationOwner, AccountStatus status, Profile profile, Onboarding onboarding, SecondFactor secondFactor,
		Instant createdAt, int version) {

	/** A new account: active, nothing of onboarding done, no second factor. */
	public static Account create(UUID id, String email, String passwordHash, AccountRole role, UUID organizationId,
			boolean organizationOwner, String fullName, Instant createdAt) {
		return new Account(id, email, passwordHash, role, organizationId, organizationOwner, AccountStatus.ACTIVE,
				Profile.named(fullName), Onboarding.NONE, SecondFactor.NONE, createdAt, 0);
	}

	public boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	/** What a person says about themselves in onboarding step 1 and on the profile page. */
	public record Profile(String fullName, String title, String phone, String licenceNumber, String bio) {

		public static Profile named(String fullName) {
			return new Profile(fullName, null, null, null, null);
		}

	}

	/** When each onboarding step was completed; null while it is not. */
	public record Onboarding(Instant profileCompletedAt, Instant organizationCompletedAt,
			Instant encryptionCompletedAt) {

		static final Onboarding NONE = new Onboarding(null, null, null);

		public boolean complete() {
			return profileCompletedAt != null && organizationCompletedAt != null && encryptionCompletedAt != null;
		}

	}

	/** The TOTP second factor: the shared secret, whether it is switched on, and the last time step used. */
	public record SecondFactor(String secret, boolean enabled, Long lastStep) {

		static final SecondFactor NONE = new SecondFactor(null, false, null);

	}

}
