import { describe, expect, it } from 'vitest';
import { DocumentKey, DocumentStream, DocumentStreamStructure } from '../../../crypto';
import { concat, equalBytes } from '../../../crypto/bytes';
import { ciphertextSize, encryptChunk, newHeader, segmentCount } from './chunks';

const MiB = 1024 * 1024;
const CHUNK = 8 * MiB;

async function key(): Promise<DocumentKey> {
  return DocumentKey.fromRaw('case-1', 'document-1', globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

function file(size: number): Blob {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
  return new Blob([bytes]);
}

async function decrypt(k: DocumentKey, ciphertext: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = DocumentStream.decrypt(k, new Blob([ciphertext]).stream());
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('document chunks', () => {
  it('sizes match the shape the server checks, at every segment boundary', () => {
    for (const size of [0, 1, MiB - 56, MiB - 55, MiB, 2 * MiB - 72, 2 * MiB - 71, 20 * MiB + 3]) {
      const shape = DocumentStreamStructure.check(40, ciphertextSize(size));
      expect([shape.plaintextLength, shape.segments]).toEqual([size, segmentCount(size)]);
    }
  });

  it('chunks made one by one form a stream that decrypts to the file', async () => {
    const k = await key();
    const original = file(17 * MiB + 12_345);
    const header = newHeader();
    const count = Math.ceil(ciphertextSize(original.size) / CHUNK);
    const chunks = [];
    for (let i = 0; i < count; i++) chunks.push(await encryptChunk(original, k, header, i, CHUNK));
    expect(chunks.slice(0, -1).every((c) => c.length === CHUNK)).toBe(true);
    const plaintext = await decrypt(k, concat(...chunks));
    // toEqual walks typed arrays key by key: far too slow for megabytes.
    expect(equalBytes(plaintext, new Uint8Array(await original.arrayBuffer()))).toBe(true);
  });

  it('a chunk made again after a reload is the same bytes, so a resumed upload fits the stored part', async () => {
    const k = await key();
    const original = file(9 * MiB);
    const header = newHeader();
    const again = await encryptChunk(original, k, header, 1, CHUNK);
    expect(equalBytes(await encryptChunk(original, k, header, 1, CHUNK), again)).toBe(true);
  });

  it('an empty file is one empty segment', async () => {
    const k = await key();
    const chunk = await encryptChunk(file(0), k, newHeader(), 0, CHUNK);
    expect(chunk.length).toBe(40 + 16);
    expect((await decrypt(k, chunk)).length).toBe(0);
  });

  it('refuses a chunk beyond the document', async () => {
    await expect(encryptChunk(file(100), await key(), newHeader(), 1, CHUNK)).rejects.toThrow(RangeError);
  });
});
