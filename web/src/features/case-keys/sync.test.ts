// The key sharing against an in-memory stand-in for the keys API (the rules of CaseKeyGrants,
// signatures left to the vaults that open the grants) with real vaults: the flow of issue 4.
import { beforeAll, describe, expect, it } from 'vitest';
import { Base64Url, GrantStructure } from '../../crypto';
import { utf8 } from '../../crypto/bytes';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/problem';
import type { CaseMember, CaseSummary } from '../../types/api';
import { VaultClient } from '../../vault/client';
import type { NewKeys } from '../../vault/protocol';
import { dedicatedWorkers } from '../../vault/testing';
import type { ApiScope, CaseKeysApi, CaseKeysView, PendingGrant } from './api/case-keys';
import { PinStore, keyChange } from './pins';
import { CaseKeySync } from './sync';

const CASE = '5a1d0c3e-7b2f-4e6a-9c8d-1f0e2d3c4b5a';
const ADA = 'a1a1a1a1-0000-4000-8000-000000000001';
const PAT = 'b2b2b2b2-0000-4000-8000-000000000002';
const COLIN = 'c3c3c3c3-0000-4000-8000-000000000003';
const PASSPHRASE = 'Correct horse battery staple 42!';
const SCOPES: ApiScope[] = ['CASE', 'CHAT'];

const hexOf = (fingerprint: { display(): string }) => fingerprint.display().replace(/ /g, '');
const conflict = (type: string) => new ConflictError(409, { type: `https://consilium.app/problems/${type}` });

type StoredGrant = { grant: string; granterId: string; granterPublicKeys: string; recipientFingerprint: string };

/** The server's side of case keys, in memory. */
class FakeServer {
  readonly keys = new Map<string, { publicKeys: string; fingerprint: string }>();
  readonly members: CaseMember[] = [];
  readonly generations = new Map<ApiScope, { latest: number; rotationRequested: boolean }>();
  readonly grants = new Map<string, StoredGrant>();
  /** Runs once before the next POST of a generation by this person: lets a test make someone else faster. */
  beforeGeneration = new Map<string, () => Promise<void>>();

  private grantKey = (scope: ApiScope, generation: number, recipient: string) => `${scope}|${generation}|${recipient}`;

  apiFor(who: string): CaseKeysApi {
    const member = (caseId: string) => {
      if (caseId !== CASE || !this.members.some((m) => m.accountId === who)) throw new NotFoundError(404, {});
    };
    return {
      keys: async (caseId) => (member(caseId), this.view(who)),
      createGeneration: async (caseId, scope, generation, grants) => {
        member(caseId);
        const hook = this.beforeGeneration.get(who);
        this.beforeGeneration.delete(who);
        await hook?.();
        const current = this.generations.get(scope);
        if (generation !== (current ? current.latest + 1 : 1)) throw conflict('generation-taken');
        if (current && !this.grants.has(this.grantKey(scope, current.latest, who))) throw new ForbiddenError(403, {});
        const checked = grants.map((g) => this.check(who, g, scope, generation));
        if (!checked.some((c) => c.recipient === who)) throw new Error('own grant missing');
        this.generations.set(scope, { latest: generation, rotationRequested: false });
        checked.forEach((c) => this.store(who, c));
        return this.view(who);
      },
      fulfil: async (caseId, grant) => {
        member(caseId);
        const c = this.check(who, grant);
        if (!this.grants.has(this.grantKey(c.scope, c.generation, who))) throw new ForbiddenError(403, {});
        if (this.grants.get(this.grantKey(c.scope, c.generation, c.recipient))?.recipientFingerprint === c.fingerprint) {
          throw conflict('already-granted');
        }
        this.store(who, c);
        return this.view(who);
      },
      pendingGrants: async () =>
        this.members.some((m) => m.accountId === who)
          ? this.pending()
              .filter((p) => p.recipientPublicKeys && this.grants.has(this.grantKey(p.scope, p.generation, who)))
              .map((pending) => ({ caseId: CASE, pending }))
          : [],
      caseView: async (caseId) => {
        member(caseId);
        return { summary: {} as CaseSummary, members: [...this.members], me: this.members.find((m) => m.accountId === who)! };
      },
      publicKeys: async (accountId) => {
        const keys = this.keys.get(accountId);
        return keys ? { accountId, fullName: accountId, ...keys } : null;
      },
      keyWork: async () => {
        const onCase = this.members.some((m) => m.accountId === who);
        const due = SCOPES.some((scope) => !this.generations.get(scope) || this.generations.get(scope)!.rotationRequested);
        return onCase && due ? [CASE] : [];
      },
    };
  }

  addMember(accountId: string, role: CaseMember['role']) {
    this.members.push({
      accountId,
      fullName: accountId,
      side: role === 'PROVIDER' ? 'PROVIDER' : 'REQUESTER',
      role,
      addedAt: new Date().toISOString(),
    });
  }

