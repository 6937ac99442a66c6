package app.consilium.crypto;

import java.security.SecureRandom;

/** The single source of keys, salts and nonces. */
final class Randomness {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Randomness() {}

  static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static SecureRandom secureRandom() {
    return RANDOM;
  }
}
