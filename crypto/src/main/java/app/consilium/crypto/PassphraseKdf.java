package app.consilium.crypto;

import java.security.GeneralSecurityException;
import java.text.Normalizer;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passphrase to AES-256 key: PBKDF2-HMAC-SHA256 over the UTF-8 bytes of the NFC-normalised
 * passphrase. NFC makes "é" typed as one code point or as e + combining accent the same passphrase
 * on every keyboard and browser. SunJCE feeds PBEKeySpec's chars to HMAC as UTF-8, like WebCrypto's
 * TextEncoder.
 */
final class PassphraseKdf {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int KEY_BITS = 256;

  private PassphraseKdf() {}

  static SecretKey derive(String passphrase, KdfParameters parameters) {
    return AesGcm.key(pbkdf2(passphrase, parameters.salt(), parameters.iterations()));
  }

  /** Without the floor: for format-only test vectors with small iteration counts. */
  static byte[] pbkdf2(String passphrase, byte[] salt, int iterations) {
    char[] normalised = Normalizer.normalize(passphrase, Normalizer.Form.NFC).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 unavailable", e);
    } finally {
      spec.clearPassword();
      java.util.Arrays.fill(normalised, '\0');
    }
  }
}
