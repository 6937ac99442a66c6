package app.consilium.crypto;

/**
 * Thrown when authenticated data does not check out: a wrong key, a flipped bit, associated data
 * for another case or object, a grant for another recipient, a signature by someone else, a
 * truncated or reordered stream. The caller never gets unauthenticated plaintext instead.
 *
 * <p>The message names what failed but never includes key material or plaintext.
 */
public final class CannotVerifyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param what the object that failed to verify, e.g. "content envelope"
   */
  public CannotVerifyException(String what) {
    super(what + " cannot be verified");
  }

  /**
   * @param reason why, when it helps and gives nothing away, e.g. "addressed to another case"
   */
  public CannotVerifyException(String what, String reason) {
    super(what + " cannot be verified: " + reason);
  }

  public CannotVerifyException(String what, Throwable cause) {
    super(what + " cannot be verified", cause);
  }
}
