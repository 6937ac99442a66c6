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

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseMemberRemoved;
import app.consilium.crypto.KeyScope;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * Who holds which case key. A member's browser creates a key generation with grants for every member who
 * has keys, and fulfils pending grants later (new members, members who reset their keys); the server only
 * accepts grants that are signed by the poster's current key, name this case and an existing generation,
 * are addressed to a current member at their current fingerprint, and come from someone who holds that
 * generation. Removing a member deletes their grants at once and asks for a new generation.
 */
@Service
class CaseKeyGrants {

	private final CaseKeyRepository repository;

	private final AccountKeysRepository accountKeys;

	private final CaseAccess access;

	private final Clock clock;

	CaseKeyGrants(CaseKeyRepository repository, AccountKeysRepository accountKeys, CaseAccess access, Clock clock) {
		this.repository = repository;
		this.accountKeys = accountKeys;
		this.access = access;
		this.clock = clock;
	}

	/** Creates generation {@code latest + 1} of a scope, with the grants of everyone who can receive it now. */
	@Transactional
	void createGeneration(UUID caseId, SignedInAccount who, KeyScope scope, int generation, List<String> grants) {
		CaseMember member = access.requireMember(caseId, who);
		if (!Entitlement.CASE_SCOPES.contains(scope)) {
			throw new FieldProblem("scope", "Cases have case, chat and memo keys only.");
		}
		if (!Entitlement.mayHold(member, scope)) {
			throw ProblemException.forbidden("not-entitled", "Only the side whose memos they are holds this key.");
		}
		Integer latest = repository.latestGeneration(caseId, scope).orElse(null);
		int expected = latest == null ? 1 : latest + 1;
		if (generation != expected) {
			throw ProblemException.conflict("generation-taken",
					"Generation " + generation + " cannot be created; the next one is " + expected + ".");
		}
		if (latest != null && !holds(caseId, scope, latest, who.id())) {
			throw ProblemException.forbidden("no-key-to-rotate", "Only members who hold the current key can replace it.");
		}
		repository.insertGeneration(caseId, scope, generation, who.id(), clock.instant());
		Set<UUID> recipients = new HashSet<>();
		for (String grant : grants) {
			recipients.add(store(caseId, who, scope, generation, grant, true));
		}
		if (!recipients.contains(who.id())) {
			throw new FieldProblem("grants", "Include your own grant: you must be able to read what you share.");
		}
		repository.clearRotation(caseId, scope);
	}

	/** Fulfils one pending grant of an existing generation. */
	@Transactional
	void fulfil(UUID caseId, SignedInAccount who, String grant) {
		access.requireMember(caseId, who);
		store(caseId, who, null, 0, grant, false);
	}

	private UUID store(UUID caseId, SignedInAccount who, KeyScope expectedScope, int expectedGeneration, String encoded,
			boolean newGeneration) {
		AccountKeys granterKeys = accountKeys.find(who.id())
			.orElseThrow(() -> ProblemException.conflict("no-keys", "Set up encryption before sharing keys."));
		GrantCheck.Checked grant = GrantCheck.signedBy(encoded, who.id(), granterKeys);
		var keyId = grant.structure().keyId();
		if (!keyId.caseId().equals(caseId.toString())) {
			throw new FieldProblem("grant", "This grant is for another case.");
		}
		KeyScope scope = keyId.scope();
		int generation = keyId.generation();
		if (newGeneration && (scope != expectedScope || generation != expectedGeneration)) {
			throw new FieldProblem("grants", "Every grant must carry the new generation of this scope.");
		}
		if (!newGeneration) {
			if (!repository.generationExists(caseId, scope, generation)) {
				throw new FieldProblem("grant", "This key generation does not exist.");
			}
			if (!holds(caseId, scope, generation, who.id())) {
				throw ProblemException.forbidden("no-key-to-share", "You can only share a key you hold.");
			}
		}
		checkRecipient(caseId, scope, grant);
		var existing = repository.grant(caseId, scope, generation, grant.recipientId());
		if (existing.isPresent() && existing.get().recipientFingerprint().equals(grant.recipientFingerprint())) {
			throw ProblemException.conflict("already-granted", "This member already holds this key.");
		}
		repository.upsertGrant(new CaseKeyRepository.StoredGrant(caseId, scope, generation, grant.recipientId(),
				grant.recipientFingerprint(), who.id(), grant.bytes(), clock.instant()));
		return grant.recipientId();
	}

