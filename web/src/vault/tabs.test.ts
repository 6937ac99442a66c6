import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAME, VaultClient, type Channel, type Transport, type TransportHandlers } from './client';
import { IdleWatcher, idleTimeoutMs, IDLE_KNOB } from './idle';
import { dedicatedWorkers, sharedWorker, stored, tick } from './testing';
import { Throttle, describeWait } from './throttle';

const ADA = '3f0c9a52-9d3e-4c41-9b7c-0a1e5f2d8c11';
const PASSPHRASE = 'Correct horse battery staple 42!';

// Node 20's BroadcastChannel, as each tab would open it.
const opened: BroadcastChannel[] = [];
function channel(): Channel {
  const bc = new BroadcastChannel(CHANNEL_NAME);
  opened.push(bc);
  return bc as unknown as Channel;
}
afterEach(() => opened.splice(0).forEach((bc) => bc.close()));

describe('lock propagation between tabs (BroadcastChannel "consilium-vault")', () => {
  it('with a vault per tab: a lock in one tab terminates every tab’s worker; unlocking stays per tab', async () => {
    const workers = dedicatedWorkers();
    const tab1 = new VaultClient(workers.connect, channel());
    const tab2 = new VaultClient(workers.connect, channel());
    const made = await tab1.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    await tab1.commit(1);
    await tab2.unlock(PASSPHRASE, stored(ADA, made, 1));
    expect([tab1.isUnlocked, tab2.isUnlocked]).toEqual([true, true]);

    await tab1.lock('manual');
    await tick();
    expect(tab2.status).toMatchObject({ unlocked: false, reason: 'manual' });
    // Each tab's worker was dropped: the next call starts a fresh one, with no keys.
    expect((await tab2.refresh()).unlocked).toBe(false);
    expect(workers.terminated).toEqual([true, true, false]);

    await tab1.unlock(PASSPHRASE, stored(ADA, made, 1));
    await tick();
    expect([tab1.isUnlocked, tab2.isUnlocked]).toEqual([true, false]);
  }, 30_000);

  it('with a vault per tab: tabs holding another key version lock when one tab changed the keys', async () => {
    const workers = dedicatedWorkers();
    const tab1 = new VaultClient(workers.connect, channel());
    const tab2 = new VaultClient(workers.connect, channel());
    const tab3 = new VaultClient(workers.connect, channel());
    const made = await tab1.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    await tab1.commit(1);
    await tab2.unlock(PASSPHRASE, stored(ADA, made, 1));
    await tab3.unlock(PASSPHRASE, stored(ADA, made, 2));

    await tab1.commit(2); // as after PUT /api/me/keys/passphrase
    tab1.announceKeysChanged(2);
    await tick();
    expect(tab1.isUnlocked).toBe(true);
    expect(tab2.status).toMatchObject({ unlocked: false, reason: 'keys-changed' });
    expect(tab3.isUnlocked).toBe(true);
  }, 30_000);

  it('with a shared vault: unlocking in one tab unlocks all, locking in one locks all', async () => {
    const worker = sharedWorker();
    const tab1 = new VaultClient(worker.connect, channel());
    const tab2 = new VaultClient(worker.connect, channel());
    await tab2.refresh();
    const made = await tab1.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    await tab1.commit(1);
    await tick();
    expect(tab2.status).toMatchObject({ unlocked: true, version: 1, fingerprint: made.fingerprint });

    await tab2.lock('idle');
    await tick();
    expect(tab1.status).toMatchObject({ unlocked: false, reason: 'idle' });
    expect(worker.core.status().unlocked).toBe(false);

    // A tab that never talked to the vault still hears the lock.
    const tab3 = new VaultClient(worker.connect, channel());
    await tab1.unlock(PASSPHRASE, stored(ADA, made, 1));
    await tab3.refresh();
    expect(tab3.isUnlocked).toBe(true);
    await tab3.lock('signed-out');
    await tick();
    expect([tab1.status.reason, tab2.status.reason]).toEqual(['signed-out', 'signed-out']);

    // A keys-changed notice does not lock a shared vault: its tabs already share the new state.
    await tab1.unlock(PASSPHRASE, stored(ADA, made, 1));
    tab1.announceKeysChanged(7);
    await tick();
    expect(tab2.isUnlocked).toBe(true);
  }, 30_000);
});

