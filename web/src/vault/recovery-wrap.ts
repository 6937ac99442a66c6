import type { Bytes, RecoveryCode } from '../crypto';
import { WrappedAccountKey } from '../crypto';
import { unwrapAccountKey, wrapWithRecoveryCode } from '../crypto/accountKey';
import { InvalidStructureError } from '../crypto/errors';
import { PassphraseKdf } from '../crypto/kdf';

/**
 * A recovery-code wrap of an existing account key, for "Create a new recovery kit". The unlocked
 * account key is non-extractable, so the passphrase wrap is opened once more (extractable, inside
 * this function only) and wrapped under the new code. The crypto library's public API (index.ts) has
 * no such operation yet: this composes its exported building blocks without changing any format,
 * and should move there as `AccountKey.addRecoveryCode`.
 *
 * @throws CannotVerifyError for a wrong passphrase
 */
export async function newRecoveryWrap(
  accountId: string,
  passphraseWrap: Bytes,
  passphrase: string,
  code: RecoveryCode,
): Promise<Bytes> {
  const parsed = WrappedAccountKey.parse(passphraseWrap);
  if (!parsed.kdfParameters) throw new InvalidStructureError('wrapped account key: not a passphrase wrap');
  const passphraseKey = await PassphraseKdf.deriveKey(passphrase, parsed.kdfParameters);
  const extractable = await unwrapAccountKey(parsed, passphraseKey, accountId, true);
  return wrapWithRecoveryCode(extractable, accountId, code);
}
