package app.consilium.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds the exact bytes of formats, associated data, HKDF info and signed messages. Integers are
 * big-endian; a string is its UTF-8 bytes after a u16 length, so that no two different field lists
 * encode to the same bytes (see docs/crypto.md, "Canonical encoding").
 */
final class ByteWriter {

  /** Account, case and object identifiers: 1 to 128 UTF-8 bytes, in the server's canonical form. */
  static final int MAX_ID_BYTES = 128;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  ByteWriter u8(int value) {
    out.write(value);
    return this;
  }

  ByteWriter u32(int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  ByteWriter bytes(byte[] value) {
    out.writeBytes(value);
    return this;
  }

  /** A u16 length, then the UTF-8 bytes. */
  ByteWriter str(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xFFFF) {
      throw new IllegalArgumentException("string field longer than 65535 bytes");
    }
    out.write(utf8.length >>> 8);
    out.write(utf8.length);
    return bytes(utf8);
  }

  /** An identifier, written like {@link #str} after checking its length. */
  ByteWriter id(String value) {
    int length = value.getBytes(StandardCharsets.UTF_8).length;
    if (length == 0 || length > MAX_ID_BYTES) {
      throw new IllegalArgumentException("identifiers must be 1 to " + MAX_ID_BYTES + " bytes");
    }
    return str(value);
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }
}
