import { describe, expect, it } from 'vitest';
import { isSafeMethod, readCookie } from './csrf';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('a=1; XSRF-TOKEN=abc%3D%3D; b=2', 'XSRF-TOKEN')).toBe('abc==');
    expect(readCookie('XSRF-TOKEN-OLD=1', 'XSRF-TOKEN')).toBeNull();
    expect(readCookie('', 'XSRF-TOKEN')).toBeNull();
  });
});

describe('isSafeMethod', () => {
  it('treats only reads as safe', () => {
    expect(isSafeMethod('get')).toBe(true);
    expect(['POST', 'PUT', 'DELETE', 'PATCH'].some(isSafeMethod)).toBe(false);
  });
});
