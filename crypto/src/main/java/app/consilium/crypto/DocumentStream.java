package app.consilium.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;

/**
 * Encrypts and decrypts documents in Tink's AES256_GCM_HKDF_1MB streaming format, byte for byte:
 * {@code header 40 | segment 0 | segment 1 | ...}, 1 MiB ciphertext segments (the first 40 bytes
 * shorter, for the header), each AES-GCM with its own tag. Memory stays at about one segment
 * whatever the document's size.
 *
 * <p>Decryption writes each segment only once its tag has verified, but a truncated stream is only
 * detected at its end: when {@link #decrypt} throws, everything it wrote must be discarded.
 */
public final class DocumentStream {

  /** Ciphertext segment size, tag included. */
  static final int SEGMENT_BYTES = 1 << 20;

  private static final String WHAT = "document stream";

  private DocumentStream() {}

  public static void encrypt(DocumentKey key, InputStream plaintext, OutputStream ciphertext)
      throws IOException {
    byte[] salt = Randomness.bytes(SegmentCipher.SALT_BYTES);
    byte[] prefix = Randomness.bytes(SegmentCipher.NONCE_PREFIX_BYTES);
    encrypt(key, plaintext, ciphertext, SEGMENT_BYTES, salt, prefix);
  }

  /**
   * @throws CannotVerifyException for a wrong key or document, a flipped bit, truncation,
   *     reordering
   */
  public static void decrypt(DocumentKey key, InputStream ciphertext, OutputStream plaintext)
      throws IOException {
    decrypt(key, ciphertext, plaintext, SEGMENT_BYTES);
  }

  /** With every parameter fixed: for Tink-compatibility tests and small-segment test vectors. */
  static void encrypt(
      DocumentKey key,
      InputStream plaintext,
      OutputStream ciphertext,
      int segmentBytes,
      byte[] salt,
      byte[] noncePrefix)
      throws IOException {
    SegmentCipher cipher = new SegmentCipher(key, salt, noncePrefix);
    ciphertext.write(SegmentCipher.header(salt, noncePrefix));
    PushbackInputStream in = new PushbackInputStream(plaintext, 1);
    int capacity = segmentBytes - AesGcm.TAG_BYTES - SegmentCipher.HEADER_BYTES;
    for (int segment = 0; ; segment = Math.addExact(segment, 1)) {
      byte[] chunk = in.readNBytes(capacity);
      // Tink's rule: a full segment is the last one only if nothing follows it.
      boolean last = chunk.length < capacity || atEnd(in);
      ciphertext.write(cipher.seal(segment, last, chunk));
      if (last) {
        return;
      }
      capacity = segmentBytes - AesGcm.TAG_BYTES;
    }
  }

  static void decrypt(
      DocumentKey key, InputStream ciphertext, OutputStream plaintext, int segmentBytes)
      throws IOException {
    SegmentCipher cipher = readHeader(key, ciphertext);
    PushbackInputStream in = new PushbackInputStream(ciphertext, 1);
    int capacity = segmentBytes - SegmentCipher.HEADER_BYTES;
    for (int segment = 0; ; segment = Math.addExact(segment, 1)) {
      byte[] chunk = in.readNBytes(capacity);
      boolean last = chunk.length < capacity || atEnd(in);
      if (chunk.length < AesGcm.TAG_BYTES) {
        throw new CannotVerifyException(WHAT, "truncated");
      }
      plaintext.write(cipher.open(segment, last, chunk));
      if (last) {
        return;
      }
      capacity = segmentBytes;
    }
  }

  private static SegmentCipher readHeader(DocumentKey key, InputStream in) throws IOException {
    byte[] header = in.readNBytes(SegmentCipher.HEADER_BYTES);
    if (header.length < SegmentCipher.HEADER_BYTES) {
      throw new CannotVerifyException(WHAT, "truncated");
    }
    if (header[0] != SegmentCipher.HEADER_BYTES) {
      throw new InvalidStructureException(WHAT + ": unknown header");
    }
    byte[] salt = Arrays.copyOfRange(header, 1, 1 + SegmentCipher.SALT_BYTES);
    byte[] prefix = Arrays.copyOfRange(header, 1 + SegmentCipher.SALT_BYTES, header.length);
    return new SegmentCipher(key, salt, prefix);
  }

  private static boolean atEnd(PushbackInputStream in) throws IOException {
    int next = in.read();
    if (next < 0) {
      return true;
    }
    in.unread(next);
    return false;
  }
}
