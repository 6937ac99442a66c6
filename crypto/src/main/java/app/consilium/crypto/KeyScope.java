package app.consilium.crypto;

/**
 * What a symmetric key protects. A grant names its scope, so a chat-key grant can never be replayed
 * as a case-key grant, and the server can refuse chat-key grants to admins by reading it. Case and
 * chat keys belong to a case; the patients key belongs to an organization, whose id then stands where
 * grants and envelopes name the case (docs/crypto.md §8).
 */
public enum KeyScope {
  /** Notes, memos, medical content and documents of a case: every member. */
  CASE(1),
  /** The chat between the requester side and the provider: never admins. */
  CHAT(2),
  /** The personal details of an organization's patients: its requesters, never providers or admins. */
  PATIENTS(3),
  /** A case's internal memos of the requester side: its requester-side members only. */
  REQUESTER_MEMOS(4),
  /** A case's internal memos of the provider side: the provider (and provider-side members) only. */
  PROVIDER_MEMOS(5);

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
