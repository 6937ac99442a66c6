// Test support (not a test itself): vault workers as plain modules behind a MessageChannel,
// which clones messages the way a Worker's postMessage does.
import type { Transport, TransportHandlers } from './client';
import { VaultCore } from './core';
import type { StoredKeys, VaultStatus, WorkerMessage } from './protocol';
import { serve, sharedVault, type Endpoint, type SharedPort } from './serve';

/** Like `new Worker(...)` per connection: each connection gets its own core, dropped on close. */
export function dedicatedWorkers(now?: () => number) {
  const cores: VaultCore[] = [];
  /** Per connection: whether the client terminated it (a real worker's memory would be gone). */
  const terminated: boolean[] = [];
  const connect = (handlers: TransportHandlers): Transport => {
    const post = (status: VaultStatus) => port2.postMessage({ event: 'state', status });
    const core = new VaultCore(post, now);
    const index = cores.push(core) - 1;
    terminated[index] = false;
    const { port1, port2 } = new MessageChannel();
    serve(port2 as unknown as Endpoint, core);
    port1.onmessage = (event) => handlers.message(event.data as WorkerMessage);
    unref(port1, port2);
    let closed = false;
    return {
      shared: false,
      post: (message) => !closed && port1.postMessage(message),
      close: () => {
        closed = true;
        terminated[index] = true;
        port1.close();
      },
    };
  };
  return { connect, cores, terminated };
}

/** Like `new SharedWorker(...)`: every connection talks to one core, which tells all of them its state. */
export function sharedWorker(now?: () => number) {
  const vault = sharedVault(now);
  const connect = (handlers: TransportHandlers): Transport => {
    const { port1, port2 } = new MessageChannel();
    vault.connect(port2 as unknown as SharedPort);
    port1.onmessage = (event) => handlers.message(event.data as WorkerMessage);
    unref(port1, port2);
    return {
      shared: true,
      post: (message) => port1.postMessage(message),
      close: () => {
        port1.postMessage({ bye: true });
        port1.close();
      },
    };
  };
  return { connect, core: vault.core };
}

/** What GET /api/me/keys would answer after PUT /api/me/keys with these values. */
export function stored(
  accountId: string,
  made: { publicKeys: string; privateKeys: string; passphraseWrap: string; fingerprint: string },
  version = 0,
  recoveryWrap: string | null = null,
): StoredKeys {
  return {
    accountId,
    publicKeys: made.publicKeys,
    fingerprint: made.fingerprint,
    privateKeys: made.privateKeys,
    passphraseWrap: made.passphraseWrap,
    recoveryWrap,
    version,
  };
}

/** Node's ports keep the process alive unless told otherwise; browsers have no such method. */
function unref(...ports: MessagePort[]) {
  for (const port of ports) (port as MessagePort & { unref?: () => void }).unref?.();
}

export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
