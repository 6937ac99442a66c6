// What my browser should do about one case's keys, decided without any I/O: given the server's
// keys view, what the vault holds and (when a generation is due) the members with their keys.
import type { HeldKey, KeyScope, Recipient } from '../../vault';
import { fromApiScope, type CaseKeysView, type PendingReason } from './api/case-keys';

/** A case's scopes when the server's view does not name mine. */
export const SCOPES: readonly KeyScope[] = ['case', 'chat'];

/**
 * A current member, their side where the container has sides (cases do, organizations do not), and their
 * published keys (null: they have not set up encryption).
 */
export type MemberKeys = {
  accountId: string;
  side?: 'REQUESTER' | 'PROVIDER';
  keys: { publicKeys: string; fingerprint: string } | null;
};

export type Fulfilment = {
  type: 'fulfil';
  scope: KeyScope;
  generation: number;
  reason: PendingReason;
  recipient: Required<Recipient>;
};

export type NewGeneration = {
  type: 'create-generation';
  scope: KeyScope;
  generation: number;
  /** "first": the scope has no key yet; "rotation": a member left since the latest generation. */
  why: 'first' | 'rotation';
  /** Everyone to grant it to, me first. */
  recipients: Required<Recipient>[];
};

export type KeyAction = Fulfilment | NewGeneration;

export type PlanInput = {
  /** My account id. */
  me: string;
  /** My fingerprint as the unlocked vault knows it: a generation is created only if I can read it. */
  myFingerprint: string;
  view: CaseKeysView;
  held: readonly HeldKey[];
  /** Needed only when a generation is due; without it the plan says so (needsMembers). */
  members?: readonly MemberKeys[];
  /** The scopes I hold in the container: of a case (the server's view says which), or an organization's patients key. */
  scopes?: readonly KeyScope[];
};

export type KeyPlan = {
  /** Fulfilments first (they give pending members the current generation, old content included), then new generations. */
  actions: KeyAction[];
  /** A generation is due and the members' keys are needed to plan it. */
  needsMembers: boolean;
  /** Scopes with a generation due that I cannot create (my own published keys are missing or differ). */
  blocked: KeyScope[];
};

export function planCaseKeys({ me, myFingerprint, view, held, members, scopes = SCOPES }: PlanInput): KeyPlan {
  const holds = (scope: KeyScope, generation: number) =>
    held.some((key) => key.scope === scope && key.generation === generation);
  const fulfilments: Fulfilment[] = [];
  const generations: NewGeneration[] = [];
  const blocked: KeyScope[] = [];
  let needsMembers = false;

  for (const pending of view.pending) {
    const scope = fromApiScope(pending.scope);
    if (pending.recipientId === me || !pending.recipientPublicKeys || !pending.recipientFingerprint) continue;
    if (!holds(scope, pending.generation)) continue;
    fulfilments.push({
      type: 'fulfil',
      scope,
      generation: pending.generation,
      reason: pending.reason,
      recipient: {
        accountId: pending.recipientId,
        publicKeys: pending.recipientPublicKeys,
        fingerprint: pending.recipientFingerprint,
      },
    });
  }

  for (const scope of scopes) {
    const due = dueGeneration(view, scope, holds);
    if (!due) continue;
    if (!members) {
      needsMembers = true;
      continue;
    }
    const recipients = recipientsOf(members.filter((m) => mayHold(m, scope)), me, myFingerprint);
    if (!recipients) {
      blocked.push(scope);
      continue;
    }
    generations.push({ type: 'create-generation', scope, ...due, recipients });
  }

  return { actions: [...fulfilments, ...generations], needsMembers, blocked };
}

/** The generation to create in a scope, if any: 1 when none exists, latest + 1 when a rotation is asked and I hold the latest. */
function dueGeneration(
  view: CaseKeysView,
  scope: KeyScope,
  holds: (scope: KeyScope, generation: number) => boolean,
): { generation: number; why: NewGeneration['why'] } | null {
  const current = view.generations.find((g) => fromApiScope(g.scope) === scope);
  if (!current) return { generation: 1, why: 'first' };
  if (current.rotationRequested && holds(scope, current.latest)) return { generation: current.latest + 1, why: 'rotation' };
  return null;
}

/** A side's memo keys are for that side's members alone; every other scope is for every member given. */
function mayHold(member: MemberKeys, scope: KeyScope): boolean {
  if (scope === 'requester-memos') return member.side === 'REQUESTER';
  if (scope === 'provider-memos') return member.side === 'PROVIDER';
  return true;
}

/** Every member with keys, me first; null when my own published keys are missing or not the vault's. */
function recipientsOf(members: readonly MemberKeys[], me: string, myFingerprint: string): Required<Recipient>[] | null {
  const mine = members.find((m) => m.accountId === me)?.keys;
  if (!mine || mine.fingerprint.toUpperCase() !== myFingerprint.toUpperCase()) return null;
  const others = members.filter((m) => m.accountId !== me && m.keys);
  return [{ accountId: me, ...mine }, ...others.map((m) => ({ accountId: m.accountId, ...m.keys! }))];
}

/** The latest generation of a scope, the one new content is sealed with; null before there is one. */
export function latestGeneration(view: CaseKeysView, scope: KeyScope): number | null {
  return view.generations.find((g) => fromApiScope(g.scope) === scope)?.latest ?? null;
}
