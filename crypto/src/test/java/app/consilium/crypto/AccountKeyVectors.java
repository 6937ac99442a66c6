package app.consilium.crypto;

import static app.consilium.crypto.VectorGenerator.ACCOUNT_ID;
import static app.consilium.crypto.VectorGenerator.CANNOT_VERIFY;
import static app.consilium.crypto.VectorGenerator.INVALID;
import static app.consilium.crypto.VectorGenerator.OTHER_ACCOUNT_ID;
import static app.consilium.crypto.VectorGenerator.PASSPHRASE;
import static app.consilium.crypto.VectorGenerator.array;
import static app.consilium.crypto.VectorGenerator.fixed;
import static app.consilium.crypto.VectorGenerator.flipBit;
import static app.consilium.crypto.VectorGenerator.object;
import static app.consilium.crypto.VectorGenerator.variant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Locale;

/** Vectors for the account key wrapped under a passphrase (at the real floor) and a recovery code. */
final class AccountKeyVectors {

  private AccountKeyVectors() {}

  static JsonObject accountKey() {
    AccountKey key = AccountKey.fromBytes(fixed("account key", 32));
    KdfParameters kdf = new KdfParameters(KdfParameters.MIN_ITERATIONS, fixed("account salt", 16));
    byte[] nonce = fixed("account nonce", 12);
    byte[] wrapped = key.wrapWithPassphrase(ACCOUNT_ID, PASSPHRASE, kdf, nonce);
    RecoveryCode code = RecoveryCode.fromEntropy(fixed("recovery entropy", 18));
    byte[] salt = fixed("recovery salt", 16);
    byte[] recoveryNonce = fixed("recovery nonce", 12);
    byte[] recovered = key.wrapWithRecoveryCode(ACCOUNT_ID, code, salt, recoveryNonce);
    return object(
        "accountKey", fixed("account key", 32),
        "accountId", ACCOUNT_ID,
        "passphraseWrap", object("passphrase", PASSPHRASE, "iterations", kdf.iterations(),
            "salt", kdf.salt(), "nonce", nonce, "wrapped", wrapped),
        "recoveryWrap", object("entropy", fixed("recovery entropy", 18), "code", code.display(),
            "salt", salt, "nonce", recoveryNonce, "wrapped", recovered),
        "recoveryCodeInputs", recoveryInputs(code.display()),
        "negative", negatives(wrapped, recovered, code.display()));
  }

  private static JsonArray negatives(byte[] wrapped, byte[] recovered, String code) {
    JsonObject byPassphrase = object("accountId", ACCOUNT_ID, "passphrase", PASSPHRASE, "wrapped", wrapped);
    JsonObject byCode = object("accountId", ACCOUNT_ID, "recoveryCode", code, "wrapped", recovered);
    byte[] lowIterations = wrapped.clone();
    lowIterations[5] = (byte) (lowIterations[5] - 1); // 600,000 - 1: below the floor
    String otherCode = RecoveryCode.fromEntropy(fixed("other entropy", 18)).display();
    return array(
        variant(byPassphrase, "wrong passphrase", CANNOT_VERIFY, "passphrase", PASSPHRASE + "!"),
        variant(byPassphrase, "another account", CANNOT_VERIFY, "accountId", OTHER_ACCOUNT_ID),
        variant(byPassphrase, "flipped bit in the tag", CANNOT_VERIFY, "wrapped", flipBit(wrapped, -1)),
        variant(byPassphrase, "flipped bit in the salt", CANNOT_VERIFY, "wrapped", flipBit(wrapped, 10)),
        variant(byPassphrase, "iterations below the floor", INVALID, "wrapped", lowIterations),
        variant(byPassphrase, "truncated", INVALID, "wrapped", Arrays.copyOf(wrapped, 81)),
        variant(byPassphrase, "recovery wrap opened as passphrase wrap", INVALID, "wrapped", recovered),
        variant(byCode, "wrong recovery code", CANNOT_VERIFY, "recoveryCode", otherCode),
        variant(byCode, "recovery wrap of another account", CANNOT_VERIFY, "accountId", OTHER_ACCOUNT_ID),
        variant(byCode, "flipped bit in the recovery ciphertext", CANNOT_VERIFY,
            "wrapped", flipBit(recovered, 40)));
  }

  private static JsonObject recoveryInputs(String display) {
    String sloppy = display.toLowerCase(Locale.ROOT).replace('-', ' ').replace('0', 'o').replace('1', 'l');
    String typo = (display.charAt(0) == 'A' ? 'B' : 'A') + display.substring(1);
    JsonArray valid = array(object("input", display), object("input", sloppy),
        object("input", display.replace("-", "")));
    JsonArray invalid = array(
        object("name", "one character mistyped", "input", typo),
        object("name", "one group missing", "input", display.substring(5)),
        object("name", "U is not in the alphabet", "input", "U" + display.substring(1)));
    return object("valid", valid, "invalid", invalid);
  }
}
