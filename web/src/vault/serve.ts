import { VaultCore } from './core';
import { toWire } from './errors';
import type { Op, Request, VaultStatus, WorkerMessage } from './protocol';

/** The side of a MessagePort, a dedicated worker's global scope or a Worker that receives. */
export interface Endpoint {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** A tab says goodbye (pagehide) so a shared vault stops writing to it. */
export type Goodbye = { bye: true };

/**
 * Answers requests arriving at one endpoint: `{id, op, args}` in, progress events and one reply
 * (`{id, ok, result | error}`) out. Errors cross as kind and message only.
 */
export function serve(endpoint: Endpoint, core: VaultCore, onGoodbye: () => void = () => {}): void {
  endpoint.onmessage = (event: MessageEvent) => {
    const message = event.data as Request | Goodbye;
    if ('bye' in message) return onGoodbye();
    const { id, op, args } = message;
    core
      .handle(op as Op, args as never, (stage) => endpoint.postMessage({ id, progress: stage }))
      .then(
        (result) => endpoint.postMessage({ id, ok: true, result }),
        (error: unknown) => endpoint.postMessage({ id, ok: false, error: toWire(error) }),
      );
  };
}

/** A port of a SharedWorker connection. */
export interface SharedPort extends Endpoint {
  close(): void;
}

/**
 * One vault for every tab of the origin: each connecting tab's port is served by the same core,
 * and every port hears of each state change. When the last connected tab says goodbye (pagehide),
 * the vault locks at once; a goodbye posted while a page unloads may be lost, and then the browser
 * ending the worker with its last page is what drops the keys.
 */
export function sharedVault(now?: () => number) {
  const ports = new Set<SharedPort>();
  const core = new VaultCore((status: VaultStatus) => {
    for (const port of ports) port.postMessage({ event: 'state', status });
  }, now);
  return {
    core,
    connect(port: SharedPort): void {
      ports.add(port);
      serve(port, core, () => {
        ports.delete(port);
        port.close();
        if (ports.size === 0) void core.handle('lock', { reason: 'closed' });
      });
    },
  };
}
