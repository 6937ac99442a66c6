package app.consilium.keys;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseMember;
import app.consilium.crypto.GrantStructure;
import app.consilium.crypto.KeyScope;
import app.consilium.identity.SignedInAccount;

/** A case's keys as one member sees them, new key generations, and grants that fulfil pending members. */
@RestController
class CaseKeysController {

	/** Grants are 266 bytes plus three ids: 1 KiB of base64url is ample. */
	private static final int MAX_GRANT = 1024;

	private final CaseKeyGrants grants;

	private final CaseKeyRepository repository;

	private final AccountKeysRepository accountKeys;

	private final CaseAccess access;

	CaseKeysController(CaseKeyGrants grants, CaseKeyRepository repository, AccountKeysRepository accountKeys,
			CaseAccess access) {
		this.grants = grants;
		this.repository = repository;
		this.accountKeys = accountKeys;
		this.access = access;
	}

	record NewGeneration(@NotNull KeyScope scope, @Min(1) @Max(Integer.MAX_VALUE) int generation,
			@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = MAX_GRANT) String> grants) {
	}

	record NewGrant(@NotBlank @Size(max = MAX_GRANT) String grant) {
	}

	record PendingInCase(UUID caseId, CaseKeysView.Pending pending) {
	}

	@GetMapping("/api/cases/{id}/keys")
	CaseKeysView keys(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id) {
		return view(id, access.requireMember(id, me));
	}

	@PostMapping("/api/cases/{id}/keys/generations")
	ResponseEntity<CaseKeysView> createGeneration(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@Valid @RequestBody NewGeneration request) {
		grants.createGeneration(id, me, request.scope(), request.generation(), request.grants());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(id, access.requireMember(id, me)));
	}

	@PostMapping("/api/cases/{id}/keys/grants")
	ResponseEntity<CaseKeysView> fulfil(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
			@Valid @RequestBody NewGrant request) {
		grants.fulfil(id, me, request.grant());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(id, access.requireMember(id, me)));
	}

	/**
	 * The cases where my browser may have keys to make: a scope without any generation yet, or a rotation
	 * asked for since someone left. Browsers check these (and the pending grants) instead of every case.
	 */
	@GetMapping("/api/me/key-work")
	List<UUID> keyWork(@AuthenticationPrincipal SignedInAccount me) {
		return repository.keyWorkOf(me.id());
	}

	/**
	 * Across all my cases: the grants my browser can fulfil now (I hold the key, they have published keys).
	 * One query whatever the number of cases, as browsers ask every 30 seconds.
	 */
	@GetMapping("/api/me/pending-grants")
	List<PendingInCase> pendingForMe(@AuthenticationPrincipal SignedInAccount me) {
		return repository.fulfillableBy(me.id())
			.stream()
			.filter(f -> Entitlement.mayHold(f.recipient(), f.scope()))
			.map(f -> new PendingInCase(f.recipient().caseId(),
					new CaseKeysView.Pending(f.scope(), f.generation(), f.recipient().accountId(), f.reason(),
							KeyMaterial.encode(f.recipientPublicKeys()), f.recipientFingerprint())))
			.toList();
	}

	/** Only the scopes this member holds: the other side's memo key is none of their business. */
	private CaseKeysView view(UUID caseId, CaseMember me) {
		String myFingerprint = accountKeys.find(me.accountId()).map(AccountKeys::fingerprint).orElse("");
		List<KeyScope> scopes = Entitlement.scopesOf(me);
		List<CaseKeysView.Held> held = repository.grantsFor(caseId, me.accountId())
			.stream()
			.filter(g -> g.recipientFingerprint().equals(myFingerprint))
			.map(this::held)
			.toList();
		return new CaseKeysView(caseId, scopes, grants.generations(caseId, scopes), held, grants.pending(caseId, scopes));
	}

	/** The grant with the granter's keys as they were when they signed it (they may have reset keys since). */
	private CaseKeysView.Held held(CaseKeyRepository.StoredGrant g) {
		String fingerprint = HexFormat.of()
			.withUpperCase()
			.formatHex(GrantStructure.parse(g.grant()).granterFingerprint().bytes());
		byte[] granterKeys = accountKeys.publishedKeys(g.granterId(), fingerprint).orElseThrow();
		return new CaseKeysView.Held(g.scope(), g.generation(), KeyMaterial.encode(g.grant()), g.granterId(),
				KeyMaterial.encode(granterKeys), fingerprint);
	}

}
