package app.consilium.crypto;

import java.util.Arrays;

/**
 * The fields of a case-key grant, parsed and shape-checked without any key (docs/crypto.md,
 * "Case-key grant"). The server reads them to enforce who may post which grant, and for whom.
 *
 * <pre>
 * version 1 | suite 1 | scope u8 | generation u32 | case id | recipient id | recipient fingerprint 32
 *   | granter id | granter fingerprint 32 | ephemeral point 65    (= the context)
 *   | nonce 12 | ciphertext 32 + tag 16                             (context..here = the signed body)
 *   | signature 64
 * </pre>
 */
public final class GrantStructure {

  static final int VERSION = 1;

  /** ECDH-ES P-256, HKDF-SHA256, AES-256-GCM, ECDSA P-256 with SHA-256 (r||s). */
  static final int SUITE = 1;

  private static final int CIPHERTEXT_BYTES = AesGcm.KEY_BYTES + AesGcm.TAG_BYTES;

  private final CaseKeyId keyId;
  private final String recipientAccountId;
  private final Fingerprint recipientFingerprint;
  private final String granterAccountId;
  private final Fingerprint granterFingerprint;
  private final byte[] grant;
  private final int contextLength;

  private GrantStructure(ByteReader reader, byte[] grant) {
    int scope = reader.u8();
    int generation = reader.u32();
    String caseId = reader.str(ByteWriter.MAX_ID_BYTES, "case id");
    this.recipientAccountId = reader.str(ByteWriter.MAX_ID_BYTES, "recipient id");
    this.recipientFingerprint = Fingerprint.fromBytes(reader.fixed(Fingerprint.BYTES));
    this.granterAccountId = reader.str(ByteWriter.MAX_ID_BYTES, "granter id");
    this.granterFingerprint = Fingerprint.fromBytes(reader.fixed(Fingerprint.BYTES));
    P256.publicKey(reader.fixed(P256.POINT_BYTES));
    this.contextLength = reader.position();
    reader.fixed(AesGcm.NONCE_BYTES + CIPHERTEXT_BYTES + P256.SIGNATURE_BYTES);
    reader.expectEnd();
    if (generation < 1) {
      throw reader.invalid("generation must be 1 or more");
    }
    this.keyId = new CaseKeyId(caseId, KeyScope.fromId(scope), generation);
    this.grant = grant.clone();
  }

  /**
   * @throws InvalidStructureException for an unknown version or suite, bad sizes or a bad point
   */
  public static GrantStructure parse(byte[] grant) {
    ByteReader reader = new ByteReader(grant, "case key grant");
    if (reader.u8() != VERSION || reader.u8() != SUITE) {
      throw reader.invalid("unknown version or suite");
    }
    return new GrantStructure(reader, grant);
  }

  /** Which key the grant carries: case, scope and generation. */
  public CaseKeyId keyId() {
    return keyId;
  }

  public String recipientAccountId() {
    return recipientAccountId;
  }

  public Fingerprint recipientFingerprint() {
    return recipientFingerprint;
  }

  public String granterAccountId() {
    return granterAccountId;
  }

  public Fingerprint granterFingerprint() {
    return granterFingerprint;
  }

  /** Version through ephemeral point: HKDF info and GCM associated data (after a label). */
  byte[] context() {
    return Arrays.copyOf(grant, contextLength);
  }

  byte[] ephemeralPoint() {
    return Arrays.copyOfRange(grant, contextLength - P256.POINT_BYTES, contextLength);
  }

  byte[] nonce() {
    return Arrays.copyOfRange(grant, contextLength, contextLength + AesGcm.NONCE_BYTES);
  }

  byte[] ciphertext() {
    int start = contextLength + AesGcm.NONCE_BYTES;
    return Arrays.copyOfRange(grant, start, start + CIPHERTEXT_BYTES);
  }

  /** Everything before the signature: what the granter signs (after a label). */
  byte[] body() {
    return Arrays.copyOf(grant, grant.length - P256.SIGNATURE_BYTES);
  }

  byte[] signature() {
    return Arrays.copyOfRange(grant, grant.length - P256.SIGNATURE_BYTES, grant.length);
  }
}
