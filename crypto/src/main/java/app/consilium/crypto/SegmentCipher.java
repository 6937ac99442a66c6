package app.consilium.crypto;

import javax.crypto.SecretKey;

/**
 * One stream's AES-GCM key and nonce prefix (Tink's AES-GCM-HKDF streaming AEAD): the segment key
 * is HKDF-SHA256(key material, salt from the header, info = associated data), and segment i's nonce
 * is {@code nonce prefix 7 | i as u32 | 1 if last else 0}. The counter stops reordering, the last
 * flag stops truncation at a segment boundary.
 */
final class SegmentCipher {

  static final int SALT_BYTES = 32;
  static final int NONCE_PREFIX_BYTES = 7;
  static final int HEADER_BYTES = 1 + SALT_BYTES + NONCE_PREFIX_BYTES;

  private final SecretKey segmentKey;
  private final byte[] noncePrefix;

  SegmentCipher(DocumentKey key, byte[] salt, byte[] noncePrefix) {
    this.segmentKey = AesGcm.key(Hkdf.derive(key.keyMaterial(), salt, key.associatedData(), 32));
    this.noncePrefix = noncePrefix.clone();
  }

  static byte[] header(byte[] salt, byte[] noncePrefix) {
    return new ByteWriter().u8(HEADER_BYTES).bytes(salt).bytes(noncePrefix).toByteArray();
  }

  byte[] seal(int segment, boolean last, byte[] plaintext) {
    return AesGcm.seal(segmentKey, nonce(segment, last), plaintext, new byte[0]);
  }

  byte[] open(int segment, boolean last, byte[] ciphertext) {
    return AesGcm.open(
        segmentKey, nonce(segment, last), ciphertext, new byte[0], "document stream");
  }

  private byte[] nonce(int segment, boolean last) {
    return new ByteWriter().bytes(noncePrefix).u32(segment).u8(last ? 1 : 0).toByteArray();
  }
}
