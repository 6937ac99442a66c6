import {
  AccountKey,
  AssociatedData,
  Base64Url,
  CannotVerifyError,
  CaseKey,
  CaseKeyGrant,
  CaseKeyId,
  ContentEnvelope,
  EnvelopeStructure,
  GrantStructure,
  InvalidStructureError,
  PublicKeys,
  RecoveryCode,
  UserKeyPair,
  type Bytes,
  type Identity,
} from '../crypto';
import { VaultError } from './errors';
import type {
  Args,
  CaseKeyRef,
  GrantFailure,
  GrantToLoad,
  HeldKey,
  LockReason,
  NewKeys,
  Op,
  Party,
  Result,
  Stage,
  StoredKeys,
  VaultStatus,
} from './protocol';
import { newRecoveryWrap } from './recovery-wrap';
import { Throttle, describeWait } from './throttle';

/** What an unlocked vault holds: nothing of it ever leaves the worker. */
type Held = {
  accountId: string;
  version?: number;
  fingerprint: string;
  accountKey: AccountKey;
  keys: UserKeyPair;
  /** Case keys opened from grants or committed after the server took their generation. */
  caseKeys: Map<string, CaseKey>;
  /** Keys this vault made for a generation the server has not accepted yet: they seal grants only. */
  proposed: Map<string, CaseKey>;
};

type Progress = (stage: Stage) => void;
type Handler<K extends Op> = (args: Args<K>, progress: Progress) => Promise<Result<K>>;

const enc = (bytes: Bytes) => Base64Url.encode(bytes);
const dec = (text: string) => Base64Url.decode(text);
const hexOf = (keys: PublicKeys) => keys.fingerprint.display().replace(/ /g, '');
const keyName = (ref: CaseKeyRef) => `${ref.scope}|${ref.generation}|${ref.caseId}`;

/**
 * The vault's logic, free of any Worker API so that it runs as a plain module in tests: holds the
 * unlocked account key, the person's key pairs and case keys, and answers typed operations. The
 * worker entry (vault.worker.ts) only carries messages to it.
 */
export class VaultCore {
  private active: Held | null = null;
  private pending: Held | null = null;
  private reason: LockReason | undefined;
  /** Bumped by lock(): an operation that started before a lock never installs its keys after it. */
  private epoch = 0;
  private readonly throttle: Throttle;

  constructor(
    private readonly onState: (status: VaultStatus) => void = () => {},
    now: () => number = Date.now,
  ) {
    this.throttle = new Throttle(now);
  }

  status(): VaultStatus {
    const held = this.active;
    return {
      unlocked: held !== null,
      pending: this.pending !== null,
      accountId: held?.accountId,
      version: held?.version,
      fingerprint: held?.fingerprint,
      reason: held ? undefined : this.reason,
    };
  }

  handle<K extends Op>(op: K, args: Args<K>, progress: Progress = () => {}): Promise<Result<K>> {
    const handler = (this.handlers as unknown as Record<string, Handler<K> | undefined>)[op];
    if (!Object.hasOwn(this.handlers, op) || !handler) {
      return Promise.reject(new VaultError('failed', `unknown vault operation`));
    }
    return handler(args, progress);
  }

