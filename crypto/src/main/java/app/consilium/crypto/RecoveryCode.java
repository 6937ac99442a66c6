package app.consilium.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.SecretKey;

/**
 * The printable recovery code that also wraps the account key: 18 random bytes (144 bits) and a
 * 2-byte SHA-256 checksum, written as 32 Crockford base32 symbols in 8 groups of 4. It is random,
 * not chosen, so it needs no slow KDF: HKDF-SHA256 with a stored salt turns it into the wrapping
 * key. The checksum catches a typo (as {@link InvalidStructureException}) before it reads as a
 * wrong code.
 */
public final class RecoveryCode {

  static final int ENTROPY_BYTES = 18;
  private static final int CHECKSUM_BYTES = 2;
  private static final int SYMBOLS = (ENTROPY_BYTES + CHECKSUM_BYTES) * 8 / 5;
  private static final int GROUP = 4;

  /**
   * Crockford's alphabet: no I, L, O or U, so what is read aloud or handwritten stays unambiguous.
   */
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final String HKDF_INFO = "consilium/recovery-key";

  private final byte[] entropy;

  private RecoveryCode(byte[] entropy) {
    this.entropy = entropy.clone();
  }

  public static RecoveryCode generate() {
    return new RecoveryCode(Randomness.bytes(ENTROPY_BYTES));
  }

  static RecoveryCode fromEntropy(byte[] entropy) {
    if (entropy.length != ENTROPY_BYTES) {
      throw new IllegalArgumentException("recovery codes carry 18 bytes");
    }
    return new RecoveryCode(entropy);
  }

  /** Accepts any case, hyphens and spaces, and O/I/L for 0/1/1. */
  public static RecoveryCode parse(String text) {
    String symbols =
        text.toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (symbols.length() != SYMBOLS) {
      throw new InvalidStructureException("recovery code: expected " + SYMBOLS + " characters");
    }
    byte[] bytes = decode(symbols);
    byte[] entropy = Arrays.copyOf(bytes, ENTROPY_BYTES);
    byte[] checksum = Arrays.copyOfRange(bytes, ENTROPY_BYTES, bytes.length);
    if (!MessageDigest.isEqual(checksum(entropy), checksum)) {
      throw new InvalidStructureException(
          "recovery code: checksum does not match, check for a typo");
    }
    return new RecoveryCode(entropy);
  }

  /** The form printed on the recovery kit, e.g. {@code 7K3M-...} (8 groups of 4). */
  public String display() {
    String symbols = encode(concat(entropy, checksum(entropy)));
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < symbols.length(); i += GROUP) {
      grouped.append(i == 0 ? "" : "-").append(symbols, i, i + GROUP);
    }
    return grouped.toString();
  }

  SecretKey deriveKey(byte[] salt) {
    byte[] info = new ByteWriter().str(HKDF_INFO).toByteArray();
    return AesGcm.key(Hkdf.derive(entropy, salt, info, AesGcm.KEY_BYTES));
  }

  /** Never prints the code: it is as secret as the passphrase. */
  @Override
  public String toString() {
    return "RecoveryCode[redacted]";
  }

  private static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString();
  }

  private static byte[] decode(String symbols) {
    byte[] out = new byte[symbols.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int index = 0;
    for (char symbol : symbols.toCharArray()) {
      int value = ALPHABET.indexOf(symbol);
      if (value < 0) {
        // The message leaves the character out: it is part of a secret.
        throw new InvalidStructureException("recovery code: contains a character outside the code");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >>> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }

  private static byte[] checksum(byte[] entropy) {
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(entropy), CHECKSUM_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return new ByteWriter().bytes(a).bytes(b).toByteArray();
  }
}