  removeMember(accountId: string) {
    this.members.splice(this.members.findIndex((m) => m.accountId === accountId), 1);
    for (const key of [...this.grants.keys()]) if (key.endsWith(`|${accountId}`)) this.grants.delete(key);
    for (const generation of this.generations.values()) generation.rotationRequested = true;
  }

  private check(who: string, encoded: string, scope?: ApiScope, generation?: number) {
    const structure = GrantStructure.parse(Base64Url.decode(encoded));
    const c = {
      encoded,
      scope: (structure.keyId.scope === 'case' ? 'CASE' : 'CHAT') as ApiScope,
      generation: structure.keyId.generation,
      recipient: structure.recipientAccountId,
      fingerprint: hexOf(structure.recipientFingerprint),
    };
    if (structure.keyId.caseId !== CASE || structure.granterAccountId !== who) throw new ForbiddenError(403, {});
    if (scope && (c.scope !== scope || c.generation !== generation)) throw new Error('wrong generation');
    if (!this.members.some((m) => m.accountId === c.recipient)) throw new ForbiddenError(403, {});
    if (this.keys.get(c.recipient)?.fingerprint !== c.fingerprint) throw conflict('recipient-key-changed');
    return c;
  }

  private store(who: string, c: ReturnType<FakeServer['check']>) {
    this.grants.set(this.grantKey(c.scope, c.generation, c.recipient), {
      grant: c.encoded,
      granterId: who,
      granterPublicKeys: this.keys.get(who)!.publicKeys,
      recipientFingerprint: c.fingerprint,
    });
  }

  private pending(): PendingGrant[] {
    const pending: PendingGrant[] = [];
    for (const scope of SCOPES) {
      const generation = this.generations.get(scope)?.latest;
      if (!generation) continue;
      for (const { accountId } of this.members) {
        const keys = this.keys.get(accountId);
        const grant = this.grants.get(this.grantKey(scope, generation, accountId));
        if (keys && grant?.recipientFingerprint === keys.fingerprint) continue;
        pending.push({
          scope,
          generation,
          recipientId: accountId,
          reason: !keys ? 'NO_KEYS' : grant ? 'KEYS_RESET' : 'NOT_YET_SHARED',
          recipientPublicKeys: keys?.publicKeys ?? null,
          recipientFingerprint: keys?.fingerprint ?? null,
        });
      }
    }
    return pending;
  }

  private view(who: string): CaseKeysView {
    const grants = [...this.grants.entries()]
      .filter(([key]) => key.endsWith(`|${who}`))
      .map(([key, g]) => {
        const [scope, generation] = key.split('|');
        return {
          scope: scope as ApiScope,
          generation: Number(generation),
          grant: g.grant,
          granterId: g.granterId,
          granterPublicKeys: g.granterPublicKeys,
          granterFingerprint: '',
        };
      });
    const generations = SCOPES.filter((s) => this.generations.has(s)).map((scope) => ({ scope, ...this.generations.get(scope)! }));
    return { caseId: CASE, generations, grants, pending: this.pending() };
  }
}

class MemoryStorage {
  private readonly map = new Map<string, string>();
  getItem = (key: string) => this.map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.map.set(key, value);
}

type Person = { id: string; vault: VaultClient; keys: NewKeys; sync: CaseKeySync; pins: PinStore };

async function person(server: FakeServer, id: string): Promise<Person> {
  const vault = new VaultClient(dedicatedWorkers().connect);
  const keys = await vault.setUp(id, PASSPHRASE, { withRecoveryKit: false });
  await vault.commit(1);
  server.keys.set(id, { publicKeys: keys.publicKeys, fingerprint: keys.fingerprint });
  const pins = new PinStore(new MemoryStorage() as unknown as Storage, id);
  const sync = new CaseKeySync({
    api: server.apiFor(id),
    vault,
    fingerprints: { observe: (_me, accountId, fingerprint) => pins.observe(accountId, fingerprint) },
    exclusive: (_name, task) => task(),
  });
  return { id, vault, keys, sync, pins };
}

const note = (objectId: string) => ({ caseId: CASE, scope: 'case' as const, kind: 'note', objectId });
const read = async (p: Person, objectId: string, envelope: Uint8Array<ArrayBuffer>) =>
  new TextDecoder().decode((await p.vault.openContent(note(objectId), envelope)).plaintext);
const held = (p: Person) => p.vault.heldCaseKeys(CASE).then((r) => r.held.map((k) => `${k.scope}${k.generation}`));

