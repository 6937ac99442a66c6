package app.consilium.crypto;

/** Someone as others see them: an account id and the public keys the server publishes for it. */
public record Member(String accountId, PublicKeys publicKeys) {

  public Member {
    new ByteWriter().id(accountId);
  }

  public Fingerprint fingerprint() {
    return publicKeys.fingerprint();
  }
}
