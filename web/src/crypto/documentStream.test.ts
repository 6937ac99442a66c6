import { describe, expect, it } from 'vitest';
import { CaseKey, CaseKeyId } from './caseKey';
import { DocumentKey } from './documentKey';
import { DocumentStream, DocumentStreamStructure } from './documentStream';
import { CannotVerifyError, InvalidStructureError } from './errors';
import { DocumentEncryptor, SEGMENT_BYTES } from './segments';
import { concat, type Bytes } from './bytes';
import { expectError, hex, loadVectors, pattern, readAll, streamOf, toHex, type Json } from './testing';

const vectors = loadVectors('document-stream');
const key = await DocumentKey.fromRaw(vectors.caseId, vectors.documentId, hex(vectors.keyMaterial));

/** Encrypts with the vectors' fixed salt and nonce prefix, segment by segment. */
async function encryptFixed(plaintext: Bytes, segmentBytes: number): Promise<Bytes> {
  const encryptor = await DocumentEncryptor.withHeader(key, hex(vectors.salt), hex(vectors.noncePrefix), segmentBytes);
  const out: Bytes[] = [encryptor.header];
  let offset = 0;
  for (let first = true; ; first = false) {
    const chunk = plaintext.slice(offset, (offset += encryptor.capacity(first)));
    const last = offset >= plaintext.length;
    out.push(await encryptor.encryptSegment(chunk, last));
    if (last) return concat(...out);
  }
}

async function digest(bytes: Bytes): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}

describe('DocumentStream', () => {
  it.each(vectors.cases as Json[])('matches the $plaintextLength-byte small-segment vector', async (vector) => {
    const plaintext = pattern(vector.plaintextLength);
    expect(toHex(await encryptFixed(plaintext, vector.segmentBytes))).toBe(vector.ciphertext);
    const decrypted = await readAll(
      DocumentStream.decrypt(key, streamOf(hex(vector.ciphertext), 7), { segmentBytes: vector.segmentBytes }),
    );
    expect(toHex(decrypted)).toBe(toHex(plaintext));
  });

  it('matches the three-mebibyte-segment vector digest and decrypts it from a stream', async () => {
    const { large } = vectors;
    const plaintext = pattern(large.plaintextLength);
    const ciphertext = await encryptFixed(plaintext, SEGMENT_BYTES);

    expect(ciphertext.length).toBe(large.ciphertextLength);
    expect(await digest(ciphertext)).toBe(large.ciphertextSha256);
    const decrypted = await readAll(DocumentStream.decrypt(key, streamOf(ciphertext)));
    expect(await digest(decrypted)).toBe(await digest(plaintext));
  });

  it.each(vectors.negative as Json[])('refuses: $name', async (vector) => {
    const candidate = await DocumentKey.fromRaw(vector.caseId, vector.documentId, hex(vector.keyMaterial));
    await expectError(vector, () =>
      readAll(
        DocumentStream.decrypt(candidate, streamOf(hex(vector.ciphertext), 13), { segmentBytes: vector.segmentBytes }),
      ),
    );
  });

  it.each(vectors.structure as Json[])('checks the shape of a $length-byte stream', (vector) => {
    const check = () => DocumentStreamStructure.check(vector.firstByte, vector.length, vector.segmentBytes);
    if (vector.error) expect(check).toThrow(InvalidStructureError);
    else expect({ ...check() }).toEqual({ segments: vector.segments, plaintextLength: vector.plaintextLength });
  });

  it('round-trips a document whose key travels wrapped by the case key', async () => {
    const caseKey = await CaseKey.generate(new CaseKeyId('case-1', 'case', 2));
    const { key: fresh, wrapped } = await DocumentKey.generate(caseKey, 'doc-1');
    const plaintext = pattern(2 * SEGMENT_BYTES + 5);

    const ciphertext = await readAll(DocumentStream.encrypt(fresh, streamOf(plaintext)));
    const unwrapped = await DocumentKey.unwrap(caseKey, 'doc-1', wrapped);
    const decrypted = await readAll(DocumentStream.decrypt(unwrapped, streamOf(ciphertext)));

    expect(ciphertext.length).toBe(40 + 3 * 16 + plaintext.length);
    expect(await digest(decrypted)).toBe(await digest(plaintext));
    await expect(DocumentKey.unwrap(caseKey, 'doc-2', wrapped)).rejects.toThrow(CannotVerifyError);
  });
});
