import { ByteWriter, equalBytes, randomBytes, type Bytes } from './bytes';
import { InvalidStructureError } from './errors';
import { hkdfAesKey } from './hkdf';

const ENTROPY_BYTES = 18;
const CHECKSUM_BYTES = 2;
const SYMBOLS = ((ENTROPY_BYTES + CHECKSUM_BYTES) * 8) / 5;
const GROUP = 4;
/** Crockford's alphabet: no I, L, O or U, so what is read aloud or handwritten stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HKDF_INFO = 'consilium/recovery-key';

/**
 * The printable recovery code that also wraps the account key: 18 random bytes and a 2-byte SHA-256
 * checksum as 32 Crockford base32 symbols in 8 groups of 4. Random, not chosen, so HKDF (not a slow
 * KDF) turns it into the wrapping key. A typo fails the checksum before it reads as a wrong code.
 */
export class RecoveryCode {
  private constructor(private readonly entropy: Bytes) {}

  static generate(): RecoveryCode {
    return new RecoveryCode(randomBytes(ENTROPY_BYTES));
  }

  static fromEntropy(entropy: Bytes): RecoveryCode {
    if (entropy.length !== ENTROPY_BYTES) throw new RangeError('recovery codes carry 18 bytes');
    return new RecoveryCode(entropy.slice());
  }

  /** Accepts any case, hyphens and spaces, and O/I/L for 0/1/1. */
  static async parse(text: string): Promise<RecoveryCode> {
    const symbols = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    if (symbols.length !== SYMBOLS) throw new InvalidStructureError(`recovery code: expected ${SYMBOLS} characters`);
    const bytes = decode(symbols);
    const entropy = bytes.slice(0, ENTROPY_BYTES);
    if (!equalBytes(await checksum(entropy), bytes.subarray(ENTROPY_BYTES))) {
      throw new InvalidStructureError('recovery code: checksum does not match, check for a typo');
    }
    return new RecoveryCode(entropy);
  }

  /** The form printed on the recovery kit (8 groups of 4). */
  async display(): Promise<string> {
    const symbols = encode(new Uint8Array([...this.entropy, ...(await checksum(this.entropy))]));
    return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
  }

  deriveKey(salt: Bytes): Promise<CryptoKey> {
    return hkdfAesKey(this.entropy, salt, new ByteWriter().str(HKDF_INFO).toBytes(), ['wrapKey', 'unwrapKey']);
  }

  /** Never prints the code: it is as secret as the passphrase. */
  toString(): string {
    return 'RecoveryCode[redacted]';
  }
}

async function checksum(entropy: Bytes): Promise<Bytes> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', entropy));
  return digest.slice(0, CHECKSUM_BYTES);
}

function encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

function decode(symbols: string): Bytes {
  const out = new Uint8Array((symbols.length * 5) / 8);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const symbol of symbols) {
    const value = ALPHABET.indexOf(symbol);
    // The message leaves the character out: it is part of a secret.
    if (value < 0) throw new InvalidStructureError('recovery code: contains a character outside the code');
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}
