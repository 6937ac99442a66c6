import { errorMessage } from '../../../lib/error-message';
import { ApiError, ConflictError, PreconditionFailedError } from '../../../lib/problem';
import { VaultError, describeWait } from '../../../vault';

export const WRONG_PASSPHRASE = 'That passphrase is not right.';
export const WRONG_RECOVERY_CODE = 'That recovery code is not right.';
export const RECOVERY_CODE_TYPO = 'That recovery code has a typo. Check it against your recovery kit.';
export const KEYS_CHANGED_ELSEWHERE = 'Your passphrase was changed in another session. Unlock with the new one.';

/** A sentence for any failure of a passphrase or recovery-code flow. */
export function encryptionErrorMessage(error: unknown, secret: 'passphrase' | 'recovery-code' = 'passphrase'): string {
  if (error instanceof VaultError) {
    const wait = error.retryAfterMs ? ` Too many wrong attempts: try again in ${describeWait(error.retryAfterMs)}.` : '';
    switch (error.kind) {
      case 'cannot-verify':
        return (secret === 'passphrase' ? WRONG_PASSPHRASE : WRONG_RECOVERY_CODE) + wait;
      case 'invalid-structure':
        return secret === 'recovery-code' ? RECOVERY_CODE_TYPO : 'Your stored keys could not be read. Reload and try again.';
      case 'throttled':
        return error.message;
      case 'locked':
        return 'Your vault locked meanwhile. Unlock it and try again.';
      default:
        return error.message;
    }
  }
  if (error instanceof ConflictError && error.hasType('/keys-exist')) {
    return 'Encryption is already set up for your account. Reload the page to unlock it.';
  }
  if (error instanceof PreconditionFailedError) {
    return 'Your keys were changed in another session meanwhile. Reload the page and try again.';
  }
  if (error instanceof ApiError) return errorMessage(error);
  return errorMessage(error);
}

/** Milliseconds until the next try is allowed, when the error says so. */
export function retryAfter(error: unknown): number {
  return error instanceof VaultError && error.retryAfterMs ? error.retryAfterMs : 0;
}
