import type { Bytes } from './bytes';

/** HKDF (RFC 5869) with SHA-256, WebCrypto's own; the Java side implements the same over HmacSHA256. */
export const HKDF_HASH = 'SHA-256';

const subtle = () => globalThis.crypto.subtle;

function hkdfParams(salt: Bytes, info: Bytes): HkdfParams {
  return { name: 'HKDF', hash: HKDF_HASH, salt, info };
}

export async function hkdfBits(ikm: Bytes, salt: Bytes, info: Bytes, lengthBytes: number): Promise<Bytes> {
  const key = await subtle().importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await subtle().deriveBits(hkdfParams(salt, info), key, lengthBytes * 8));
}

/** Derives a non-extractable AES-256-GCM key. */
export async function hkdfAesKey(
  ikm: Bytes | CryptoKey,
  salt: Bytes,
  info: Bytes,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const key = ikm instanceof Uint8Array ? await importHkdfKey(ikm) : ikm;
  return subtle().deriveKey(hkdfParams(salt, info), key, { name: 'AES-GCM', length: 256 }, false, usages);
}

export function importHkdfKey(ikm: Bytes): Promise<CryptoKey> {
  return subtle().importKey('raw', ikm, 'HKDF', false, ['deriveKey', 'deriveBits']);
}
