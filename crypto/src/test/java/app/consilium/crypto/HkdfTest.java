package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class HkdfTest {

  @Test
  void matchesTheRfc5869Vectors() {
    for (JsonObject vector : Vectors.objects(Vectors.load("hkdf"), "cases")) {
      byte[] ikm = Vectors.hex(vector, "ikm");
      byte[] salt = Vectors.hex(vector, "salt");
      int length = vector.get("length").getAsInt();

      assertThat(Hkdf.extract(salt, ikm))
          .as("PRK of " + vector.get("name"))
          .isEqualTo(Vectors.hex(vector, "prk"));
      assertThat(Hkdf.derive(ikm, salt, Vectors.hex(vector, "info"), length))
          .as("OKM of " + vector.get("name"))
          .isEqualTo(Vectors.hex(vector, "okm"));
    }
  }
}
