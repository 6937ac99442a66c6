import { beforeAll, describe, expect, it } from 'vitest';
import { Base64Url } from '../crypto';
import { utf8 } from '../crypto/bytes';
import { VaultClient } from './client';
import { VaultError } from './errors';
import type { GrantToLoad, NewKeys } from './protocol';
import { dedicatedWorkers, sharedWorker, stored } from './testing';

const CASE = '6b1f3c1e-0d7a-4d0e-9a55-2b7f0f0c9e11';
const OTHER_CASE = '0c5e2a77-51b4-4f8e-8d8e-9f1c3d2b6a40';
const ADA = '3f0c9a52-9d3e-4c41-9b7c-0a1e5f2d8c11';
const BOB = 'a7b1d0e4-2f6c-4e8a-8d35-61c2f7e90b4d';
const CAROL = 'd2e4f6a8-1b3c-4d5e-8f70-123456789abc';
const PASSPHRASE = 'Correct horse battery staple 42!';

const gen = (generation: number, scope: 'case' | 'chat' = 'case') => ({ caseId: CASE, scope, generation });
const note = (objectId: string) => ({ caseId: CASE, scope: 'case' as const, kind: 'note', objectId });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as VaultError,
  );

type Person = { id: string; vault: VaultClient; keys: NewKeys };

async function person(id: string): Promise<Person> {
  const vault = new VaultClient(dedicatedWorkers().connect);
  const keys = await vault.setUp(id, PASSPHRASE, { withRecoveryKit: false });
  await vault.commit(1);
  return { id, vault, keys };
}

const party = (p: Person) => ({ accountId: p.id, publicKeys: p.keys.publicKeys });
const grantFrom = (granter: Person, generation: number, grant: string, scope: 'case' | 'chat' = 'case'): GrantToLoad => ({
  scope,
  generation,
  grant,
  granter: party(granter),
});

