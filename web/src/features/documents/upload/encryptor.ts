// The page's side of the chunk-encryption workers: a small pool shared by all uploads, requests matched
// by id. Two workers encrypt two chunks at once (AES-GCM in one worker runs at about 110 MB/s, which would
// otherwise bound an upload on a fast link); each chunk goes to the worker with the fewest waiting.
import type { Bytes } from '../../../crypto/bytes';
import { UserFacingError } from '../../../lib/error-message';
import type { EncryptRequest, EncryptResponse } from './encrypt-protocol';

export type EncryptedChunk = { bytes: Bytes; sha256: Uint8Array };

type Pending = { resolve: (chunk: EncryptedChunk) => void; reject: (error: Error) => void };
type PooledWorker = { worker: Worker; waiting: Map<number, Pending> };

let pool: PooledWorker[] | null = null;
let nextId = 1;

function theWorkers(): PooledWorker[] {
  if (!pool) {
    const size = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
    pool = Array.from({ length: size }, (_, n) => {
      const worker = new Worker(new URL('./encrypt.worker.ts', import.meta.url), { type: 'module', name: `consilium-documents-${n}` });
      const pooled: PooledWorker = { worker, waiting: new Map() };
      worker.onmessage = ({ data }: MessageEvent<EncryptResponse>) => {
        const pending = pooled.waiting.get(data.id);
        pooled.waiting.delete(data.id);
        if (!pending) return;
        if ('error' in data) pending.reject(new Error(data.error));
        else pending.resolve({ bytes: data.bytes, sha256: data.sha256 });
      };
      // A worker that cannot load (a deploy removed the file this page knew) or that crashed answers nothing:
      // without this its chunks would wait for ever, and with them pause and cancel.
      worker.onerror = (event) => {
        event.preventDefault();
        stopPool();
      };
      worker.onmessageerror = () => stopPool();
      return pooled;
    });
  }
  return pool;
}

/**
 * Fails every chunk waiting in any worker and ends the pool; the next upload starts new workers. The document
 * keys went with the workers, so an upload that was under way resumes after a reload, from what the server has.
 */
function stopPool(): void {
  const stopped = pool ?? [];
  pool = null;
  for (const { worker, waiting } of stopped) {
    worker.terminate();
    for (const pending of waiting.values()) {
      pending.reject(new UserFacingError('Encryption stopped in this page. Reload it and choose the file again to resume.'));
    }
    waiting.clear();
  }
}

export type ChunkSource = { file: Blob; caseId: string; versionId: string; header: Bytes; chunkSize: number };

/**
 * Chunk `index` of the encrypted file. `key`, the raw document key, is given with the first chunk of an
 * upload only: every worker gets a copy of it before that chunk (a worker handles its messages in order),
 * so the caller can wipe its own.
 */
export function encryptInWorker(source: ChunkSource, index: number, key: Bytes | null): Promise<EncryptedChunk> {
  const workers = theWorkers();
  if (key) {
    for (const { worker } of workers) {
      worker.postMessage({ type: 'key', caseId: source.caseId, versionId: source.versionId, key } satisfies EncryptRequest);
    }
  }
  const least = workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
  const id = nextId++;
  const { file, versionId, header, chunkSize } = source;
  return new Promise((resolve, reject) => {
    least.waiting.set(id, { resolve, reject });
    least.worker.postMessage({ type: 'encrypt', id, file, versionId, header, index, chunkSize } satisfies EncryptRequest);
  });
}

/** The workers drop the document key of a finished or cancelled upload. */
export function forgetKey(versionId: string): void {
  for (const { worker } of pool ?? []) worker.postMessage({ type: 'forget', versionId } satisfies EncryptRequest);
}
