import { describe, expect, it } from 'vitest';
import { InvalidStructureError } from './errors';
import { KdfParameters, PassphraseKdf } from './kdf';
import { hex, loadVectors, toHex } from './testing';

const vectors = loadVectors('pbkdf2');

describe('PassphraseKdf', () => {
  it.each(vectors.cases as Array<Record<string, any>>)('derives the vector key: $name', async (vector) => {
    const key = await PassphraseKdf.deriveBits(vector.passphrase, hex(vector.salt), vector.iterations);
    expect(toHex(key)).toBe(vector.key);
  });
});

describe('KdfParameters', () => {
  it('accepts records from the floor to the cap', () => {
    for (const record of vectors.parameterRecords.valid) {
      expect(new KdfParameters(record.iterations, hex(record.salt)).iterations).toBe(record.iterations);
    }
  });

  it('refuses records below the floor, above the cap or with a short salt', () => {
    for (const record of vectors.parameterRecords.invalid) {
      expect(() => new KdfParameters(record.iterations, hex(record.salt)), record.name).toThrow(InvalidStructureError);
    }
  });

  it('generates the default count with a fresh salt', () => {
    const [first, second] = [KdfParameters.generate(), KdfParameters.generate()];
    expect(first.iterations).toBe(600_000);
    expect(toHex(first.salt)).not.toBe(toHex(second.salt));
  });
});
