import { NONCE_BYTES, TAG_BYTES, open, seal } from './aesGcm';
import { ByteReader, ByteWriter, randomBytes, type Bytes } from './bytes';
import { scopeId, type CaseKey, type CaseKeyId } from './caseKey';
import { CannotVerifyError } from './errors';

const VERSION = 1;
const SUITE_AES_256_GCM = 1;
const HEADER_BYTES = 6;
const AAD_LABEL = 'consilium/content';
const WHAT = 'content envelope';
const KIND = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** Where a ciphertext belongs besides its case and generation (which come from the CaseKey). */
export class AssociatedData {
  constructor(
    readonly kind: string,
    readonly objectId: string,
  ) {
    if (!KIND.test(kind)) throw new RangeError(`kind must match ${KIND}`);
    new ByteWriter().id(objectId);
  }

  /** scope | case id | kind | object id, as they follow the header in the AAD. */
  encode(keyId: CaseKeyId): Bytes {
    return new ByteWriter().u8(scopeId(keyId.scope)).id(keyId.caseId).str(this.kind).id(this.objectId).toBytes();
  }
}

/** The shape of an envelope without a key: version | suite | generation u32 | nonce 12 | ciphertext + tag. */
export class EnvelopeStructure {
  static readonly OVERHEAD_BYTES = HEADER_BYTES + NONCE_BYTES + TAG_BYTES;
  static readonly MAX_PLAINTEXT_BYTES = 16 * 1024 * 1024;

  private constructor(
    readonly generation: number,
    readonly plaintextLength: number,
  ) {}

  static parse(envelope: Bytes): EnvelopeStructure {
    const reader = new ByteReader(envelope, WHAT);
    const version = reader.u8();
    const suite = reader.u8();
    const generation = reader.u32();
    if (version !== VERSION || suite !== SUITE_AES_256_GCM) throw reader.invalid('unknown version or suite');
    if (generation < 1 || generation > 0x7fffffff) throw reader.invalid('generation out of range');
    const plaintextLength = envelope.length - EnvelopeStructure.OVERHEAD_BYTES;
    if (plaintextLength < 0 || plaintextLength > EnvelopeStructure.MAX_PLAINTEXT_BYTES) {
      throw reader.invalid('length out of range');
    }
    return new EnvelopeStructure(generation, plaintextLength);
  }
}

/**
 * Seals everything sensitive that is not a file: AES-256-GCM, random 96-bit nonce, AAD =
 * "consilium/content" | header | scope | case id | kind | object id.
 */
export class ContentEnvelope {
  static seal(key: CaseKey, ad: AssociatedData, plaintext: Bytes): Promise<Bytes> {
    return sealEnvelope(key, ad, plaintext, randomBytes(NONCE_BYTES));
  }

  /** @throws CannotVerifyError for another key or generation, other associated data, tampering */
  static async open(key: CaseKey, ad: AssociatedData, envelope: Bytes): Promise<Bytes> {
    const structure = EnvelopeStructure.parse(envelope);
    if (structure.generation !== key.id.generation) {
      throw new CannotVerifyError(WHAT, `sealed under generation ${structure.generation}`);
    }
    const header = envelope.slice(0, HEADER_BYTES);
    const nonce = envelope.slice(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
    const ciphertext = envelope.slice(HEADER_BYTES + NONCE_BYTES);
    return open(key.key, nonce, ciphertext, aad(header, key, ad), WHAT);
  }
}

/** Deterministic sealing: the nonce is a parameter only so test vectors can be fixed. */
export async function sealEnvelope(key: CaseKey, ad: AssociatedData, plaintext: Bytes, nonce: Bytes): Promise<Bytes> {
  if (plaintext.length > EnvelopeStructure.MAX_PLAINTEXT_BYTES) {
    throw new RangeError('content envelopes hold at most 16 MiB; use a document');
  }
  const header = new ByteWriter().u8(VERSION).u8(SUITE_AES_256_GCM).u32(key.id.generation).toBytes();
  const ciphertext = await seal(key.key, nonce, plaintext, aad(header, key, ad));
  return new ByteWriter().bytes(header).bytes(nonce).bytes(ciphertext).toBytes();
}

function aad(header: Bytes, key: CaseKey, ad: AssociatedData): Bytes {
  return new ByteWriter().str(AAD_LABEL).bytes(header).bytes(ad.encode(key.id)).toBytes();
}
