package app.consilium.crypto;

/**
 * Thrown when bytes do not have the shape of the format they claim: unknown version or suite, wrong
 * length, a point that is not on P-256, a KDF iteration count below the floor. Checking shape needs
 * no key, so the server raises this for what it is asked to store (and answers 400).
 */
public final class InvalidStructureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidStructureException(String message) {
    super(message);
  }
}