describe('background key sharing', () => {
  const server = new FakeServer();
  let ada: Person;
  let pat: Person;
  let colin: Person;
  let first: Uint8Array<ArrayBuffer>;

  beforeAll(async () => {
    [ada, pat, colin] = await Promise.all([person(server, ADA), person(server, PAT), person(server, COLIN)]);
    server.addMember(ADA, 'CREATOR');
    server.addMember(PAT, 'PROVIDER');
  }, 60_000);

  it("creates generation 1 of both scopes for the creator and the provider; the provider's browser opens it", async () => {
    const state = await ada.sync.syncCase(CASE, { members: server.members });
    expect(state.view.generations.map((g) => `${g.scope}${g.latest}`)).toEqual(['CASE1', 'CHAT1']);
    expect(state.view.pending).toEqual([]);
    expect(await held(ada)).toEqual(['case1', 'chat1']);
    ({ envelope: first } = await ada.vault.sealContent(note('n1'), utf8('Clinical question'), 1));

    const patState = await pat.sync.syncCase(CASE);
    expect(patState.held.map((k) => `${k.scope}${k.generation}`)).toEqual(['case1', 'chat1']);
    expect(patState.failed).toEqual([]);
    expect(await read(pat, 'n1', first)).toBe('Clinical question');
    expect(pat.pins.pins[ADA].accepted).toEqual([ada.keys.fingerprint]);
  }, 60_000);

  it('re-grants a provider who reset keys from the requester browser, and flags the key change there', async () => {
    await pat.vault.lock();
    const reset = await pat.vault.reset(PAT, 'Another long passphrase 9!', { withRecoveryKit: false });
    await pat.vault.commit(2);
    server.keys.set(PAT, { publicKeys: reset.publicKeys, fingerprint: reset.fingerprint });

    const waiting = await pat.sync.syncCase(CASE);
    expect(waiting.held).toEqual([]);
    expect(waiting.failed).toEqual([]); // grants to the old key are stale, not alarming
    expect(waiting.view.pending.map((p) => `${p.scope}:${p.recipientId}:${p.reason}`)).toEqual([
      `CASE:${PAT}:KEYS_RESET`,
      `CHAT:${PAT}:KEYS_RESET`,
    ]);

    await ada.sync.shareAllPending();
    expect(keyChange(ada.pins.pins, PAT)).toEqual({ accountId: PAT, previous: pat.keys.fingerprint, current: reset.fingerprint });
    expect((await pat.sync.syncCase(CASE)).held.map((k) => k.scope)).toEqual(['case', 'chat']);
    expect(await read(pat, 'n1', first)).toBe('Clinical question');
  }, 60_000);

  it('shares with a collaborator added later; removing them rotates both scopes from the next member browser', async () => {
    server.addMember(COLIN, 'COLLABORATOR');
    await ada.sync.shareAllPending();
    expect(await colin.sync.syncCase(CASE).then((s) => s.held.length)).toBe(2);
    expect(await read(colin, 'n1', first)).toBe('Clinical question');

    server.removeMember(COLIN);
    await expect(colin.sync.syncCase(CASE)).rejects.toBeInstanceOf(NotFoundError);
    await pat.sync.syncAllCases();
    expect(server.generations.get('CASE')).toEqual({ latest: 2, rotationRequested: false });
    expect(server.generations.get('CHAT')).toEqual({ latest: 2, rotationRequested: false });
    expect([...server.grants.keys()].filter((k) => k.startsWith('CASE|2|')).sort()).toEqual([`CASE|2|${ADA}`, `CASE|2|${PAT}`]);

    const state = await ada.sync.syncCase(CASE);
    expect(state.held.map((k) => `${k.scope}${k.generation}`)).toEqual(['case1', 'case2', 'chat1', 'chat2']);
    const { envelope } = await ada.vault.sealContent(note('n2'), utf8('After removal'));
    expect(envelope[5]).toBe(2);
    expect(await read(pat, 'n2', envelope).catch(() => 'no key yet')).toBe('After removal');
    await expect(colin.vault.openContent(note('n2'), envelope)).rejects.toMatchObject({ kind: 'no-key' });
  }, 60_000);

  it('takes the generation someone else created first (409) and discards its own proposal', async () => {
    for (const generation of server.generations.values()) generation.rotationRequested = true;
    server.beforeGeneration.set(ADA, async () => void (await pat.sync.syncCase(CASE)));
    const state = await ada.sync.syncCase(CASE);

    expect(server.generations.get('CASE')?.latest).toBe(3);
    expect(server.grants.get(`CASE|3|${ADA}`)?.granterId).toBe(PAT);
    expect(state.held.filter((k) => k.scope === 'case').map((k) => k.generation)).toEqual([1, 2, 3]);
    const { envelope } = await pat.vault.sealContent(note('n3'), utf8('From the winner'));
    expect(await read(ada, 'n3', envelope)).toBe('From the winner');
  }, 60_000);

  it('does nothing while locked', async () => {
    await ada.vault.lock();
    await expect(ada.sync.syncCase(CASE)).rejects.toMatchObject({ kind: 'locked' });
  });
});
