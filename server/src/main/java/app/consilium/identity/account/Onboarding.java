package app.consilium.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountRenamed;
import app.consilium.identity.AccountRole;
import app.consilium.identity.organization.Organization;
import app.consilium.identity.organization.OrganizationKind;
import app.consilium.identity.organization.OrganizationRepository;
import app.consilium.identity.specialty.Specialty;
import app.consilium.identity.specialty.SpecialtyRepository;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * Onboarding steps 1 (profile) and 2 (organization or practice). Step 3, encryption setup, belongs to the
 * keys feature; until it is done, onboarding is not complete and no case page opens.
 */
@Service
class Onboarding {

	private final AccountRepository accounts;

	private final OrganizationRepository organizations;

	private final SpecialtyRepository specialties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Onboarding(AccountRepository accounts, OrganizationRepository organizations, SpecialtyRepository specialties,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.specialties = specialties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void saveProfile(UUID accountId, int version, Account.Profile profile, List<UUID> specialtyIds) {
		Account account = accounts.get(accountId);
		if (account.role() == AccountRole.PROVIDER) {
			checkProvider(profile, specialtyIds);
		}
		accounts.updateProfile(accountId, version, profile, clock.instant());
		if (account.role() == AccountRole.PROVIDER) {
			accounts.replaceSpecialties(accountId, specialtyIds);
		}
		if (!profile.fullName().equals(account.profile().fullName())) {
			events.publishEvent(new AccountRenamed(accountId, profile.fullName()));
		}
	}

	/** Edits the organization, or creates the practice of a provider who has none yet. */
	@Transactional
	void saveOrganization(UUID accountId, String ifMatch, Organization.Details details) {
		Account account = accounts.get(accountId);
		if (!MeViews.mayEditOrganization(account)) {
			throw ProblemException.forbidden("organization-not-editable",
					"Only the organization's owner can change its details.");
		}
		if (account.organizationId() == null) {
			createPractice(account, details);
		}
		else {
			Organization current = organizations.get(account.organizationId());
			int version = Versions.fromIfMatch(ifMatch);
			organizations.update(new Organization(current.id(), details.name(), current.kind(), details.address(),
					details.phone(), details.website(), current.active(), current.createdAt(), version));
		}
		accounts.completeOrganizationStep(accountId, clock.instant());
	}

	@Transactional
	void confirmOrganization(UUID accountId) {
		Account account = accounts.get(accountId);
		if (account.organizationId() == null) {
			throw ProblemException.conflict("no-organization", "Enter your practice's details first.");
		}
		accounts.completeOrganizationStep(accountId, clock.instant());
	}

	private void createPractice(Account provider, Organization.Details details) {
		var practice = new Organization(UUID.randomUUID(), details.name(), OrganizationKind.PRACTICE, details.address(),
				details.phone(), details.website(), true, clock.instant(), 0);
		organizations.insert(practice);
		accounts.joinOrganization(provider.id(), practice.id(), true);
	}

	private void checkProvider(Account.Profile profile, List<UUID> specialtyIds) {
		if (profile.licenceNumber() == null) {
			throw new FieldProblem("licenceNumber", "Enter your medical licence number.");
		}
		List<Specialty> chosen = specialties.findByIds(specialtyIds);
		if (chosen.isEmpty()) {
			throw new FieldProblem("specialtyIds", "Choose at least one specialty.");
		}
		if (chosen.size() != specialtyIds.size() || chosen.stream().anyMatch(s -> !s.active())) {
			throw new FieldProblem("specialtyIds", "Choose from the active specialties.");
		}
	}

}
