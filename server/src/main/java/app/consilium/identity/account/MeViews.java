package app.consilium.identity.account;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.organization.Organization;
import app.consilium.identity.organization.OrganizationRepository;
import app.consilium.identity.organization.OrganizationView;
import app.consilium.identity.specialty.SpecialtyRepository;

/** Assembles {@link MeView}: the account with its organization and specialties. */
@Component
public class MeViews {

	private final AccountRepository accounts;

	private final OrganizationRepository organizations;

	private final SpecialtyRepository specialties;

	MeViews(AccountRepository accounts, OrganizationRepository organizations, SpecialtyRepository specialties) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.specialties = specialties;
	}

	/** One read-only transaction: one pooled connection for the four reads, not four. */
	@Transactional(readOnly = true)
	public MeView of(UUID accountId) {
		return of(accounts.get(accountId));
	}

	@Transactional(readOnly = true)
	public MeView of(Account a) {
		Organization organization = a.organizationId() == null ? null : organizations.get(a.organizationId());
		Account.Profile p = a.profile();
		return new MeView(a.id(), a.email(), a.role(), p.fullName(), p.title(), p.phone(), p.licenceNumber(), p.bio(),
				specialties.findByIds(accounts.specialtyIds(a.id())),
				organization == null ? null : OrganizationView.of(organization), a.organizationOwner(),
				mayEditOrganization(a), MeView.OnboardingView.of(a.onboarding()), a.secondFactor().enabled(),
				a.version());
	}

	/**
	 * Admins edit the operator's details, requester owners their organization's, providers their own practice
	 * (which they create in onboarding when they have none). Other members only confirm what they see.
	 */
	static boolean mayEditOrganization(Account a) {
		return switch (a.role()) {
			case ADMIN -> true;
			case REQUESTER -> a.organizationOwner();
			case PROVIDER -> a.organizationId() == null || a.organizationOwner();
		};
	}

}
