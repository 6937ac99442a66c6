package app.consilium.crypto;

/** The person at this client: their account id and unwrapped key pairs. */
public record Identity(String accountId, UserKeyPair keys) {

  public Identity {
    new ByteWriter().id(accountId);
  }

  public Member asMember() {
    return new Member(accountId, keys.publicKeys());
  }
}
