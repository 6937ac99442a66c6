import { ByteWriter, concat, randomBytes, type Bytes } from './bytes';
import type { CaseKey } from './caseKey';
import { AssociatedData, ContentEnvelope } from './envelope';
import { InvalidStructureError } from './errors';
import { hkdfAesKey, importHkdfKey } from './hkdf';

/** Tink's AES256_GCM_HKDF_1MB streaming AEAD. */
const SUITE_AES256_GCM_HKDF_1MB = 1;
const KEY_BYTES = 32;
const WRAP_KIND = 'document-key';
const STREAM_LABEL = 'consilium/document';

/**
 * The random key of one document, held as a non-extractable HKDF key. It travels wrapped by the case
 * key as a content envelope of kind "document-key" whose plaintext is stream suite u8 | key 32, so a
 * later stream format can coexist: the suite travels with the key that opens it.
 */
export class DocumentKey {
  private constructor(
    readonly caseId: string,
    readonly documentId: string,
    private readonly keyMaterial: CryptoKey,
  ) {}

  /** A new key for a document, and its wrap under the case key to store beside the document. */
  static async generate(caseKey: CaseKey, documentId: string) {
    const raw = randomBytes(KEY_BYTES);
    try {
      const record = concat(Uint8Array.of(SUITE_AES256_GCM_HKDF_1MB), raw);
      const wrapped = await ContentEnvelope.seal(caseKey, new AssociatedData(WRAP_KIND, documentId), record);
      record.fill(0);
      return { key: await DocumentKey.fromRaw(caseKey.id.caseId, documentId, raw), wrapped };
    } finally {
      raw.fill(0);
    }
  }

  /** @throws CannotVerifyError for another case key, document or tampering */
  static async unwrap(caseKey: CaseKey, documentId: string, envelope: Bytes): Promise<DocumentKey> {
    const record = await ContentEnvelope.open(caseKey, new AssociatedData(WRAP_KIND, documentId), envelope);
    try {
      if (record.length !== 1 + KEY_BYTES || record[0] !== SUITE_AES256_GCM_HKDF_1MB) {
        throw new InvalidStructureError('document key: unknown stream suite');
      }
      return await DocumentKey.fromRaw(caseKey.id.caseId, documentId, record.slice(1));
    } finally {
      record.fill(0);
    }
  }

  static async fromRaw(caseId: string, documentId: string, keyMaterial: Bytes): Promise<DocumentKey> {
    return new DocumentKey(caseId, documentId, await importHkdfKey(keyMaterial));
  }

  /** The stream's associated data (Tink's HKDF info): binds it to its case and document. */
  associatedData(): Bytes {
    return new ByteWriter().str(STREAM_LABEL).id(this.caseId).id(this.documentId).toBytes();
  }

  /** The AES-GCM key of one stream: HKDF-SHA256(key material, header salt, associated data). */
  segmentKey(salt: Bytes): Promise<CryptoKey> {
    return hkdfAesKey(this.keyMaterial, salt, this.associatedData(), ['encrypt', 'decrypt']);
  }
}
