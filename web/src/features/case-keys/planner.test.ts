import { describe, expect, it } from 'vitest';
import type { CaseKeysView, PendingGrant } from './api/case-keys';
import { latestGeneration, planCaseKeys, type MemberKeys } from './planner';

const CASE = 'c0ffee00-0000-4000-8000-000000000001';
const ME = 'a0000000-0000-4000-8000-00000000000a';
const BOB = 'b0000000-0000-4000-8000-00000000000b';
const CAROL = 'c0000000-0000-4000-8000-00000000000c';
const FP = (c: string) => c.repeat(64);

const view = (over: Partial<CaseKeysView> = {}): CaseKeysView => ({
  caseId: CASE,
  generations: [
    { scope: 'CASE', latest: 1, rotationRequested: false },
    { scope: 'CHAT', latest: 1, rotationRequested: false },
  ],
  grants: [],
  pending: [],
  ...over,
});

const pending = (over: Partial<PendingGrant>): PendingGrant => ({
  scope: 'CASE',
  generation: 1,
  recipientId: BOB,
  reason: 'NOT_YET_SHARED',
  recipientPublicKeys: 'BOBKEYS',
  recipientFingerprint: FP('B'),
  ...over,
});

const both = [
  { scope: 'case' as const, generation: 1 },
  { scope: 'chat' as const, generation: 1 },
];
const members: MemberKeys[] = [
  { accountId: ME, keys: { publicKeys: 'MYKEYS', fingerprint: FP('A') } },
  { accountId: BOB, keys: { publicKeys: 'BOBKEYS', fingerprint: FP('B') } },
  { accountId: CAROL, keys: null },
];
const base = { me: ME, myFingerprint: FP('A') };

