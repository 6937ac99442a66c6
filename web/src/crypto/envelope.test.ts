import { describe, expect, it } from 'vitest';
import { CaseKey, CaseKeyId } from './caseKey';
import { AssociatedData, ContentEnvelope, EnvelopeStructure, sealEnvelope } from './envelope';
import { expectError, hex, loadVectors, toHex, type Json } from './testing';

const vectors = loadVectors('envelope');
const keyOf = (v: Json) => CaseKey.fromRaw(new CaseKeyId(v.caseId, v.scope, v.generation), hex(v.key));
const adOf = (v: Json) => new AssociatedData(v.kind, v.objectId);

describe('ContentEnvelope', () => {
  it.each(vectors.cases as Json[])('seals $name to the vector bytes and opens it', async (vector) => {
    const key = await keyOf(vector);
    const envelope = await sealEnvelope(key, adOf(vector), hex(vector.plaintext), hex(vector.nonce));

    expect(toHex(envelope)).toBe(vector.envelope);
    expect(toHex(await ContentEnvelope.open(key, adOf(vector), envelope))).toBe(vector.plaintext);
  });

  it('lets the server read generation and size without the key', () => {
    const [vector] = vectors.cases;
    const structure = EnvelopeStructure.parse(hex(vector.envelope));
    expect([structure.generation, structure.plaintextLength]).toEqual([vector.generation, vector.plaintext.length / 2]);
  });

  it.each(vectors.negative as Json[])('refuses: $name', async (vector) => {
    const key = await keyOf(vector);
    await expectError(vector, () => ContentEnvelope.open(key, adOf(vector), hex(vector.envelope)));
  });

  it('uses a fresh nonce for every seal', async () => {
    const key = await CaseKey.generate(new CaseKeyId('case-1', 'case', 1));
    const ad = new AssociatedData('note', 'note-1');
    const [first, second] = [
      await ContentEnvelope.seal(key, ad, Uint8Array.of(1)),
      await ContentEnvelope.seal(key, ad, Uint8Array.of(1)),
    ];
    expect(toHex(first)).not.toBe(toHex(second));
  });
});
