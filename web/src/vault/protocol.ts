// The messages between a tab and the vault worker. Binary values bound for the server are
// base64url strings already (the flavour of web/src/crypto); content travels as bytes.
import type { Bytes } from '../crypto';

/** A person's keys as the server stores them (GET /api/me/keys): nothing here is secret in the clear. */
export type StoredKeys = {
  accountId: string;
  publicKeys: string;
  /** 64 upper-case hex digits. */
  fingerprint: string;
  privateKeys: string;
  passphraseWrap: string;
  recoveryWrap: string | null;
  version: number;
};

/** What a new or reset key set uploads (PUT /api/me/keys, POST /api/me/keys/reset). */
export type NewKeys = {
  publicKeys: string;
  privateKeys: string;
  passphraseWrap: string;
  /** Computed when a recovery kit was asked for; upload it only once the person has stored the kit. */
  recoveryWrap?: string;
  /** The code as printed on the kit (8 groups of 4); shown once, never stored. */
  recoveryCode?: string;
  fingerprint: string;
};

/**
 * `patients`: an organization's key, whose `caseId` is the organization id; `requester-memos` and
 * `provider-memos`: one side's internal memos on a case (docs/crypto.md §8).
 */
export type KeyScope = 'case' | 'chat' | 'patients' | 'requester-memos' | 'provider-memos';
export type CaseKeyRef = { caseId: string; scope: KeyScope; generation: number };
export type Party = { accountId: string; publicKeys: string };
/** Someone to share a key with; when `fingerprint` (64 hex digits) is given, the keys must hash to it. */
export type Recipient = Party & { fingerprint?: string };
export type ContentRef = { caseId: string; scope: KeyScope; kind: string; objectId: string };

/** One key generation of a case, without the key. */
export type HeldKey = { scope: KeyScope; generation: number };
/** A grant to me as the server lists it (GET /api/cases/{id}/keys), with the granter's keys then. */
export type GrantToLoad = HeldKey & { grant: string; granter: Party };
/**
 * Why a grant did not open: `stale` is addressed to me at a key I no longer have (I reset my keys),
 * `cannot-verify` is forged, tampered with, for someone else or signed by someone else,
 * `invalid-structure` is not a grant at all.
 */
export type GrantFailureReason = 'stale' | 'cannot-verify' | 'invalid-structure' | 'failed';
export type GrantFailure = HeldKey & { granterId: string; reason: GrantFailureReason; message: string };
export type LoadedCaseKeys = {
  /** Every generation of the case the vault holds now (loaded before or now), oldest first. */
  held: HeldKey[];
  /** Generations this call opened. */
  loaded: HeldKey[];
  failed: GrantFailure[];
};

/** Why the vault locked, so the lock screen can say it. */
export type LockReason = 'manual' | 'idle' | 'signed-out' | 'session-ended' | 'keys-changed' | 'closed';

export type VaultStatus = {
  unlocked: boolean;
  /** Keys made by setUp/reset/recover that wait for commit() after the server accepted them. */
  pending: boolean;
  accountId?: string;
  /** The server version of the keys the vault was unlocked with (If-Match, change detection). */
  version?: number;
  fingerprint?: string;
  reason?: LockReason;
};

/** The stages shown while keys are made; "save" is the page's own (the upload). */
export type Stage = 'derive' | 'generate' | 'protect' | 'save';

/** Every operation: its arguments and its result. */
export interface VaultOps {
  status: { args: Record<string, never>; result: VaultStatus };
  setUp: { args: { accountId: string; passphrase: string; withRecoveryKit: boolean }; result: NewKeys };
  reset: { args: { accountId: string; passphrase: string; withRecoveryKit: boolean }; result: NewKeys };
  unlock: { args: { passphrase: string; keys: StoredKeys }; result: { rewrapped?: string } };
  commit: { args: { version: number }; result: VaultStatus };
  discard: { args: Record<string, never>; result: VaultStatus };
  lock: { args: { reason: LockReason }; result: VaultStatus };
  changePassphrase: {
    args: { current: string; next: string; keys: StoredKeys };
    result: { passphraseWrap: string };
  };
  newRecoveryKit: {
    args: { passphrase: string; keys: StoredKeys };
    result: { recoveryWrap: string; recoveryCode: string };
  };
  recover: {
    args: { recoveryCode: string; passphrase: string; keys: StoredKeys };
    result: { passphraseWrap: string };
  };
  /** A new random key, held as *proposed* until commitCaseKey (the server took the generation). */
  createCaseKey: { args: CaseKeyRef; result: CaseKeyRef };
  commitCaseKey: { args: CaseKeyRef; result: CaseKeyRef };
  /** Forgets a proposed key (someone else created that generation first). */
  discardCaseKey: { args: CaseKeyRef; result: CaseKeyRef };
  openGrant: { args: CaseKeyRef & { grant: string; granter: Party }; result: CaseKeyRef };
  loadCaseKeys: { args: { caseId: string; grants: GrantToLoad[] }; result: LoadedCaseKeys };
  heldCaseKeys: { args: { caseId: string }; result: { held: HeldKey[] } };
  sealGrant: { args: CaseKeyRef & { recipient: Recipient }; result: { grant: string } };
  sealContent: { args: ContentRef & { generation?: number; plaintext: Bytes }; result: { envelope: Bytes } };
  openContent: { args: ContentRef & { envelope: Bytes }; result: { plaintext: Bytes } };
}

export type Op = keyof VaultOps;
export type Args<K extends Op> = VaultOps[K]['args'];
export type Result<K extends Op> = VaultOps[K]['result'];

export type ErrorKind = 'cannot-verify' | 'invalid-structure' | 'throttled' | 'locked' | 'no-key' | 'failed';

/** An error as it crosses the worker boundary: never key material, passphrases or plaintext. */
export type WireError = { kind: ErrorKind; message: string; retryAfterMs?: number };

export type Request = { id: number; op: Op; args: unknown };

export type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: WireError }
  | { id: number; progress: Stage };

/** Pushed to every tab of the vault whenever its state changes. */
export type StateEvent = { event: 'state'; status: VaultStatus };

export type WorkerMessage = Reply | StateEvent;