describe('planCaseKeys', () => {
  it('does nothing when every member holds the latest generations', () => {
    expect(planCaseKeys({ ...base, view: view(), held: both })).toEqual({ actions: [], needsMembers: false, blocked: [] });
  });

  it('fulfils pending members with keys for generations I hold, with the fingerprint to check', () => {
    const plan = planCaseKeys({
      ...base,
      view: view({
        pending: [
          pending({ reason: 'KEYS_RESET' }),
          pending({ scope: 'CHAT', recipientId: CAROL, recipientPublicKeys: 'CAROLKEYS', recipientFingerprint: FP('C') }),
        ],
      }),
      held: both,
    });
    expect(plan.actions).toEqual([
      {
        type: 'fulfil',
        scope: 'case',
        generation: 1,
        reason: 'KEYS_RESET',
        recipient: { accountId: BOB, publicKeys: 'BOBKEYS', fingerprint: FP('B') },
      },
      {
        type: 'fulfil',
        scope: 'chat',
        generation: 1,
        reason: 'NOT_YET_SHARED',
        recipient: { accountId: CAROL, publicKeys: 'CAROLKEYS', fingerprint: FP('C') },
      },
    ]);
  });

  it('skips members without keys, myself, and generations I do not hold', () => {
    const plan = planCaseKeys({
      ...base,
      view: view({
        generations: [
          { scope: 'CASE', latest: 2, rotationRequested: false },
          { scope: 'CHAT', latest: 1, rotationRequested: false },
        ],
        pending: [
          pending({ recipientId: CAROL, reason: 'NO_KEYS', recipientPublicKeys: null, recipientFingerprint: null }),
          pending({ recipientId: ME, reason: 'KEYS_RESET', recipientPublicKeys: 'MYKEYS', recipientFingerprint: FP('A') }),
          pending({ generation: 2 }),
        ],
      }),
      held: both,
    });
    expect(plan.actions).toEqual([]);
  });

  it('asks for the members when a scope has no generation yet, then creates generation 1 for everyone with keys, me first', () => {
    const fresh = view({ generations: [] });
    expect(planCaseKeys({ ...base, view: fresh, held: [] })).toEqual({ actions: [], needsMembers: true, blocked: [] });

    const plan = planCaseKeys({ ...base, view: fresh, held: [], members });
    const recipients = [
      { accountId: ME, publicKeys: 'MYKEYS', fingerprint: FP('A') },
      { accountId: BOB, publicKeys: 'BOBKEYS', fingerprint: FP('B') },
    ];
    expect(plan.actions).toEqual([
      { type: 'create-generation', scope: 'case', generation: 1, why: 'first', recipients },
      { type: 'create-generation', scope: 'chat', generation: 1, why: 'first', recipients },
    ]);
    expect(plan.needsMembers).toBe(false);
  });

  it('creates only the missing scope', () => {
    const plan = planCaseKeys({
      ...base,
      view: view({ generations: [{ scope: 'CASE', latest: 1, rotationRequested: false }] }),
      held: [both[0]],
      members,
    });
    expect(plan.actions.map((a) => [a.type, a.scope, a.generation])).toEqual([['create-generation', 'chat', 1]]);
  });

  it('rotates a scope whose rotation was asked for when I hold its latest generation, after fulfilling', () => {
    const rotating = view({
      generations: [
        { scope: 'CASE', latest: 3, rotationRequested: true },
        { scope: 'CHAT', latest: 1, rotationRequested: true },
      ],
      pending: [pending({ generation: 3, reason: 'KEYS_RESET' })],
    });
    const held = [
      { scope: 'case' as const, generation: 3 },
      { scope: 'chat' as const, generation: 1 },
    ];
    const plan = planCaseKeys({ ...base, view: rotating, held, members });
    expect(plan.actions.map((a) => [a.type, a.scope, a.generation])).toEqual([
      ['fulfil', 'case', 3],
      ['create-generation', 'case', 4],
      ['create-generation', 'chat', 2],
    ]);
    expect(plan.actions[1]).toMatchObject({ why: 'rotation' });
  });

  it('leaves a rotation to members who hold the latest generation', () => {
    const plan = planCaseKeys({
      ...base,
      view: view({ generations: [{ scope: 'CASE', latest: 2, rotationRequested: true }] }),
      held: [{ scope: 'case', generation: 1 }],
      members,
    });
    expect(plan.actions.map((a) => [a.scope, a.generation])).toEqual([['chat', 1]]);
  });

  it('blocks a new generation when my published keys are missing or are not the unlocked ones', () => {
    const fresh = view({ generations: [] });
    const withoutMine = members.filter((m) => m.accountId !== ME);
    expect(planCaseKeys({ ...base, view: fresh, held: [], members: withoutMine })).toMatchObject({
      actions: [],
      blocked: ['case', 'chat'],
    });
    expect(planCaseKeys({ ...base, myFingerprint: FP('F'), view: fresh, held: [], members })).toMatchObject({
      actions: [],
      blocked: ['case', 'chat'],
    });
  });

  it('names the latest generation of a scope', () => {
    expect(latestGeneration(view(), 'case')).toBe(1);
    expect(latestGeneration(view({ generations: [] }), 'case')).toBeNull();
  });

  it('plans only the scopes of the container: an organization has the patients key alone', () => {
    const organization = view({ caseId: 'org', generations: [] });
    const plan = planCaseKeys({ ...base, view: organization, held: [], members, scopes: ['patients'] });
    expect(plan.actions).toEqual([
      {
        type: 'create-generation',
        scope: 'patients',
        generation: 1,
        why: 'first',
        recipients: [
          { accountId: ME, publicKeys: 'MYKEYS', fingerprint: FP('A') },
          { accountId: BOB, publicKeys: 'BOBKEYS', fingerprint: FP('B') },
        ],
      },
    ]);
    const shared = view({
      caseId: 'org',
      generations: [{ scope: 'PATIENTS', latest: 1, rotationRequested: false }],
      pending: [pending({ scope: 'PATIENTS' })],
    });
    const fulfil = planCaseKeys({ ...base, view: shared, held: [{ scope: 'patients', generation: 1 }], scopes: ['patients'] });
    expect(fulfil.actions.map((a) => [a.type, a.scope])).toEqual([['fulfil', 'patients']]);
  });

  it("makes my side's memo key for my side alone: the other side is never a recipient", () => {
    const DAN = 'd0000000-0000-4000-8000-00000000000d';
    const sides: MemberKeys[] = [
      { accountId: ME, side: 'REQUESTER', keys: { publicKeys: 'MYKEYS', fingerprint: FP('A') } },
      { accountId: BOB, side: 'PROVIDER', keys: { publicKeys: 'BOBKEYS', fingerprint: FP('B') } },
      { accountId: DAN, side: 'REQUESTER', keys: { publicKeys: 'DANKEYS', fingerprint: FP('D') } },
    ];
    const plan = planCaseKeys({
      ...base,
      view: view(),
      held: both,
      members: sides,
      scopes: ['case', 'chat', 'requester-memos'],
    });
    expect(plan.actions).toEqual([
      {
        type: 'create-generation',
        scope: 'requester-memos',
        generation: 1,
        why: 'first',
        recipients: [
          { accountId: ME, publicKeys: 'MYKEYS', fingerprint: FP('A') },
          { accountId: DAN, publicKeys: 'DANKEYS', fingerprint: FP('D') },
        ],
      },
    ]);
  });
});
