// The vault as the app uses it: one client per tab, talking to the vault worker. Features import
// from here; the worker's logic (core.ts) and the message format (protocol.ts) stay inside.
import { useSyncExternalStore } from 'react';
import { CHANNEL_NAME, VaultClient, type Channel, type Transport, type TransportHandlers } from './client';
import { IdleWatcher, idleTimeoutMs } from './idle';
import type { LockReason, VaultStatus, WorkerMessage } from './protocol';

export { VaultError } from './errors';
export { IDLE_KNOB, idleTimeoutMs } from './idle';
export { describeWait } from './throttle';
export type {
  CaseKeyRef,
  ContentRef,
  GrantFailure,
  GrantToLoad,
  HeldKey,
  KeyScope,
  LoadedCaseKeys,
  LockReason,
  NewKeys,
  Recipient,
  Stage,
  StoredKeys,
  VaultStatus,
} from './protocol';
export type { VaultClient } from './client';

/**
 * A non-secret test knob (sessionStorage, per tab): "dedicated" runs this tab's vault in its own
 * Worker even where SharedWorker exists, to exercise the fallback.
 */
export const WORKER_KNOB = 'consilium.vaultWorker';

let client: VaultClient | null = null;

/** This tab's vault client, created on first use. */
export function vault(): VaultClient {
  client ??= new VaultClient(connectWorker, openChannel());
  return client;
}

/** Locks this tab's vault and tells the other tabs; safe anywhere, also where no Worker exists. */
export function lockVault(reason: LockReason): Promise<void> {
  return vault().lock(reason);
}

export function useVaultStatus(): VaultStatus {
  const instance = vault();
  return useSyncExternalStore(
    (listener) => instance.subscribe(listener),
    () => instance.status,
  );
}

/** True where tabs share one vault (SharedWorker): a new tab should ask whether it is unlocked already. */
export function isVaultShared(): boolean {
  return typeof SharedWorker !== 'undefined' && readKnob() !== 'dedicated';
}

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the vault after the idle timeout (15 minutes, or sessionStorage "consilium.vaultIdleSeconds")
 * without pointer or keyboard activity in any tab. Returns the function that stops watching.
 */
export function watchIdle(): () => void {
  const timeout = idleTimeoutMs(storage());
  const watcher = new IdleWatcher(timeout, () => vault().isUnlocked && void lockVault('idle'), openChannel());
  const onActivity = () => watcher.activity();
  const options = { capture: true, passive: true };
  ACTIVITY_EVENTS.forEach((type) => window.addEventListener(type, onActivity, options));
  watcher.start();
  return () => {
    ACTIVITY_EVENTS.forEach((type) => window.removeEventListener(type, onActivity, options));
    watcher.stop();
  };
}

function connectWorker(handlers: TransportHandlers): Transport | null {
  const dedicatedOnly = readKnob() === 'dedicated';
  if (typeof SharedWorker !== 'undefined' && !dedicatedOnly) {
    const worker = new SharedWorker(new URL('./vault.worker.ts', import.meta.url), {
      type: 'module',
      name: 'consilium-vault',
    });
    const port = worker.port;
    port.onmessage = (event) => handlers.message(event.data as WorkerMessage);
    worker.onerror = () => handlers.error();
    const goodbye = () => port.postMessage({ bye: true });
    const onPageHide = (event: PageTransitionEvent) => !event.persisted && goodbye();
    window.addEventListener('pagehide', onPageHide);
    return {
      shared: true,
      post: (message) => port.postMessage(message),
      close: () => {
        window.removeEventListener('pagehide', onPageHide);
        goodbye();
        port.close();
      },
    };
  }
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./vault.worker.ts', import.meta.url), { type: 'module', name: 'consilium-vault' });
    worker.onmessage = (event) => handlers.message(event.data as WorkerMessage);
    worker.onerror = () => handlers.error();
    return { shared: false, post: (message) => worker.postMessage(message), close: () => worker.terminate() };
  }
  return null;
}

function openChannel(): Channel | null {
  if (typeof BroadcastChannel === 'undefined' || typeof window === 'undefined') return null;
  return new BroadcastChannel(CHANNEL_NAME);
}

function readKnob(): string | null {
  return storage()?.getItem(WORKER_KNOB) ?? null;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}
