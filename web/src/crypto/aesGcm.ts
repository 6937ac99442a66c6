import type { Bytes } from './bytes';
import { CannotVerifyError } from './errors';

/** AES-256-GCM, 96-bit nonce, 128-bit tag: the AEAD of suite 1 in every format. */
export const AES_GCM = 'AES-GCM';
export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

const subtle = () => globalThis.crypto.subtle;

export function importAesKey(raw: Bytes, extractable: boolean, usages: KeyUsage[]): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: AES_GCM }, extractable, usages);
}

export async function seal(key: CryptoKey, nonce: Bytes, plaintext: Bytes, aad: Bytes): Promise<Bytes> {
  const params = { name: AES_GCM, iv: nonce, additionalData: aad, tagLength: TAG_BYTES * 8 };
  return new Uint8Array(await subtle().encrypt(params, key, plaintext));
}

/** @param what names the object in the CannotVerifyError when the tag does not match */
export async function open(key: CryptoKey, nonce: Bytes, ciphertext: Bytes, aad: Bytes, what: string): Promise<Bytes> {
  const params = { name: AES_GCM, iv: nonce, additionalData: aad, tagLength: TAG_BYTES * 8 };
  try {
    return new Uint8Array(await subtle().decrypt(params, key, ciphertext));
  } catch {
    throw new CannotVerifyError(what);
  }
}

/** Unwraps a raw AES-256 key straight into a CryptoKey, so its bytes never sit in JavaScript memory. */
export async function unwrapAesKey(
  wrappingKey: CryptoKey,
  nonce: Bytes,
  ciphertext: Bytes,
  aad: Bytes,
  extractable: boolean,
  usages: KeyUsage[],
  what: string,
): Promise<CryptoKey> {
  const params = { name: AES_GCM, iv: nonce, additionalData: aad, tagLength: TAG_BYTES * 8 };
  try {
    return await subtle().unwrapKey('raw', ciphertext, wrappingKey, params, { name: AES_GCM }, extractable, usages);
  } catch {
    throw new CannotVerifyError(what);
  }
}

export async function wrapAesKey(wrappingKey: CryptoKey, key: CryptoKey, nonce: Bytes, aad: Bytes): Promise<Bytes> {
  const params = { name: AES_GCM, iv: nonce, additionalData: aad, tagLength: TAG_BYTES * 8 };
  return new Uint8Array(await subtle().wrapKey('raw', key, wrappingKey, params));
}
