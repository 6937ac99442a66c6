// The page's side of the chunk-encryption worker: one worker for all uploads, requests matched by id.
import type { Bytes } from '../../../crypto/bytes';
import type { EncryptRequest, EncryptResponse } from './encrypt-protocol';

export type EncryptedChunk = { bytes: Bytes; sha256: Uint8Array };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (chunk: EncryptedChunk) => void; reject: (error: Error) => void }>();

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./encrypt.worker.ts', import.meta.url), { type: 'module', name: 'consilium-documents' });
    worker.onmessage = ({ data }: MessageEvent<EncryptResponse>) => {
      const pending = waiting.get(data.id);
      waiting.delete(data.id);
      if (!pending) return;
      if ('error' in data) pending.reject(new Error(data.error));
      else pending.resolve({ bytes: data.bytes, sha256: data.sha256 });
    };
  }
  return worker;
}

export type ChunkSource = { file: Blob; caseId: string; versionId: string; header: Bytes; chunkSize: number };

/** Chunk `index` of the encrypted file; `key` (the raw document key) only until the worker has it. */
export function encryptInWorker(source: ChunkSource, index: number, key: Bytes | null): Promise<EncryptedChunk> {
  const id = nextId++;
  const request: EncryptRequest = { type: 'encrypt', id, ...source, key, index };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    theWorker().postMessage(request);
  });
}

/** The worker drops the document key of a finished or cancelled upload. */
export function forgetKey(versionId: string): void {
  worker?.postMessage({ type: 'forget', versionId } satisfies EncryptRequest);
}
