package app.consilium.crypto;

/**
 * What a symmetric case-level key protects. A grant names its scope, so a chat-key grant can never
 * be replayed as a case-key grant, and the server can refuse chat-key grants to admins by reading
 * it.
 */
public enum KeyScope {
  /** Notes, memos, medical content and documents of a case: every member. */
  CASE(1),
  /** The chat between the requester side and the provider: never admins. */
  CHAT(2);

  private final int id;

  KeyScope(int id) {
    this.id = id;
  }

  /** The byte that stands for this scope in grants and envelopes (and in the server's tables). */
  public int id() {
    return id;
  }

  public static KeyScope fromId(int id) {
    for (KeyScope scope : values()) {
      if (scope.id == id) {
        return scope;
      }
    }
    throw new InvalidStructureException("unknown key scope " + id);
  }
}
