import { describe, expect, it } from 'vitest';
import { utf8 } from '../crypto/bytes';
import { VaultClient } from './client';
import { VaultError } from './errors';
import type { Stage } from './protocol';
import { dedicatedWorkers, sharedWorker, stored } from './testing';

const ADA = '3f0c9a52-9d3e-4c41-9b7c-0a1e5f2d8c11';
const BOB = 'a7b1d0e4-2f6c-4e8a-8d35-61c2f7e90b4d';
const PASSPHRASE = 'Correct horse battery staple 42!';
const NEW_PASSPHRASE = 'Quiet lighthouse keeps 7 gulls?';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as VaultError,
  );

describe('vault protocol, worker logic as a plain module', () => {
  it('sets up, commits, locks, unlocks, changes the passphrase, and never answers with key objects', async () => {
    const client = new VaultClient(dedicatedWorkers().connect);
    const stages: Stage[] = [];

    const made = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: true }, (stage) => stages.push(stage));
    expect(stages).toEqual(['derive', 'generate', 'protect']);
    expect(made.fingerprint).toMatch(/^[0-9A-F]{64}$/);
    expect(made.recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(made.recoveryWrap).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.stringify(made)).not.toContain(PASSPHRASE);
    expect(client.status).toMatchObject({ unlocked: false, pending: true });

    await client.commit(1);
    expect(client.status).toMatchObject({ unlocked: true, version: 1, accountId: ADA, fingerprint: made.fingerprint });

    await client.lock('manual');
    expect(client.status).toMatchObject({ unlocked: false, reason: 'manual' });

    const keys = stored(ADA, made, 1);
    const wrong = await rejection(client.unlock('Not my passphrase at all 1!', keys));
    expect(wrong).toBeInstanceOf(VaultError);
    expect(wrong.kind).toBe('cannot-verify');
    expect(client.isUnlocked).toBe(false);

    expect(await client.unlock(PASSPHRASE, keys)).toEqual({});
    expect(client.status).toMatchObject({ unlocked: true, version: 1 });

    const { passphraseWrap } = await client.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, keys);
    expect(passphraseWrap).not.toBe(made.passphraseWrap);
    await client.commit(2);
    expect(client.status.version).toBe(2);

    const changed = { ...keys, passphraseWrap, version: 2 };
    await client.lock();
    expect((await rejection(client.unlock(PASSPHRASE, changed))).kind).toBe('cannot-verify');
    await client.unlock(NEW_PASSPHRASE, changed);
    expect(client.status).toMatchObject({ unlocked: true, fingerprint: made.fingerprint });
  }, 60_000);

  it('recovers with the kit: a new passphrase, the same keys', async () => {
    const client = new VaultClient(dedicatedWorkers().connect);
    const made = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: true });
    await client.discard();
    expect(client.status.pending).toBe(false);
    const keys = stored(ADA, made, 1, made.recoveryWrap!);

    const typo = await rejection(client.recover(made.recoveryCode!.replace(/^./, (c) => (c === '0' ? '1' : '0')), NEW_PASSPHRASE, keys));
    expect(typo.kind).toBe('invalid-structure');

    const { passphraseWrap } = await client.recover(made.recoveryCode!.toLowerCase(), NEW_PASSPHRASE, keys);
    expect(client.status).toMatchObject({ unlocked: false, pending: true });
    await client.commit(2);
    expect(client.status).toMatchObject({ unlocked: true, version: 2, fingerprint: made.fingerprint });

    await client.lock();
    await client.unlock(NEW_PASSPHRASE, { ...keys, passphraseWrap, version: 2 });
    expect(client.isUnlocked).toBe(true);
  }, 60_000);

  it('makes a new recovery kit for the unlocked key, asking for the passphrase', async () => {
    const client = new VaultClient(dedicatedWorkers().connect);
    const made = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    expect(made.recoveryCode).toBeUndefined();
    expect(made.recoveryWrap).toBeUndefined();
    await client.commit(1);
    const keys = stored(ADA, made, 1);

    expect((await rejection(client.newRecoveryKit('Some other passphrase 9!', keys))).kind).toBe('cannot-verify');
    const kit = await client.newRecoveryKit(PASSPHRASE, keys);
    await client.commit(2);

    await client.lock();
    await client.recover(kit.recoveryCode, NEW_PASSPHRASE, { ...keys, recoveryWrap: kit.recoveryWrap });
    await client.commit(3);
    expect(client.status).toMatchObject({ unlocked: true, fingerprint: made.fingerprint });
  }, 60_000);

  it('resets to a new key pair', async () => {
    const client = new VaultClient(dedicatedWorkers().connect);
    const first = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    await client.commit(1);
    await client.lock();
    const second = await client.reset(ADA, NEW_PASSPHRASE, { withRecoveryKit: true });
    await client.commit(2);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    expect(client.status).toMatchObject({ unlocked: true, fingerprint: second.fingerprint });
  }, 60_000);

  it('refuses key operations while locked and refuses keys whose fingerprint the server misstates', async () => {
    const client = new VaultClient(dedicatedWorkers().connect);
    const made = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    await client.discard();
    const keys = stored(ADA, made, 1);
    expect((await rejection(client.changePassphrase(PASSPHRASE, NEW_PASSPHRASE, keys))).kind).toBe('locked');
    expect((await rejection(client.createCaseKey({ caseId: 'c1', scope: 'case', generation: 1 }))).kind).toBe('locked');
    const misstated = { ...keys, fingerprint: '0'.repeat(64) };
    expect((await rejection(client.unlock(PASSPHRASE, misstated))).kind).toBe('cannot-verify');
    expect((await rejection(client.commit(1))).kind).toBe('locked');
  }, 60_000);

  it('does not install keys from an unlock that a lock overtook', async () => {
    const client = new VaultClient(dedicatedWorkers().connect);
    const shared = sharedWorker();
    const tab = new VaultClient(shared.connect);
    const made = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    const unlocking = rejection(tab.unlock(PASSPHRASE, stored(ADA, made, 1)));
    await tab.lock('idle');
    expect((await unlocking).kind).toBe('locked');
    expect(tab.status).toMatchObject({ unlocked: false, reason: 'idle' });
    expect(shared.core.status().unlocked).toBe(false);
  }, 60_000);

  it('seals and opens content with case keys held in the vault, shared by a signed grant', async () => {
    const ada = new VaultClient(dedicatedWorkers().connect);
    const bob = new VaultClient(dedicatedWorkers().connect);
    const adaKeys = await ada.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    const bobKeys = await bob.setUp(BOB, NEW_PASSPHRASE, { withRecoveryKit: false });
    await ada.commit(1);
    await bob.commit(1);

    const ref = { caseId: 'case-1', scope: 'case' as const, generation: 1 };
    const note = { caseId: 'case-1', scope: 'case' as const, kind: 'note', objectId: 'note-1' };
    await ada.createCaseKey(ref);
    await ada.commitCaseKey(ref);
    const { envelope } = await ada.sealContent(note, utf8('Patient history: confidential'));
    const { grant } = await ada.sealGrant(ref, { accountId: BOB, publicKeys: bobKeys.publicKeys });
    await bob.openGrant(ref, grant, { accountId: ADA, publicKeys: adaKeys.publicKeys });

    const { plaintext } = await bob.openContent(note, envelope);
    expect(new TextDecoder().decode(plaintext)).toBe('Patient history: confidential');
    const moved = await rejection(bob.openContent({ ...note, objectId: 'note-2' }, envelope));
    expect(moved.kind).toBe('cannot-verify');
    expect(moved.message).toContain('cannot be verified');
    const stranger = await rejection(ada.openGrant(ref, grant, { accountId: ADA, publicKeys: adaKeys.publicKeys }));
    expect(stranger.kind).toBe('cannot-verify');

    await bob.lock();
    await bob.refresh();
    expect((await rejection(bob.openContent(note, envelope))).kind).toBe('locked');
  }, 60_000);
});

