import type { Bytes } from '../crypto';
import { VaultError } from './errors';
import type {
  Args,
  CaseKeyRef,
  ContentRef,
  GrantToLoad,
  LockReason,
  NewKeys,
  Op,
  Party,
  Recipient,
  Result,
  Stage,
  StoredKeys,
  VaultStatus,
  WorkerMessage,
} from './protocol';

/** One connection to a vault worker. */
export interface Transport {
  /** True for a SharedWorker: every tab of the origin talks to the same vault. */
  readonly shared: boolean;
  post(message: unknown): void;
  /** Stops talking to the worker; a dedicated worker is terminated, and its keys with it. */
  close(): void;
}

export type TransportHandlers = { message: (message: WorkerMessage) => void; error: () => void };

/** What BroadcastChannel offers, so tests can pass Node's or a fake. */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** What tabs tell each other on the vault channel. */
export type VaultBroadcast =
  | { type: 'lock'; reason: LockReason }
  | { type: 'keys-changed'; version: number }
  | { type: 'activity' };

export const CHANNEL_NAME = 'consilium-vault';
const LOCK_ACK_TIMEOUT_MS = 2_000;
const LOCKED: VaultStatus = { unlocked: false, pending: false };

type Call = { resolve: (value: unknown) => void; reject: (error: unknown) => void; onProgress?: (stage: Stage) => void };

/**
 * The typed client of the vault worker: request ids to replies, progress stages, the vault's state
 * for the UI, and lock propagation between tabs over BroadcastChannel('consilium-vault'). Pages
 * hand it passphrases and get back only what the server stores (wraps, public keys) and the
 * recovery code to print; key objects never leave the worker.
 */
