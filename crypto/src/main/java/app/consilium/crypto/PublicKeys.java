package app.consilium.crypto;

import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

/**
 * A person's two public keys, ECDH P-256 for receiving grants and ECDSA P-256 for signing them, in
 * one versioned 132-byte encoding that the server stores and fingerprints:
 *
 * <pre>version 1 | suite 1 | ECDH point (65, SEC1 uncompressed) | ECDSA point (65)</pre>
 *
 * {@link #decode} is the server's check: both points must lie on P-256 and differ.
 */
public final class PublicKeys {

  static final int VERSION = 1;
  static final int SUITE_P256 = 1;
  public static final int ENCODED_BYTES = 2 + 2 * P256.POINT_BYTES;
  private static final String FORMAT = "public keys";

  private final ECPublicKey agreementKey;
  private final ECPublicKey signingKey;
  private final byte[] encoded;

  private PublicKeys(ECPublicKey agreementKey, ECPublicKey signingKey, byte[] encoded) {
    this.agreementKey = agreementKey;
    this.signingKey = signingKey;
    this.encoded = encoded;
  }

  /**
   * @throws InvalidStructureException for a wrong size, version, suite or point
   */
  public static PublicKeys decode(byte[] bytes) {
    ByteReader reader = new ByteReader(bytes, FORMAT);
    if (reader.u8() != VERSION || reader.u8() != SUITE_P256) {
      throw reader.invalid("unknown version or suite");
    }
    byte[] agreement = reader.fixed(P256.POINT_BYTES);
    byte[] signing = reader.fixed(P256.POINT_BYTES);
    reader.expectEnd();
    if (Arrays.equals(agreement, signing)) {
      throw reader.invalid("the ECDH and ECDSA keys must differ");
    }
    return new PublicKeys(P256.publicKey(agreement), P256.publicKey(signing), bytes.clone());
  }

  static PublicKeys of(ECPublicKey agreementKey, ECPublicKey signingKey) {
    byte[] encoded =
        new ByteWriter()
            .u8(VERSION)
            .u8(SUITE_P256)
            .bytes(P256.encode(agreementKey))
            .bytes(P256.encode(signingKey))
            .toByteArray();
    return decode(encoded);
  }

  public byte[] encoded() {
    return encoded.clone();
  }

  public Fingerprint fingerprint() {
    return Fingerprint.of(encoded);
  }

  ECPublicKey agreementKey() {
    return agreementKey;
  }

  ECPublicKey signingKey() {
    return signingKey;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublicKeys that && Arrays.equals(encoded, that.encoded);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded);
  }
}
