import { randomBytes, utf8, type Bytes, type ByteReader, type ByteWriter } from './bytes';
import { InvalidStructureError } from './errors';

/**
 * The PBKDF2-HMAC-SHA256 parameter record stored with a passphrase-wrapped account key. The count
 * travels with the wrap so it can be raised later; a record outside [floor, cap] cannot be built.
 */
export class KdfParameters {
  static readonly ALGORITHM = 'PBKDF2-HMAC-SHA256';
  /** OWASP's current figure for PBKDF2-HMAC-SHA256. */
  static readonly MIN_ITERATIONS = 600_000;
  /** Bounds the work a forged record could make this browser do at unlock. */
  static readonly MAX_ITERATIONS = 10_000_000;
  /** What new wraps use; when raised, unlock re-wraps (AccountKey.unlock reports it). */
  static readonly DEFAULT_ITERATIONS = KdfParameters.MIN_ITERATIONS;
  static readonly SALT_BYTES = 16;

  constructor(
    readonly iterations: number,
    readonly salt: Bytes,
  ) {
    if (
      !Number.isInteger(iterations) ||
      iterations < KdfParameters.MIN_ITERATIONS ||
      iterations > KdfParameters.MAX_ITERATIONS
    ) {
      throw new InvalidStructureError(
        `KDF parameters: iterations must be ${KdfParameters.MIN_ITERATIONS} to ${KdfParameters.MAX_ITERATIONS}`,
      );
    }
    if (salt.length !== KdfParameters.SALT_BYTES) {
      throw new InvalidStructureError(`KDF parameters: salt must be ${KdfParameters.SALT_BYTES} bytes`);
    }
  }

  static generate(): KdfParameters {
    return new KdfParameters(KdfParameters.DEFAULT_ITERATIONS, randomBytes(KdfParameters.SALT_BYTES));
  }

  isBelowDefault(): boolean {
    return this.iterations < KdfParameters.DEFAULT_ITERATIONS;
  }

  writeTo(writer: ByteWriter): void {
    writer.u32(this.iterations).bytes(this.salt);
  }

  static readFrom(reader: ByteReader): KdfParameters {
    return new KdfParameters(reader.u32(), reader.fixed(KdfParameters.SALT_BYTES));
  }
}

/**
 * Passphrase to a non-extractable AES-256 wrapping key: PBKDF2-HMAC-SHA256 over UTF-8 of the
 * NFC-normalised passphrase, so the same words typed on any keyboard give the same key.
 */
export class PassphraseKdf {
  static async deriveKey(passphrase: string, parameters: KdfParameters): Promise<CryptoKey> {
    const key = await PassphraseKdf.importPassphrase(passphrase);
    const params = PassphraseKdf.params(parameters.salt, parameters.iterations);
    return globalThis.crypto.subtle.deriveKey(params, key, { name: 'AES-GCM', length: 256 }, false, [
      'wrapKey',
      'unwrapKey',
    ]);
  }

  /** Without the floor: for format-only test vectors with small iteration counts. */
  static async deriveBits(passphrase: string, salt: Bytes, iterations: number): Promise<Bytes> {
    const key = await PassphraseKdf.importPassphrase(passphrase);
    return new Uint8Array(await globalThis.crypto.subtle.deriveBits(PassphraseKdf.params(salt, iterations), key, 256));
  }

  private static importPassphrase(passphrase: string): Promise<CryptoKey> {
    return globalThis.crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
      'deriveKey',
      'deriveBits',
    ]);
  }

  private static params(salt: Bytes, iterations: number): Pbkdf2Params {
    return { name: 'PBKDF2', hash: 'SHA-256', salt, iterations };
  }
}