export class VaultClient {
  private transport: Transport | null = null;
  private nextId = 1;
  private readonly calls = new Map<number, Call>();
  private current: VaultStatus = LOCKED;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly connectTransport: (handlers: TransportHandlers) => Transport | null,
    private readonly channel: Channel | null = null,
  ) {
    channel?.addEventListener('message', (event) => this.onBroadcast(event.data as VaultBroadcast));
  }

  get status(): VaultStatus {
    return this.current;
  }

  get isUnlocked(): boolean {
    return this.current.unlocked;
  }

  /** True while an operation waits for the worker (the key-version check holds back then). */
  get busy(): boolean {
    return this.calls.size > 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks the worker for its state: with a shared vault, another tab may have unlocked it already. */
  async refresh(): Promise<VaultStatus> {
    const status = await this.call('status', {});
    this.setStatus(status);
    return status;
  }

  setUp(accountId: string, passphrase: string, options: { withRecoveryKit: boolean }, onProgress?: (s: Stage) => void): Promise<NewKeys> {
    return this.call('setUp', { accountId, passphrase, withRecoveryKit: options.withRecoveryKit }, onProgress);
  }

  /** A new key pair and account key for someone who lost the passphrase and has no recovery kit. */
  reset(accountId: string, passphrase: string, options: { withRecoveryKit: boolean }, onProgress?: (s: Stage) => void): Promise<NewKeys> {
    return this.call('reset', { accountId, passphrase, withRecoveryKit: options.withRecoveryKit }, onProgress);
  }

  /** @returns a re-wrap at the current iteration count to upload when the stored one is lower */
  unlock(passphrase: string, keys: StoredKeys, onProgress?: (s: Stage) => void): Promise<{ rewrapped?: string }> {
    return this.call('unlock', { passphrase, keys }, onProgress);
  }

  /** The server stored what the vault made (or re-wrapped): keys made pending become unlocked at this version. */
  commit(version: number): Promise<VaultStatus> {
    return this.call('commit', { version });
  }

  /** The server refused what the vault made: forget the pending keys. */
  discard(): Promise<VaultStatus> {
    return this.call('discard', {});
  }

  /** Re-wraps the same account key under a new passphrase; needs the current one (the key is non-extractable). */
  changePassphrase(current: string, next: string, keys: StoredKeys, onProgress?: (s: Stage) => void) {
    return this.call('changePassphrase', { current, next, keys }, onProgress);
  }

  /** A new recovery code and its wrap of the account key; the passphrase opens the key once more. */
  newRecoveryKit(passphrase: string, keys: StoredKeys, onProgress?: (s: Stage) => void) {
    return this.call('newRecoveryKit', { passphrase, keys }, onProgress);
  }

  /** Forgot the passphrase, kept the kit: the account key under a new passphrase, keys pending until commit. */
  recover(recoveryCode: string, passphrase: string, keys: StoredKeys, onProgress?: (s: Stage) => void) {
    return this.call('recover', { recoveryCode, passphrase, keys }, onProgress);
  }

  /**
   * A new random case key for a generation about to be created, kept in the vault as a proposal: it
   * seals grants, and becomes usable for content once commitCaseKey says the server took it.
   */
  createCaseKey(ref: CaseKeyRef) {
    return this.call('createCaseKey', ref);
  }

  commitCaseKey(ref: CaseKeyRef) {
    return this.call('commitCaseKey', ref);
  }

  discardCaseKey(ref: CaseKeyRef) {
    return this.call('discardCaseKey', ref);
  }

  openGrant(ref: CaseKeyRef, grant: string, granter: Party) {
    return this.call('openGrant', { ...ref, grant, granter });
  }

  /**
   * Verifies and opens grants to me (each against its granter's public keys) into case keys held in
   * the vault; generations already held are skipped. Reports which grants failed and why.
   */
  loadCaseKeys(caseId: string, grants: GrantToLoad[]) {
    return this.call('loadCaseKeys', { caseId, grants });
  }

  /** The generations of a case the vault holds (never the keys). */
  heldCaseKeys(caseId: string) {
    return this.call('heldCaseKeys', { caseId });
  }

  /** A grant of a held (or proposed) case key to a recipient, signed by me. */
  sealGrant(ref: CaseKeyRef, recipient: Recipient) {
    return this.call('sealGrant', { ...ref, recipient });
  }

  /** Seals with the given generation, or the newest one the vault holds. */
  sealContent(ref: ContentRef, plaintext: Bytes, generation?: number) {
    return this.call('sealContent', { ...ref, plaintext, generation });
  }

  /** Opens with the generation the envelope's header names. */
  openContent(ref: ContentRef, envelope: Bytes) {
    return this.call('openContent', { ...ref, envelope });
  }

  /**
   * Drops every key: a dedicated worker is terminated (and recreated on the next call); a shared one
   * forgets its keys for every tab. Other tabs hear of it on the channel and lock too.
   */
  async lock(reason: LockReason = 'manual', options: { broadcast?: boolean } = {}): Promise<void> {
    if (options.broadcast !== false) this.channel?.postMessage({ type: 'lock', reason } satisfies VaultBroadcast);
    const transport = this.transport;
    if (transport?.shared) {
      await withTimeout(this.call('lock', { reason }), LOCK_ACK_TIMEOUT_MS).catch(() => undefined);
    } else if (transport && (this.current.unlocked || this.current.pending || this.calls.size > 0)) {
      this.drop(transport, new VaultError('locked', 'The vault was locked.'));
    } else if (transport) {
      // Nothing to drop; the worker keeps its count of wrong attempts.
      await this.call('lock', { reason }).catch(() => undefined);
    }
    this.setStatus({ ...LOCKED, reason });
  }

  /**
   * The keys on the server are now at `version` (this tab changed them, or found them changed):
   * other tabs with a vault of their own (dedicated) unlocked at another version lock; tabs that
   * share this vault already see its state.
   */
  announceKeysChanged(version: number): void {
    this.channel?.postMessage({ type: 'keys-changed', version } satisfies VaultBroadcast);
  }

  private onBroadcast(message: VaultBroadcast): void {
    if (message?.type === 'lock') void this.lock(message.reason, { broadcast: false });
    if (
      message?.type === 'keys-changed' &&
      !this.transport?.shared &&
      this.current.unlocked &&
      this.current.version !== message.version
    ) {
      void this.lock('keys-changed', { broadcast: false });
    }
  }

  private call<K extends Op>(op: K, args: Args<K>, onProgress?: (stage: Stage) => void): Promise<Result<K>> {
    const transport = this.connect();
    if (!transport) return Promise.reject(new VaultError('failed', 'This browser cannot run the vault.'));
    const id = this.nextId++;
    return new Promise<Result<K>>((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      transport.post({ id, op, args });
    });
  }

  private connect(): Transport | null {
    if (this.transport) return this.transport;
    let transport: Transport | null = null;
    transport = this.connectTransport({
      message: (message) => this.onMessage(message),
      error: () => transport && this.drop(transport, new VaultError('failed', 'The vault could not start.')),
    });
    this.transport = transport;
    return transport;
  }

  private onMessage(message: WorkerMessage): void {
    if ('event' in message) return this.setStatus(message.status);
    const call = this.calls.get(message.id);
    if (!call) return;
    if ('progress' in message) return call.onProgress?.(message.progress);
    this.calls.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else call.reject(VaultError.from(message.error));
  }

  private drop(transport: Transport, error: VaultError): void {
    if (this.transport === transport) this.transport = null;
    transport.close();
    const calls = [...this.calls.values()];
    this.calls.clear();
    calls.forEach((call) => call.reject(error));
    this.setStatus({ ...LOCKED, reason: this.current.reason });
  }

  private setStatus(status: VaultStatus): void {
    const previous = this.current;
    if (
      previous.unlocked === status.unlocked &&
      previous.pending === status.pending &&
      previous.accountId === status.accountId &&
      previous.version === status.version &&
      previous.fingerprint === status.fingerprint &&
      previous.reason === status.reason
    ) {
      return;
    }
    this.current = status;
    this.listeners.forEach((listener) => listener());
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
