package app.consilium.crypto;

import static app.consilium.crypto.VectorGenerator.PASSPHRASE;
import static app.consilium.crypto.VectorGenerator.array;
import static app.consilium.crypto.VectorGenerator.fixed;
import static app.consilium.crypto.VectorGenerator.object;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;

/** Vectors for HKDF, base64url and PBKDF2 with its parameter records. */
final class KdfVectors {

  private KdfVectors() {}

  /** RFC 5869 Appendix A.1 to A.3, typed in from the RFC: never computed here. */
  static JsonObject hkdf() {
    JsonObject basic = object("name", "A.1 basic", "ikm", "0b".repeat(22),
        "salt", "000102030405060708090a0b0c", "info", "f0f1f2f3f4f5f6f7f8f9", "length", 42,
        "prk", "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5",
        "okm", "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    JsonObject long_ = object("name", "A.2 long inputs", "ikm", range(0x00, 80),
        "salt", range(0x60, 80), "info", range(0xb0, 80), "length", 82,
        "prk", "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244",
        "okm", "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac78272"
            + "71cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
    JsonObject empty = object("name", "A.3 empty salt and info", "ikm", "0b".repeat(22),
        "salt", "", "info", "", "length", 42,
        "prk", "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04",
        "okm", "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    return object("source", "RFC 5869 Appendix A, test cases 1-3 (SHA-256)",
        "cases", array(basic, long_, empty));
  }

  static JsonObject base64url() {
    JsonArray invalid = new JsonArray();
    for (String text : new String[] {"Zg==", "Zm8=", "+/8", "Zm9v+A", "Z", "Zh", "Zm9", "Zm 9v"}) {
      invalid.add(text);
    }
    JsonArray valid = array(
        object("hex", "", "text", ""),
        object("hex", "66", "text", "Zg"),
        object("hex", "666f", "text", "Zm8"),
        object("hex", "666f6f", "text", "Zm9v"),
        object("hex", "fbff", "text", "-_8"),
        object("hex", "fbefbe", "text", "----"),
        object("hex", "ffffff", "text", "____"));
    return object("flavour", "RFC 4648 section 5, no padding, canonical trailing bits",
        "valid", valid, "invalid", invalid);
  }

  static JsonObject pbkdf2() {
    byte[] salt = fixed("pbkdf2 salt", 16);
    JsonArray cases = array(
        // RFC 7914 section 11 gives 64-byte outputs; PBKDF2's first block is the 32-byte output.
        object("name", "RFC 7914 section 11, first 32 bytes", "passphrase", "passwd",
            "salt", ascii("salt"), "iterations", 1, "formatOnly", true,
            "key", "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"),
        object("name", "RFC 7914 section 11, 80000 iterations, first 32 bytes", "passphrase", "Password",
            "salt", ascii("NaCl"), "iterations", 80000, "formatOnly", true,
            "key", "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"),
        pbkdf2Case("NFC passphrase", "Caf\u00e9-Passphrase-2024!", salt, 1000),
        pbkdf2Case("NFD passphrase normalises to the NFC key", "Cafe\u0301-Passphrase-2024!", salt, 1000),
        pbkdf2Case("outside the BMP (surrogate pair)", "Gr\u00fc\u00dfe-\uD83D\uDD10-Schl\u00fcssel-7",
            salt, 1000),
        pbkdf2Case("the floor: 600,000 iterations", PASSPHRASE, salt, KdfParameters.MIN_ITERATIONS));
    JsonObject records = object(
        "valid", array(object("iterations", 600_000, "salt", salt),
            object("iterations", 10_000_000, "salt", salt)),
        "invalid", array(object("name", "below the floor", "iterations", 599_999, "salt", salt),
            object("name", "above the cap", "iterations", 10_000_001, "salt", salt),
            object("name", "short salt", "iterations", 600_000, "salt", fixed("short", 15))));
    return object("algorithm", "PBKDF2-HMAC-SHA256 over UTF-8(NFC(passphrase)), 32-byte output",
        "cases", cases, "parameterRecords", records);
  }

  private static JsonObject pbkdf2Case(String name, String passphrase, byte[] salt, int iterations) {
    return object("name", name, "passphrase", passphrase, "salt", salt, "iterations", iterations,
        "formatOnly", iterations < KdfParameters.MIN_ITERATIONS,
        "key", PassphraseKdf.pbkdf2(passphrase, salt, iterations));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String range(int start, int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(String.format("%02x", start + i));
    }
    return hex.toString();
  }
}
