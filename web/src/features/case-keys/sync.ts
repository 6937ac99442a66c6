// Carries out the planner's decisions for one case with the vault and the keys API: loads the
// grants to me into the vault, fulfils pending members, creates first and rotated generations.
// 409s mean someone else acted first: fetch the view again and plan again.
import { Base64Url, GrantStructure } from '../../crypto';
import { errorMessage } from '../../lib/error-message';
import { ConflictError } from '../../lib/problem';
import {
  VaultError,
  type CaseKeyRef,
  type GrantFailure,
  type GrantToLoad,
  type HeldKey,
  type KeyScope,
  type LoadedCaseKeys,
  type Recipient,
  type VaultStatus,
} from '../../vault';
import type { CaseMember } from '../../types/api';
import { fromApiScope, toApiScope, type CaseKeysApi, type CaseKeysView } from './api/case-keys';
import { planCaseKeys, type KeyAction, type MemberKeys, type NewGeneration } from './planner';

/** What the key sharing needs of the vault: VaultClient, or a fake in tests. */
export interface SyncVault {
  readonly status: VaultStatus;
  loadCaseKeys(caseId: string, grants: GrantToLoad[]): Promise<LoadedCaseKeys>;
  createCaseKey(ref: CaseKeyRef): Promise<unknown>;
  commitCaseKey(ref: CaseKeyRef): Promise<unknown>;
  discardCaseKey(ref: CaseKeyRef): Promise<unknown>;
  sealGrant(ref: CaseKeyRef, recipient: Recipient): Promise<{ grant: string }>;
}

/** Where fingerprints seen for co-members are remembered (pins.ts). */
export interface FingerprintObserver {
  observe(me: string, accountId: string, fingerprint: string): void;
}

/** Runs `task` while holding a lock of this name, across tabs where the browser can (Web Locks). */
export type Exclusive = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export type CaseKeyState = {
  caseId: string;
  view: CaseKeysView;
  /** The generations of this case the vault holds. */
  held: HeldKey[];
  /** Grants to me that did not open, except those to a key I had before a reset ("stale"). */
  failed: GrantFailure[];
  /** What could not be done (sentences), for the page to mention. */
  problems: string[];
};

export type SyncDeps = {
  api: CaseKeysApi;
  vault: SyncVault;
  fingerprints: FingerprintObserver;
  exclusive?: Exclusive;
  /**
   * For an organization's patients key: its scopes instead of a case's, and its own lock names. The
   * "case" ids are then organization ids and `caseView(...).members` the organization's requesters.
   */
  container?: { scopes: readonly KeyScope[]; lockPrefix: string };
};

/** Enough to converge after a conflict or two; the next poll picks up whatever is left. */
const MAX_ROUNDS = 4;

type Me = { accountId: string; fingerprint: string };

export class CaseKeySync {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly exclusive: Exclusive;

  constructor(private readonly deps: SyncDeps) {
    this.exclusive = deps.exclusive ?? webLock;
  }

  private get lockPrefix(): string {
    return this.deps.container?.lockPrefix ?? 'consilium-case-keys';
  }

  /**
   * Brings one case's keys up to date: afterwards the vault holds every generation granted to me,
   * and I have shared what I can. Calls for the same case run one after the other (in all tabs).
   * `members` may pass the members just returned by the server (e.g. after creating the case).
   */
  syncCase(caseId: string, hint: { members?: readonly Pick<CaseMember, 'accountId' | 'side'>[] } = {}): Promise<CaseKeyState> {
    const previous = this.tails.get(caseId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => this.exclusive(`${this.lockPrefix}:${caseId}`, () => this.run(caseId, hint.members)));
    this.tails.set(caseId, next);
    const cleanup = () => this.tails.get(caseId) === next && this.tails.delete(caseId);
    next.then(cleanup, cleanup);
    return next;
  }

  /** Fulfils what the server says my browser can fulfil now, case by case. */
  async shareAllPending(): Promise<void> {
    const pending = await this.deps.api.pendingGrants();
    await this.eachCase([...new Set(pending.map((p) => p.caseId))]);
  }

  /** Every case with work for me: first generations never made, rotations asked for, pending members. */
  async syncAllCases(): Promise<void> {
    const [work, pending] = await Promise.all([this.deps.api.keyWork(), this.deps.api.pendingGrants()]);
    await this.eachCase([...new Set([...work, ...pending.map((p) => p.caseId)])]);
  }

  private async eachCase(caseIds: string[]): Promise<void> {
    for (const caseId of caseIds) {
      try {
        await this.syncCase(caseId);
      } catch (error) {
        if (isLocked(error)) throw error;
        // One case failing (removed meanwhile, server error) must not stop the others.
      }
    }
  }

  private async run(caseId: string, hintMembers?: readonly Pick<CaseMember, 'accountId' | 'side'>[]): Promise<CaseKeyState> {
    const me = this.me();
    const problems = new Set<string>();
    let view = await this.deps.api.keys(caseId);
    let members: MemberKeys[] | undefined;
    for (let round = 1; ; round++) {
      const loaded = await this.load(me, caseId, view);
      const input = {
        me: me.accountId,
        myFingerprint: me.fingerprint,
        view,
        held: loaded.held,
        scopes: this.deps.container?.scopes ?? view.scopes?.map(fromApiScope),
      };
      let plan = planCaseKeys({ ...input, members });
      if (plan.needsMembers) {
        members = await this.members(caseId, hintMembers);
        plan = planCaseKeys({ ...input, members });
      }
      if (plan.blocked.length) {
        problems.add('Your published keys are not the ones unlocked in this browser, so it cannot create case keys.');
      }
      if (!plan.actions.length || round === MAX_ROUNDS) return state(caseId, view, loaded, problems);
      const outcome = await this.execute(caseId, plan.actions, problems);
      if (!outcome.progress) return state(caseId, view, loaded, problems);
      if (outcome.conflict) {
        members = undefined;
        hintMembers = undefined;
      }
      view = outcome.conflict || !outcome.view ? await this.deps.api.keys(caseId) : outcome.view;
    }
  }

