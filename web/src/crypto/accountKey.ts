import { AES_GCM, NONCE_BYTES, importAesKey, unwrapAesKey, wrapAesKey } from './aesGcm';
import { ByteWriter, randomBytes, type Bytes } from './bytes';
import { InvalidStructureError } from './errors';
import { KdfParameters, PassphraseKdf } from './kdf';
import type { RecoveryCode } from './recoveryCode';
import { WrappedAccountKey } from './wrappedAccountKey';

const WRAP_LABEL = 'consilium/account-key';
const WHAT = 'wrapped account key';
const USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/**
 * The random 256-bit key that wraps a person's private keys; the passphrase and the recovery code
 * only wrap these 32 bytes. Unlocked, it is a non-extractable CryptoKey: no script can read it back.
 */
export class AccountKey {
  private constructor(readonly key: CryptoKey) {}

  /** A new account key wrapped under the passphrase, and under the recovery code if one is given. */
  static async create(accountId: string, passphrase: string, code?: RecoveryCode) {
    const extractable = await globalThis.crypto.subtle.generateKey({ name: AES_GCM, length: 256 }, true, USAGES);
    const kdf = KdfParameters.generate();
    const passphraseKey = await PassphraseKdf.deriveKey(passphrase, kdf);
    const header = WrappedAccountKey.passphraseHeader(kdf);
    const wrapped = await wrapAccountKey(extractable, header, passphraseKey, accountId, randomBytes(NONCE_BYTES));
    const recoveryWrapped = code ? await wrapWithRecoveryCode(extractable, accountId, code) : undefined;
    // Unwrapping our own wrap yields the non-extractable copy without exporting raw bytes.
    const key = await unwrapAccountKey(WrappedAccountKey.parse(wrapped), passphraseKey, accountId, false);
    return { accountKey: new AccountKey(key), wrapped, recoveryWrapped };
  }

  /**
   * @returns the key, and a re-wrap at the current default count when the stored one is lower
   * @throws CannotVerifyError for a wrong passphrase, another account's wrap, or tampering
   */
  static async unlock(accountId: string, passphrase: string, wrapped: Bytes) {
    const parsed = WrappedAccountKey.parse(wrapped);
    const kdf = requirePassphraseWrap(parsed);
    const passphraseKey = await PassphraseKdf.deriveKey(passphrase, kdf);
    if (!kdf.isBelowDefault()) {
      return { accountKey: new AccountKey(await unwrapAccountKey(parsed, passphraseKey, accountId, false)) };
    }
    const extractable = await unwrapAccountKey(parsed, passphraseKey, accountId, true);
    const rewrapped = await wrapWithPassphrase(extractable, accountId, passphrase);
    return { accountKey: await AccountKey.nonExtractable(extractable), rewrapped };
  }

  /** @throws CannotVerifyError for a wrong code, another account's wrap, or tampering */
  static async unlockWithRecoveryCode(accountId: string, code: RecoveryCode, wrapped: Bytes): Promise<AccountKey> {
    const parsed = WrappedAccountKey.parse(wrapped);
    const key = await unwrapAccountKey(parsed, await recoveryKey(parsed, code), accountId, false);
    return new AccountKey(key);
  }

  /** Re-wraps the same account key under a new passphrase; the old wrap stops being needed. */
  static async changePassphrase(accountId: string, wrapped: Bytes, oldPassphrase: string, newPassphrase: string) {
    const parsed = WrappedAccountKey.parse(wrapped);
    const oldKey = await PassphraseKdf.deriveKey(oldPassphrase, requirePassphraseWrap(parsed));
    const extractable = await unwrapAccountKey(parsed, oldKey, accountId, true);
    return wrapWithPassphrase(extractable, accountId, newPassphrase);
  }

  /** Forgot the passphrase but kept the recovery kit: a new passphrase, nothing lost. */
  static async resetPassphrase(accountId: string, recoveryWrapped: Bytes, code: RecoveryCode, newPassphrase: string) {
    const parsed = WrappedAccountKey.parse(recoveryWrapped);
    const extractable = await unwrapAccountKey(parsed, await recoveryKey(parsed, code), accountId, true);
    const wrapped = await wrapWithPassphrase(extractable, accountId, newPassphrase);
    return { accountKey: await AccountKey.nonExtractable(extractable), wrapped };
  }

  /** For test vectors: a fixed raw key. */
  static async fromRaw(raw: Bytes): Promise<AccountKey> {
    return new AccountKey(await importAesKey(raw, false, USAGES));
  }

  private static async nonExtractable(key: CryptoKey): Promise<AccountKey> {
    const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', key));
    try {
      return new AccountKey(await importAesKey(raw, false, USAGES));
    } finally {
      raw.fill(0);
    }
  }
}

/** Wraps with a fixed nonce: the public flows pass a random one, the test vectors a fixed one. */
export async function wrapAccountKey(
  key: CryptoKey,
  header: Bytes,
  wrappingKey: CryptoKey,
  accountId: string,
  nonce: Bytes,
): Promise<Bytes> {
  const ciphertext = await wrapAesKey(wrappingKey, key, nonce, aad(header, accountId));
  return new ByteWriter().bytes(header).bytes(nonce).bytes(ciphertext).toBytes();
}

export function unwrapAccountKey(
  parsed: WrappedAccountKey,
  wrappingKey: CryptoKey,
  accountId: string,
  extractable: boolean,
) {
  const associated = aad(parsed.header, accountId);
  return unwrapAesKey(wrappingKey, parsed.nonce, parsed.ciphertext, associated, extractable, USAGES, WHAT);
}

/** "consilium/account-key" | header (the KDF parameters included) | account id. */
function aad(header: Bytes, accountId: string): Bytes {
  return new ByteWriter().str(WRAP_LABEL).bytes(header).id(accountId).toBytes();
}

export async function wrapWithRecoveryCode(
  key: CryptoKey,
  accountId: string,
  code: RecoveryCode,
  salt = randomBytes(KdfParameters.SALT_BYTES),
  nonce = randomBytes(NONCE_BYTES),
) {
  return wrapAccountKey(key, WrappedAccountKey.recoveryHeader(salt), await code.deriveKey(salt), accountId, nonce);
}

async function wrapWithPassphrase(key: CryptoKey, accountId: string, passphrase: string): Promise<Bytes> {
  const kdf = KdfParameters.generate();
  const passphraseKey = await PassphraseKdf.deriveKey(passphrase, kdf);
  return wrapAccountKey(
    key,
    WrappedAccountKey.passphraseHeader(kdf),
    passphraseKey,
    accountId,
    randomBytes(NONCE_BYTES),
  );
}

function requirePassphraseWrap(parsed: WrappedAccountKey): KdfParameters {
  if (!parsed.kdfParameters) throw new InvalidStructureError(`${WHAT}: not a passphrase wrap`);
  return parsed.kdfParameters;
}

function recoveryKey(parsed: WrappedAccountKey, code: RecoveryCode): Promise<CryptoKey> {
  if (!parsed.recoverySalt) throw new InvalidStructureError(`${WHAT}: not a recovery-code wrap`);
  return code.deriveKey(parsed.recoverySalt);
}
