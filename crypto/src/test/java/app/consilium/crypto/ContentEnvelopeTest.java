package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class ContentEnvelopeTest {

  private final JsonObject vectors = Vectors.load("envelope");

  @Test
  void sealsToTheVectorBytesAndOpensThem() {
    for (JsonObject vector : Vectors.objects(vectors, "cases")) {
      CaseKey key = key(vector);
      AssociatedData ad = associatedData(vector);

      byte[] envelope =
          ContentEnvelope.seal(
              key, ad, Vectors.hex(vector, "plaintext"), Vectors.hex(vector, "nonce"));

      assertThat(envelope)
          .as(Vectors.text(vector, "name"))
          .isEqualTo(Vectors.hex(vector, "envelope"));
      assertThat(ContentEnvelope.open(key, ad, envelope))
          .isEqualTo(Vectors.hex(vector, "plaintext"));
    }
  }

  @Test
  void theServerReadsVersionSuiteGenerationAndSizeWithoutTheKey() {
    JsonObject vector = Vectors.objects(vectors, "cases").get(0);

    EnvelopeStructure structure = EnvelopeStructure.parse(Vectors.hex(vector, "envelope"));

    assertThat(structure)
        .isEqualTo(
            new EnvelopeStructure(
                1,
                1,
                vector.get("generation").getAsInt(),
                Vectors.hex(vector, "plaintext").length));
  }

  @Test
  void refusesWrongKeysMovedCiphertextsAndTampering() {
    for (JsonObject vector : Vectors.objects(vectors, "negative")) {
      CaseKey key = key(vector);
      AssociatedData ad = associatedData(vector);
      Vectors.assertError(
          vector, () -> ContentEnvelope.open(key, ad, Vectors.hex(vector, "envelope")));
    }
  }

  @Test
  void freshNoncesMakeEverySealDifferent() {
    CaseKey key = CaseKey.generate(new CaseKeyId("case-1", KeyScope.CASE, 1));
    AssociatedData ad = new AssociatedData("note", "note-1");

    byte[] first = ContentEnvelope.seal(key, ad, new byte[] {1, 2, 3});
    byte[] second = ContentEnvelope.seal(key, ad, new byte[] {1, 2, 3});

    assertThat(first).isNotEqualTo(second);
    assertThat(ContentEnvelope.open(key, ad, second)).containsExactly(1, 2, 3);
  }

  static CaseKey key(JsonObject vector) {
    CaseKeyId id =
        new CaseKeyId(
            Vectors.text(vector, "caseId"),
            Vectors.scope(vector),
            vector.get("generation").getAsInt());
    return CaseKey.fromBytes(id, Vectors.hex(vector, "key"));
  }

  private static AssociatedData associatedData(JsonObject vector) {
    return new AssociatedData(Vectors.text(vector, "kind"), Vectors.text(vector, "objectId"));
  }
}
