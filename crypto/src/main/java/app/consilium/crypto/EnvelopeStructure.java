package app.consilium.crypto;

/**
 * The shape of a content envelope, checked without a key (the server's check before storing):
 *
 * <pre>version 1 | suite 1 | generation u32 | nonce 12 | ciphertext + tag 16</pre>
 *
 * @param generation the case-key generation that sealed it, which the reader looks the key up by
 * @param plaintextLength what opening will yield
 */
public record EnvelopeStructure(int version, int suite, int generation, int plaintextLength) {

  public static final int VERSION = 1;

  /** AES-256-GCM, random 96-bit nonce, associated data as in docs/crypto.md. */
  public static final int SUITE_AES_256_GCM = 1;

  public static final int HEADER_BYTES = 6;
  public static final int OVERHEAD_BYTES = HEADER_BYTES + AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES;

  /** Content envelopes are for notes and fields; files use the document stream. */
  public static final int MAX_PLAINTEXT_BYTES = 16 * 1024 * 1024;

  /**
   * @throws InvalidStructureException for an unknown version or suite, a bad generation or size
   */
  public static EnvelopeStructure parse(byte[] envelope) {
    ByteReader reader = new ByteReader(envelope, "content envelope");
    int version = reader.u8();
    int suite = reader.u8();
    int generation = reader.u32();
    if (version != VERSION || suite != SUITE_AES_256_GCM) {
      throw reader.invalid("unknown version or suite");
    }
    if (generation < 1) {
      throw reader.invalid("generation must be 1 or more");
    }
    int plaintextLength = envelope.length - OVERHEAD_BYTES;
    if (plaintextLength < 0 || plaintextLength > MAX_PLAINTEXT_BYTES) {
      throw reader.invalid("length out of range");
    }
    return new EnvelopeStructure(version, suite, generation, plaintextLength);
  }
}
