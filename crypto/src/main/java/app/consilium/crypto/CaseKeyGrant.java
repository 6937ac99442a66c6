package app.consilium.crypto;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A case key wrapped for one member and signed by the member who shares it (docs/crypto.md,
 * "Case-key grant"). ECDH-ES: a fresh ephemeral P-256 key agrees with the recipient's ECDH key;
 * HKDF turns the shared secret into a key-encryption key whose info is the whole grant context
 * (case, scope, generation, recipient and granter with their fingerprints, ephemeral key);
 * AES-256-GCM wraps the case key; ECDSA signs everything. A grant moved to another case, recipient
 * or generation fails both the signature and the key derivation.
 */
public final class CaseKeyGrant {

  private static final String KEK_LABEL = "consilium/grant-key";
  private static final String SIGNATURE_LABEL = "consilium/grant-signature";
  private static final String WHAT = "case key grant";

  private CaseKeyGrant() {}

  public static byte[] seal(CaseKey key, Identity granter, Member recipient) {
    return seal(
        key, granter, recipient, P256.generateKeyPair(), Randomness.bytes(AesGcm.NONCE_BYTES));
  }

  /**
   * The server's check before storing a grant, and every client's before trusting one: the shape,
   * the granter named inside, and the granter's signature. Needs no secret.
   *
   * @throws CannotVerifyException when the grant is not signed by {@code granter}
   */
  public static GrantStructure verify(byte[] grant, Member granter) {
    GrantStructure structure = GrantStructure.parse(grant);
    if (!structure.granterAccountId().equals(granter.accountId())
        || !structure.granterFingerprint().equals(granter.fingerprint())) {
      throw new CannotVerifyException(WHAT, "granted by someone else");
    }
    byte[] signed = labelled(SIGNATURE_LABEL, structure.body());
    if (!P256.verify(granter.publicKeys().signingKey(), signed, structure.signature())) {
      throw new CannotVerifyException(WHAT, "signature does not match the granter's key");
    }
    return structure;
  }

  /**
   * @param expected the case key the recipient is looking for
   * @throws CannotVerifyException for another case, scope, generation or recipient, a wrong signer,
   *     or tampering
   */
  public static CaseKey open(byte[] grant, CaseKeyId expected, Identity recipient, Member granter) {
    GrantStructure structure = verify(grant, granter);
    if (!structure.keyId().equals(expected)) {
      throw new CannotVerifyException(WHAT, "carries another case key");
    }
    if (!structure.recipientAccountId().equals(recipient.accountId())
        || !structure.recipientFingerprint().equals(recipient.asMember().fingerprint())) {
      throw new CannotVerifyException(WHAT, "addressed to someone else");
    }
    ECPublicKey ephemeral = P256.publicKey(structure.ephemeralPoint());
    byte[] shared = P256.agree(recipient.keys().agreementKey(), ephemeral);
    SecretKey kek = keyEncryptionKey(shared, structure.context());
    byte[] raw =
        AesGcm.open(
            kek,
            structure.nonce(),
            structure.ciphertext(),
            labelled(KEK_LABEL, structure.context()),
            WHAT);
    try {
      return CaseKey.fromBytes(expected, raw);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Deterministic variant: ephemeral key and nonce are parameters only so vectors can be fixed. */
  static byte[] seal(
      CaseKey key, Identity granter, Member recipient, KeyPair ephemeral, byte[] nonce) {
    byte[] context =
        context(key.id(), granter.asMember(), recipient, (ECPublicKey) ephemeral.getPublic());
    byte[] shared = P256.agree(ephemeral.getPrivate(), recipient.publicKeys().agreementKey());
    byte[] raw = key.rawBytes();
    try {
      byte[] ciphertext =
          AesGcm.seal(keyEncryptionKey(shared, context), nonce, raw, labelled(KEK_LABEL, context));
      byte[] body = new ByteWriter().bytes(context).bytes(nonce).bytes(ciphertext).toByteArray();
      byte[] signature = P256.sign(granter.keys().signingKey(), labelled(SIGNATURE_LABEL, body));
      return new ByteWriter().bytes(body).bytes(signature).toByteArray();
    } finally {
      Arrays.fill(raw, (byte) 0);
      Arrays.fill(shared, (byte) 0);
    }
  }

  private static byte[] context(
      CaseKeyId id, Member granter, Member recipient, ECPublicKey ephemeral) {
    return new ByteWriter()
        .u8(GrantStructure.VERSION)
        .u8(GrantStructure.SUITE)
        .u8(id.scope().id())
        .u32(id.generation())
        .id(id.caseId())
        .id(recipient.accountId())
        .bytes(recipient.fingerprint().bytes())
        .id(granter.accountId())
        .bytes(granter.fingerprint().bytes())
        .bytes(P256.encode(ephemeral))
        .toByteArray();
  }

  /** HKDF-SHA256 with an empty salt; the info carries the whole context. */
  private static SecretKey keyEncryptionKey(byte[] shared, byte[] context) {
    return AesGcm.key(
        Hkdf.derive(shared, new byte[0], labelled(KEK_LABEL, context), AesGcm.KEY_BYTES));
  }

  private static byte[] labelled(String label, byte[] bytes) {
    return new ByteWriter().str(label).bytes(bytes).toByteArray();
  }
}