  private readonly handlers: { [K in Op]: Handler<K> } = {
    status: async () => this.status(),
    setUp: (args, progress) => this.create(args, progress),
    reset: (args, progress) => this.create(args, progress),
    unlock: (args, progress) => this.guarded(() => this.unlock(args.passphrase, args.keys, progress)),
    commit: async ({ version }) => this.commit(version),
    discard: async () => {
      this.pending = null;
      return this.changed();
    },
    lock: async ({ reason }) => this.lock(reason),
    changePassphrase: ({ current, next, keys }, progress) =>
      this.guarded(async () => {
        this.require(keys.accountId);
        progress('derive');
        const wrapped = await AccountKey.changePassphrase(keys.accountId, dec(keys.passphraseWrap), current, next);
        return { passphraseWrap: enc(wrapped) };
      }),
    newRecoveryKit: ({ passphrase, keys }, progress) =>
      this.guarded(async () => {
        this.require(keys.accountId);
        progress('derive');
        const code = RecoveryCode.generate();
        const wrapped = await newRecoveryWrap(keys.accountId, dec(keys.passphraseWrap), passphrase, code);
        return { recoveryWrap: enc(wrapped), recoveryCode: await code.display() };
      }),
    recover: (args, progress) => this.recover(args, progress),
    createCaseKey: async (ref) => {
      const held = this.require();
      const epoch = this.epoch;
      if (held.caseKeys.has(keyName(ref))) throw new VaultError('failed', 'This case key generation exists already.');
      const key = await CaseKey.generate(caseKeyId(ref));
      this.ensureNotLockedSince(epoch);
      held.proposed.set(keyName(ref), key);
      return ref;
    },
    commitCaseKey: async (ref) => {
      const held = this.require();
      const name = keyName(ref);
      const key = held.proposed.get(name);
      if (key) {
        held.caseKeys.set(name, key);
        held.proposed.delete(name);
      } else if (!held.caseKeys.has(name)) {
        throw new VaultError('no-key', `No proposed key for generation ${ref.generation} of this case.`);
      }
      return ref;
    },
    discardCaseKey: async (ref) => {
      this.require().proposed.delete(keyName(ref));
      return ref;
    },
    openGrant: async ({ grant, granter, ...ref }) => {
      const held = this.require();
      const epoch = this.epoch;
      const key = await openGrant(held, ref, grant, granter);
      this.ensureNotLockedSince(epoch);
      this.install(held, key);
      return ref;
    },
    loadCaseKeys: async ({ caseId, grants }) => {
      const held = this.require();
      const epoch = this.epoch;
      const loaded: HeldKey[] = [];
      const failed: GrantFailure[] = [];
      for (const entry of grants) {
        const ref = { caseId, scope: entry.scope, generation: entry.generation };
        if (held.caseKeys.has(keyName(ref))) continue;
        try {
          const key = await openGrant(held, ref, entry.grant, entry.granter);
          this.ensureNotLockedSince(epoch);
          this.install(held, key);
          loaded.push({ scope: ref.scope, generation: ref.generation });
        } catch (error) {
          if (error instanceof VaultError && error.kind === 'locked') throw error;
          failed.push(grantFailure(entry, error));
        }
      }
      return { held: heldOf(held, caseId), loaded, failed };
    },
    heldCaseKeys: async ({ caseId }) => ({ held: heldOf(this.require(), caseId) }),
    sealGrant: async ({ recipient, ...ref }) => {
      const held = this.require();
      const publicKeys = await PublicKeys.decode(dec(recipient.publicKeys));
      if (recipient.fingerprint !== undefined && hexOf(publicKeys) !== recipient.fingerprint.toUpperCase()) {
        throw new CannotVerifyError('recipient keys', 'fingerprint does not match');
      }
      if (recipient.accountId === held.accountId && !publicKeys.equals(held.keys.publicKeys)) {
        throw new CannotVerifyError('recipient keys', 'not the keys this vault holds for you');
      }
      const key = held.caseKeys.get(keyName(ref)) ?? held.proposed.get(keyName(ref)) ?? this.caseKey(held, ref);
      const to = { accountId: recipient.accountId, publicKeys };
      return { grant: enc(await CaseKeyGrant.seal(key, identity(held), to)) };
    },
    sealContent: async ({ plaintext, generation, ...ref }) => {
      const held = this.require();
      const key = this.caseKey(held, { ...ref, generation: generation ?? this.newestGeneration(held, ref) });
      return { envelope: await ContentEnvelope.seal(key, new AssociatedData(ref.kind, ref.objectId), plaintext) };
    },
    openContent: async ({ envelope, ...ref }) => {
      const held = this.require();
      const key = this.caseKey(held, { ...ref, generation: EnvelopeStructure.parse(envelope).generation });
      return { plaintext: await ContentEnvelope.open(key, new AssociatedData(ref.kind, ref.objectId), envelope) };
    },
  };

