package app.consilium.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.account.Account;
import app.consilium.identity.account.AccountRepository;

/**
 * What other features may ask of identity: who an account is, names of people, organizations and
 * specialties for lists (one query per kind, whatever the page size), the providers one can assign,
 * and recording that encryption is set up.
 */
@Service
public class AccountDirectory {

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	AccountDirectory(AccountRepository accounts, JdbcClient jdbc, java.time.Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
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

	/** Full names by account id. */
	public Map<UUID, String> names(Collection<UUID> accountIds) {
		return lookup("select id, full_name as name from account where id in (:ids)", accountIds);
	}

	public Map<UUID, String> organizationNames(Collection<UUID> organizationIds) {
		return lookup("select id, name from organization where id in (:ids)", organizationIds);
	}

	public Map<UUID, String> specialtyNames(Collection<UUID> specialtyIds) {
		return lookup("select id, name from specialty where id in (:ids)", specialtyIds);
	}

	/** Active providers who finished onboarding, with their specialties, by name. */
	public List<Provider> activeProviders() {
		Map<UUID, Set<UUID>> specialties = new HashMap<>();
		jdbc.sql("""
				select s.account_id, s.specialty_id from account_specialty s join account a on a.id = s.account_id
				where a.role = 'PROVIDER' and a.status = 'ACTIVE'""")
			.query(rs -> {
				specialties.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>())
					.add(rs.getObject(2, UUID.class));
			});
		return jdbc.sql("""
				select id, full_name from account where role = 'PROVIDER' and status = 'ACTIVE'
				  and profile_completed_at is not null and organization_completed_at is not null
				  and encryption_completed_at is not null
				order by full_name, id""")
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Provider(id, rs.getString("full_name"), specialties.getOrDefault(id, Set.of()));
			})
			.list();
	}

	/** Onboarding step 3 is done once the person's keys are published. */
	@Transactional
	public void markEncryptionSetUp(UUID accountId) {
		accounts.completeEncryptionStep(accountId, clock.instant());
	}

	private Map<UUID, String> lookup(String sql, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(sql)
			.param("ids", Set.copyOf(ids))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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

	/** A provider one could assign a case to. */
	public record Provider(UUID id, String fullName, Set<UUID> specialtyIds) {
	}

}
