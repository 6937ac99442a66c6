package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class UserKeyPairTest {

  private final JsonObject vectors = Vectors.load("user-keys");
  private final JsonObject person = vectors.getAsJsonObject("person");
  private final String accountId = Vectors.text(person, "accountId");
  private final AccountKey accountKey = AccountKey.fromBytes(Vectors.hex(vectors, "accountKey"));

  @Test
  void encodesPublicKeysAndFingerprintsAsTheVectorSays() {
    UserKeyPair keys = Vectors.userKeys(person);

    assertThat(keys.publicKeys().encoded()).isEqualTo(Vectors.hex(person, "publicKeys"));
    assertThat(keys.publicKeys().fingerprint().bytes())
        .isEqualTo(Vectors.hex(person, "fingerprint"));
    assertThat(keys.publicKeys().fingerprint().display())
        .isEqualTo(Vectors.text(vectors, "fingerprintDisplay"))
        .matches("([0-9A-F]{4} ){15}[0-9A-F]{4}");
  }

  @Test
  void wrapsPrivateKeysToTheVectorBytesAndUnwrapsThem() {
    UserKeyPair keys = Vectors.userKeys(person);
    PublicKeys published = PublicKeys.decode(Vectors.hex(person, "publicKeys"));

    byte[] wrapped = keys.wrap(accountKey, accountId, Vectors.hex(vectors, "nonce"));
    UserKeyPair unwrapped =
        UserKeyPair.unwrap(
            accountKey, accountId, published, Vectors.hex(vectors, "wrappedPrivateKeys"));

    assertThat(wrapped).isEqualTo(Vectors.hex(vectors, "wrappedPrivateKeys"));
    assertThat(wrapped).hasSize(WrappedPrivateKeys.ENCODED_BYTES);
    assertThat(unwrapped.publicKeys()).isEqualTo(published);
    assertThat(P256.scalar(unwrapped.signingKey())).isEqualTo(P256.scalar(keys.signingKey()));
  }

  @Test
  void refusesAnotherAccountKeyAccountKeySetOrTampering() {
    for (JsonObject vector : Vectors.objects(vectors, "negative")) {
      AccountKey key = AccountKey.fromBytes(Vectors.hex(vector, "accountKey"));
      PublicKeys published = PublicKeys.decode(Vectors.hex(vector, "publicKeys"));
      Vectors.assertError(
          vector,
          () ->
              UserKeyPair.unwrap(
                  key,
                  Vectors.text(vector, "accountId"),
                  published,
                  Vectors.hex(vector, "wrapped")));
    }
  }

  @Test
  void theServerRefusesMalformedPublicKeys() {
    for (JsonObject vector : Vectors.objects(vectors, "invalidPublicKeys")) {
      assertThatThrownBy(() -> PublicKeys.decode(Vectors.hex(vector, "publicKeys")))
          .as(Vectors.text(vector, "name"))
          .isInstanceOf(InvalidStructureException.class);
    }
  }

  @Test
  void aGeneratedPairRoundTripsThroughItsWrap() {
    UserKeyPair keys = UserKeyPair.generate();
    byte[] wrapped = keys.wrap(accountKey, accountId);

    UserKeyPair unwrapped = UserKeyPair.unwrap(accountKey, accountId, keys.publicKeys(), wrapped);

    assertThat(unwrapped.publicKeys()).isEqualTo(keys.publicKeys());
  }
}
