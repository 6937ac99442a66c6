package app.consilium.crypto;

import javax.crypto.SecretKey;

/**
 * A random AES-256 key for one {@link CaseKeyId}. It seals content envelopes and wraps document
 * keys; members receive it through {@link CaseKeyGrant}s. Because the key knows its case and
 * generation, what it seals is bound to them without the caller repeating either.
 */
public final class CaseKey {

  private final CaseKeyId id;
  private final SecretKey key;

  private CaseKey(CaseKeyId id, SecretKey key) {
    this.id = id;
    this.key = key;
  }

  public static CaseKey generate(CaseKeyId id) {
    return new CaseKey(id, AesGcm.key(Randomness.bytes(AesGcm.KEY_BYTES)));
  }

  static CaseKey fromBytes(CaseKeyId id, byte[] raw) {
    return new CaseKey(id, AesGcm.key(raw));
  }

  public CaseKeyId id() {
    return id;
  }

  SecretKey secretKey() {
    return key;
  }

  /** The raw key, for wrapping it to a grant recipient; the caller clears it. */
  byte[] rawBytes() {
    return key.getEncoded();
  }

  @Override
  public String toString() {
    return "CaseKey" + id;
  }
}
