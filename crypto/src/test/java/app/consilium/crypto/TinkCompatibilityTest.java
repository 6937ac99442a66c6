package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tink itself is the oracle: DocumentStream must read what Tink writes and write what Tink reads.
 */
class TinkCompatibilityTest {

  private final DocumentKey key = DocumentKey.generate("case-1", "doc-1");

  @ParameterizedTest(name = "{1} bytes in {0}-byte segments")
  @CsvSource({
    "1048576, 0",
    "1048576, 1048520",
    "1048576, 1048521",
    "1048576, 3000000",
    "64, 0",
    "64, 8",
    "64, 56",
    "64, 150"
  })
  void tinkDecryptsWhatDocumentStreamEncrypts(int segmentBytes, int length) throws Exception {
    byte[] plaintext = ContentVectors.pattern(length);
    byte[] salt = Randomness.bytes(32);
    ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
    DocumentStream.encrypt(
        key,
        new ByteArrayInputStream(plaintext),
        ciphertext,
        segmentBytes,
        salt,
        Randomness.bytes(7));

    try (InputStream in =
        tink(segmentBytes)
            .newDecryptingStream(
                new ByteArrayInputStream(ciphertext.toByteArray()), key.associatedData())) {
      assertThat(in.readAllBytes()).isEqualTo(plaintext);
    }
  }

  @ParameterizedTest(name = "{1} bytes in {0}-byte segments")
  @CsvSource({"1048576, 0", "1048576, 1048520", "1048576, 2097152", "64, 7", "64, 57", "64, 104"})
  void documentStreamDecryptsWhatTinkEncrypts(int segmentBytes, int length) throws Exception {
    byte[] plaintext = ContentVectors.pattern(length);
    ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
    try (OutputStream out =
        tink(segmentBytes).newEncryptingStream(ciphertext, key.associatedData())) {
      out.write(plaintext);
    }

    assertThat(DocumentStreamTest.decrypt(key, ciphertext.toByteArray(), segmentBytes))
        .isEqualTo(plaintext);
    assertThat(ciphertext.size()).isEqualTo(expectedLength(segmentBytes, plaintext.length));
  }

  private StreamingAead tink(int segmentBytes) throws Exception {
    return new AesGcmHkdfStreaming(key.keyMaterial(), "HmacSha256", 32, segmentBytes, 0);
  }

  /** Checks the server's shape arithmetic against Tink's real output. */
  private static long expectedLength(int segmentBytes, int plaintextLength) {
    long length = 40;
    int capacity = segmentBytes - 16 - 40;
    int remaining = plaintextLength;
    do {
      int take = Math.min(capacity, remaining);
      length += take + 16;
      remaining -= take;
      capacity = segmentBytes - 16;
    } while (remaining > 0);
    long checked = DocumentStreamStructure.check(40, length, segmentBytes).plaintextLength();
    assertThat(checked).isEqualTo(plaintextLength);
    return length;
  }
}