  /** Setup and reset: a new account key and key pairs, held as pending until the server has them. */
  private async create(
    { accountId, passphrase, withRecoveryKit }: { accountId: string; passphrase: string; withRecoveryKit: boolean },
    progress: Progress,
  ): Promise<NewKeys> {
    const epoch = this.epoch;
    progress('derive');
    const code = withRecoveryKit ? RecoveryCode.generate() : undefined;
    const account = await AccountKey.create(accountId, passphrase, code);
    progress('generate');
    const { keys, wrapped } = await UserKeyPair.create(account.accountKey, accountId);
    progress('protect');
    // What is uploaded must open again: the private keys under the account key, for these public keys.
    await UserKeyPair.unwrap(account.accountKey, accountId, keys.publicKeys, wrapped);
    this.ensureNotLockedSince(epoch);
    const fingerprint = hexOf(keys.publicKeys);
    this.pending = { accountId, fingerprint, accountKey: account.accountKey, keys, ...noCaseKeys() };
    this.changed();
    return {
      publicKeys: enc(keys.publicKeys.encoded),
      privateKeys: enc(wrapped),
      passphraseWrap: enc(account.wrapped),
      recoveryWrap: account.recoveryWrapped ? enc(account.recoveryWrapped) : undefined,
      recoveryCode: code ? await code.display() : undefined,
      fingerprint,
    };
  }

  private async unlock(passphrase: string, stored: StoredKeys, progress: Progress) {
    const epoch = this.epoch;
    const published = await publishedKeys(stored);
    progress('derive');
    const { accountKey, rewrapped } = await AccountKey.unlock(stored.accountId, passphrase, dec(stored.passphraseWrap));
    const keys = await UserKeyPair.unwrap(accountKey, stored.accountId, published, dec(stored.privateKeys));
    this.ensureNotLockedSince(epoch);
    this.active = {
      accountId: stored.accountId,
      version: stored.version,
      fingerprint: hexOf(published),
      accountKey,
      keys,
      ...noCaseKeys(),
    };
    this.pending = null;
    this.changed();
    return rewrapped ? { rewrapped: enc(rewrapped) } : {};
  }

  private recover(
    { recoveryCode, passphrase, keys: stored }: Args<'recover'>,
    progress: Progress,
  ): Promise<Result<'recover'>> {
    return this.guarded(async () => {
      if (!stored.recoveryWrap) throw new VaultError('failed', 'There is no recovery kit for this account.');
      const epoch = this.epoch;
      const code = await RecoveryCode.parse(recoveryCode);
      const published = await publishedKeys(stored);
      progress('derive');
      const reset = await AccountKey.resetPassphrase(stored.accountId, dec(stored.recoveryWrap), code, passphrase);
      const keys = await UserKeyPair.unwrap(reset.accountKey, stored.accountId, published, dec(stored.privateKeys));
      this.ensureNotLockedSince(epoch);
      this.pending = {
        accountId: stored.accountId,
        fingerprint: hexOf(published),
        accountKey: reset.accountKey,
        keys,
        ...noCaseKeys(),
      };
      this.changed();
      return { passphraseWrap: enc(reset.wrapped) };
    });
  }

  /** The server accepted what the vault made: pending keys become the unlocked ones, at this version. */
  private commit(version: number): VaultStatus {
    if (this.pending) {
      this.active = { ...this.pending, version };
      this.pending = null;
    } else if (this.active) {
      this.active.version = version;
    } else {
      throw new VaultError('locked', 'The vault is locked.');
    }
    return this.changed();
  }

  private lock(reason: LockReason): VaultStatus {
    this.epoch += 1;
    for (const held of [this.active, this.pending]) {
      held?.caseKeys.clear();
      held?.proposed.clear();
    }
    this.active = null;
    this.pending = null;
    this.reason = reason;
    return this.changed();
  }

  /** Runs a passphrase or recovery-code check under the throttle: wrong guesses slow the next ones. */
  private async guarded<T>(action: () => Promise<T>): Promise<T> {
    const wait = this.throttle.remainingMs();
    if (wait > 0) {
      throw new VaultError('throttled', `Too many wrong attempts. Try again in ${describeWait(wait)}.`, wait);
    }
    try {
      const result = await action();
      this.throttle.success();
      return result;
    } catch (error) {
      if (!(error instanceof CannotVerifyError)) throw error;
      const delay = this.throttle.failure();
      throw new VaultError('cannot-verify', error.message, delay || undefined);
    }
  }

