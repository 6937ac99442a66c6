// The bench page: starts bench.ts in a module Worker (as the upload page starts encrypt.worker.ts) and
// forwards its messages to bench/crypto-browser/serve.mjs. Then, before the result goes out, the pool:
// two workers encrypting alternate chunks at once, as encryptor.ts shares an upload between its workers.
const report = (message: unknown) =>
  fetch('/report', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(message) });

const POOL = 2;
const settings = new URLSearchParams(location.search);
const sizeBytes = Number(settings.get('sizeMib') ?? 256) * 1024 * 1024;
const rounds = Number(settings.get('rounds') ?? 3);

/** ROUNDS passes over the Blob by POOL workers at once, each every POOL-th chunk: MB/s of plaintext. */
async function pool(): Promise<{ workers: number; seconds: number; MBps: number }> {
  const members = Array.from({ length: POOL }, (_, part) =>
    new Worker(`bench.js${location.search}&part=${part}&parts=${POOL}`, { type: 'module', name: `document-encrypt-pool-${part}` }));
  const when = (type: string) =>
    Promise.all(members.map((member) => new Promise<void>((resolve, reject) => {
      member.addEventListener('message', (event: MessageEvent) => {
        if (event.data.type === type) resolve();
        else if (event.data.type === 'error') reject(new Error(event.data.text));
      });
      member.onerror = (event: ErrorEvent) => reject(new Error(`pool worker: ${event.message}`));
    })));
  await when('ready');
  const started = performance.now();
  const done = when('done');
  members.forEach((member) => member.postMessage('go'));
  await done;
  const seconds = (performance.now() - started) / 1000;
  members.forEach((member) => member.terminate());
  return { workers: POOL, seconds, MBps: (rounds * sizeBytes) / 1e6 / seconds };
}

const worker = new Worker(`bench.js${location.search}`, { type: 'module', name: 'document-encrypt-bench' });
worker.onmessage = async (event: MessageEvent) => {
  if (event.data.type !== 'result') return void report(event.data);
  worker.terminate();
  try {
    const measured = await pool();
    void report({ type: 'log', text: `pool of ${measured.workers} workers: ${measured.MBps.toFixed(0)} MB/s over ${rounds} passes` });
    void report({ ...event.data, pool: measured });
  } catch (error) {
    void report({ type: 'error', text: error instanceof Error ? error.message : String(error) });
  }
};
worker.onerror = (event: ErrorEvent) => void report({ type: 'error', text: `worker: ${event.message}` });
void report({ type: 'log', text: `page: crossOriginIsolated ${self.crossOriginIsolated}` });
