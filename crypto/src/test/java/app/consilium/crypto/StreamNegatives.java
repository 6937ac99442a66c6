package app.consilium.crypto;

import static app.consilium.crypto.ContentVectors.DOCUMENT_ID;
import static app.consilium.crypto.ContentVectors.OTHER_CASE_ID;
import static app.consilium.crypto.ContentVectors.SMALL_SEGMENT;
import static app.consilium.crypto.VectorGenerator.CANNOT_VERIFY;
import static app.consilium.crypto.VectorGenerator.CASE_ID;
import static app.consilium.crypto.VectorGenerator.INVALID;
import static app.consilium.crypto.VectorGenerator.array;
import static app.consilium.crypto.VectorGenerator.fixed;
import static app.consilium.crypto.VectorGenerator.flipBit;
import static app.consilium.crypto.VectorGenerator.object;
import static app.consilium.crypto.VectorGenerator.variant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;

/**
 * Broken document streams, all cut from the 150-byte small-segment stream: header 40, then segments
 * of 24, 64, 64 and 62 bytes (plaintext 8, 48, 48, 46).
 */
final class StreamNegatives {

  private static final int HEADER = 40;
  private static final int SEGMENT_1 = HEADER + 24;
  private static final int SEGMENT_2 = SEGMENT_1 + 64;
  private static final int SEGMENT_3 = SEGMENT_2 + 64;

  private StreamNegatives() {}

  static JsonArray of(byte[] stream) {
    JsonObject valid = object("segmentBytes", SMALL_SEGMENT, "keyMaterial", fixed("document key", 32),
        "caseId", CASE_ID, "documentId", DOCUMENT_ID, "ciphertext", stream);
    return array(
        variant(valid, "truncated at a segment boundary (last segment dropped)", CANNOT_VERIFY,
            "ciphertext", Arrays.copyOf(stream, SEGMENT_3)),
        variant(valid, "truncated inside the last segment", CANNOT_VERIFY,
            "ciphertext", Arrays.copyOf(stream, stream.length - 10)),
        variant(valid, "truncated to the header", CANNOT_VERIFY,
            "ciphertext", Arrays.copyOf(stream, HEADER)),
        variant(valid, "segments 1 and 2 swapped", CANNOT_VERIFY, "ciphertext", swapped(stream)),
        variant(valid, "a segment appended again", CANNOT_VERIFY, "ciphertext", appended(stream)),
        variant(valid, "flipped bit in segment 1", CANNOT_VERIFY,
            "ciphertext", flipBit(stream, SEGMENT_1 + 5)),
        variant(valid, "flipped bit in the salt", CANNOT_VERIFY, "ciphertext", flipBit(stream, 3)),
        variant(valid, "flipped bit in the nonce prefix", CANNOT_VERIFY,
            "ciphertext", flipBit(stream, 36)),
        variant(valid, "wrong key", CANNOT_VERIFY, "keyMaterial", fixed("other document key", 32)),
        variant(valid, "another document", CANNOT_VERIFY, "documentId", ContentVectors.NOTE_ID),
        variant(valid, "another case", CANNOT_VERIFY, "caseId", OTHER_CASE_ID),
        variant(valid, "unknown header length byte", INVALID, "ciphertext", flipBit(stream, 0)));
  }

  /** The server-side shape check, at 1 MiB segments and at the small segment size. */
  static JsonArray structure() {
    int mib = DocumentStream.SEGMENT_BYTES;
    return array(
        shape(mib, 40, 56, 1, 0),
        shape(mib, 40, mib, 1, mib - 56),
        shape(mib, 40, mib + 16, 2, mib - 56),
        shape(mib, 40, 3L * mib, 3, 3L * mib - 40 - 48),
        shape(SMALL_SEGMENT, 40, 254, 4, 150),
        shape(SMALL_SEGMENT, 40, 192, 3, 104),
        invalid(mib, 40, 55),
        invalid(mib, 41, 1000),
        invalid(mib, 40, mib + 15),
        invalid(SMALL_SEGMENT, 40, 200));
  }

  private static JsonObject shape(int segmentBytes, int firstByte, long length, long segments,
      long plaintext) {
    return object("segmentBytes", segmentBytes, "firstByte", firstByte, "length", length,
        "segments", segments, "plaintextLength", plaintext);
  }

  private static JsonObject invalid(int segmentBytes, int firstByte, long length) {
    return object("segmentBytes", segmentBytes, "firstByte", firstByte, "length", length,
        "error", INVALID);
  }

  private static byte[] swapped(byte[] stream) {
    byte[] copy = stream.clone();
    System.arraycopy(stream, SEGMENT_2, copy, SEGMENT_1, 64);
    System.arraycopy(stream, SEGMENT_1, copy, SEGMENT_2, 64);
    return copy;
  }

  private static byte[] appended(byte[] stream) {
    byte[] copy = Arrays.copyOf(stream, stream.length + 64);
    System.arraycopy(stream, SEGMENT_2, copy, stream.length, 64);
    return copy;
  }
}
