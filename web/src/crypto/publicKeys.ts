import { ByteReader, ByteWriter, equalBytes, type Bytes } from './bytes';
import { InvalidStructureError } from './errors';
import { POINT_BYTES, importPublicKey } from './p256';

const VERSION = 1;
const SUITE_P256 = 1;
const FINGERPRINT_LABEL = 'consilium/fingerprint';
const GROUP = 4;

/**
 * SHA-256 over a person's encoded public keys: what clients pin, what grants name, what people
 * compare on profiles, shown in full as 16 groups of 4 upper-case hex digits.
 */
export class Fingerprint {
  static readonly BYTES = 32;

  private constructor(readonly bytes: Bytes) {}

  static async of(encodedPublicKeys: Bytes): Promise<Fingerprint> {
    const input = new ByteWriter().str(FINGERPRINT_LABEL).bytes(encodedPublicKeys).toBytes();
    return new Fingerprint(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', input)));
  }

  static fromBytes(bytes: Bytes): Fingerprint {
    if (bytes.length !== Fingerprint.BYTES) throw new InvalidStructureError('fingerprint: must be 32 bytes');
    return new Fingerprint(bytes.slice());
  }

  display(): string {
    const hex = Array.from(this.bytes, (byte) => byte.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
    return hex.match(new RegExp(`.{${GROUP}}`, 'g'))!.join(' ');
  }

  equals(other: Fingerprint): boolean {
    return equalBytes(this.bytes, other.bytes);
  }
}

/**
 * A person's ECDH P-256 key (grants are wrapped to it) and ECDSA P-256 key (grants are signed with
 * it): version 1 | suite 1 | ECDH point 65 | ECDSA point 65, 132 bytes.
 */
export class PublicKeys {
  static readonly ENCODED_BYTES = 2 + 2 * POINT_BYTES;

  private constructor(
    readonly encoded: Bytes,
    readonly agreementKey: CryptoKey,
    readonly signingKey: CryptoKey,
    readonly fingerprint: Fingerprint,
  ) {}

  /** Validates both points (on the curve, distinct) before importing them. */
  static async decode(bytes: Bytes): Promise<PublicKeys> {
    const reader = new ByteReader(bytes, 'public keys');
    if (reader.u8() !== VERSION || reader.u8() !== SUITE_P256) throw reader.invalid('unknown version or suite');
    const agreement = reader.fixed(POINT_BYTES);
    const signing = reader.fixed(POINT_BYTES);
    reader.expectEnd();
    if (equalBytes(agreement, signing)) throw reader.invalid('the ECDH and ECDSA keys must differ');
    return new PublicKeys(
      bytes.slice(),
      await importPublicKey(agreement, 'ECDH'),
      await importPublicKey(signing, 'ECDSA'),
      await Fingerprint.of(bytes),
    );
  }

  static encode(agreementPoint: Bytes, signingPoint: Bytes): Bytes {
    return new ByteWriter().u8(VERSION).u8(SUITE_P256).bytes(agreementPoint).bytes(signingPoint).toBytes();
  }

  equals(other: PublicKeys): boolean {
    return equalBytes(this.encoded, other.encoded);
  }
}
