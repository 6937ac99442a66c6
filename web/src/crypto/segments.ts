import { TAG_BYTES, open, seal } from './aesGcm';
import { ByteWriter, randomBytes, type Bytes } from './bytes';
import type { DocumentKey } from './documentKey';
import { CannotVerifyError, InvalidStructureError } from './errors';

/** Ciphertext segment size, tag included: Tink's AES256_GCM_HKDF_1MB. */
export const SEGMENT_BYTES = 1 << 20;
export const SALT_BYTES = 32;
export const NONCE_PREFIX_BYTES = 7;
export const HEADER_BYTES = 1 + SALT_BYTES + NONCE_PREFIX_BYTES;
const WHAT = 'document stream';
const NO_AAD = new Uint8Array(0);

/**
 * Segment i's nonce is nonce prefix | i as u32 | 1 if last else 0: the counter stops reordering, the
 * flag stops truncation at a segment boundary. Segments must come in order and nothing after the last.
 */
abstract class SegmentCipher {
  private next = 0;
  private finished = false;

  protected constructor(
    protected readonly aesKey: CryptoKey,
    private readonly noncePrefix: Bytes,
  ) {}

  /** Continues a stream at segment `index`: for resuming an upload where the stored chunks end. */
  protected skipTo(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index > 0xffffffff) throw new RangeError('not a segment index');
    this.next = index;
  }

  protected nonceFor(last: boolean): Bytes {
    if (this.finished) throw new RangeError('the last segment has been processed');
    if (this.next > 0xffffffff) throw new RangeError('a stream holds at most 2^32 segments');
    this.finished = last;
    return new ByteWriter()
      .bytes(this.noncePrefix)
      .u32(this.next++)
      .u8(last ? 1 : 0)
      .toBytes();
  }
}

export class DocumentEncryptor extends SegmentCipher {
  private constructor(
    key: CryptoKey,
    noncePrefix: Bytes,
    readonly header: Bytes,
    readonly segmentBytes: number,
  ) {
    super(key, noncePrefix);
  }

  static create(key: DocumentKey, segmentBytes = SEGMENT_BYTES): Promise<DocumentEncryptor> {
    return DocumentEncryptor.withHeader(key, randomBytes(SALT_BYTES), randomBytes(NONCE_PREFIX_BYTES), segmentBytes);
  }

  /** Fixed salt and nonce prefix: for test vectors only. */
  static async withHeader(
    key: DocumentKey,
    salt: Bytes,
    prefix: Bytes,
    segmentBytes: number,
  ): Promise<DocumentEncryptor> {
    const header = new ByteWriter().u8(HEADER_BYTES).bytes(salt).bytes(prefix).toBytes();
    return new DocumentEncryptor(await key.segmentKey(salt), prefix, header, segmentBytes);
  }

  /**
   * An encryptor that continues the stream whose header is `header`, at segment `index`: with the
   * same document key it produces exactly the bytes the first encryptor would have, so an upload
   * interrupted after some chunks resumes without starting over.
   */
  static async resume(key: DocumentKey, header: Bytes, index: number, segmentBytes = SEGMENT_BYTES): Promise<DocumentEncryptor> {
    if (header.length !== HEADER_BYTES || header[0] !== HEADER_BYTES) {
      throw new InvalidStructureError(`${WHAT}: unknown header`);
    }
    const salt = header.slice(1, 1 + SALT_BYTES);
    const prefix = header.slice(1 + SALT_BYTES, HEADER_BYTES);
    const encryptor = new DocumentEncryptor(await key.segmentKey(salt), prefix, header.slice(), segmentBytes);
    encryptor.skipTo(index);
    return encryptor;
  }

  /** Plaintext bytes per segment: the first is shorter by the header. */
  capacity(first: boolean): number {
    return this.segmentBytes - TAG_BYTES - (first ? HEADER_BYTES : 0);
  }

  /** Where segment `index` starts in the plaintext. */
  plaintextOffset(index: number): number {
    return index === 0 ? 0 : this.capacity(true) + (index - 1) * this.capacity(false);
  }

  encryptSegment(plaintext: Bytes, last: boolean): Promise<Bytes> {
    return seal(this.aesKey, this.nonceFor(last), plaintext, NO_AAD);
  }
}

export class DocumentDecryptor extends SegmentCipher {
  private constructor(
    key: CryptoKey,
    noncePrefix: Bytes,
    readonly segmentBytes: number,
  ) {
    super(key, noncePrefix);
  }

  /** @throws InvalidStructureError when the header is not this format's */
  static async create(key: DocumentKey, header: Bytes, segmentBytes = SEGMENT_BYTES): Promise<DocumentDecryptor> {
    if (header.length < HEADER_BYTES) throw new CannotVerifyError(WHAT, 'truncated');
    if (header[0] !== HEADER_BYTES) throw new InvalidStructureError(`${WHAT}: unknown header`);
    const salt = header.slice(1, 1 + SALT_BYTES);
    const prefix = header.slice(1 + SALT_BYTES, HEADER_BYTES);
    return new DocumentDecryptor(await key.segmentKey(salt), prefix, segmentBytes);
  }

  /** Ciphertext bytes per segment: the first is shorter by the header. */
  capacity(first: boolean): number {
    return this.segmentBytes - (first ? HEADER_BYTES : 0);
  }

  /** @throws CannotVerifyError for a wrong key or document, a flipped bit, a truncated or reordered stream */
  decryptSegment(ciphertext: Bytes, last: boolean): Promise<Bytes> {
    if (ciphertext.length < TAG_BYTES) throw new CannotVerifyError(WHAT, 'truncated');
    return open(this.aesKey, this.nonceFor(last), ciphertext, NO_AAD, WHAT);
  }
}
