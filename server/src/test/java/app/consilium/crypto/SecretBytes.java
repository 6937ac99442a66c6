package app.consilium.crypto;

/**
 * Test-only access to the raw bytes of secrets the crypto module otherwise never hands out, so invariant
 * tests can search requests and the database for them (it lives in the crypto package for that reason).
 */
public final class SecretBytes {

	private SecretBytes() {
	}

	/** The key PBKDF2 derives from the passphrase with the parameters inside a passphrase wrap. */
	public static byte[] passphraseKey(String passphrase, byte[] passphraseWrap) {
		KdfParameters kdf = WrappedAccountKey.parse(passphraseWrap).kdfParameters().orElseThrow();
		return PassphraseKdf.derive(passphrase, kdf).getEncoded();
	}

	public static byte[] accountKey(AccountKey key) {
		return key.secretKey().getEncoded();
	}

	public static byte[] caseKey(CaseKey key) {
		return key.rawBytes();
	}

}
