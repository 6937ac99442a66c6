import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from './fragment-token';

describe('tokenFromFragment', () => {
  it('reads the token parameter of the fragment', () => {
    expect(tokenFromFragment('#token=abc-DEF_123')).toBe('abc-DEF_123');
    expect(tokenFromFragment('#x=1&token=a%2Bb')).toBe('a+b');
    expect(tokenFromFragment('token=plain')).toBe('plain');
  });

  it('is null without a token', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
  });
});
