import { KEY_BYTES, NONCE_BYTES, TAG_BYTES } from './aesGcm';
import { ByteReader, ByteWriter, type Bytes } from './bytes';
import { KdfParameters } from './kdf';

const VERSION = 1;
const SUITE_PASSPHRASE = 1;
const SUITE_RECOVERY_CODE = 2;
const FORMAT = 'wrapped account key';

/**
 * The account key wrapped under a passphrase key (suite 1: version | suite | iterations | salt 16 |
 * nonce | ciphertext 48) or a recovery-code key (suite 2: version | suite | salt 16 | nonce |
 * ciphertext 48). Every header byte is associated data, so the KDF parameters cannot be lowered.
 */
export class WrappedAccountKey {
  private constructor(
    readonly suite: 'passphrase' | 'recovery-code',
    readonly header: Bytes,
    readonly kdfParameters: KdfParameters | undefined,
    readonly recoverySalt: Bytes | undefined,
    readonly nonce: Bytes,
    readonly ciphertext: Bytes,
  ) {}

  static parse(bytes: Bytes): WrappedAccountKey {
    const reader = new ByteReader(bytes, FORMAT);
    if (reader.u8() !== VERSION) throw reader.invalid('unknown version');
    const suite = reader.u8();
    if (suite !== SUITE_PASSPHRASE && suite !== SUITE_RECOVERY_CODE) throw reader.invalid('unknown suite');
    const kdf = suite === SUITE_PASSPHRASE ? KdfParameters.readFrom(reader) : undefined;
    const salt = suite === SUITE_RECOVERY_CODE ? reader.fixed(KdfParameters.SALT_BYTES) : undefined;
    const header = bytes.slice(0, reader.offset());
    const nonce = reader.fixed(NONCE_BYTES);
    const ciphertext = reader.fixed(KEY_BYTES + TAG_BYTES);
    reader.expectEnd();
    return new WrappedAccountKey(
      suite === SUITE_PASSPHRASE ? 'passphrase' : 'recovery-code',
      header,
      kdf,
      salt,
      nonce,
      ciphertext,
    );
  }

  static passphraseHeader(kdf: KdfParameters): Bytes {
    const writer = new ByteWriter().u8(VERSION).u8(SUITE_PASSPHRASE);
    kdf.writeTo(writer);
    return writer.toBytes();
  }

  static recoveryHeader(salt: Bytes): Bytes {
    return new ByteWriter().u8(VERSION).u8(SUITE_RECOVERY_CODE).bytes(salt).toBytes();
  }
}
