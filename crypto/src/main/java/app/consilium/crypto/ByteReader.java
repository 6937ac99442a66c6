package app.consilium.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the fields that {@link ByteWriter} writes, refusing anything out of bounds. Every failure
 * is an {@link InvalidStructureException} naming the format, never an index exception.
 */
final class ByteReader {

  private final byte[] bytes;
  private final String format;
  private int position;

  ByteReader(byte[] bytes, String format) {
    this.bytes = bytes;
    this.format = format;
  }

  int u8() {
    need(1);
    return bytes[position++] & 0xFF;
  }

  int u32() {
    need(4);
    int value = ByteBuffer.wrap(bytes, position, 4).getInt();
    position += 4;
    return value;
  }

  byte[] fixed(int length) {
    need(length);
    byte[] value = Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return value;
  }

  /** A u16-length-prefixed UTF-8 string of 1 to maxBytes bytes. */
  String str(int maxBytes, String field) {
    int length = (u8() << 8) | u8();
    if (length == 0 || length > maxBytes) {
      throw invalid(field + " must be 1 to " + maxBytes + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(fixed(length)))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(field + " is not UTF-8");
    }
  }

  /** Everything not read yet. */
  byte[] rest() {
    return fixed(bytes.length - position);
  }

  int position() {
    return position;
  }

  int remaining() {
    return bytes.length - position;
  }

  void expectEnd() {
    if (position != bytes.length) {
      throw invalid((bytes.length - position) + " unexpected trailing bytes");
    }
  }

  InvalidStructureException invalid(String problem) {
    return new InvalidStructureException(format + ": " + problem);
  }

  private void need(int length) {
    if (length < 0 || bytes.length - position < length) {
      throw invalid("truncated");
    }
  }
}
