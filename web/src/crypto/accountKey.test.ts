import { describe, expect, it } from 'vitest';
import { AccountKey, unwrapAccountKey, wrapAccountKey, wrapWithRecoveryCode } from './accountKey';
import { importAesKey } from './aesGcm';
import { CannotVerifyError, InvalidStructureError } from './errors';
import { KdfParameters, PassphraseKdf } from './kdf';
import { RecoveryCode } from './recoveryCode';
import { expectError, hex, loadVectors, toHex } from './testing';
import { WrappedAccountKey } from './wrappedAccountKey';

const vectors = loadVectors('account-key');
const { accountId, passphraseWrap, recoveryWrap } = vectors;

async function rawOf(key: CryptoKey): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', key)));
}

describe('AccountKey wrapped under a passphrase', () => {
  it('wraps to the vector bytes and unlocks them non-extractable', async () => {
    const kdf = new KdfParameters(passphraseWrap.iterations, hex(passphraseWrap.salt));
    const passphraseKey = await PassphraseKdf.deriveKey(passphraseWrap.passphrase, kdf);
    const key = await importAesKey(hex(vectors.accountKey), true, ['encrypt', 'decrypt']);

    const wrapped = await wrapAccountKey(
      key,
      WrappedAccountKey.passphraseHeader(kdf),
      passphraseKey,
      accountId,
      hex(passphraseWrap.nonce),
    );
    const unwrapped = await unwrapAccountKey(WrappedAccountKey.parse(wrapped), passphraseKey, accountId, true);
    const { accountKey } = await AccountKey.unlock(accountId, passphraseWrap.passphrase, wrapped);

    expect(toHex(wrapped)).toBe(passphraseWrap.wrapped);
    expect(await rawOf(unwrapped)).toBe(vectors.accountKey);
    expect(accountKey.key.extractable).toBe(false);
  });
});

describe('AccountKey wrapped under the recovery code', () => {
  it('wraps to the vector bytes and unlocks them', async () => {
    const code = RecoveryCode.fromEntropy(hex(recoveryWrap.entropy));
    const key = await importAesKey(hex(vectors.accountKey), true, ['encrypt', 'decrypt']);

    const wrapped = await wrapWithRecoveryCode(key, accountId, code, hex(recoveryWrap.salt), hex(recoveryWrap.nonce));
    const parsed = WrappedAccountKey.parse(wrapped);
    const unwrapped = await unwrapAccountKey(parsed, await code.deriveKey(parsed.recoverySalt!), accountId, true);

    expect(await code.display()).toBe(recoveryWrap.code);
    expect(toHex(wrapped)).toBe(recoveryWrap.wrapped);
    expect(await rawOf(unwrapped)).toBe(vectors.accountKey);
  });

  it('reads codes typed sloppily and catches typos without echoing them', async () => {
    for (const { input } of vectors.recoveryCodeInputs.valid) {
      expect(await (await RecoveryCode.parse(input)).display()).toBe(recoveryWrap.code);
    }
    for (const { name, input } of vectors.recoveryCodeInputs.invalid) {
      const error = await RecoveryCode.parse(input).catch((thrown: Error) => thrown);
      expect(error, name).toBeInstanceOf(InvalidStructureError);
      expect((error as Error).message).not.toContain(input);
    }
  });
});

describe('AccountKey refuses', () => {
  it.each(vectors.negative as Array<Record<string, any>>)('$name', async (vector) => {
    const wrapped = hex(vector.wrapped);
    await expectError(vector, async () =>
      vector.passphrase !== undefined
        ? AccountKey.unlock(vector.accountId, vector.passphrase, wrapped)
        : AccountKey.unlockWithRecoveryCode(vector.accountId, await RecoveryCode.parse(vector.recoveryCode), wrapped),
    );
  });
});

describe('AccountKey flows', () => {
  it('creates, changes the passphrase and resets it with the recovery kit', async () => {
    const code = RecoveryCode.generate();
    const created = await AccountKey.create('acc-1', 'First-Passphrase-1!', code);
    const changed = await AccountKey.changePassphrase(
      'acc-1',
      created.wrapped,
      'First-Passphrase-1!',
      'Second-Passphrase-2!',
    );
    const reset = await AccountKey.resetPassphrase('acc-1', created.recoveryWrapped!, code, 'Third-Passphrase-3!');

    await expect(AccountKey.unlock('acc-1', 'First-Passphrase-1!', changed)).rejects.toThrow(CannotVerifyError);
    const unlocked = await AccountKey.unlock('acc-1', 'Second-Passphrase-2!', changed);
    const again = await AccountKey.unlock('acc-1', 'Third-Passphrase-3!', reset.wrapped);
    expect([created.accountKey, unlocked.accountKey, reset.accountKey].map((k) => k.key.extractable)).toEqual([
      false,
      false,
      false,
    ]);
    expect(unlocked.rewrapped).toBeUndefined();
    // Same account key throughout: what one seals, the other opens.
    const nonce = new Uint8Array(12);
    const sealed = await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce },
      created.accountKey.key,
      nonce,
    );
    await expect(
      globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce }, again.accountKey.key, sealed),
    ).resolves.toBeDefined();
  }, 30_000);
});
