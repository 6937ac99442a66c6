import { NONCE_BYTES, TAG_BYTES, open, seal } from './aesGcm';
import type { AccountKey } from './accountKey';
import { ByteReader, ByteWriter, concat, randomBytes, type Bytes } from './bytes';
import { CannotVerifyError } from './errors';
import { PublicKeys, type Fingerprint } from './publicKeys';
import { SCALAR_BYTES, generateMaterial, importPrivateKey, pointOf, type KeyMaterial } from './p256';

const VERSION = 1;
const SUITE = 1;
const WRAP_LABEL = 'consilium/private-keys';
const WHAT = 'wrapped private keys';
const PLAINTEXT_BYTES = 6 * SCALAR_BYTES;

/**
 * A person's two key pairs, private halves non-extractable. They leave the browser only wrapped by
 * the account key: version | suite | nonce | AES-256-GCM(ECDH d|x|y, ECDSA d|x|y), 222 bytes, with
 * the account id and the public-key fingerprint as associated data.
 */
export class UserKeyPair {
  private constructor(
    readonly agreementKey: CryptoKey,
    readonly signingKey: CryptoKey,
    readonly publicKeys: PublicKeys,
  ) {}

  /** New key pairs, and their wrap to store: the only moment their private material is readable. */
  static async create(accountKey: AccountKey, accountId: string) {
    const agreement = await generateMaterial('ECDH');
    const signing = await generateMaterial('ECDSA');
    const plaintext = concat(agreement.d, agreement.x, agreement.y, signing.d, signing.x, signing.y);
    try {
      const keys = await UserKeyPair.fromPrivateBytes(plaintext);
      const wrapped = await wrapPrivateKeys(
        accountKey,
        accountId,
        keys.publicKeys.fingerprint,
        plaintext,
        randomBytes(NONCE_BYTES),
      );
      return { keys, wrapped };
    } finally {
      wipe(plaintext, agreement, signing);
    }
  }

  /** @throws CannotVerifyError for another account key, account or key set, or tampering */
  static async unwrap(accountKey: AccountKey, accountId: string, published: PublicKeys, wrapped: Bytes) {
    const reader = new ByteReader(wrapped, WHAT);
    if (reader.u8() !== VERSION || reader.u8() !== SUITE) throw reader.invalid('unknown version or suite');
    const nonce = reader.fixed(NONCE_BYTES);
    const ciphertext = reader.fixed(PLAINTEXT_BYTES + TAG_BYTES);
    reader.expectEnd();
    const aad = privateKeysAad(accountId, published.fingerprint);
    const plaintext = await open(accountKey.key, nonce, ciphertext, aad, WHAT);
    try {
      const keys = await UserKeyPair.fromPrivateBytes(plaintext);
      if (!keys.publicKeys.equals(published)) throw new CannotVerifyError(WHAT);
      return keys;
    } finally {
      plaintext.fill(0);
    }
  }

  /** From ECDH d|x|y then ECDSA d|x|y; imports the private keys non-extractable. */
  static async fromPrivateBytes(plaintext: Bytes): Promise<UserKeyPair> {
    const reader = new ByteReader(plaintext, 'private keys');
    const agreement = material(reader);
    const signing = material(reader);
    reader.expectEnd();
    const publicKeys = await PublicKeys.decode(PublicKeys.encode(pointOf(agreement), pointOf(signing)));
    return new UserKeyPair(
      await importPrivateKey(agreement, 'ECDH'),
      await importPrivateKey(signing, 'ECDSA'),
      publicKeys,
    );
  }
}

export async function wrapPrivateKeys(
  accountKey: AccountKey,
  accountId: string,
  fingerprint: Fingerprint,
  plaintext: Bytes,
  nonce: Bytes,
): Promise<Bytes> {
  const ciphertext = await seal(accountKey.key, nonce, plaintext, privateKeysAad(accountId, fingerprint));
  return new ByteWriter().u8(VERSION).u8(SUITE).bytes(nonce).bytes(ciphertext).toBytes();
}

function privateKeysAad(accountId: string, fingerprint: Fingerprint): Bytes {
  return new ByteWriter().str(WRAP_LABEL).u8(VERSION).u8(SUITE).id(accountId).bytes(fingerprint.bytes).toBytes();
}

function material(reader: ByteReader): KeyMaterial {
  return { d: reader.fixed(SCALAR_BYTES), x: reader.fixed(SCALAR_BYTES), y: reader.fixed(SCALAR_BYTES) };
}

function wipe(plaintext: Bytes, ...materials: KeyMaterial[]): void {
  plaintext.fill(0);
  for (const { d } of materials) d.fill(0);
}
