import { describe, expect, it } from 'vitest';
import { AccountKey } from './accountKey';
import { InvalidStructureError } from './errors';
import { PublicKeys } from './publicKeys';
import { expectError, hex, loadVectors, person, toHex } from './testing';
import { UserKeyPair, wrapPrivateKeys } from './userKeys';

const vectors = loadVectors('user-keys');
const owner = vectors.person;

describe('PublicKeys and Fingerprint', () => {
  it('encode and fingerprint as the vector says', async () => {
    const { keys } = await person(owner);
    expect(toHex(keys.publicKeys.encoded)).toBe(owner.publicKeys);
    expect(toHex(keys.publicKeys.fingerprint.bytes)).toBe(owner.fingerprint);
    expect(keys.publicKeys.fingerprint.display()).toBe(vectors.fingerprintDisplay);
  });

  it.each(vectors.invalidPublicKeys as Array<Record<string, any>>)('refuses $name', async (vector) => {
    await expect(PublicKeys.decode(hex(vector.publicKeys))).rejects.toThrow(InvalidStructureError);
  });
});

describe('UserKeyPair', () => {
  it('wraps private keys to the vector bytes and unwraps them non-extractable', async () => {
    const accountKey = await AccountKey.fromRaw(hex(vectors.accountKey));
    const published = await PublicKeys.decode(hex(owner.publicKeys));
    const { ecdh, ecdsa } = owner;
    const plaintext = hex(ecdh.d + ecdh.x + ecdh.y + ecdsa.d + ecdsa.x + ecdsa.y);

    const wrapped = await wrapPrivateKeys(
      accountKey,
      owner.accountId,
      published.fingerprint,
      plaintext,
      hex(vectors.nonce),
    );
    const keys = await UserKeyPair.unwrap(accountKey, owner.accountId, published, hex(vectors.wrappedPrivateKeys));

    expect(toHex(wrapped)).toBe(vectors.wrappedPrivateKeys);
    expect(keys.publicKeys.equals(published)).toBe(true);
    expect([keys.agreementKey.extractable, keys.signingKey.extractable]).toEqual([false, false]);
  });

  it.each(vectors.negative as Array<Record<string, any>>)('refuses $name', async (vector) => {
    const accountKey = await AccountKey.fromRaw(hex(vector.accountKey));
    const published = await PublicKeys.decode(hex(vector.publicKeys));
    await expectError(vector, () => UserKeyPair.unwrap(accountKey, vector.accountId, published, hex(vector.wrapped)));
  });

  it('creates key pairs whose wrap unwraps to the same public keys', async () => {
    const accountKey = await AccountKey.fromRaw(new Uint8Array(32).fill(7));
    const { keys, wrapped } = await UserKeyPair.create(accountKey, 'acc-1');

    const unwrapped = await UserKeyPair.unwrap(accountKey, 'acc-1', keys.publicKeys, wrapped);

    expect(wrapped.length).toBe(222);
    expect(unwrapped.publicKeys.equals(keys.publicKeys)).toBe(true);
  });
});