describe('case keys in the vault', () => {
  let ada: Person;
  let bob: Person;
  let carol: Person;

  beforeAll(async () => {
    [ada, bob, carol] = await Promise.all([person(ADA), person(BOB), person(CAROL)]);
  }, 60_000);

  it('creates a key as a proposal that seals grants, and seals content only once committed', async () => {
    await ada.vault.createCaseKey(gen(1));
    expect((await ada.vault.heldCaseKeys(CASE)).held).toEqual([]);
    expect((await rejection(ada.vault.sealContent(note('n0'), utf8('too early')))).kind).toBe('no-key');

    const own = await ada.vault.sealGrant(gen(1), party(ada));
    const toBob = await ada.vault.sealGrant(gen(1), { ...party(bob), fingerprint: bob.keys.fingerprint });
    await ada.vault.commitCaseKey(gen(1));
    expect((await ada.vault.heldCaseKeys(CASE)).held).toEqual([{ scope: 'case', generation: 1 }]);

    const { envelope } = await ada.vault.sealContent(note('n1'), utf8('Second opinion requested on MRI'));
    const loaded = await bob.vault.loadCaseKeys(CASE, [grantFrom(ada, 1, toBob.grant)]);
    expect(loaded).toEqual({ held: [{ scope: 'case', generation: 1 }], loaded: [{ scope: 'case', generation: 1 }], failed: [] });
    expect(text((await bob.vault.openContent(note('n1'), envelope)).plaintext)).toBe('Second opinion requested on MRI');

    // Loading again skips what is held; Ada's own grant opens in a fresh vault of hers (another tab, a new unlock).
    expect((await bob.vault.loadCaseKeys(CASE, [grantFrom(ada, 1, toBob.grant)])).loaded).toEqual([]);
    const adaElsewhere = new VaultClient(dedicatedWorkers().connect);
    await adaElsewhere.unlock(PASSPHRASE, stored(ADA, ada.keys, 1));
    await adaElsewhere.loadCaseKeys(CASE, [grantFrom(ada, 1, own.grant)]);
    expect(text((await adaElsewhere.openContent(note('n1'), envelope)).plaintext)).toBe('Second opinion requested on MRI');
    expect((await rejection(ada.vault.createCaseKey(gen(1)))).kind).toBe('failed');
  }, 60_000);

  it('reports each grant that does not open, and why, and opens the others', async () => {
    await ada.vault.createCaseKey(gen(1, 'chat'));
    const toCarol = (await ada.vault.sealGrant(gen(1, 'chat'), party(carol))).grant;
    const toBob = (await ada.vault.sealGrant(gen(1, 'chat'), party(bob))).grant;
    await ada.vault.commitCaseKey(gen(1, 'chat'));
    const fresh = new VaultClient(dedicatedWorkers().connect);
    await fresh.unlock(PASSPHRASE, stored(BOB, bob.keys, 1));

    const result = await fresh.loadCaseKeys(CASE, [
      grantFrom(ada, 1, toCarol, 'chat'), // addressed to Carol
      { ...grantFrom(ada, 1, toBob, 'chat'), granter: party(carol) }, // the server names the wrong granter
      grantFrom(ada, 1, Base64Url.encode(utf8('not a grant')), 'chat'),
      grantFrom(ada, 2, toBob, 'chat'), // listed under another generation than it carries
      grantFrom(ada, 1, toBob, 'chat'),
    ]);
    expect(result.loaded).toEqual([{ scope: 'chat', generation: 1 }]);
    expect(result.failed.map((f) => [f.generation, f.granterId, f.reason])).toEqual([
      [1, ADA, 'cannot-verify'],
      [1, CAROL, 'cannot-verify'],
      [1, ADA, 'invalid-structure'],
      [2, ADA, 'cannot-verify'],
    ]);
    expect(result.failed.every((f) => !f.message.includes(PASSPHRASE))).toBe(true);

    // The same grant presented for another case fails too.
    const moved = await fresh.loadCaseKeys(OTHER_CASE, [grantFrom(ada, 1, toBob, 'chat')]);
    expect(moved.failed.map((f) => f.reason)).toEqual(['cannot-verify']);
  }, 60_000);

  it('says a grant to my former key is stale after I reset my keys', async () => {
    const dave = await person('9e8d7c6b-5a49-4837-a261-0f1e2d3c4b5a');
    const before = (await ada.vault.sealGrant(gen(1), party(dave))).grant;
    await dave.vault.lock();
    const reset = await dave.vault.reset(dave.id, 'A brand new passphrase 77!', { withRecoveryKit: false });
    await dave.vault.commit(2);
    const result = await dave.vault.loadCaseKeys(CASE, [grantFrom(ada, 1, before)]);
    expect(result.failed.map((f) => f.reason)).toEqual(['stale']);

    const after = (await ada.vault.sealGrant(gen(1), { accountId: dave.id, publicKeys: reset.publicKeys })).grant;
    expect((await dave.vault.loadCaseKeys(CASE, [grantFrom(ada, 1, after)])).loaded).toEqual([{ scope: 'case', generation: 1 }]);
  }, 60_000);

  it('rotates: new content uses the newest generation, old content opens with the generation its header names', async () => {
    const { envelope: old } = await ada.vault.sealContent(note('r1'), utf8('before rotation'));
    await ada.vault.createCaseKey(gen(2));
    const toBob2 = (await ada.vault.sealGrant(gen(2), party(bob))).grant;
    await ada.vault.commitCaseKey(gen(2));
    const { envelope: newer } = await ada.vault.sealContent(note('r2'), utf8('after rotation'));
    expect(newer[5]).toBe(2); // u32 generation at bytes 2..6
    const { envelope: pinned } = await ada.vault.sealContent(note('r3'), utf8('explicitly gen 1'), 1);
    expect(pinned[5]).toBe(1);

    // Carol was never granted generation 2: old content yes (once she has gen 1), new content no.
    const toCarol1 = (await ada.vault.sealGrant(gen(1), party(carol))).grant;
    await carol.vault.loadCaseKeys(CASE, [grantFrom(ada, 1, toCarol1)]);
    expect(text((await carol.vault.openContent(note('r1'), old)).plaintext)).toBe('before rotation');
    expect((await rejection(carol.vault.openContent(note('r2'), newer))).kind).toBe('no-key');

    await bob.vault.loadCaseKeys(CASE, [grantFrom(ada, 2, toBob2)]);
    expect((await bob.vault.heldCaseKeys(CASE)).held).toEqual([
      { scope: 'case', generation: 1 },
      { scope: 'case', generation: 2 },
    ]);
    expect(text((await bob.vault.openContent(note('r2'), newer)).plaintext)).toBe('after rotation');
    const moved = await rejection(bob.vault.openContent(note('r1'), newer));
    expect(moved.kind).toBe('cannot-verify');
    expect(moved.message).toContain('cannot be verified');
  }, 60_000);

  it('forgets a discarded proposal, and a grant from whoever won the generation replaces a proposal', async () => {
    await bob.vault.createCaseKey(gen(3));
    await bob.vault.discardCaseKey(gen(3));
    expect((await rejection(bob.vault.commitCaseKey(gen(3)))).kind).toBe('no-key');

    await bob.vault.createCaseKey(gen(3)); // Bob proposes generation 3; Ada's POST wins.
    await ada.vault.createCaseKey(gen(3));
    const toBob = (await ada.vault.sealGrant(gen(3), party(bob))).grant;
    await ada.vault.commitCaseKey(gen(3));
    const { envelope } = await ada.vault.sealContent(note('w1'), utf8('the winner'));
    await bob.vault.loadCaseKeys(CASE, [grantFrom(ada, 3, toBob)]);
    expect(text((await bob.vault.openContent(note('w1'), envelope)).plaintext)).toBe('the winner');
  }, 60_000);

  it('refuses to seal a grant to keys that do not match the fingerprint, or to other keys of mine', async () => {
    const mismatch = await rejection(
      ada.vault.sealGrant(gen(1), { ...party(bob), fingerprint: carol.keys.fingerprint }),
    );
    expect(mismatch.kind).toBe('cannot-verify');
    const notMine = await rejection(ada.vault.sealGrant(gen(1), { accountId: ADA, publicKeys: bob.keys.publicKeys }));
    expect(notMine.kind).toBe('cannot-verify');
    expect((await rejection(ada.vault.sealGrant(gen(9), party(bob)))).kind).toBe('no-key');
  }, 60_000);

  it('drops case keys, held and proposed, when the vault locks, in every tab of a shared vault', async () => {
    const shared = sharedWorker();
    const tab1 = new VaultClient(shared.connect);
    const tab2 = new VaultClient(shared.connect);
    await tab1.unlock(PASSPHRASE, stored(BOB, bob.keys, 1));
    await tab2.refresh();
    const toBob = (await ada.vault.sealGrant(gen(1), party(bob))).grant;
    await tab1.loadCaseKeys(CASE, [grantFrom(ada, 1, toBob)]);
    await tab1.createCaseKey(gen(1, 'chat'));
    expect((await tab2.heldCaseKeys(CASE)).held).toEqual([{ scope: 'case', generation: 1 }]);

    await tab2.lock('manual');
    expect((await rejection(tab1.heldCaseKeys(CASE))).kind).toBe('locked');
    await tab1.unlock(PASSPHRASE, stored(BOB, bob.keys, 1));
    expect((await tab1.heldCaseKeys(CASE)).held).toEqual([]);
    expect((await rejection(tab1.commitCaseKey(gen(1, 'chat')))).kind).toBe('no-key');
  }, 60_000);
});
