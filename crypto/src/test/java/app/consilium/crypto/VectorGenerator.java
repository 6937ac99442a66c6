package app.consilium.crypto;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes src/test/resources/vectors/*.json from the Java implementation with fixed inputs. The files
 * are the contract both suites check; regenerate them only when a format changes, and review the diff:
 *
 * <pre>
 * ./mvnw -q -pl crypto test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * cd crypto && java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *     app.consilium.crypto.VectorGenerator
 * </pre>
 *
 * Key pairs and ECDSA signatures are random, so a regeneration changes them; everything else is fixed.
 */
final class VectorGenerator {

  static final String ACCOUNT_ID = "7c0e9b52-3f4a-4e1b-9d2c-5a8f6e1b0c3d";
  static final String OTHER_ACCOUNT_ID = "2e4d6f80-a1b2-43c4-95d6-e7f8091a2b3c";
  static final String CASE_ID = "c4a5e6f7-0812-4934-a5b6-c7d8e9f0a1b2";
  static final String PASSPHRASE = "Correct-Horse-Battery-9-Staple";
  static final String CANNOT_VERIFY = "cannot-verify";
  static final String INVALID = "invalid-structure";

  private VectorGenerator() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "src/test/resources/vectors");
    Files.createDirectories(directory);
    write(directory, "hkdf", KdfVectors.hkdf());
    write(directory, "base64url", KdfVectors.base64url());
    write(directory, "pbkdf2", KdfVectors.pbkdf2());
    write(directory, "account-key", AccountKeyVectors.accountKey());
    write(directory, "user-keys", KeyVectors.userKeys());
    write(directory, "grant", KeyVectors.grant());
    write(directory, "envelope", ContentVectors.envelope());
    write(directory, "document-stream", ContentVectors.documentStream());
  }

  /** Fixed, label-derived bytes: the same on every run. */
  static byte[] fixed(String label, int length) {
    return Hkdf.derive(label.getBytes(StandardCharsets.UTF_8), new byte[0], new byte[0], length);
  }

  static byte[] flipBit(byte[] bytes, int index) {
    byte[] copy = bytes.clone();
    int position = index < 0 ? copy.length + index : index;
    copy[position] ^= 0x01;
    return copy;
  }

  static JsonObject object(Object... keysAndValues) {
    JsonObject object = new JsonObject();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      Object value = keysAndValues[i + 1];
      if (value instanceof byte[] bytes) {
        object.addProperty(key, Vectors.hex(bytes));
      } else if (value instanceof Number number) {
        object.addProperty(key, number);
      } else if (value instanceof Boolean flag) {
        object.addProperty(key, flag);
      } else if (value instanceof JsonObject || value instanceof JsonArray) {
        object.add(key, (com.google.gson.JsonElement) value);
      } else {
        object.addProperty(key, String.valueOf(value));
      }
    }
    return object;
  }

  /** A negative vector: {@code base} with some fields replaced, a name, and the error it must raise. */
  static JsonObject variant(JsonObject base, String name, String error, Object... fieldsAndValues) {
    JsonObject variant = base.deepCopy();
    object(fieldsAndValues).entrySet().forEach(field -> variant.add(field.getKey(), field.getValue()));
    variant.addProperty("name", name);
    variant.addProperty("error", error);
    return variant;
  }

  static JsonArray array(JsonObject... objects) {
    JsonArray array = new JsonArray();
    for (JsonObject object : objects) {
      array.add(object);
    }
    return array;
  }

  /** A person's fixed keys as {accountId, ecdh: {d, x, y}, ecdsa: {d, x, y}, publicKeys}. */
  static JsonObject person(String accountId, UserKeyPair keys) {
    return object(
        "accountId",
        accountId,
        "ecdh",
        keyPair(P256.scalar(keys.agreementKey()), P256.encode(keys.publicKeys().agreementKey())),
        "ecdsa",
        keyPair(P256.scalar(keys.signingKey()), P256.encode(keys.publicKeys().signingKey())),
        "publicKeys",
        keys.publicKeys().encoded(),
        "fingerprint",
        keys.publicKeys().fingerprint().bytes());
  }

  static JsonObject keyPair(byte[] d, byte[] point) {
    return object(
        "d",
        d,
        "x",
        java.util.Arrays.copyOfRange(point, 1, 33),
        "y",
        java.util.Arrays.copyOfRange(point, 33, 65));
  }

  private static void write(Path directory, String name, JsonObject content) throws IOException {
    String json =
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(content);
    Files.writeString(directory.resolve(name + ".json"), json + "\n", StandardCharsets.UTF_8);
  }
}
