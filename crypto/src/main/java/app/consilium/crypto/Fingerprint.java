package app.consilium.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 over a person's encoded {@link PublicKeys}: what clients pin, what a grant names as its
 * recipient and granter, what people compare on profiles. Shown as 16 groups of 4 upper-case hex
 * digits, the full 256 bits, so that comparing the display is comparing the keys.
 */
public final class Fingerprint {

  public static final int BYTES = 32;
  private static final String LABEL = "consilium/fingerprint";
  private static final int GROUP = 4;

  private final byte[] bytes;

  private Fingerprint(byte[] bytes) {
    this.bytes = bytes;
  }

  static Fingerprint of(byte[] encodedPublicKeys) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(new ByteWriter().str(LABEL).toByteArray());
      return new Fingerprint(sha256.digest(encodedPublicKeys));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  public static Fingerprint fromBytes(byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new InvalidStructureException("fingerprint: must be " + BYTES + " bytes");
    }
    return new Fingerprint(bytes.clone());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** E.g. {@code 3F2A 9B01 ...}: what a person reads on a profile and compares. */
  public String display() {
    String hex = HexFormat.of().withUpperCase().formatHex(bytes);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < hex.length(); i += GROUP) {
      grouped.append(i == 0 ? "" : " ").append(hex, i, i + GROUP);
    }
    return grouped.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint that && MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return display();
  }
}
