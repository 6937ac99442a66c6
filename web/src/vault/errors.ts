import { CannotVerifyError, InvalidStructureError } from '../crypto';
import type { ErrorKind, WireError } from './protocol';

/** A vault operation that failed, on either side of the worker boundary. */
export class VaultError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Set when wrong guesses made the vault wait before the next try. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'VaultError';
  }

  static from(wire: WireError): VaultError {
    return new VaultError(wire.kind, wire.message, wire.retryAfterMs);
  }
}

/** The crypto library's messages never carry secrets (docs/crypto.md §1), so they may cross as they are. */
export function toWire(error: unknown): WireError {
  if (error instanceof VaultError) return { kind: error.kind, message: error.message, retryAfterMs: error.retryAfterMs };
  if (error instanceof CannotVerifyError) return { kind: 'cannot-verify', message: error.message };
  if (error instanceof InvalidStructureError) return { kind: 'invalid-structure', message: error.message };
  const name = error instanceof Error ? error.name : 'Error';
  return { kind: 'failed', message: `The vault could not complete the operation (${name}).` };
}
