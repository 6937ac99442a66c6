package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class AccountKeyTest {

  private final JsonObject vectors = Vectors.load("account-key");
  private final String accountId = Vectors.text(vectors, "accountId");
  private final AccountKey accountKey = AccountKey.fromBytes(Vectors.hex(vectors, "accountKey"));

  @Test
  void wrapsUnderThePassphraseToTheVectorBytesAndUnwrapsThem() {
    JsonObject wrap = vectors.getAsJsonObject("passphraseWrap");
    KdfParameters kdf =
        new KdfParameters(wrap.get("iterations").getAsInt(), Vectors.hex(wrap, "salt"));
    String passphrase = Vectors.text(wrap, "passphrase");

    byte[] wrapped =
        accountKey.wrapWithPassphrase(accountId, passphrase, kdf, Vectors.hex(wrap, "nonce"));
    AccountKey unwrapped = AccountKey.unwrapWithPassphrase(accountId, passphrase, wrapped);

    assertThat(wrapped).isEqualTo(Vectors.hex(wrap, "wrapped"));
    assertThat(unwrapped.secretKey().getEncoded()).isEqualTo(Vectors.hex(vectors, "accountKey"));
    assertThat(WrappedAccountKey.parse(wrapped).kdfParameters()).contains(kdf);
  }

  @Test
  void wrapsUnderTheRecoveryCodeToTheVectorBytesAndUnwrapsThem() {
    JsonObject wrap = vectors.getAsJsonObject("recoveryWrap");
    RecoveryCode code = RecoveryCode.fromEntropy(Vectors.hex(wrap, "entropy"));

    byte[] wrapped =
        accountKey.wrapWithRecoveryCode(
            accountId, code, Vectors.hex(wrap, "salt"), Vectors.hex(wrap, "nonce"));
    AccountKey unwrapped =
        AccountKey.unwrapWithRecoveryCode(
            accountId, RecoveryCode.parse(Vectors.text(wrap, "code")), wrapped);

    assertThat(code.display()).isEqualTo(Vectors.text(wrap, "code"));
    assertThat(wrapped).isEqualTo(Vectors.hex(wrap, "wrapped"));
    assertThat(unwrapped.secretKey().getEncoded()).isEqualTo(Vectors.hex(vectors, "accountKey"));
  }

  @Test
  void readsRecoveryCodesTypedSloppilyAndCatchesTypos() {
    JsonObject inputs = vectors.getAsJsonObject("recoveryCodeInputs");
    String display = Vectors.text(vectors.getAsJsonObject("recoveryWrap"), "code");
    for (JsonObject valid : Vectors.objects(inputs, "valid")) {
      assertThat(RecoveryCode.parse(Vectors.text(valid, "input")).display()).isEqualTo(display);
    }
    for (JsonObject invalid : Vectors.objects(inputs, "invalid")) {
      assertThatThrownBy(() -> RecoveryCode.parse(Vectors.text(invalid, "input")))
          .as(Vectors.text(invalid, "name"))
          .isInstanceOf(InvalidStructureException.class)
          .hasMessageNotContaining(Vectors.text(invalid, "input"));
    }
  }

  @Test
  void refusesWrongSecretsOtherAccountsTamperingAndLowIterationCounts() {
    for (JsonObject vector : Vectors.objects(vectors, "negative")) {
      byte[] wrapped = Vectors.hex(vector, "wrapped");
      String account = Vectors.text(vector, "accountId");
      Vectors.assertError(
          vector,
          () -> {
            if (vector.has("passphrase")) {
              AccountKey.unwrapWithPassphrase(account, Vectors.text(vector, "passphrase"), wrapped);
            } else {
              AccountKey.unwrapWithRecoveryCode(
                  account, RecoveryCode.parse(Vectors.text(vector, "recoveryCode")), wrapped);
            }
          });
    }
  }

  @Test
  void aFreshKeyRoundTripsAndNeverPrintsTheRecoveryCode() {
    AccountKey fresh = AccountKey.generate();
    RecoveryCode code = RecoveryCode.generate();

    byte[] wrapped = fresh.wrapWithRecoveryCode(accountId, code);

    assertThat(
            AccountKey.unwrapWithRecoveryCode(
                    accountId, RecoveryCode.parse(code.display()), wrapped)
                .secretKey())
        .isEqualTo(fresh.secretKey());
    assertThat(code.toString()).doesNotContain(code.display().substring(0, 4));
  }
}
