package app.consilium.crypto;

import java.util.Arrays;

/**
 * A person's two private keys wrapped by their account key (docs/crypto.md, "Wrapped private
 * keys"):
 *
 * <pre>version 1 | suite 1 | nonce 12 | ciphertext 192 + tag 16  = 222 bytes</pre>
 *
 * The plaintext is ECDH d|x|y then ECDSA d|x|y, 32 bytes each, big-endian: the fields of a JWK,
 * which is how WebCrypto imports them (see docs/decisions/0004). {@link #parse} is the server's
 * shape check.
 */
public final class WrappedPrivateKeys {

  static final int VERSION = 1;
  static final int SUITE = 1;
  static final int KEY_BYTES = 3 * P256.SCALAR_BYTES;
  static final int PLAINTEXT_BYTES = 2 * KEY_BYTES;
  public static final int ENCODED_BYTES =
      2 + AesGcm.NONCE_BYTES + PLAINTEXT_BYTES + AesGcm.TAG_BYTES;
  private static final String FORMAT = "wrapped private keys";

  private final byte[] nonce;
  private final byte[] ciphertext;

  private WrappedPrivateKeys(byte[] nonce, byte[] ciphertext) {
    this.nonce = nonce;
    this.ciphertext = ciphertext;
  }

  /**
   * @throws InvalidStructureException for a wrong size, version or suite
   */
  public static WrappedPrivateKeys parse(byte[] bytes) {
    ByteReader reader = new ByteReader(bytes, FORMAT);
    if (reader.u8() != VERSION || reader.u8() != SUITE) {
      throw reader.invalid("unknown version or suite");
    }
    byte[] nonce = reader.fixed(AesGcm.NONCE_BYTES);
    byte[] ciphertext = reader.fixed(PLAINTEXT_BYTES + AesGcm.TAG_BYTES);
    reader.expectEnd();
    return new WrappedPrivateKeys(nonce, ciphertext);
  }

  static byte[] header() {
    return new byte[] {VERSION, SUITE};
  }

  byte[] nonce() {
    return nonce.clone();
  }

  byte[] ciphertext() {
    return Arrays.copyOf(ciphertext, ciphertext.length);
  }
}
