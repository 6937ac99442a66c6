package app.consilium.crypto;

import java.util.Base64;

/**
 * The one base64 flavour of Consilium: RFC 4648 section 5 (URL- and filename-safe alphabet),
 * without padding. Every binary field in JSON, URLs and headers uses it; decoding rejects padding
 * and the standard alphabet so that two spellings of the same bytes never both pass.
 */
public final class Base64Url {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  public static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * @throws InvalidStructureException for padding, foreign characters or an impossible length
   */
  public static byte[] decode(String text) {
    if (!text.matches("[A-Za-z0-9_-]*") || text.length() % 4 == 1) {
      throw new InvalidStructureException("not unpadded base64url");
    }
    byte[] bytes = DECODER.decode(text);
    if (!encode(bytes).equals(text)) {
      // Non-zero trailing bits: a second spelling of the same bytes.
      throw new InvalidStructureException("not canonical base64url");
    }
    return bytes;
  }
}
