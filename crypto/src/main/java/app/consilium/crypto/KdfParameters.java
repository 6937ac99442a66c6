package app.consilium.crypto;

import java.util.Arrays;

/**
 * The PBKDF2-HMAC-SHA256 parameter record stored with a passphrase-wrapped account key: iteration
 * count and 16-byte salt. The count travels with the wrapped key so it can be raised later; a
 * record below {@link #MIN_ITERATIONS} cannot even be constructed, which is the server's floor
 * check.
 */
public final class KdfParameters {

  public static final String ALGORITHM = "PBKDF2-HMAC-SHA256";

  /** OWASP's current figure for PBKDF2-HMAC-SHA256. */
  public static final int MIN_ITERATIONS = 600_000;

  /** Bounds the work a forged record could make a browser do at unlock. */
  public static final int MAX_ITERATIONS = 10_000_000;

  /** What new wraps use; when raised, clients re-wrap at the next unlock. */
  public static final int DEFAULT_ITERATIONS = MIN_ITERATIONS;

  public static final int SALT_BYTES = 16;

  private final int iterations;
  private final byte[] salt;

  /**
   * @throws InvalidStructureException below the floor, above the cap, or with a wrong salt size
   */
  public KdfParameters(int iterations, byte[] salt) {
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new InvalidStructureException(
          "KDF parameters: iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
    }
    if (salt.length != SALT_BYTES) {
      throw new InvalidStructureException("KDF parameters: salt must be " + SALT_BYTES + " bytes");
    }
    this.iterations = iterations;
    this.salt = salt.clone();
  }

  /** Fresh parameters for a new wrap: the default count and a random salt. */
  public static KdfParameters generate() {
    return new KdfParameters(DEFAULT_ITERATIONS, Randomness.bytes(SALT_BYTES));
  }

  public int iterations() {
    return iterations;
  }

  public byte[] salt() {
    return salt.clone();
  }

  /** True when the client should re-wrap the account key with {@link #generate()} after unlock. */
  public boolean isBelowDefault() {
    return iterations < DEFAULT_ITERATIONS;
  }

  void writeTo(ByteWriter writer) {
    writer.u32(iterations).bytes(salt);
  }

  static KdfParameters readFrom(ByteReader reader) {
    return new KdfParameters(reader.u32(), reader.fixed(SALT_BYTES));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KdfParameters that
        && iterations == that.iterations
        && Arrays.equals(salt, that.salt);
  }

  @Override
  public int hashCode() {
    return 31 * iterations + Arrays.hashCode(salt);
  }

  @Override
  public String toString() {
    return ALGORITHM + "[iterations=" + iterations + "]";
  }
}
