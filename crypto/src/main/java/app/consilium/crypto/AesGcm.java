package app.consilium.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a 96-bit nonce and a 128-bit tag, the only AEAD in suite 1 of every format. */
final class AesGcm {

  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private AesGcm() {}

  static SecretKey key(byte[] raw) {
    if (raw.length != KEY_BYTES) {
      throw new IllegalArgumentException("AES-256 keys are 32 bytes");
    }
    return new SecretKeySpec(raw, "AES");
  }

  static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext, byte[] aad) {
    return seal(key, nonce, plaintext, aad, new byte[0]);
  }

  /** Returns {@code prefix | ciphertext | tag} in one allocation: envelopes can be megabytes. */
  static byte[] seal(SecretKey key, byte[] nonce, byte[] plaintext, byte[] aad, byte[] prefix) {
    byte[] out = new byte[prefix.length + plaintext.length + TAG_BYTES];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    try {
      cipher(Cipher.ENCRYPT_MODE, key, nonce, aad)
          .doFinal(plaintext, 0, plaintext.length, out, prefix.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * @param what names the object in the {@link CannotVerifyException} when the tag does not match
   */
  static byte[] open(SecretKey key, byte[] nonce, byte[] ciphertext, byte[] aad, String what) {
    return open(key, nonce, ciphertext, 0, aad, what);
  }

  /** Opens {@code input[offset..]}, so callers need not copy the ciphertext out of an envelope. */
  static byte[] open(
      SecretKey key, byte[] nonce, byte[] input, int offset, byte[] aad, String what) {
    try {
      return cipher(Cipher.DECRYPT_MODE, key, nonce, aad)
          .doFinal(input, offset, input.length - offset);
    } catch (AEADBadTagException e) {
      throw new CannotVerifyException(what, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] aad)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
    cipher.updateAAD(aad);
    return cipher;
  }
}
