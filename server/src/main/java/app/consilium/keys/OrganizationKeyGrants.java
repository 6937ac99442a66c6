package app.consilium.keys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.crypto.KeyScope;
import app.consilium.identity.AccountDeactivated;
import app.consilium.identity.AccountDirectory;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * Who holds an organization's patients key: the case-key rules (docs/crypto.md §8) with the organization
 * in the case's place. Its members are the organization's active, onboarded requesters. Any of them may
 * create the first generation; later generations and grants come only from someone who holds the
 * generation concerned, and go only to a member at their current fingerprint. A requester who is
 * deactivated loses their grants at once and the organization is asked for a new generation.
 */
@Service
class OrganizationKeyGrants {

	private final OrganizationKeyRepository repository;

	private final AccountKeysRepository accountKeys;

	private final AccountDirectory accounts;

	private final Clock clock;

	OrganizationKeyGrants(OrganizationKeyRepository repository, AccountKeysRepository accountKeys,
			AccountDirectory accounts, Clock clock) {
		this.repository = repository;
		this.accountKeys = accountKeys;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Creates generation {@code latest + 1} with the grants of every member who can receive it now. */
	@Transactional
	void createGeneration(UUID organizationId, UUID me, int generation, List<String> grants) {
		Integer latest = repository.latestGeneration(organizationId).orElse(null);
		int expected = latest == null ? 1 : latest + 1;
		if (generation != expected) {
			throw ProblemException.conflict("generation-taken",
					"Generation " + generation + " cannot be created; the next one is " + expected + ".");
		}
		if (latest != null && !holds(organizationId, latest, me)) {
			throw ProblemException.forbidden("no-key-to-rotate",
					"Only colleagues who hold the current patients key can replace it.");
		}
		repository.insertGeneration(organizationId, generation, me, clock.instant());
		Set<UUID> recipients = new HashSet<>();
		for (String grant : grants) {
			recipients.add(store(organizationId, me, generation, grant));
		}
		if (!recipients.contains(me)) {
			throw new FieldProblem("grants", "Include your own grant: you must be able to read what you share.");
		}
		repository.clearRotation(organizationId);
	}

	/** Fulfils one pending grant of an existing generation that I hold. */
	@Transactional
	void fulfil(UUID organizationId, UUID me, String grant) {
		store(organizationId, me, 0, grant);
	}

	/** @param newGeneration the generation being created, or 0 when fulfilling one that exists */
	private UUID store(UUID organizationId, UUID me, int newGeneration, String encoded) {
		AccountKeys granterKeys = accountKeys.find(me)
			.orElseThrow(() -> ProblemException.conflict("no-keys", "Set up encryption before sharing keys."));
		GrantCheck.Checked grant = GrantCheck.signedBy(encoded, me, granterKeys);
		var keyId = grant.structure().keyId();
		if (keyId.scope() != KeyScope.PATIENTS) {
			throw new FieldProblem("grant", "This grant is not for a patients key.");
		}
		if (!keyId.caseId().equals(organizationId.toString())) {
			throw new FieldProblem("grant", "This grant is for another organization.");
		}
		int generation = keyId.generation();
		if (newGeneration > 0 && generation != newGeneration) {
			throw new FieldProblem("grants", "Every grant must carry the new generation.");
		}
		if (newGeneration == 0) {
			if (!repository.generationExists(organizationId, generation)) {
				throw new FieldProblem("grant", "This key generation does not exist.");
			}
			if (!holds(organizationId, generation, me)) {
				throw ProblemException.forbidden("no-key-to-share", "You can only share a key you hold.");
			}
		}
		checkRecipient(organizationId, grant);
		var existing = repository.grant(organizationId, generation, grant.recipientId());
		if (existing.isPresent() && existing.get().recipientFingerprint().equals(grant.recipientFingerprint())) {
			throw ProblemException.conflict("already-granted", "This colleague already holds this key.");
		}
		repository.upsertGrant(new OrganizationKeyRepository.StoredGrant(organizationId, generation,
				grant.recipientId(), grant.recipientFingerprint(), me, grant.bytes(), clock.instant()));
		return grant.recipientId();
	}

	private void checkRecipient(UUID organizationId, GrantCheck.Checked grant) {
		boolean member = accounts.find(grant.recipientId())
			.filter(p -> p.isOnboardedRequester() && organizationId.equals(p.organizationId()))
			.isPresent();
		if (!member) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "recipient-not-member",
					"The patients key is shared only with requesters of your organization.");
		}
		String current = accountKeys.find(grant.recipientId()).map(AccountKeys::fingerprint).orElse(null);
		if (!grant.recipientFingerprint().equals(current)) {
			throw ProblemException.conflict("recipient-key-changed",
					"This colleague's key has changed; fetch their current key and share again.");
		}
	}

	@EventListener
	void accountDeactivated(AccountDeactivated event) {
		if (event.organizationId() == null) {
			return;
		}
		repository.deleteGrantsOf(event.organizationId(), event.accountId());
		if (repository.latestGeneration(event.organizationId()).isPresent()) {
			repository.requestRotation(event.organizationId(), clock.instant());
		}
	}

	/** The newest generation and whether a rotation is due; empty before the first one. */
	List<CaseKeysView.Generation> generations(UUID organizationId) {
		return repository.latestGeneration(organizationId)
			.map(latest -> List.of(new CaseKeysView.Generation(KeyScope.PATIENTS, latest,
					repository.rotationRequested(organizationId))))
			.orElse(List.of());
	}

	/** Whether the account holds a generation with the keys it has now (a grant to a reset key does not count). */
	boolean holds(UUID organizationId, int generation, UUID accountId) {
		String current = accountKeys.find(accountId).map(AccountKeys::fingerprint).orElse(null);
		return repository.grant(organizationId, generation, accountId)
			.filter(g -> g.recipientFingerprint().equals(current))
			.isPresent();
	}

	/**
	 * Members who should hold a generation and do not yet, with why. Every generation counts, not only the
	 * latest: a colleague who joins later reads the patients sealed before them too.
	 */
	List<CaseKeysView.Pending> pending(UUID organizationId) {
		List<CaseKeysView.Pending> pending = new ArrayList<>();
		List<AccountDirectory.Person> members = accounts.onboardedRequestersOf(organizationId);
		for (int generation : repository.generations(organizationId)) {
			for (AccountDirectory.Person member : members) {
				pendingFor(organizationId, generation, member.id()).ifPresent(pending::add);
			}
		}
		return pending;
	}

	private Optional<CaseKeysView.Pending> pendingFor(UUID organizationId, int generation, UUID accountId) {
		var keys = accountKeys.find(accountId);
		if (keys.isEmpty()) {
			return Optional.of(CaseKeysView.Pending.waiting(KeyScope.PATIENTS, generation, accountId, "NO_KEYS"));
		}
		var grant = repository.grant(organizationId, generation, accountId);
		if (grant.isPresent() && grant.get().recipientFingerprint().equals(keys.get().fingerprint())) {
			return Optional.empty();
		}
		String reason = grant.isPresent() ? "KEYS_RESET" : "NOT_YET_SHARED";
		return Optional.of(CaseKeysView.Pending.of(KeyScope.PATIENTS, generation, accountId, reason, keys.get()));
	}

}
