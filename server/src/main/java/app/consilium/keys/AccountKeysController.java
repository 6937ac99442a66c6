package app.consilium.keys;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.crypto.WrappedAccountKey;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * One's own key material (to unlock the vault in the browser, and to change how it is protected) and
 * anyone's public keys (to share a case key with them). Binary values travel as unpadded base64url.
 */
@RestController
class AccountKeysController {

	/** Large enough for every suite-1 record (the largest, the public keys, is 132 bytes), small enough to refuse junk. */
	private static final int MAX_ENCODED = 1024;

	private final KeySetup setup;

	private final AccountDirectory accounts;

	AccountKeysController(KeySetup setup, AccountDirectory accounts) {
		this.setup = setup;
		this.accounts = accounts;
	}

	record KeysView(UUID accountId, String publicKeys, String fingerprint, String privateKeys, String passphraseWrap,
			String recoveryWrap, int version) {

		static KeysView of(AccountKeys k) {
			return new KeysView(k.accountId(), KeyMaterial.encode(k.publicKeys()), k.fingerprint(),
					KeyMaterial.encode(k.privateKeysSealed()), KeyMaterial.encode(k.passphraseWrapSealed()),
					KeyMaterial.encode(k.recoveryWrapSealed()), k.version());
		}

	}

	record NewKeysRequest(@NotBlank @Size(max = MAX_ENCODED) String publicKeys,
			@NotBlank @Size(max = MAX_ENCODED) String privateKeys, @NotBlank @Size(max = MAX_ENCODED) String passphraseWrap,
			@Size(max = MAX_ENCODED) String recoveryWrap) {

		KeySetup.NewKeys material() {
			return new KeySetup.NewKeys(KeyMaterial.publicKeys("publicKeys", publicKeys),
					KeyMaterial.privateKeys("privateKeys", privateKeys),
					KeyMaterial.accountKeyWrap("passphraseWrap", passphraseWrap, WrappedAccountKey.Suite.PASSPHRASE),
					recoveryWrap == null ? null
							: KeyMaterial.accountKeyWrap("recoveryWrap", recoveryWrap, WrappedAccountKey.Suite.RECOVERY_CODE));
		}

	}

	record ResetRequest(@NotBlank @Size(max = MAX_ENCODED) String publicKeys,
			@NotBlank @Size(max = MAX_ENCODED) String privateKeys, @NotBlank @Size(max = MAX_ENCODED) String passphraseWrap,
			@Size(max = MAX_ENCODED) String recoveryWrap,
			@AssertTrue(message = "Confirm that data encrypted for your old keys becomes unreadable to you.") boolean confirmDataLoss) {

		KeySetup.NewKeys material() {
			return new NewKeysRequest(publicKeys, privateKeys, passphraseWrap, recoveryWrap).material();
		}

	}

	record PassphraseRequest(@NotBlank @Size(max = MAX_ENCODED) String passphraseWrap) {
	}

	record RecoveryRequest(@Size(max = MAX_ENCODED) String recoveryWrap) {
	}

	record PublicKeysView(UUID accountId, String fullName, String publicKeys, String fingerprint) {
	}

	@GetMapping("/api/me/keys")
	ResponseEntity<KeysView> mine(@AuthenticationPrincipal SignedInAccount me) {
		return withEtag(HttpStatus.OK, setup.get(me.id()));
	}

	@PutMapping("/api/me/keys")
	ResponseEntity<KeysView> setUp(@AuthenticationPrincipal SignedInAccount me,
			@Valid @RequestBody NewKeysRequest request) {
		return withEtag(HttpStatus.CREATED, setup.setUp(me.id(), request.material()));
	}

	@PutMapping("/api/me/keys/passphrase")
	ResponseEntity<KeysView> changePassphrase(@AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody PassphraseRequest request) {
		int version = Versions.fromIfMatch(ifMatch);
		byte[] wrap = KeyMaterial.accountKeyWrap("passphraseWrap", request.passphraseWrap(),
				WrappedAccountKey.Suite.PASSPHRASE);
		return withEtag(HttpStatus.OK, setup.changePassphrase(me.id(), version, wrap));
	}

	@PutMapping("/api/me/keys/recovery")
	ResponseEntity<KeysView> changeRecovery(@AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody RecoveryRequest request) {
		int version = Versions.fromIfMatch(ifMatch);
		byte[] wrap = request.recoveryWrap() == null ? null
				: KeyMaterial.accountKeyWrap("recoveryWrap", request.recoveryWrap(), WrappedAccountKey.Suite.RECOVERY_CODE);
		return withEtag(HttpStatus.OK, setup.changeRecovery(me.id(), version, wrap));
	}

	/** If-Match names the keys being replaced: of two racing resets (two devices), one wins. */
	@PostMapping("/api/me/keys/reset")
	ResponseEntity<KeysView> reset(@AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ResetRequest request) {
		int version = Versions.fromIfMatch(ifMatch);
		return withEtag(HttpStatus.OK, setup.reset(me.id(), version, request.material()));
	}

	@GetMapping("/api/accounts/{id}/public-keys")
	PublicKeysView publicKeys(@PathVariable UUID id) {
		var person = accounts.find(id).orElseThrow(() -> ProblemException.notFound("The account"));
		AccountKeys keys = setup.find(id)
			.orElseThrow(() -> ProblemException.notFound("no-keys", "This person has not set up encryption yet."));
		return new PublicKeysView(id, person.fullName(), KeyMaterial.encode(keys.publicKeys()), keys.fingerprint());
	}

	private static ResponseEntity<KeysView> withEtag(HttpStatus status, AccountKeys keys) {
		return ResponseEntity.status(status).eTag(Versions.etag(keys.version())).body(KeysView.of(keys));
	}

}
