/**
 * Authenticated data did not check out: wrong key, flipped bit, associated data of another case or
 * object, a grant for someone else, a signature by someone else, a truncated or reordered stream.
 * Never replaced by garbage plaintext. The message never contains key material or plaintext.
 */
export class CannotVerifyError extends Error {
  constructor(what: string, reason?: string) {
    super(reason ? `${what} cannot be verified: ${reason}` : `${what} cannot be verified`);
    this.name = 'CannotVerifyError';
  }
}

/** Bytes without the shape of the format they claim: unknown version or suite, wrong size, bad point. */
export class InvalidStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidStructureError';
  }
}
