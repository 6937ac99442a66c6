package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class PassphraseKdfTest {

  private final JsonObject vectors = Vectors.load("pbkdf2");

  @Test
  void derivesTheVectorKeysIncludingNfcNormalisationAndTheFloorCount() {
    for (JsonObject vector : Vectors.objects(vectors, "cases")) {
      byte[] key =
          PassphraseKdf.pbkdf2(
              Vectors.text(vector, "passphrase"),
              Vectors.hex(vector, "salt"),
              vector.get("iterations").getAsInt());

      assertThat(key).as(Vectors.text(vector, "name")).isEqualTo(Vectors.hex(vector, "key"));
    }
  }

  @Test
  void acceptsParameterRecordsFromTheFloorToTheCap() {
    for (JsonObject record :
        Vectors.objects(vectors.getAsJsonObject("parameterRecords"), "valid")) {
      KdfParameters parameters =
          new KdfParameters(record.get("iterations").getAsInt(), Vectors.hex(record, "salt"));

      assertThat(parameters.iterations()).isEqualTo(record.get("iterations").getAsInt());
    }
  }

  @Test
  void refusesParameterRecordsBelowTheFloorAboveTheCapOrWithAShortSalt() {
    for (JsonObject record :
        Vectors.objects(vectors.getAsJsonObject("parameterRecords"), "invalid")) {
      assertThatThrownBy(
              () ->
                  new KdfParameters(
                      record.get("iterations").getAsInt(), Vectors.hex(record, "salt")))
          .as(Vectors.text(record, "name"))
          .isInstanceOf(InvalidStructureException.class);
    }
  }

  @Test
  void freshParametersUseTheDefaultCountAndARandomSalt() {
    KdfParameters first = KdfParameters.generate();
    KdfParameters second = KdfParameters.generate();

    assertThat(first.iterations()).isEqualTo(KdfParameters.DEFAULT_ITERATIONS);
    assertThat(first.isBelowDefault()).isFalse();
    assertThat(first.salt()).hasSize(16).isNotEqualTo(second.salt());
  }
}
