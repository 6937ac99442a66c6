package app.consilium.crypto;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

/**
 * A person's ECDH P-256 key (grants are wrapped to it) and ECDSA P-256 key (grants are signed with
 * it). Private keys leave this class only wrapped by the account key; the wrap's associated data
 * binds the account id and the fingerprint of the public keys, so a wrap cannot be paired with
 * other keys.
 */
public final class UserKeyPair {

  private static final String WRAP_LABEL = "consilium/private-keys";
  private static final String WHAT = "wrapped private keys";

  private final ECPrivateKey agreementKey;
  private final ECPrivateKey signingKey;
  private final PublicKeys publicKeys;

  private UserKeyPair(ECPrivateKey agreementKey, ECPrivateKey signingKey, PublicKeys publicKeys) {
    this.agreementKey = agreementKey;
    this.signingKey = signingKey;
    this.publicKeys = publicKeys;
  }

  public static UserKeyPair generate() {
    KeyPair agreement = P256.generateKeyPair();
    KeyPair signing = P256.generateKeyPair();
    PublicKeys publicKeys =
        PublicKeys.of((ECPublicKey) agreement.getPublic(), (ECPublicKey) signing.getPublic());
    return new UserKeyPair(
        (ECPrivateKey) agreement.getPrivate(), (ECPrivateKey) signing.getPrivate(), publicKeys);
  }

  /** From the 192-byte plaintext: ECDH d|x|y, then ECDSA d|x|y. */
  static UserKeyPair fromPrivateBytes(byte[] plaintext) {
    ByteReader reader = new ByteReader(plaintext, "private keys");
    ECPrivateKey agreement = P256.privateKey(reader.fixed(P256.SCALAR_BYTES));
    byte[] agreementPoint = uncompressed(reader.fixed(2 * P256.SCALAR_BYTES));
    ECPrivateKey signing = P256.privateKey(reader.fixed(P256.SCALAR_BYTES));
    byte[] signingPoint = uncompressed(reader.fixed(2 * P256.SCALAR_BYTES));
    reader.expectEnd();
    PublicKeys publicKeys =
        PublicKeys.of(P256.publicKey(agreementPoint), P256.publicKey(signingPoint));
    return new UserKeyPair(agreement, signing, publicKeys);
  }

  public PublicKeys publicKeys() {
    return publicKeys;
  }

  public byte[] wrap(AccountKey accountKey, String accountId) {
    return wrap(accountKey, accountId, Randomness.bytes(AesGcm.NONCE_BYTES));
  }

  /**
   * @param published the public keys the server holds for this account; the wrap must match them
   * @throws CannotVerifyException for another account key, account, key set, or tampering
   */
  public static UserKeyPair unwrap(
      AccountKey accountKey, String accountId, PublicKeys published, byte[] wrapped) {
    WrappedPrivateKeys parsed = WrappedPrivateKeys.parse(wrapped);
    byte[] aad = aad(accountId, published.fingerprint());
    byte[] plaintext =
        AesGcm.open(accountKey.secretKey(), parsed.nonce(), parsed.ciphertext(), aad, WHAT);
    try {
      UserKeyPair keys = fromPrivateBytes(plaintext);
      if (!keys.publicKeys.equals(published)) {
        throw new CannotVerifyException(WHAT);
      }
      return keys;
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** Deterministic variant: the nonce is a parameter only so test vectors can be fixed. */
  byte[] wrap(AccountKey accountKey, String accountId, byte[] nonce) {
    byte[] plaintext = privateBytes();
    try {
      byte[] aad = aad(accountId, publicKeys.fingerprint());
      byte[] ciphertext = AesGcm.seal(accountKey.secretKey(), nonce, plaintext, aad);
      return new ByteWriter()
          .bytes(WrappedPrivateKeys.header())
          .bytes(nonce)
          .bytes(ciphertext)
          .toByteArray();
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  ECPrivateKey agreementKey() {
    return agreementKey;
  }

  ECPrivateKey signingKey() {
    return signingKey;
  }

  private byte[] privateBytes() {
    return new ByteWriter()
        .bytes(P256.scalar(agreementKey))
        .bytes(coordinates(publicKeys.agreementKey()))
        .bytes(P256.scalar(signingKey))
        .bytes(coordinates(publicKeys.signingKey()))
        .toByteArray();
  }

  private static byte[] coordinates(ECPublicKey key) {
    byte[] point = P256.encode(key);
    return Arrays.copyOfRange(point, 1, point.length);
  }

  private static byte[] uncompressed(byte[] coordinates) {
    return new ByteWriter().u8(0x04).bytes(coordinates).toByteArray();
  }

  private static byte[] aad(String accountId, Fingerprint fingerprint) {
    return new ByteWriter()
        .str(WRAP_LABEL)
        .bytes(WrappedPrivateKeys.header())
        .id(accountId)
        .bytes(fingerprint.bytes())
        .toByteArray();
  }
}
