package app.consilium.keys;

import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.crypto.GrantStructure;
import app.consilium.crypto.KeyScope;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.AccountRole;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;

/** My organization's patients key: what I hold, new generations, and grants to colleagues still waiting. */
@RestController
class OrganizationKeysController {

	/** Grants are 266 bytes plus three ids: 1 KiB of base64url is ample. */
	private static final int MAX_GRANT = 1024;

	private final OrganizationKeyGrants grants;

	private final OrganizationKeyRepository repository;

	private final AccountKeysRepository accountKeys;

	private final AccountDirectory accounts;

	OrganizationKeysController(OrganizationKeyGrants grants, OrganizationKeyRepository repository,
			AccountKeysRepository accountKeys, AccountDirectory accounts) {
		this.grants = grants;
		this.repository = repository;
		this.accountKeys = accountKeys;
		this.accounts = accounts;
	}

	record NewGeneration(@Min(1) @Max(Integer.MAX_VALUE) int generation,
			@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = MAX_GRANT) String> grants) {
	}

	record NewGrant(@NotBlank @Size(max = MAX_GRANT) String grant) {
	}

	@GetMapping("/api/organization/patient-keys")
	OrganizationKeysView keys(@AuthenticationPrincipal SignedInAccount me) {
		return view(requester(me).organizationId(), me.id());
	}

	@PostMapping("/api/organization/patient-keys/generations")
	ResponseEntity<OrganizationKeysView> createGeneration(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody NewGeneration request) {
		UUID organizationId = onboardedRequester(me).organizationId();
		grants.createGeneration(organizationId, me.id(), request.generation(), request.grants());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(organizationId, me.id()));
	}

	@PostMapping("/api/organization/patient-keys/grants")
	ResponseEntity<OrganizationKeysView> fulfil(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody NewGrant request) {
		UUID organizationId = onboardedRequester(me).organizationId();
		grants.fulfil(organizationId, me.id(), request.grant());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(organizationId, me.id()));
	}

	private AccountDirectory.Person requester(SignedInAccount me) {
		return accounts.find(me.id())
			.filter(p -> p.role() == AccountRole.REQUESTER && p.organizationId() != null && p.active())
			.orElseThrow(() -> ProblemException.forbidden("not-a-requester",
					"Only requesters of an organization hold its patients key."));
	}

	private AccountDirectory.Person onboardedRequester(SignedInAccount me) {
		AccountDirectory.Person person = requester(me);
		if (!person.onboarded()) {
			throw ProblemException.forbidden("not-onboarded", "Finish onboarding before sharing the patients key.");
		}
		return person;
	}

	private OrganizationKeysView view(UUID organizationId, UUID me) {
		String myFingerprint = accountKeys.find(me).map(AccountKeys::fingerprint).orElse("");
		List<CaseKeysView.Held> held = repository.grantsFor(organizationId, me)
			.stream()
			.filter(g -> g.recipientFingerprint().equals(myFingerprint))
			.map(this::held)
			.toList();
		List<OrganizationKeysView.Member> members = accounts.onboardedRequestersOf(organizationId)
			.stream()
			.map(p -> new OrganizationKeysView.Member(p.id()))
			.toList();
		return new OrganizationKeysView(organizationId, grants.generations(organizationId), held,
				grants.pending(organizationId), members);
	}

	/** The grant with the granter's keys as they were when they signed it (they may have reset keys since). */
	private CaseKeysView.Held held(OrganizationKeyRepository.StoredGrant g) {
		String fingerprint = HexFormat.of()
			.withUpperCase()
			.formatHex(GrantStructure.parse(g.grant()).granterFingerprint().bytes());
		byte[] granterKeys = accountKeys.publishedKeys(g.granterId(), fingerprint).orElseThrow();
		return new CaseKeysView.Held(KeyScope.PATIENTS, g.generation(), KeyMaterial.encode(g.grant()), g.granterId(),
				KeyMaterial.encode(granterKeys), fingerprint);
	}

}
