package app.consilium.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF (RFC 5869) over HMAC-SHA256. The JDK has no HKDF before 24, and WebCrypto's HKDF is exactly
 * this, so both sides derive the same bytes; tested on the RFC 5869 vectors.
 */
final class Hkdf {

  static final int HASH_BYTES = 32;
  private static final String HMAC = "HmacSHA256";

  private Hkdf() {}

  static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
    return expand(extract(salt, ikm), info, length);
  }

  static byte[] extract(byte[] salt, byte[] ikm) {
    // RFC 5869 2.2: an absent salt is HashLen zeros. JCA refuses an empty HMAC key, and zero
    // padding
    // makes the two the same key, so WebCrypto's empty salt and this agree.
    byte[] key = salt.length == 0 ? new byte[HASH_BYTES] : salt;
    return hmac(key).doFinal(ikm);
  }

  static byte[] expand(byte[] prk, byte[] info, int length) {
    if (length < 1 || length > 255 * HASH_BYTES) {
      throw new IllegalArgumentException("HKDF output length out of range");
    }
    Mac mac = hmac(prk);
    byte[] okm = new byte[length];
    byte[] block = new byte[0];
    for (int counter = 1, offset = 0; offset < length; counter++) {
      mac.update(block);
      mac.update(info);
      mac.update((byte) counter);
      block = mac.doFinal();
      int take = Math.min(block.length, length - offset);
      System.arraycopy(block, 0, okm, offset, take);
      offset += take;
    }
    return okm;
  }

  private static Mac hmac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
