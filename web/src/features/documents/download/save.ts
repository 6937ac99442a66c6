// Saving a decrypted stream as a file with flat memory: through the download service worker where the
// browser has one (public/download-sw.js), else the File System Access API, else (small files only)
// a Blob in memory.
import type { Bytes } from '../../../crypto/bytes';
import { UserFacingError } from '../../../lib/error-message';

const WORKER_URL = '/download-sw.js';
const SCOPE = '/downloads/';

let registration: Promise<ServiceWorker | null> | null = null;

function activeWorker(): Promise<ServiceWorker | null> {
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  registration ??= navigator.serviceWorker
    .register(WORKER_URL, { scope: SCOPE })
    .then(async (r) => {
      if (r.active) return r.active;
      const installing = r.installing ?? r.waiting;
      if (!installing) return null;
      return new Promise<ServiceWorker | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 10_000);
        installing.addEventListener('statechange', () => {
          if (installing.state === 'activated') {
            clearTimeout(timer);
            resolve(installing);
          }
        });
      });
    })
    .catch(() => null);
  return registration;
}

/** Registers the download worker early, so the first download does not wait for it. */
export function prepareDownloads(): void {
  void activeWorker();
}

/**
 * Hands the stream to the download worker. False when this browser cannot transfer a stream (Safari): the
 * stream is still ours then, for the next way of saving. Once handed over it is the worker's, so a worker that
 * does not take it up leaves nothing to fall back on: that download has to start again.
 */
async function viaServiceWorker(worker: ServiceWorker, stream: ReadableStream<Bytes>, name: string, size: number): Promise<boolean> {
  const id = crypto.randomUUID();
  const channel = new MessageChannel();
  try {
    worker.postMessage({ id, name, size, stream }, [channel.port2, stream as unknown as Transferable]);
  } catch {
    channel.port1.close();
    return false;
  }
  const answer = await new Promise<string>((resolve) => {
    channel.port1.onmessage = ({ data }) => resolve(String(data));
    setTimeout(() => resolve('timeout'), 5000);
  });
  if (answer !== 'ready') throw new UserFacingError('The download could not start. Try again.');
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = `${SCOPE}${id}`;
  document.body.append(frame);
  setTimeout(() => frame.remove(), 60_000);
  return true;
}

type SavePicker = (options: { suggestedName: string }) => Promise<{ createWritable(): Promise<WritableStream<Bytes>> }>;

/**
 * Starts saving `stream` to a file named `name`. Resolves once the browser has taken the stream over;
 * the stream's own errors (a document that does not verify) make the browser's download fail.
 */
export async function saveStream(stream: ReadableStream<Bytes>, name: string, size: number, inMemoryLimit: number): Promise<void> {
  const worker = await activeWorker();
  if (worker && (await viaServiceWorker(worker, stream, name, size))) return;
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (picker) {
    const handle = await picker({ suggestedName: name });
    await stream.pipeTo(await handle.createWritable());
    return;
  }
  if (size > inMemoryLimit) {
    await stream.cancel();
    throw new UserFacingError('This browser cannot save a file this large as it decrypts. Use a current Chrome, Edge or Firefox.');
  }
  const blob = await new Response(stream).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
