package app.consilium.crypto;

import static app.consilium.crypto.VectorGenerator.ACCOUNT_ID;
import static app.consilium.crypto.VectorGenerator.CANNOT_VERIFY;
import static app.consilium.crypto.VectorGenerator.CASE_ID;
import static app.consilium.crypto.VectorGenerator.INVALID;
import static app.consilium.crypto.VectorGenerator.OTHER_ACCOUNT_ID;
import static app.consilium.crypto.VectorGenerator.array;
import static app.consilium.crypto.VectorGenerator.fixed;
import static app.consilium.crypto.VectorGenerator.flipBit;
import static app.consilium.crypto.VectorGenerator.object;
import static app.consilium.crypto.VectorGenerator.person;
import static app.consilium.crypto.VectorGenerator.variant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

/** Vectors for public keys, fingerprints, wrapped private keys and case-key grants. */
final class KeyVectors {

  static final String GRANTER_ID = "9a8b7c6d-5e4f-4321-8fed-cba987654321";

  private KeyVectors() {}

  static JsonObject userKeys() {
    UserKeyPair keys = UserKeyPair.generate();
    byte[] nonce = fixed("private keys nonce", 12);
    byte[] wrapped = keys.wrap(AccountKey.fromBytes(fixed("account key", 32)), ACCOUNT_ID, nonce);
    byte[] publicKeys = keys.publicKeys().encoded();
    JsonObject valid = object("accountKey", fixed("account key", 32), "accountId", ACCOUNT_ID,
        "publicKeys", publicKeys, "wrapped", wrapped);
    JsonArray negatives = array(
        variant(valid, "another account key", CANNOT_VERIFY, "accountKey", fixed("other account key", 32)),
        variant(valid, "another account", CANNOT_VERIFY, "accountId", OTHER_ACCOUNT_ID),
        variant(valid, "other published public keys", CANNOT_VERIFY,
            "publicKeys", UserKeyPair.generate().publicKeys().encoded()),
        variant(valid, "flipped bit", CANNOT_VERIFY, "wrapped", flipBit(wrapped, 100)));
    JsonArray invalidPublicKeys = array(
        object("name", "point not on the curve", "publicKeys", flipBit(publicKeys, 66)),
        object("name", "compressed point prefix", "publicKeys", withByte(publicKeys, 2, 0x02)),
        object("name", "unknown version", "publicKeys", withByte(publicKeys, 0, 0x02)),
        object("name", "truncated", "publicKeys", Arrays.copyOf(publicKeys, 131)),
        object("name", "x not below p", "publicKeys", xNotBelowP(publicKeys)),
        object("name", "same key twice", "publicKeys", sameKeyTwice(publicKeys)));
    return object("person", person(ACCOUNT_ID, keys),
        "fingerprintDisplay", keys.publicKeys().fingerprint().display(),
        "accountKey", fixed("account key", 32), "nonce", nonce, "wrappedPrivateKeys", wrapped,
        "negative", negatives, "invalidPublicKeys", invalidPublicKeys);
  }

  static JsonObject grant() {
    Identity granter = new Identity(GRANTER_ID, UserKeyPair.generate());
    Identity recipient = new Identity(ACCOUNT_ID, UserKeyPair.generate());
    Identity other = new Identity(OTHER_ACCOUNT_ID, UserKeyPair.generate());
    CaseKey caseKey = CaseKey.fromBytes(new CaseKeyId(CASE_ID, KeyScope.CASE, 3), fixed("case key", 32));
    KeyPair ephemeral = P256.generateKeyPair();
    byte[] nonce = fixed("grant nonce", 12);
    byte[] grant = CaseKeyGrant.seal(caseKey, granter, recipient.asMember(), ephemeral, nonce);
    Identity impostor = new Identity(GRANTER_ID, other.keys());
    JsonObject valid = object("grant", grant, "caseId", CASE_ID, "scope", "case", "generation", 3,
        "opener", "recipient", "granter", "granter");
    JsonArray negatives = array(
        variant(valid, "expecting another generation", CANNOT_VERIFY, "generation", 4),
        variant(valid, "expecting the chat key", CANNOT_VERIFY, "scope", "chat"),
        variant(valid, "opened by someone else", CANNOT_VERIFY, "opener", "other"),
        variant(valid, "addressed to someone else", CANNOT_VERIFY,
            "grant", CaseKeyGrant.seal(caseKey, granter, other.asMember())),
        variant(valid, "signed by someone else under the granter's name", CANNOT_VERIFY,
            "grant", CaseKeyGrant.seal(caseKey, impostor, recipient.asMember(), ephemeral, nonce)),
        variant(valid, "signature by another key over the genuine body", CANNOT_VERIFY,
            "grant", resign(grant, other.keys())),
        variant(valid, "verified against the wrong granter", CANNOT_VERIFY, "granter", "other"),
        variant(valid, "replayed to another case (signature no longer matches)", CANNOT_VERIFY,
            "grant", replayToOtherCase(grant)),
        variant(valid, "flipped bit in the wrapped key", CANNOT_VERIFY, "grant", flipBit(grant, -70)),
        variant(valid, "flipped bit in the signature", CANNOT_VERIFY, "grant", flipBit(grant, -1)),
        variant(valid, "flipped bit in the ephemeral point", INVALID, "grant", flipBit(grant, -154)),
        variant(valid, "truncated", INVALID, "grant", Arrays.copyOf(grant, grant.length - 1)));
    return object("caseId", CASE_ID, "scope", "case", "generation", 3, "caseKey", fixed("case key", 32),
        "granter", person(GRANTER_ID, granter.keys()), "recipient", person(ACCOUNT_ID, recipient.keys()),
        "other", person(OTHER_ACCOUNT_ID, other.keys()),
        "ephemeral", VectorGenerator.keyPair(P256.scalar((ECPrivateKey) ephemeral.getPrivate()),
            P256.encode((ECPublicKey) ephemeral.getPublic())),
        "nonce", nonce, "grant", grant, "negative", negatives);
  }

  /** Same grant with the case id's last character changed, as a malicious server might. */
  private static byte[] replayToOtherCase(byte[] grant) {
    int caseIdEnd = 2 + 1 + 4 + 2 + CASE_ID.length();
    byte[] replayed = grant.clone();
    replayed[caseIdEnd - 1] = (byte) (replayed[caseIdEnd - 1] == '3' ? '4' : '3');
    return replayed;
  }

  /** The genuine body, signed by a key that is not the granter's. */
  private static byte[] resign(byte[] grant, UserKeyPair signer) {
    byte[] body = Arrays.copyOf(grant, grant.length - P256.SIGNATURE_BYTES);
    byte[] signed = new ByteWriter().str("consilium/grant-signature").bytes(body).toByteArray();
    return new ByteWriter().bytes(body).bytes(P256.sign(signer.signingKey(), signed)).toByteArray();
  }

  private static byte[] withByte(byte[] bytes, int index, int value) {
    byte[] copy = bytes.clone();
    copy[index] = (byte) value;
    return copy;
  }

  private static byte[] xNotBelowP(byte[] publicKeys) {
    byte[] copy = publicKeys.clone();
    Arrays.fill(copy, 3, 35, (byte) 0xFF);
    return copy;
  }

  private static byte[] sameKeyTwice(byte[] publicKeys) {
    byte[] copy = publicKeys.clone();
    System.arraycopy(publicKeys, 2, copy, 67, 65);
    return copy;
  }
}
