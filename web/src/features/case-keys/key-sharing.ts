// The app's one key-sharing engine and fingerprint pins, wired to the real API, vault and storage.
import { useSyncExternalStore } from 'react';
import { vault } from '../../vault';
import { caseKeysApi } from './api/case-keys';
import { PINS_PREFIX, PinStore, type Pins } from './pins';
import { CaseKeySync } from './sync';

let engine: CaseKeySync | null = null;
const stores = new Map<string, PinStore>();

/** This tab's key sharing; calls for one case are serialised across tabs with Web Locks. */
export function caseKeySync(): CaseKeySync {
  engine ??= new CaseKeySync({
    api: caseKeysApi,
    vault: vault(),
    fingerprints: { observe: (me, accountId, fingerprint) => pinStore(me).observe(accountId, fingerprint) },
  });
  return engine;
}

/** The fingerprints this browser remembers for the co-members of the person signed in as `me`. */
export function pinStore(me: string): PinStore {
  let store = stores.get(me);
  if (!store) {
    store = new PinStore(localStore(), me);
    stores.set(me, store);
  }
  return store;
}

export function usePins(me: string): Pins {
  const store = pinStore(me);
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.pins,
  );
}

if (typeof window !== 'undefined') {
  // Another tab pinned or verified a fingerprint.
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith(PINS_PREFIX)) stores.get(event.key.slice(PINS_PREFIX.length))?.notify();
  });
}

function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A non-secret test knob (sessionStorage, per tab): seconds between background key-sharing rounds
 * (30 by default), so browser tests need not wait half a minute for a re-grant.
 */
export const SHARING_KNOB = 'consilium.keySharingSeconds';
const DEFAULT_SECONDS = 30;

export function sharingIntervalMs(): number {
  try {
    const seconds = Number(window.sessionStorage.getItem(SHARING_KNOB));
    return Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : DEFAULT_SECONDS * 1000;
  } catch {
    return DEFAULT_SECONDS * 1000;
  }
}
