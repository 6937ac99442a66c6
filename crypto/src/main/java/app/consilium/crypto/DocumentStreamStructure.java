package app.consilium.crypto;

/**
 * What the server can check of a stored document without its key: the header's length byte and that
 * the total length splits into whole segments whose last one holds at least a tag.
 *
 * @param segments how many segments the stream has
 * @param plaintextLength the size of the document once decrypted
 */
public record DocumentStreamStructure(long segments, long plaintextLength) {

  /**
   * @param firstByte the stream's first byte (the header length, 40)
   * @param length the stream's total length in bytes
   * @throws InvalidStructureException when no stream of this format has that shape
   */
  public static DocumentStreamStructure check(int firstByte, long length) {
    return check(firstByte, length, DocumentStream.SEGMENT_BYTES);
  }

  static DocumentStreamStructure check(int firstByte, long length, int segmentBytes) {
    int tag = AesGcm.TAG_BYTES;
    long body = length - SegmentCipher.HEADER_BYTES;
    if (firstByte != SegmentCipher.HEADER_BYTES || body < tag) {
      throw new InvalidStructureException("document stream: not a stream of this format");
    }
    long first = segmentBytes - SegmentCipher.HEADER_BYTES;
    if (body <= first) {
      return new DocumentStreamStructure(1, body - tag);
    }
    long rest = body - first;
    long full = rest / segmentBytes;
    long remainder = rest % segmentBytes;
    if (remainder > 0 && remainder < tag) {
      throw new InvalidStructureException("document stream: last segment shorter than a tag");
    }
    long segments = 1 + full + (remainder > 0 ? 1 : 0);
    return new DocumentStreamStructure(
        segments, length - SegmentCipher.HEADER_BYTES - segments * tag);
  }
}