describe('vault throttling of wrong guesses', () => {
  it('lets five wrong recovery codes through, then makes the next wait 30 s, then 60 s', async () => {
    let now = 1_000_000;
    const client = new VaultClient(dedicatedWorkers(() => now).connect);
    const made = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: true });
    const other = await client.setUp(ADA, PASSPHRASE, { withRecoveryKit: true });
    await client.discard();
    // The second kit's code is well-formed but does not open the first kit's wrap.
    const keys = stored(ADA, made, 1, made.recoveryWrap!);
    const wrongCode = other.recoveryCode!;

    for (let i = 1; i <= 4; i++) {
      const error = await rejection(client.recover(wrongCode, NEW_PASSPHRASE, keys));
      expect(error.kind).toBe('cannot-verify');
      expect(error.retryAfterMs).toBeUndefined();
    }
    const fifth = await rejection(client.recover(wrongCode, NEW_PASSPHRASE, keys));
    expect(fifth).toMatchObject({ kind: 'cannot-verify', retryAfterMs: 30_000 });

    now += 10_000;
    const blocked = await rejection(client.recover(made.recoveryCode!, NEW_PASSPHRASE, keys));
    expect(blocked).toMatchObject({ kind: 'throttled', retryAfterMs: 20_000 });
    expect(blocked.message).toBe('Too many wrong attempts. Try again in 20 seconds.');

    now += 20_000;
    expect(await rejection(client.recover(wrongCode, NEW_PASSPHRASE, keys))).toMatchObject({ retryAfterMs: 60_000 });
    now += 60_000;
    await client.recover(made.recoveryCode!, NEW_PASSPHRASE, keys);
    now += 0;
    expect((await rejection(client.recover(wrongCode, NEW_PASSPHRASE, keys))).retryAfterMs).toBeUndefined();
  }, 60_000);
});
