import { TAG_BYTES } from './aesGcm';
import type { Bytes } from './bytes';
import type { DocumentKey } from './documentKey';
import { InvalidStructureError } from './errors';
import { DocumentDecryptor, DocumentEncryptor, HEADER_BYTES, SEGMENT_BYTES } from './segments';

/** Only for format-only test vectors with small segments; production always uses 1 MiB. */
export interface StreamOptions {
  segmentBytes?: number;
}

/**
 * Documents in Tink's AES256_GCM_HKDF_1MB streaming format, byte for byte, segment by segment:
 * memory holds about one segment whatever the file size. Decryption emits a segment only once its tag
 * verified, but truncation shows only at the end: when the stream errors, discard what it emitted.
 */
export const DocumentStream = {
  encrypt(key: DocumentKey, plaintext: ReadableStream<Uint8Array>, options: StreamOptions = {}): ReadableStream<Bytes> {
    return pipeSegments(plaintext, async function* (chunks) {
      const encryptor = await DocumentEncryptor.create(key, options.segmentBytes);
      yield encryptor.header;
      for await (const { chunk, last } of chunks.segments(encryptor.capacity(true), encryptor.capacity(false))) {
        yield await encryptor.encryptSegment(chunk, last);
      }
    });
  },

  decrypt(
    key: DocumentKey,
    ciphertext: ReadableStream<Uint8Array>,
    options: StreamOptions = {},
  ): ReadableStream<Bytes> {
    return pipeSegments(ciphertext, async function* (chunks) {
      const decryptor = await DocumentDecryptor.create(key, await chunks.take(HEADER_BYTES), options.segmentBytes);
      for await (const { chunk, last } of chunks.segments(decryptor.capacity(true), decryptor.capacity(false))) {
        yield await decryptor.decryptSegment(chunk, last);
      }
    });
  },
};

/**
 * What the server can check without the key: the header length byte, and that the total length
 * splits into segments whose last one holds at least a tag.
 */
export class DocumentStreamStructure {
  private constructor(
    readonly segments: number,
    readonly plaintextLength: number,
  ) {}

  static check(firstByte: number, length: number, segmentBytes = SEGMENT_BYTES): DocumentStreamStructure {
    const body = length - HEADER_BYTES;
    if (firstByte !== HEADER_BYTES || body < TAG_BYTES)
      throw new InvalidStructureError('document stream: not a stream of this format');
    const first = segmentBytes - HEADER_BYTES;
    if (body <= first) return new DocumentStreamStructure(1, body - TAG_BYTES);
    const rest = body - first;
    const remainder = rest % segmentBytes;
    if (remainder > 0 && remainder < TAG_BYTES) {
      throw new InvalidStructureError('document stream: last segment shorter than a tag');
    }
    const segments = 1 + Math.floor(rest / segmentBytes) + (remainder > 0 ? 1 : 0);
    return new DocumentStreamStructure(segments, body - segments * TAG_BYTES);
  }
}

/** Re-cuts a byte stream into exact segment sizes, looking one byte ahead to know which is last. */
class Chunks {
  private readonly buffered: Uint8Array[] = [];
  private length = 0;
  private done = false;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  async *segments(firstSize: number, size: number): AsyncGenerator<{ chunk: Bytes; last: boolean }> {
    for (let want = firstSize; ; want = size) {
      const chunk = await this.take(want);
      const last = chunk.length < want || !(await this.hasMore());
      yield { chunk, last };
      if (last) return;
    }
  }

  /** Up to n bytes; fewer only at the end of the stream. */
  async take(n: number): Promise<Bytes> {
    await this.fill(n);
    const out = new Uint8Array(Math.min(n, this.length));
    for (let offset = 0; offset < out.length; ) {
      const head = this.buffered[0];
      const used = Math.min(head.length, out.length - offset);
      out.set(head.subarray(0, used), offset);
      offset += used;
      if (used === head.length) this.buffered.shift();
      else this.buffered[0] = head.subarray(used);
    }
    this.length -= out.length;
    return out;
  }

  private async hasMore(): Promise<boolean> {
    await this.fill(1);
    return this.length > 0;
  }

  private async fill(n: number): Promise<void> {
    while (this.length < n && !this.done) {
      const { value, done } = await this.reader.read();
      if (done) this.done = true;
      else if (value.length > 0) {
        this.buffered.push(value);
        this.length += value.length;
      }
    }
  }
}

/** A pull-driven ReadableStream over an async generator, so back-pressure keeps memory flat. */
function pipeSegments(
  source: ReadableStream<Uint8Array>,
  produce: (chunks: Chunks) => AsyncGenerator<Bytes>,
): ReadableStream<Bytes> {
  const reader = source.getReader();
  const output = produce(new Chunks(reader));
  return new ReadableStream<Bytes>(
    {
      async pull(controller) {
        try {
          const { value, done } = await output.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          // Release the source too: a failed stream must not keep a file or a request open.
          await reader.cancel(error).catch(() => undefined);
          throw error;
        }
      },
      async cancel(reason) {
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
