// How a file becomes the ciphertext chunks the server stores: the document stream of docs/crypto.md,
// cut into chunks of eight 1 MiB segments. Any chunk can be made on its own, straight from the file,
// so an interrupted upload resumes at the first chunk the server lacks, without re-reading the rest.
import { TAG_BYTES } from '../../../crypto/aesGcm';
import type { Bytes } from '../../../crypto/bytes';
import type { DocumentKey } from '../../../crypto/documentKey';
import { DocumentEncryptor, HEADER_BYTES, NONCE_PREFIX_BYTES, SALT_BYTES, SEGMENT_BYTES } from '../../../crypto/segments';

const FIRST_CAPACITY = SEGMENT_BYTES - TAG_BYTES - HEADER_BYTES;
const CAPACITY = SEGMENT_BYTES - TAG_BYTES;

/** Segments of a stream of `plaintextSize` bytes (Tink's rule: an empty last segment only for an empty file). */
export function segmentCount(plaintextSize: number): number {
  return plaintextSize <= FIRST_CAPACITY ? 1 : 1 + Math.ceil((plaintextSize - FIRST_CAPACITY) / CAPACITY);
}

/** The size of the encrypted document: header, plaintext and one tag per segment. */
export function ciphertextSize(plaintextSize: number): number {
  return HEADER_BYTES + plaintextSize + TAG_BYTES * segmentCount(plaintextSize);
}

/** A new stream header: length byte, random HKDF salt and nonce prefix. */
export function newHeader(): Bytes {
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = HEADER_BYTES;
  globalThis.crypto.getRandomValues(header.subarray(1, 1 + SALT_BYTES + NONCE_PREFIX_BYTES));
  return header;
}

/**
 * Chunk `index` of the encrypted `file`: its segments encrypted in order (the header first in chunk 0).
 * Deterministic for a given key and header, so a chunk made again after a reload is byte for byte
 * the one the server may already hold.
 */
export async function encryptChunk(
  file: Blob,
  key: DocumentKey,
  header: Bytes,
  index: number,
  chunkSize: number,
): Promise<Bytes> {
  if (chunkSize % SEGMENT_BYTES !== 0) throw new RangeError('a chunk holds whole segments');
  const perChunk = chunkSize / SEGMENT_BYTES;
  const total = segmentCount(file.size);
  const first = index * perChunk;
  if (first >= total) throw new RangeError(`chunk ${index} lies beyond the document`);
  const last = Math.min(first + perChunk, total);
  const encryptor = await DocumentEncryptor.resume(key, header, first);
  const size = ciphertextSize(file.size);
  const out = new Uint8Array(Math.min(chunkSize, size - index * chunkSize));
  let offset = 0;
  if (index === 0) {
    out.set(header, 0);
    offset = HEADER_BYTES;
  }
  for (let segment = first; segment < last; segment++) {
    const start = encryptor.plaintextOffset(segment);
    const plaintext = new Uint8Array(await file.slice(start, start + encryptor.capacity(segment === 0)).arrayBuffer());
    const sealed = await encryptor.encryptSegment(plaintext, segment === total - 1);
    out.set(sealed, offset);
    offset += sealed.length;
  }
  if (offset !== out.length) throw new Error('chunk size mismatch');
  return out;
}
