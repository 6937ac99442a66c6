import { InvalidStructureError } from './errors';
import type { Bytes } from './bytes';

/**
 * The one base64 flavour of Consilium: RFC 4648 section 5 (URL-safe alphabet) without padding.
 * Decoding refuses padding, the standard alphabet and non-zero trailing bits, so that the same bytes
 * never have two accepted spellings.
 */
export const Base64Url = {
  encode(bytes: Uint8Array): string {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  },

  decode(text: string): Bytes {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
      throw new InvalidStructureError('not unpadded base64url');
    }
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    if (Base64Url.encode(bytes) !== text) throw new InvalidStructureError('not canonical base64url');
    return bytes;
  },
};
