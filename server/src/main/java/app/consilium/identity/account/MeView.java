package app.consilium.identity.account;

import java.util.List;
import java.util.UUID;

import app.consilium.identity.AccountRole;
import app.consilium.identity.organization.OrganizationView;
import app.consilium.identity.specialty.Specialty;

/** The signed-in person as the front end sees them: profile, organization and onboarding progress. */
public record MeView(UUID id, String email, AccountRole role, String fullName, String title, String phone,
		String licenceNumber, String bio, List<Specialty> specialties, OrganizationView organization,
		boolean organizationOwner, boolean mayEditOrganization, OnboardingView onboarding,
		boolean secondFactorEnabled, int version) {

	public record OnboardingView(boolean profile, boolean organization, boolean encryption, boolean complete) {

		static OnboardingView of(Account.Onboarding o) {
			return new OnboardingView(o.profileCompletedAt() != null, o.organizationCompletedAt() != null,
					o.encryptionCompletedAt() != null, o.complete());
		}

	}

}
