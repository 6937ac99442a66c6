import { describe, expect, it } from 'vitest';
import { kindOf } from './notes';

describe('kindOf', () => {
  it('names the visibility and, after the first edit, the version the sealed text belongs to', () => {
    expect(kindOf('SHARED', 0)).toBe('note');
    expect(kindOf('INTERNAL', 0)).toBe('memo');
    expect(kindOf('SHARED', 3)).toBe('note-v3');
    expect(kindOf('INTERNAL', 12)).toBe('memo-v12');
  });
});
