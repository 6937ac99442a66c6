import { KEY_BYTES, NONCE_BYTES, TAG_BYTES } from './aesGcm';
import { ByteReader, ByteWriter, MAX_ID_BYTES, type Bytes } from './bytes';
import { CaseKeyId, scopeFromId } from './caseKey';
import { POINT_BYTES, SIGNATURE_BYTES, checkPoint } from './p256';
import { Fingerprint } from './publicKeys';

export const GRANT_VERSION = 1;
export const GRANT_SUITE = 1;

/**
 * The fields of a grant, parsed without keys: version | suite | scope | generation | case id |
 * recipient id | recipient fingerprint | granter id | granter fingerprint | ephemeral point (the
 * context) | nonce | wrapped key 48 (with the context, the signed body) | signature 64.
 */
export class GrantStructure {
  private constructor(
    readonly keyId: CaseKeyId,
    readonly recipientAccountId: string,
    readonly recipientFingerprint: Fingerprint,
    readonly granterAccountId: string,
    readonly granterFingerprint: Fingerprint,
    readonly context: Bytes,
    readonly nonce: Bytes,
    readonly ciphertext: Bytes,
    readonly signature: Bytes,
  ) {}

  static parse(grant: Bytes): GrantStructure {
    const reader = new ByteReader(grant, 'case key grant');
    if (reader.u8() !== GRANT_VERSION || reader.u8() !== GRANT_SUITE) throw reader.invalid('unknown version or suite');
    const scope = scopeFromId(reader.u8());
    const generation = reader.u32();
    const caseId = reader.str(MAX_ID_BYTES, 'case id');
    const recipient = reader.str(MAX_ID_BYTES, 'recipient id');
    const recipientFingerprint = Fingerprint.fromBytes(reader.fixed(Fingerprint.BYTES));
    const granter = reader.str(MAX_ID_BYTES, 'granter id');
    const granterFingerprint = Fingerprint.fromBytes(reader.fixed(Fingerprint.BYTES));
    checkPoint(reader.fixed(POINT_BYTES));
    const context = grant.slice(0, reader.offset());
    const nonce = reader.fixed(NONCE_BYTES);
    const ciphertext = reader.fixed(KEY_BYTES + TAG_BYTES);
    const signature = reader.fixed(SIGNATURE_BYTES);
    reader.expectEnd();
    if (generation < 1 || generation > 0x7fffffff) throw reader.invalid('generation out of range');
    const keyId = new CaseKeyId(caseId, scope, generation);
    return new GrantStructure(
      keyId,
      recipient,
      recipientFingerprint,
      granter,
      granterFingerprint,
      context,
      nonce,
      ciphertext,
      signature,
    );
  }

  get ephemeralPoint(): Bytes {
    return this.context.slice(this.context.length - POINT_BYTES);
  }

  get body(): Bytes {
    return new ByteWriter().bytes(this.context).bytes(this.nonce).bytes(this.ciphertext).toBytes();
  }
}
