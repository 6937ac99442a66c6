package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class Base64UrlTest {

  private final JsonObject vectors = Vectors.load("base64url");

  @Test
  void encodesAndDecodesWithoutPadding() {
    for (JsonObject vector : Vectors.objects(vectors, "valid")) {
      assertThat(Base64Url.encode(Vectors.hex(vector, "hex")))
          .isEqualTo(Vectors.text(vector, "text"));
      assertThat(Base64Url.decode(Vectors.text(vector, "text")))
          .isEqualTo(Vectors.hex(vector, "hex"));
    }
  }

  @Test
  void rejectsPaddingTheStandardAlphabetAndSecondSpellings() {
    for (JsonElement text : vectors.getAsJsonArray("invalid")) {
      assertThatThrownBy(() -> Base64Url.decode(text.getAsString()))
          .as(text.getAsString())
          .isInstanceOf(InvalidStructureException.class);
    }
  }
}
