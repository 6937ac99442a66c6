package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DocumentStreamTest {

  private final JsonObject vectors = Vectors.load("document-stream");
  private final DocumentKey key =
      DocumentKey.of(
          Vectors.text(vectors, "caseId"),
          Vectors.text(vectors, "documentId"),
          Vectors.hex(vectors, "keyMaterial"));

  @Test
  void encryptsSmallSegmentVectorsByteForByteAndDecryptsThem() throws IOException {
    for (JsonObject vector : Vectors.objects(vectors, "cases")) {
      int segmentBytes = vector.get("segmentBytes").getAsInt();
      byte[] plaintext = ContentVectors.pattern(vector.get("plaintextLength").getAsInt());

      byte[] ciphertext = ContentVectors.encrypt(key, segmentBytes, plaintext);

      assertThat(ciphertext)
          .as("%d bytes", plaintext.length)
          .isEqualTo(Vectors.hex(vector, "ciphertext"));
      assertThat(decrypt(key, ciphertext, segmentBytes)).isEqualTo(plaintext);
    }
  }

  @Test
  void encryptsThreeRealMebibyteSegmentsToTheVectorDigest() throws IOException {
    JsonObject large = vectors.getAsJsonObject("large");
    byte[] plaintext = ContentVectors.pattern(large.get("plaintextLength").getAsInt());

    byte[] ciphertext = ContentVectors.encrypt(key, DocumentStream.SEGMENT_BYTES, plaintext);

    assertThat(ciphertext).hasSize(large.get("ciphertextLength").getAsInt());
    assertThat(ContentVectors.sha256(ciphertext)).isEqualTo(Vectors.hex(large, "ciphertextSha256"));
    assertThat(decrypt(key, ciphertext, DocumentStream.SEGMENT_BYTES)).isEqualTo(plaintext);
  }

  @Test
  void refusesTruncatedReorderedExtendedTamperedAndMisplacedStreams() {
    for (JsonObject vector : Vectors.objects(vectors, "negative")) {
      DocumentKey candidate =
          DocumentKey.of(
              Vectors.text(vector, "caseId"),
              Vectors.text(vector, "documentId"),
              Vectors.hex(vector, "keyMaterial"));
      byte[] ciphertext = Vectors.hex(vector, "ciphertext");
      int segmentBytes = vector.get("segmentBytes").getAsInt();
      Vectors.assertError(vector, () -> decrypt(candidate, ciphertext, segmentBytes));
    }
  }

  @Test
  void theServerChecksAStreamsShapeFromItsFirstByteAndLength() {
    for (JsonObject vector : Vectors.objects(vectors, "structure")) {
      int firstByte = vector.get("firstByte").getAsInt();
      long length = vector.get("length").getAsLong();
      int segmentBytes = vector.get("segmentBytes").getAsInt();
      if (vector.has("error")) {
        assertThatThrownBy(() -> DocumentStreamStructure.check(firstByte, length, segmentBytes))
            .isInstanceOf(InvalidStructureException.class);
      } else {
        assertThat(DocumentStreamStructure.check(firstByte, length, segmentBytes))
            .isEqualTo(
                new DocumentStreamStructure(
                    vector.get("segments").getAsLong(), vector.get("plaintextLength").getAsLong()));
      }
    }
  }

  @Test
  void aDocumentKeyTravelsWrappedByItsCaseKey() throws IOException {
    CaseKey caseKey = CaseKey.generate(new CaseKeyId("case-1", KeyScope.CASE, 2));
    DocumentKey fresh = DocumentKey.generate("case-1", "doc-1");
    byte[] plaintext = ContentVectors.pattern(3000);
    ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
    DocumentStream.encrypt(fresh, new ByteArrayInputStream(plaintext), ciphertext);

    DocumentKey unwrapped = DocumentKey.unwrap(caseKey, "doc-1", fresh.wrap(caseKey));

    assertThat(decrypt(unwrapped, ciphertext.toByteArray(), DocumentStream.SEGMENT_BYTES))
        .isEqualTo(plaintext);
    assertThatThrownBy(() -> DocumentKey.unwrap(caseKey, "doc-2", fresh.wrap(caseKey)))
        .isInstanceOf(CannotVerifyException.class);
  }

  static byte[] decrypt(DocumentKey key, byte[] ciphertext, int segmentBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocumentStream.decrypt(key, new ByteArrayInputStream(ciphertext), out, segmentBytes);
    return out.toByteArray();
  }
}
