import { describe, expect, it } from 'vitest';
import { Base64Url } from './base64url';
import { InvalidStructureError } from './errors';
import { hex, loadVectors, toHex } from './testing';

const vectors = loadVectors('base64url');

describe('Base64Url', () => {
  it('encodes and decodes without padding', () => {
    for (const vector of vectors.valid) {
      expect(Base64Url.encode(hex(vector.hex))).toBe(vector.text);
      expect(toHex(Base64Url.decode(vector.text))).toBe(vector.hex);
    }
  });

  it.each(vectors.invalid as string[])('refuses %j', (text) => {
    expect(() => Base64Url.decode(text)).toThrow(InvalidStructureError);
  });
});
