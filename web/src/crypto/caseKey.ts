import { AES_GCM, importAesKey } from './aesGcm';
import { ByteWriter, type Bytes } from './bytes';
import { InvalidStructureError } from './errors';

/**
 * What a key protects: case content for every member, the requester-provider chat, (scope 3) an
 * organization's patients, whose key names the organization id where the others name the case, or one
 * side's internal memos on a case (4 the requester side's, 5 the provider side's).
 */
export type KeyScope = 'case' | 'chat' | 'patients' | 'requester-memos' | 'provider-memos';

const SCOPE_IDS: Record<KeyScope, number> = {
  case: 1,
  chat: 2,
  patients: 3,
  'requester-memos': 4,
  'provider-memos': 5,
};
/** Usable for sealing, and extractable: any member may have to re-share it to a pending member. */
const USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

export function scopeId(scope: KeyScope): number {
  return SCOPE_IDS[scope];
}

export function scopeFromId(id: number): KeyScope {
  const scope = (Object.keys(SCOPE_IDS) as KeyScope[]).find((name) => SCOPE_IDS[name] === id);
  if (!scope) throw new InvalidStructureError(`unknown key scope ${id}`);
  return scope;
}

/** Names one key: which case, which scope, which generation (from 1, up by one at each rotation). */
export class CaseKeyId {
  constructor(
    readonly caseId: string,
    readonly scope: KeyScope,
    readonly generation: number,
  ) {
    new ByteWriter().id(caseId);
    if (!Number.isInteger(generation) || generation < 1 || generation > 0x7fffffff) {
      throw new RangeError('generations are 1 to 2^31-1');
    }
  }

  next(): CaseKeyId {
    return new CaseKeyId(this.caseId, this.scope, this.generation + 1);
  }

  equals(other: CaseKeyId): boolean {
    return this.caseId === other.caseId && this.scope === other.scope && this.generation === other.generation;
  }
}

/** A random AES-256 key for one CaseKeyId; what it seals is bound to its case and generation. */
export class CaseKey {
  private constructor(
    readonly id: CaseKeyId,
    readonly key: CryptoKey,
  ) {}

  static async generate(id: CaseKeyId): Promise<CaseKey> {
    return new CaseKey(id, await globalThis.crypto.subtle.generateKey({ name: AES_GCM, length: 256 }, true, USAGES));
  }

  static fromCryptoKey(id: CaseKeyId, key: CryptoKey): CaseKey {
    return new CaseKey(id, key);
  }

  /** For test vectors: a fixed raw key. */
  static async fromRaw(id: CaseKeyId, raw: Bytes): Promise<CaseKey> {
    return new CaseKey(id, await importAesKey(raw, true, USAGES));
  }
}

export const CASE_KEY_USAGES = USAGES;
