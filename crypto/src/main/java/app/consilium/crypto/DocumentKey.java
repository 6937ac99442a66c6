package app.consilium.crypto;

import java.util.Arrays;

/**
 * The random key of one document, wrapped by the case key as a content envelope of kind {@code
 * document-key}. Its plaintext is {@code stream suite u8 | key 32}, so a later stream format can
 * coexist with this one: the suite travels with the key that opens it.
 */
public final class DocumentKey {

  /** Tink's AES256_GCM_HKDF_1MB streaming AEAD. */
  static final int SUITE_AES256_GCM_HKDF_1MB = 1;

  static final int KEY_BYTES = 32;
  static final String WRAP_KIND = "document-key";
  private static final String STREAM_LABEL = "consilium/document";
  private static final String WHAT = "document key";

  private final String caseId;
  private final String documentId;
  private final byte[] keyMaterial;

  private DocumentKey(String caseId, String documentId, byte[] keyMaterial) {
    new ByteWriter().id(caseId).id(documentId);
    this.caseId = caseId;
    this.documentId = documentId;
    this.keyMaterial = keyMaterial.clone();
  }

  public static DocumentKey generate(String caseId, String documentId) {
    return new DocumentKey(caseId, documentId, Randomness.bytes(KEY_BYTES));
  }

  static DocumentKey of(String caseId, String documentId, byte[] keyMaterial) {
    return new DocumentKey(caseId, documentId, keyMaterial);
  }

  /**
   * @return a content envelope under {@code caseKey}, which must belong to this document's case
   */
  public byte[] wrap(CaseKey caseKey) {
    if (!caseKey.id().caseId().equals(caseId)) {
      throw new IllegalArgumentException("a document key is wrapped by its own case's key");
    }
    return ContentEnvelope.seal(caseKey, new AssociatedData(WRAP_KIND, documentId), record());
  }

  /**
   * @throws CannotVerifyException for another case key, document or tampering
   */
  public static DocumentKey unwrap(CaseKey caseKey, String documentId, byte[] envelope) {
    AssociatedData ad = new AssociatedData(WRAP_KIND, documentId);
    byte[] record = ContentEnvelope.open(caseKey, ad, envelope);
    try {
      if (record.length != 1 + KEY_BYTES || record[0] != SUITE_AES256_GCM_HKDF_1MB) {
        throw new InvalidStructureException(WHAT + ": unknown stream suite");
      }
      return new DocumentKey(
          caseKey.id().caseId(), documentId, Arrays.copyOfRange(record, 1, record.length));
    } finally {
      Arrays.fill(record, (byte) 0);
    }
  }

  /** The envelope plaintext: suite, then key material. */
  byte[] record() {
    return new ByteWriter().u8(SUITE_AES256_GCM_HKDF_1MB).bytes(keyMaterial).toByteArray();
  }

  byte[] keyMaterial() {
    return keyMaterial.clone();
  }

  /** The stream's associated data, Tink's HKDF info: binds the stream to its case and document. */
  byte[] associatedData() {
    return new ByteWriter().str(STREAM_LABEL).id(caseId).id(documentId).toByteArray();
  }
}
