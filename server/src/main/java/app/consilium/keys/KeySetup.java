package app.consilium.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.identity.AccountDirectory;
import app.consilium.platform.ProblemException;

/**
 * The life of a person's keys: first setup (onboarding step 3), a new passphrase or recovery kit (the
 * account key is re-wrapped, the keys stay), and a reset after a forgotten passphrase without a kit (a new
 * key pair; what was encrypted for the old one is lost to this person, co-members re-share cases).
 */
@Service
class KeySetup {

	private final AccountKeysRepository keys;

	private final AccountDirectory accounts;

	private final Clock clock;

	KeySetup(AccountKeysRepository keys, AccountDirectory accounts, Clock clock) {
		this.keys = keys;
		this.accounts = accounts;
		this.clock = clock;
	}

	record NewKeys(KeyMaterial.Published published, byte[] privateKeys, byte[] passphraseWrap, byte[] recoveryWrap) {
	}

	@Transactional
	AccountKeys setUp(UUID accountId, NewKeys material) {
		if (keys.find(accountId).isPresent()) {
			throw ProblemException.conflict("keys-exist",
					"Your encryption is already set up. Change your passphrase, or reset your keys if you lost it.");
		}
		Instant now = clock.instant();
		keys.insert(new AccountKeys(accountId, material.published().publicKeys(), material.published().fingerprint(),
				material.privateKeys(), material.passphraseWrap(), material.recoveryWrap(), now, now, 0));
		keys.recordPublished(accountId, material.published().fingerprint(), material.published().publicKeys(), "SETUP",
				now);
		accounts.markEncryptionSetUp(accountId);
		return get(accountId);
	}

	@Transactional
	AccountKeys changePassphrase(UUID accountId, int version, byte[] passphraseWrap) {
		get(accountId);
		keys.updatePassphraseWrap(accountId, version, passphraseWrap, clock.instant());
		return get(accountId);
	}

	@Transactional
	AccountKeys changeRecovery(UUID accountId, int version, byte[] recoveryWrap) {
		get(accountId);
		keys.updateRecoveryWrap(accountId, version, recoveryWrap, clock.instant());
		return get(accountId);
	}

	@Transactional
	AccountKeys reset(UUID accountId, int version, NewKeys material) {
		AccountKeys current = get(accountId);
		if (current.fingerprint().equals(material.published().fingerprint())) {
			throw ProblemException.conflict("same-keys", "A reset needs a new key pair.");
		}
		Instant now = clock.instant();
		keys.replace(new AccountKeys(accountId, material.published().publicKeys(), material.published().fingerprint(),
				material.privateKeys(), material.passphraseWrap(), material.recoveryWrap(), current.createdAt(), now,
				version));
		keys.recordPublished(accountId, material.published().fingerprint(), material.published().publicKeys(), "RESET",
				now);
		return get(accountId);
	}

	Optional<AccountKeys> find(UUID accountId) {
		return keys.find(accountId);
	}

	AccountKeys get(UUID accountId) {
		return keys.find(accountId)
			.orElseThrow(() -> ProblemException.notFound("no-keys", "You have not set up encryption yet."));
	}

}
