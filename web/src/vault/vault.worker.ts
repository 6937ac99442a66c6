// The vault's own thread: a SharedWorker (one vault for every tab of the origin) or, where the
// browser has none, a dedicated Worker per tab. See docs/decisions/0008-vault-tabs.md.
import { VaultCore } from './core';
import type { VaultStatus } from './protocol';
import { serve, sharedVault, type Endpoint, type SharedPort } from './serve';

type SharedScope = { onconnect: ((event: MessageEvent) => void) | null };

const scope = globalThis as unknown as Endpoint & Partial<SharedScope>;

if ('onconnect' in scope) {
  const vault = sharedVault();
  scope.onconnect = (event: MessageEvent) => vault.connect(event.ports[0] as unknown as SharedPort);
} else {
  const core = new VaultCore((status: VaultStatus) => scope.postMessage({ event: 'state', status }));
  serve(scope, core);
}
