import { Base64Url } from './base64url';
import { concat, type Bytes } from './bytes';
import { InvalidStructureError } from './errors';

/**
 * NIST P-256 in the encodings WebCrypto and the JDK share: public keys as SEC1 uncompressed points
 * ("raw"), private keys as the 32-byte scalar d (imported through JWK), signatures as r||s.
 */
export const CURVE = 'P-256';
export const SCALAR_BYTES = 32;
export const POINT_BYTES = 1 + 2 * SCALAR_BYTES;
export const SIGNATURE_BYTES = 2 * SCALAR_BYTES;
export const ECDSA_HASH = 'SHA-256';
export type P256Algorithm = 'ECDH' | 'ECDSA';

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
const subtle = () => globalThis.crypto.subtle;

/** The private scalar and public coordinates of one key, 32 bytes each: JWK's d, x and y. */
export interface KeyMaterial {
  d: Bytes;
  x: Bytes;
  y: Bytes;
}

/** Checks the point (prefix, range, y^2 = x^3 - 3x + b) before any browser sees it. */
export function checkPoint(point: Bytes): void {
  if (point.length !== POINT_BYTES || point[0] !== 0x04) {
    throw new InvalidStructureError('P-256 public key: not a 65-byte uncompressed point');
  }
  const x = toBigInt(point.subarray(1, 33));
  const y = toBigInt(point.subarray(33));
  const onCurve = x < P && y < P && (y * y) % P === (((((x * x) % P) * x - 3n * x + B) % P) + P) % P;
  if (!onCurve) throw new InvalidStructureError('P-256 public key: point is not on the curve');
}

export function importPublicKey(point: Bytes, algorithm: P256Algorithm): Promise<CryptoKey> {
  checkPoint(point);
  const usages: KeyUsage[] = algorithm === 'ECDSA' ? ['verify'] : [];
  return subtle().importKey('raw', point, { name: algorithm, namedCurve: CURVE }, true, usages);
}

/** Imports a private key non-extractable: once imported, its scalar cannot be read back. */
export function importPrivateKey(material: KeyMaterial, algorithm: P256Algorithm): Promise<CryptoKey> {
  const jwk: JsonWebKey = {
    kty: 'EC',
    crv: CURVE,
    d: Base64Url.encode(material.d),
    x: Base64Url.encode(material.x),
    y: Base64Url.encode(material.y),
  };
  const usages: KeyUsage[] = algorithm === 'ECDSA' ? ['sign'] : ['deriveBits'];
  return subtle().importKey('jwk', jwk, { name: algorithm, namedCurve: CURVE }, false, usages);
}

/** Generates an extractable pair: its material is read once, to be wrapped, then re-imported. */
export async function generateMaterial(algorithm: P256Algorithm): Promise<KeyMaterial> {
  const usages: KeyUsage[] = algorithm === 'ECDSA' ? ['sign', 'verify'] : ['deriveBits'];
  const pair = await subtle().generateKey({ name: algorithm, namedCurve: CURVE }, true, usages);
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  return { d: Base64Url.decode(jwk.d ?? ''), x: Base64Url.decode(jwk.x ?? ''), y: Base64Url.decode(jwk.y ?? '') };
}

export function pointOf(material: KeyMaterial): Bytes {
  return concat(Uint8Array.of(0x04), material.x, material.y);
}

/** ECDH: the 32-byte x-coordinate of the shared point. */
export async function agree(privateKey: CryptoKey, publicKey: CryptoKey): Promise<Bytes> {
  const bits = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, SCALAR_BYTES * 8);
  return new Uint8Array(bits);
}

export async function sign(privateKey: CryptoKey, message: Bytes): Promise<Bytes> {
  return new Uint8Array(await subtle().sign({ name: 'ECDSA', hash: ECDSA_HASH }, privateKey, message));
}

export async function verify(publicKey: CryptoKey, message: Bytes, signature: Bytes): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return false;
  return subtle().verify({ name: 'ECDSA', hash: ECDSA_HASH }, publicKey, signature, message);
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}
