package app.consilium.crypto;

import static app.consilium.crypto.VectorGenerator.CANNOT_VERIFY;
import static app.consilium.crypto.VectorGenerator.CASE_ID;
import static app.consilium.crypto.VectorGenerator.INVALID;
import static app.consilium.crypto.VectorGenerator.array;
import static app.consilium.crypto.VectorGenerator.fixed;
import static app.consilium.crypto.VectorGenerator.flipBit;
import static app.consilium.crypto.VectorGenerator.object;
import static app.consilium.crypto.VectorGenerator.variant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/** Vectors for content envelopes and document streams. */
final class ContentVectors {

  static final String NOTE_ID = "5d6e7f80-9102-4a3b-8c4d-5e6f708192a3";
  static final String DOCUMENT_ID = "d0c0e1f2-a3b4-45c6-87d8-e9fa0b1c2d3e";
  static final String OTHER_CASE_ID = "c4a5e6f7-0812-4934-a5b6-c7d8e9f0a1b3";
  static final int SMALL_SEGMENT = 64;
  private static final String NOTE =
      "Patient reports pain since the accident (12 March); MRI attached. \u00c4rztin: Dr. M\u00fcller";

  private ContentVectors() {}

  static JsonObject envelope() {
    JsonObject note = envelopeCase("a note", "case", 3, "note", NOTE_ID, utf8(NOTE), "nonce 1");
    byte[] record = DocumentKey.of(CASE_ID, DOCUMENT_ID, fixed("document key", 32)).record();
    return object(
        "cases",
        array(
            note,
            envelopeCase("an empty chat message", "chat", 1, "chat-message", "m-1", new byte[0], "n2"),
            envelopeCase("a wrapped document key", "case", 3, "document-key", DOCUMENT_ID, record, "n3")),
        "negative",
        envelopeNegatives(note));
  }

  private static JsonArray envelopeNegatives(JsonObject note) {
    byte[] sealed = Vectors.hex(note, "envelope");
    byte[] generationZero = sealed.clone();
    generationZero[5] = 0;
    byte[] unknownVersion = sealed.clone();
    unknownVersion[0] = 2;
    return array(
        variant(note, "wrong key", CANNOT_VERIFY, "key", fixed("other case key", 32)),
        variant(note, "key of another generation", CANNOT_VERIFY, "generation", 4),
        variant(note, "another kind", CANNOT_VERIFY, "kind", "memo"),
        variant(note, "another object", CANNOT_VERIFY, "objectId", DOCUMENT_ID),
        variant(note, "another case", CANNOT_VERIFY, "caseId", OTHER_CASE_ID),
        variant(note, "another scope", CANNOT_VERIFY, "scope", "chat"),
        variant(note, "flipped bit in the nonce", CANNOT_VERIFY, "envelope", flipBit(sealed, 8)),
        variant(note, "flipped bit in the ciphertext", CANNOT_VERIFY, "envelope", flipBit(sealed, 20)),
        variant(note, "flipped bit in the tag", CANNOT_VERIFY, "envelope", flipBit(sealed, -1)),
        variant(note, "tag cut short", CANNOT_VERIFY, "envelope", cut(sealed, sealed.length - 1)),
        variant(note, "shorter than header, nonce and tag", INVALID, "envelope", cut(sealed, 33)),
        variant(note, "unknown version", INVALID, "envelope", unknownVersion),
        variant(note, "generation zero", INVALID, "envelope", generationZero));
  }

  static JsonObject documentStream() throws IOException {
    DocumentKey key = DocumentKey.of(CASE_ID, DOCUMENT_ID, fixed("document key", 32));
    JsonArray cases = new JsonArray();
    for (int length : new int[] {0, 7, 8, 9, 56, 57, 150}) {
      cases.add(object("segmentBytes", SMALL_SEGMENT, "formatOnly", true, "plaintextLength", length,
          "ciphertext", encrypt(key, SMALL_SEGMENT, pattern(length))));
    }
    return object(
        "caseId", CASE_ID,
        "documentId", DOCUMENT_ID,
        "keyMaterial", fixed("document key", 32),
        "salt", fixed("stream salt", 32),
        "noncePrefix", fixed("stream nonce prefix", 7),
        "plaintextPattern", "byte i is i mod 251",
        "cases", cases,
        "large", largeCase(key),
        "negative", StreamNegatives.of(encrypt(key, SMALL_SEGMENT, pattern(150))),
        "structure", StreamNegatives.structure());
  }

  static byte[] pattern(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i % 251);
    }
    return bytes;
  }

  static byte[] encrypt(DocumentKey key, int segmentBytes, byte[] plaintext) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] salt = fixed("stream salt", 32);
    byte[] prefix = fixed("stream nonce prefix", 7);
    DocumentStream.encrypt(key, new ByteArrayInputStream(plaintext), out, segmentBytes, salt, prefix);
    return out.toByteArray();
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Real 1 MiB segments: three of them, the last partial; the digest keeps the file small. */
  private static JsonObject largeCase(DocumentKey key) throws IOException {
    byte[] plaintext = pattern(2 * DocumentStream.SEGMENT_BYTES + 123_457);
    byte[] ciphertext = encrypt(key, DocumentStream.SEGMENT_BYTES, plaintext);
    return object(
        "segmentBytes", DocumentStream.SEGMENT_BYTES,
        "plaintextLength", plaintext.length,
        "ciphertextLength", ciphertext.length,
        "ciphertextHead", Arrays.copyOf(ciphertext, 96),
        "ciphertextSha256", sha256(ciphertext));
  }

  private static JsonObject envelopeCase(String name, String scope, int generation, String kind,
      String objectId, byte[] plaintext, String nonceLabel) {
    KeyScope keyScope = KeyScope.valueOf(scope.toUpperCase(Locale.ROOT));
    CaseKey key = CaseKey.fromBytes(new CaseKeyId(CASE_ID, keyScope, generation), fixed("case key", 32));
    byte[] nonce = fixed(nonceLabel, 12);
    byte[] envelope = ContentEnvelope.seal(key, new AssociatedData(kind, objectId), plaintext, nonce);
    return object(
        "name", name,
        "key", fixed("case key", 32),
        "caseId", CASE_ID,
        "scope", scope,
        "generation", generation,
        "kind", kind,
        "objectId", objectId,
        "nonce", nonce,
        "plaintext", plaintext,
        "envelope", envelope);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] cut(byte[] bytes, int length) {
    return Arrays.copyOf(bytes, length);
  }
}
