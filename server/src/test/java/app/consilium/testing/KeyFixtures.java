package app.consilium.testing;

import java.util.HashMap;
import java.util.Map;

import app.consilium.crypto.AccountKey;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.KdfParameters;
import app.consilium.crypto.RecoveryCode;
import app.consilium.crypto.UserKeyPair;

/**
 * Real key material for tests, made with the same Java crypto module the browser's formats are checked
 * against: what a browser would upload at encryption setup.
 */
public final class KeyFixtures {

	private KeyFixtures() {
	}

	/** Everything one person's setup produces, with the secrets kept so tests can open what the server returns. */
	public record Material(String accountId, String passphrase, AccountKey accountKey, UserKeyPair keyPair,
			RecoveryCode recoveryCode, byte[] passphraseWrap, byte[] privateKeys, byte[] recoveryWrap) {

		public Map<String, Object> body() {
			Map<String, Object> body = new HashMap<>();
			body.put("publicKeys", Base64Url.encode(keyPair.publicKeys().encoded()));
			body.put("privateKeys", Base64Url.encode(privateKeys));
			body.put("passphraseWrap", Base64Url.encode(passphraseWrap));
			body.put("recoveryWrap", recoveryWrap == null ? null : Base64Url.encode(recoveryWrap));
			return body;
		}

	}

	public static Material setUp(String accountId, String passphrase) {
		AccountKey accountKey = AccountKey.generate();
		UserKeyPair keyPair = UserKeyPair.generate();
		RecoveryCode recoveryCode = RecoveryCode.generate();
		return new Material(accountId, passphrase, accountKey, keyPair, recoveryCode,
				accountKey.wrapWithPassphrase(accountId, passphrase, KdfParameters.generate()),
				keyPair.wrap(accountKey, accountId), accountKey.wrapWithRecoveryCode(accountId, recoveryCode));
	}

}
