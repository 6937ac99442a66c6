package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Reads the shared JSON test vectors (src/test/resources/vectors), which the Vitest suite reads
 * too.
 */
final class Vectors {

  private static final HexFormat HEX = HexFormat.of();

  private Vectors() {}

  static JsonObject load(String name) {
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("missing vector file " + name);
      }
      return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hex(JsonObject object, String field) {
    return HEX.parseHex(object.get(field).getAsString());
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  static String text(JsonObject object, String field) {
    return object.get(field).getAsString();
  }

  static List<JsonObject> objects(JsonObject object, String field) {
    JsonArray array = object.getAsJsonArray(field);
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonElement::getAsJsonObject)
        .toList();
  }

  /** A P-256 key pair written as {d, x, y}. */
  static KeyPair keyPair(JsonObject key) {
    ECPrivateKey privateKey = P256.privateKey(hex(key, "d"));
    byte[] point = new ByteWriter().u8(4).bytes(hex(key, "x")).bytes(hex(key, "y")).toByteArray();
    ECPublicKey publicKey = P256.publicKey(point);
    return new KeyPair(publicKey, privateKey);
  }

  /** The user key pair of a vector person with "ecdh" and "ecdsa" members. */
  static UserKeyPair userKeys(JsonObject person) {
    byte[] plaintext =
        new ByteWriter()
            .bytes(hex(person.getAsJsonObject("ecdh"), "d"))
            .bytes(hex(person.getAsJsonObject("ecdh"), "x"))
            .bytes(hex(person.getAsJsonObject("ecdh"), "y"))
            .bytes(hex(person.getAsJsonObject("ecdsa"), "d"))
            .bytes(hex(person.getAsJsonObject("ecdsa"), "x"))
            .bytes(hex(person.getAsJsonObject("ecdsa"), "y"))
            .toByteArray();
    return UserKeyPair.fromPrivateBytes(plaintext);
  }

  static KeyScope scope(JsonObject object) {
    return KeyScope.valueOf(text(object, "scope").toUpperCase(java.util.Locale.ROOT));
  }

  /** Asserts the failure a vector's "error" field names: "cannot-verify" or "invalid-structure". */
  static void assertError(JsonObject vector, ThrowingCallable call) {
    switch (text(vector, "error")) {
      case "cannot-verify" ->
          assertThatThrownBy(call)
              .as(text(vector, "name"))
              .isInstanceOf(CannotVerifyException.class)
              .hasMessageContaining("cannot be verified");
      case "invalid-structure" ->
          assertThatThrownBy(call)
              .as(text(vector, "name"))
              .isInstanceOf(InvalidStructureException.class);
      default -> throw new IllegalArgumentException("unknown error kind in " + vector);
    }
  }
}
