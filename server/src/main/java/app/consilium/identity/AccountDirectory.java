package app.consilium.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;

/** What other features may ask of identity: who an account is, and recording that its encryption is set up. */
@Service
public class AccountDirectory {

	private final AccountRepository accounts;

	private final java.time.Clock clock;

	AccountDirectory(AccountRepository accounts, java.time.Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Name and role of an active or deactivated account; empty when there is none. */
	public Optional<Person> find(UUID accountId) {
		return accounts.findById(accountId).map(AccountDirectory::person);
	}

	/** The active requesters of an organization who have finished onboarding (their keys are published). */
	public List<Person> onboardedRequestersOf(UUID organizationId) {
		return accounts.findByOrganization(organizationId)
			.stream()
			.map(AccountDirectory::person)
			.filter(Person::isOnboardedRequester)
			.toList();
	}

	/** Onboarding step 3 is done once the person's keys are published. */
	@Transactional
	public void markEncryptionSetUp(UUID accountId) {
		accounts.completeEncryptionStep(accountId, clock.instant());
	}

	/** Enough about a person for other features to decide what they may do. */
	public record Person(UUID id, String fullName, AccountRole role, UUID organizationId, boolean active,
			boolean onboarded) {

		public boolean isOnboardedRequester() {
			return role == AccountRole.REQUESTER && organizationId != null && active && onboarded;
		}

	}

	private static Person person(Account a) {
		return new Person(a.id(), a.profile().fullName(), a.role(), a.organizationId(), a.isActive(),
				a.onboarding().complete());
	}

}
