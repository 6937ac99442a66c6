package app.consilium.crypto;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * The random 256-bit key that wraps a person's private keys. The passphrase (and optionally the
 * recovery code) only wraps these 32 bytes, so changing the passphrase re-wraps 32 bytes and
 * nothing else. The wrap's associated data binds the account id and every header byte, KDF
 * parameters included, so the server can neither swap wraps between accounts nor lower the
 * iteration count.
 */
public final class AccountKey {

  private static final String WRAP_LABEL = "consilium/account-key";
  private static final String WHAT = "wrapped account key";

  private final SecretKey key;

  private AccountKey(SecretKey key) {
    this.key = key;
  }

  public static AccountKey generate() {
    return new AccountKey(AesGcm.key(Randomness.bytes(AesGcm.KEY_BYTES)));
  }

  static AccountKey fromBytes(byte[] raw) {
    return new AccountKey(AesGcm.key(raw));
  }

  public byte[] wrapWithPassphrase(String accountId, String passphrase, KdfParameters kdf) {
    return wrapWithPassphrase(accountId, passphrase, kdf, Randomness.bytes(AesGcm.NONCE_BYTES));
  }

  public byte[] wrapWithRecoveryCode(String accountId, RecoveryCode code) {
    byte[] salt = Randomness.bytes(KdfParameters.SALT_BYTES);
    return wrapWithRecoveryCode(accountId, code, salt, Randomness.bytes(AesGcm.NONCE_BYTES));
  }

  /**
   * @throws CannotVerifyException for a wrong passphrase, another account's wrap or tampering
   */
  public static AccountKey unwrapWithPassphrase(
      String accountId, String passphrase, byte[] wrapped) {
    WrappedAccountKey parsed = WrappedAccountKey.parse(wrapped);
    KdfParameters kdf =
        parsed
            .kdfParameters()
            .orElseThrow(() -> new InvalidStructureException(WHAT + ": not a passphrase wrap"));
    return unwrap(parsed, PassphraseKdf.derive(passphrase, kdf), accountId);
  }

  /**
   * @throws CannotVerifyException for a wrong code, another account's wrap or tampering
   */
  public static AccountKey unwrapWithRecoveryCode(
      String accountId, RecoveryCode code, byte[] wrapped) {
    WrappedAccountKey parsed = WrappedAccountKey.parse(wrapped);
    if (parsed.suite() != WrappedAccountKey.Suite.RECOVERY_CODE) {
      throw new InvalidStructureException(WHAT + ": not a recovery-code wrap");
    }
    return unwrap(parsed, code.deriveKey(parsed.recoverySalt()), accountId);
  }

  // Deterministic variants: the nonce and salt are parameters only so test vectors can be fixed.

  byte[] wrapWithPassphrase(String accountId, String passphrase, KdfParameters kdf, byte[] nonce) {
    byte[] header = WrappedAccountKey.passphraseHeader(kdf);
    return wrap(header, PassphraseKdf.derive(passphrase, kdf), accountId, nonce);
  }

  byte[] wrapWithRecoveryCode(String accountId, RecoveryCode code, byte[] salt, byte[] nonce) {
    byte[] header = WrappedAccountKey.recoveryHeader(salt);
    return wrap(header, code.deriveKey(salt), accountId, nonce);
  }

  SecretKey secretKey() {
    return key;
  }

  private byte[] wrap(byte[] header, SecretKey wrappingKey, String accountId, byte[] nonce) {
    byte[] raw = key.getEncoded();
    try {
      byte[] ciphertext = AesGcm.seal(wrappingKey, nonce, raw, aad(header, accountId));
      return new ByteWriter().bytes(header).bytes(nonce).bytes(ciphertext).toByteArray();
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static AccountKey unwrap(
      WrappedAccountKey parsed, SecretKey wrappingKey, String accountId) {
    byte[] aad = aad(parsed.header(), accountId);
    byte[] raw = AesGcm.open(wrappingKey, parsed.nonce(), parsed.ciphertext(), aad, WHAT);
    try {
      return fromBytes(raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static byte[] aad(byte[] header, String accountId) {
    return new ByteWriter().str(WRAP_LABEL).bytes(header).id(accountId).toByteArray();
  }
}
