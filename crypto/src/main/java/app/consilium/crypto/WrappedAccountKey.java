package app.consilium.crypto;

import java.util.Optional;

/**
 * The account key wrapped under a passphrase key or a recovery-code key (docs/crypto.md, "Wrapped
 * account key"). {@link #parse} is the server's shape check: version, suite, sizes, and the KDF
 * iteration floor, all without any key.
 *
 * <pre>
 * suite 1 (passphrase):    version | suite | iterations u32 | salt 16 | nonce 12 | ciphertext 32 + tag 16  = 82 bytes
 * suite 2 (recovery code): version | suite | salt 16 | nonce 12 | ciphertext 32 + tag 16                   = 78 bytes
 * </pre>
 */
public final class WrappedAccountKey {

  static final int VERSION = 1;
  private static final String FORMAT = "wrapped account key";
  private static final int CIPHERTEXT_BYTES = AesGcm.KEY_BYTES + AesGcm.TAG_BYTES;

  /** How the wrapping key is derived. */
  public enum Suite {
    /** PBKDF2-HMAC-SHA256 of the passphrase, then AES-256-GCM. */
    PASSPHRASE,
    /** HKDF-SHA256 of the recovery code, then AES-256-GCM. */
    RECOVERY_CODE;

    int id() {
      return ordinal() + 1;
    }
  }

  private final byte[] header;
  private final Suite suite;
  private final KdfParameters kdf;
  private final byte[] salt;
  private final byte[] nonce;
  private final byte[] ciphertext;

  private WrappedAccountKey(
      byte[] header, Suite suite, KdfParameters kdf, byte[] salt, byte[] nonce, byte[] ciphertext) {
    this.header = header;
    this.suite = suite;
    this.kdf = kdf;
    this.salt = salt;
    this.nonce = nonce;
    this.ciphertext = ciphertext;
  }

  /**
   * @throws InvalidStructureException for anything but a well-formed version 1 wrap
   */
  public static WrappedAccountKey parse(byte[] bytes) {
    ByteReader reader = new ByteReader(bytes, FORMAT);
    if (reader.u8() != VERSION) {
      throw reader.invalid("unknown version");
    }
    int suiteId = reader.u8();
    if (suiteId != Suite.PASSPHRASE.id() && suiteId != Suite.RECOVERY_CODE.id()) {
      throw reader.invalid("unknown suite");
    }
    Suite suite = Suite.values()[suiteId - 1];
    KdfParameters kdf = suite == Suite.PASSPHRASE ? KdfParameters.readFrom(reader) : null;
    byte[] salt = suite == Suite.RECOVERY_CODE ? reader.fixed(KdfParameters.SALT_BYTES) : null;
    byte[] header = java.util.Arrays.copyOf(bytes, reader.position());
    byte[] nonce = reader.fixed(AesGcm.NONCE_BYTES);
    byte[] ciphertext = reader.fixed(CIPHERTEXT_BYTES);
    reader.expectEnd();
    return new WrappedAccountKey(header, suite, kdf, salt, nonce, ciphertext);
  }

  static byte[] passphraseHeader(KdfParameters kdf) {
    ByteWriter writer = new ByteWriter().u8(VERSION).u8(Suite.PASSPHRASE.id());
    kdf.writeTo(writer);
    return writer.toByteArray();
  }

  static byte[] recoveryHeader(byte[] salt) {
    return new ByteWriter().u8(VERSION).u8(Suite.RECOVERY_CODE.id()).bytes(salt).toByteArray();
  }

  public Suite suite() {
    return suite;
  }

  /** Present for {@link Suite#PASSPHRASE}: what the client must derive with. */
  public Optional<KdfParameters> kdfParameters() {
    return Optional.ofNullable(kdf);
  }

  byte[] header() {
    return header.clone();
  }

  byte[] recoverySalt() {
    return salt.clone();
  }

  byte[] nonce() {
    return nonce.clone();
  }

  byte[] ciphertext() {
    return ciphertext.clone();
  }
}
