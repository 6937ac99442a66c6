package app.consilium.crypto;

import java.util.Arrays;

/**
 * Seals and opens everything sensitive that is not a file: notes, memos, medical fields, chat
 * messages, wrapped document keys. AES-256-GCM with a random 96-bit nonce under a {@link CaseKey};
 * the associated data is {@code "consilium/content" | header | scope | case id | kind | object id},
 * so every header byte (the generation included) and the object's place are authenticated.
 */
public final class ContentEnvelope {

  private static final String AAD_LABEL = "consilium/content";
  private static final String WHAT = "content envelope";

  private ContentEnvelope() {}

  public static byte[] seal(CaseKey key, AssociatedData ad, byte[] plaintext) {
    return seal(key, ad, plaintext, Randomness.bytes(AesGcm.NONCE_BYTES));
  }

  /**
   * @throws CannotVerifyException for another key or generation, other associated data, tampering
   * @throws InvalidStructureException when the bytes are not an envelope at all
   */
  public static byte[] open(CaseKey key, AssociatedData ad, byte[] envelope) {
    EnvelopeStructure structure = EnvelopeStructure.parse(envelope);
    if (structure.generation() != key.id().generation()) {
      throw new CannotVerifyException(WHAT, "sealed under generation " + structure.generation());
    }
    byte[] header = Arrays.copyOf(envelope, EnvelopeStructure.HEADER_BYTES);
    int ciphertextStart = EnvelopeStructure.HEADER_BYTES + AesGcm.NONCE_BYTES;
    byte[] nonce = Arrays.copyOfRange(envelope, EnvelopeStructure.HEADER_BYTES, ciphertextStart);
    return AesGcm.open(
        key.secretKey(), nonce, envelope, ciphertextStart, aad(header, key, ad), WHAT);
  }

  /** Deterministic variant: the nonce is a parameter only so test vectors can be fixed. */
  static byte[] seal(CaseKey key, AssociatedData ad, byte[] plaintext, byte[] nonce) {
    if (plaintext.length > EnvelopeStructure.MAX_PLAINTEXT_BYTES) {
      throw new IllegalArgumentException("content envelopes hold at most 16 MiB; use a document");
    }
    byte[] header =
        new ByteWriter()
            .u8(EnvelopeStructure.VERSION)
            .u8(EnvelopeStructure.SUITE_AES_256_GCM)
            .u32(key.id().generation())
            .toByteArray();
    byte[] prefix = new ByteWriter().bytes(header).bytes(nonce).toByteArray();
    return AesGcm.seal(key.secretKey(), nonce, plaintext, aad(header, key, ad), prefix);
  }

  private static byte[] aad(byte[] header, CaseKey key, AssociatedData ad) {
    return new ByteWriter().str(AAD_LABEL).bytes(header).bytes(ad.encode(key.id())).toByteArray();
  }
}
