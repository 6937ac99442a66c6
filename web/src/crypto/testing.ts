// Test support (not a test itself): reads the shared vectors in crypto/src/test/resources/vectors,
// the same files the Java suite checks.
import { expect } from 'vitest';
import type { Bytes } from './bytes';
import { CannotVerifyError, InvalidStructureError } from './errors';
import type { Identity } from './grant';
import { UserKeyPair } from './userKeys';

const files = import.meta.glob('../../../crypto/src/test/resources/vectors/*.json', { eager: true, import: 'default' });

export type Json = Record<string, any>;

export function loadVectors(name: string): Json {
  const file = files[`../../../crypto/src/test/resources/vectors/${name}.json`];
  if (!file) throw new Error(`missing vector file ${name}`);
  return file as Json;
}

export function hex(text: string): Bytes {
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Byte i is i mod 251: the documents of the stream vectors. */
export function pattern(length: number): Bytes {
  return Uint8Array.from({ length }, (_, i) => i % 251);
}

/** A vector person ({accountId, ecdh: {d, x, y}, ecdsa: {d, x, y}}) with imported keys. */
export async function person(vector: Json): Promise<Identity> {
  const { ecdh, ecdsa } = vector;
  const plaintext = hex(ecdh.d + ecdh.x + ecdh.y + ecdsa.d + ecdsa.x + ecdsa.y);
  return { accountId: vector.accountId, keys: await UserKeyPair.fromPrivateBytes(plaintext) };
}

/** Asserts the failure a vector's "error" field names. */
export async function expectError(vector: Json, action: () => Promise<unknown>): Promise<void> {
  const expected = vector.error === 'cannot-verify' ? CannotVerifyError : InvalidStructureError;
  const error = await action().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, vector.name).toBeInstanceOf(expected);
  if (vector.error === 'cannot-verify') expect((error as Error).message).toContain('cannot be verified');
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Bytes> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}

/** Feeds bytes in uneven pieces, as a network or file reader would. */
export function streamOf(bytes: Uint8Array, pieceBytes = 100_003): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += pieceBytes)));
    },
  });
}