	private void checkRecipient(UUID caseId, KeyScope scope, GrantCheck.Checked grant) {
		CaseMember recipient = access.member(caseId, grant.recipientId())
			.orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "recipient-not-member",
					"Keys are shared only with members of the case."));
		if (!Entitlement.mayHold(recipient, scope)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "recipient-not-entitled",
					"This member may not hold this key.");
		}
		String current = accountKeys.find(recipient.accountId()).map(AccountKeys::fingerprint).orElse(null);
		if (!grant.recipientFingerprint().equals(current)) {
			throw ProblemException.conflict("recipient-key-changed",
					"This member's key has changed; fetch their current key and share again.");
		}
	}

	/**
	 * The case and chat keys rotate whenever a member leaves; a side's memo key only when the member who
	 * left held it, so that the other side's memos are not re-keyed for nothing.
	 */
	@EventListener
	void memberRemoved(CaseMemberRemoved event) {
		Set<KeyScope> held = new HashSet<>();
		repository.grantsFor(event.caseId(), event.accountId()).forEach(g -> held.add(g.scope()));
		repository.deleteGrantsOf(event.caseId(), event.accountId());
		for (KeyScope scope : Entitlement.CASE_SCOPES) {
			boolean rotates = !Entitlement.isMemos(scope) || held.contains(scope);
			if (rotates && repository.latestGeneration(event.caseId(), scope).isPresent()) {
				repository.requestRotation(event.caseId(), scope, clock.instant());
			}
		}
	}

	/** The newest generation of each of these scopes the case has, and whether a rotation is due. */
	List<CaseKeysView.Generation> generations(UUID caseId, List<KeyScope> scopes) {
		List<CaseKeysView.Generation> generations = new ArrayList<>();
		for (KeyScope scope : scopes) {
			repository.latestGeneration(caseId, scope)
				.ifPresent(latest -> generations
					.add(new CaseKeysView.Generation(scope, latest, repository.rotationRequested(caseId, scope))));
		}
		return generations;
	}

	/**
	 * Whether the account holds a generation with the keys it has now: a grant to a key it has since reset
	 * is useless to it, so it neither counts as holding nor lets it share.
	 */
	boolean holds(UUID caseId, KeyScope scope, int generation, UUID accountId) {
		String current = accountKeys.find(accountId).map(AccountKeys::fingerprint).orElse(null);
		return repository.grant(caseId, scope, generation, accountId)
			.filter(g -> g.recipientFingerprint().equals(current))
			.isPresent();
	}

	/**
	 * Members who should hold a generation of a scope and do not yet, with why. Every generation counts, not
	 * only the latest: a member who joins later or reset their keys reads the case's earlier content too.
	 */
	List<CaseKeysView.Pending> pending(UUID caseId, List<KeyScope> scopes) {
		List<CaseKeysView.Pending> pending = new ArrayList<>();
		List<CaseMember> members = access.members(caseId);
		for (KeyScope scope : scopes) {
			for (int generation : repository.generations(caseId, scope)) {
				for (CaseMember member : members) {
					if (Entitlement.mayHold(member, scope)) {
						pendingFor(caseId, scope, generation, member).ifPresent(pending::add);
					}
				}
			}
		}
		return pending;
	}

	private Optional<CaseKeysView.Pending> pendingFor(UUID caseId, KeyScope scope, int generation,
			CaseMember member) {
		var keys = accountKeys.find(member.accountId());
		if (keys.isEmpty()) {
			return Optional.of(CaseKeysView.Pending.waiting(scope, generation, member.accountId(), "NO_KEYS"));
		}
		var grant = repository.grant(caseId, scope, generation, member.accountId());
		if (grant.isPresent() && grant.get().recipientFingerprint().equals(keys.get().fingerprint())) {
			return Optional.empty();
		}
		String reason = grant.isPresent() ? "KEYS_RESET" : "NOT_YET_SHARED";
		return Optional.of(CaseKeysView.Pending.of(scope, generation, member.accountId(), reason, keys.get()));
	}

}