describe('shared vault lifetime', () => {
  it('locks as soon as the last tab leaves (closed or reloaded), not while another tab stays', async () => {
    const worker = sharedWorker();
    const transports: Transport[] = [];
    const connect = (handlers: TransportHandlers) => {
      const transport = worker.connect(handlers);
      transports.push(transport);
      return transport;
    };
    const tab1 = new VaultClient(connect);
    const tab2 = new VaultClient(connect);
    await tab1.setUp(ADA, PASSPHRASE, { withRecoveryKit: false });
    await tab1.commit(1);
    await tab2.refresh();

    transports[0].close();
    await tick();
    expect(worker.core.status().unlocked).toBe(true);
    transports[1].close();
    await tick();
    expect(worker.core.status()).toMatchObject({ unlocked: false, reason: 'closed' });
  }, 30_000);
});

describe('idle lock', () => {
  function fakeClock() {
    let now = 0;
    const timers = new Map<number, { at: number; run: () => void }>();
    let nextHandle = 1;
    return {
      now: () => now,
      setTimeout: (run: () => void, ms: number) => {
        timers.set(nextHandle, { at: now + ms, run });
        return nextHandle++;
      },
      clearTimeout: (handle: unknown) => void timers.delete(handle as number),
      advance(ms: number) {
        const until = now + ms;
        for (;;) {
          const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
          if (!due) break;
          timers.delete(due[0]);
          now = due[1].at;
          due[1].run();
        }
        now = until;
      },
    };
  }

  it('fires after the timeout without activity, and not while someone uses any tab', async () => {
    const clock = fakeClock();
    let idle1 = 0;
    let idle2 = 0;
    const tab1 = new IdleWatcher(60_000, () => idle1++, channel(), clock);
    const tab2 = new IdleWatcher(60_000, () => idle2++, channel(), clock);
    tab1.start();
    tab2.start();

    clock.advance(50_000);
    tab2.activity(); // someone types in tab 2; tab 1 hears of it
    await tick();
    clock.advance(50_000);
    expect([idle1, idle2]).toEqual([0, 0]);

    clock.advance(10_001);
    expect([idle1, idle2]).toEqual([1, 1]);
    tab1.stop();
    tab2.stop();
  });

  it('reads the test knob from sessionStorage, in seconds, and defaults to 15 minutes', () => {
    const storage = (value: string | null) => ({ getItem: (key: string) => (key === IDLE_KNOB ? value : null) });
    expect(IDLE_KNOB).toBe('consilium.vaultIdleSeconds');
    expect(idleTimeoutMs(storage('5'))).toBe(5_000);
    expect(idleTimeoutMs(storage(null))).toBe(15 * 60_000);
    expect(idleTimeoutMs(storage('soon'))).toBe(15 * 60_000);
    expect(idleTimeoutMs(storage('-3'))).toBe(15 * 60_000);
    expect(idleTimeoutMs(null)).toBe(15 * 60_000);
  });
});

describe('throttle', () => {
  it('is free for four failures, then waits 30 s, 60 s, 120 s …, at most 15 minutes', () => {
    expect([1, 2, 3, 4].map(Throttle.delayAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(Throttle.delayAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Throttle.delayAfter(40)).toBe(15 * 60_000);
  });

  it('counts down with the clock and resets on success', () => {
    let now = 0;
    const throttle = new Throttle(() => now);
    for (let i = 0; i < 4; i++) expect(throttle.failure()).toBe(0);
    expect(throttle.remainingMs()).toBe(0);
    expect(throttle.failure()).toBe(30_000);
    now = 29_000;
    expect(throttle.remainingMs()).toBe(1_000);
    now = 30_000;
    expect(throttle.remainingMs()).toBe(0);
    throttle.success();
    expect(throttle.failure()).toBe(0);
  });

  it('says how long in words', () => {
    expect(describeWait(30_000)).toBe('30 seconds');
    expect(describeWait(1_000)).toBe('1 second');
    expect(describeWait(60_000)).toBe('1 minute');
    expect(describeWait(150_000)).toBe('2 minutes 30 seconds');
    expect(describeWait(1)).toBe('1 second');
  });
});