  private me(): Me {
    const status = this.deps.vault.status;
    if (!status.unlocked || !status.accountId || !status.fingerprint) {
      throw new VaultError('locked', 'The vault is locked.');
    }
    return { accountId: status.accountId, fingerprint: status.fingerprint };
  }

  private async load(me: Me, caseId: string, view: CaseKeysView): Promise<LoadedCaseKeys> {
    const grants: GrantToLoad[] = view.grants.map((g) => ({
      scope: fromApiScope(g.scope),
      generation: g.generation,
      grant: g.grant,
      granter: { accountId: g.granterId, publicKeys: g.granterPublicKeys },
    }));
    const loaded = await this.deps.vault.loadCaseKeys(caseId, grants);
    for (const key of loaded.loaded) {
      const grant = grants.find((g) => g.scope === key.scope && g.generation === key.generation);
      if (grant && grant.granter.accountId !== me.accountId) {
        this.deps.fingerprints.observe(me.accountId, grant.granter.accountId, granterFingerprint(grant.grant));
      }
    }
    return loaded;
  }

  /** The current members with their sides and published keys (null for those without). */
  private async members(caseId: string, hint?: readonly Pick<CaseMember, 'accountId' | 'side'>[]): Promise<MemberKeys[]> {
    const list = hint ?? (await this.deps.api.caseView(caseId)).members;
    return Promise.all(
      list.map(async ({ accountId, side }) => {
        const published = await this.deps.api.publicKeys(accountId).catch((error: unknown) => {
          if (isLocked(error)) throw error;
          return null;
        });
        const keys = published ? { publicKeys: published.publicKeys, fingerprint: published.fingerprint } : null;
        return { accountId, side, keys } satisfies MemberKeys;
      }),
    );
  }

  /** progress: something was stored or someone else was faster (either way, look again). */
  private async execute(caseId: string, actions: KeyAction[], problems: Set<string>) {
    let view: CaseKeysView | undefined;
    let progress = false;
    let conflict = false;
    for (const action of actions) {
      const ref = { caseId, scope: action.scope, generation: action.generation };
      try {
        view =
          action.type === 'fulfil'
            ? await this.fulfil(ref, action.recipient)
            : await this.createGeneration(ref, action, problems);
        progress = true;
      } catch (error) {
        if (isLocked(error)) throw error;
        if (error instanceof ConflictError) {
          conflict = true;
          progress = true;
          break;
        }
        problems.add(describe(error));
      }
    }
    return { view, progress, conflict };
  }

  private async fulfil(ref: CaseKeyRef, recipient: Required<Recipient>): Promise<CaseKeysView> {
    const { grant } = await this.deps.vault.sealGrant(ref, recipient);
    this.deps.fingerprints.observe(this.me().accountId, recipient.accountId, recipient.fingerprint);
    return this.deps.api.fulfil(ref.caseId, grant);
  }

  private async createGeneration(ref: CaseKeyRef, action: NewGeneration, problems: Set<string>): Promise<CaseKeysView> {
    const me = this.me();
    await this.deps.vault.createCaseKey(ref);
    try {
      const grants: string[] = [];
      for (const recipient of action.recipients) {
        try {
          grants.push((await this.deps.vault.sealGrant(ref, recipient)).grant);
          if (recipient.accountId !== me.accountId) {
            this.deps.fingerprints.observe(me.accountId, recipient.accountId, recipient.fingerprint);
          }
        } catch (error) {
          // My own grant is required; someone whose keys do not match their fingerprint stays pending.
          if (recipient.accountId === me.accountId || isLocked(error)) throw error;
          problems.add(describe(error));
        }
      }
      const view = await this.deps.api.createGeneration(ref.caseId, toApiScope(ref.scope), ref.generation, grants);
      await this.deps.vault.commitCaseKey(ref);
      return view;
    } catch (error) {
      await this.deps.vault.discardCaseKey(ref).catch(() => undefined);
      throw error;
    }
  }
}

function state(caseId: string, view: CaseKeysView, loaded: LoadedCaseKeys, problems: Set<string>): CaseKeyState {
  return {
    caseId,
    view,
    held: loaded.held,
    failed: loaded.failed.filter((f) => f.reason !== 'stale'),
    problems: [...problems],
  };
}

function granterFingerprint(grant: string): string {
  return GrantStructure.parse(Base64Url.decode(grant)).granterFingerprint.display().replace(/ /g, '');
}

function isLocked(error: unknown): boolean {
  return error instanceof VaultError && error.kind === 'locked';
}

function describe(error: unknown): string {
  if (error instanceof VaultError) {
    return error.kind === 'cannot-verify'
      ? "A member's published keys do not match their fingerprint; the key was not shared with them."
      : error.message;
  }
  return errorMessage(error);
}

/** Web Locks where the browser has them (every current one): one tab at a time works on a case. */
const webLock: Exclusive = <T>(name: string, task: () => Promise<T>): Promise<T> => {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request(name, task) as Promise<T>) : task();
};