  private require(accountId?: string): Held {
    if (!this.active) throw new VaultError('locked', 'The vault is locked.');
    if (accountId !== undefined && this.active.accountId !== accountId) {
      throw new VaultError('locked', 'The vault is unlocked for another account.');
    }
    return this.active;
  }

  private ensureNotLockedSince(epoch: number): void {
    if (epoch !== this.epoch) throw new VaultError('locked', 'The vault was locked meanwhile.');
  }

  /** A key opened from a grant replaces a proposal for the same generation (the server's is the real one). */
  private install(held: Held, key: CaseKey): void {
    const name = keyName({ caseId: key.id.caseId, scope: key.id.scope, generation: key.id.generation });
    held.caseKeys.set(name, key);
    held.proposed.delete(name);
  }

  private caseKey(held: Held, ref: CaseKeyRef): CaseKey {
    const key = held.caseKeys.get(keyName(ref));
    if (!key) throw new VaultError('no-key', `No key for generation ${ref.generation} of this case.`);
    return key;
  }

  private newestGeneration(held: Held, ref: Omit<CaseKeyRef, 'generation'>): number {
    let newest = 0;
    for (const key of held.caseKeys.values()) {
      if (key.id.caseId === ref.caseId && key.id.scope === ref.scope) newest = Math.max(newest, key.id.generation);
    }
    if (!newest) throw new VaultError('no-key', 'No key for this case.');
    return newest;
  }

  private changed(): VaultStatus {
    const status = this.status();
    this.onState(status);
    return status;
  }
}

/** The published public keys, checked against the fingerprint the server shows people. */
async function publishedKeys(stored: StoredKeys): Promise<PublicKeys> {
  const published = await PublicKeys.decode(dec(stored.publicKeys));
  if (hexOf(published) !== stored.fingerprint.toUpperCase()) {
    throw new CannotVerifyError('published keys', 'fingerprint does not match');
  }
  return published;
}

function caseKeyId(ref: CaseKeyRef): CaseKeyId {
  return new CaseKeyId(ref.caseId, ref.scope, ref.generation);
}

function identity(held: Held): Identity {
  return { accountId: held.accountId, keys: held.keys };
}

function noCaseKeys(): Pick<Held, 'caseKeys' | 'proposed'> {
  return { caseKeys: new Map(), proposed: new Map() };
}

/** Verifies the granter's signature and opens the key for me; a grant to my former key is "stale". */
async function openGrant(held: Held, ref: CaseKeyRef, grant: string, granter: Party): Promise<CaseKey> {
  const bytes = dec(grant);
  const structure = GrantStructure.parse(bytes);
  if (
    structure.recipientAccountId === held.accountId &&
    !structure.recipientFingerprint.equals(held.keys.publicKeys.fingerprint)
  ) {
    throw new StaleGrant();
  }
  const from = { accountId: granter.accountId, publicKeys: await PublicKeys.decode(dec(granter.publicKeys)) };
  return CaseKeyGrant.open(bytes, caseKeyId(ref), identity(held), from);
}

class StaleGrant extends Error {
  constructor() {
    super('This grant is for a key you had before resetting your keys.');
  }
}

function grantFailure(entry: GrantToLoad, error: unknown): GrantFailure {
  const base = { scope: entry.scope, generation: entry.generation, granterId: entry.granter.accountId };
  if (error instanceof StaleGrant) return { ...base, reason: 'stale', message: error.message };
  if (error instanceof CannotVerifyError) return { ...base, reason: 'cannot-verify', message: error.message };
  if (error instanceof InvalidStructureError) return { ...base, reason: 'invalid-structure', message: error.message };
  if (error instanceof RangeError) return { ...base, reason: 'invalid-structure', message: 'not a valid grant reference' };
  return { ...base, reason: 'failed', message: 'The grant could not be opened.' };
}

function heldOf(held: Held, caseId: string): HeldKey[] {
  return [...held.caseKeys.values()]
    .filter((key) => key.id.caseId === caseId)
    .map((key) => ({ scope: key.id.scope, generation: key.id.generation }))
    .sort((a, b) => a.scope.localeCompare(b.scope) || a.generation - b.generation);
}
