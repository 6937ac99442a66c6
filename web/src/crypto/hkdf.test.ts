import { describe, expect, it } from 'vitest';
import { hkdfBits } from './hkdf';
import { hex, loadVectors, toHex } from './testing';

describe('HKDF-SHA256', () => {
  it.each(loadVectors('hkdf').cases as Array<Record<string, any>>)('matches RFC 5869 $name', async (vector) => {
    const okm = await hkdfBits(hex(vector.ikm), hex(vector.salt), hex(vector.info), vector.length);
    expect(toHex(okm)).toBe(vector.okm);
  });
});
