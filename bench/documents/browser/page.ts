// The bench page: starts bench.ts in a module Worker (as the upload page starts encrypt.worker.ts) and
// forwards its messages to bench/crypto-browser/serve.mjs.
const report = (message: unknown) =>
  fetch('/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(message) });

const worker = new Worker(`bench.js${location.search}`, { type: 'module', name: 'document-encrypt-bench' });
worker.onmessage = (event: MessageEvent) => void report(event.data);
worker.onerror = (event: ErrorEvent) => void report({ type: 'error', text: `worker: ${event.message}` });
void report({ type: 'log', text: `page: crossOriginIsolated ${self.crossOriginIsolated}` });
