// In-browser document encryption throughput (see ../README.md): the exact path of the upload worker
// (web/src/features/documents/upload/encrypt.worker.ts) over a random Blob of SIZE_MIB (default 256 MiB):
// for every 8 MiB chunk, encryptChunk (file.slice + arrayBuffer per 1 MiB segment, DocumentEncryptor.resume,
// AES-GCM per segment) and then the chunk's SHA-256 (crypto.subtle.digest), one chunk after the other, in a
// dedicated module Worker. Posts { type: 'log' | 'result' | 'error' } to the page.
import type { Bytes } from '../../../web/src/crypto/bytes';
import { DocumentKey } from '../../../web/src/crypto/documentKey';
import { ciphertextSize, encryptChunk, newHeader } from '../../../web/src/features/documents/upload/chunks';

const settings = new URL(self.location.href).searchParams;
const SIZE = Number(settings.get('sizeMib') ?? 256) * 1024 * 1024;
const ROUNDS = Number(settings.get('rounds') ?? 3);
const CHUNK = 8 * 1024 * 1024; // GET /api/documents/limits: chunkSize
/** Pool mode (page.ts starts `parts` workers): this worker encrypts every `parts`-th chunk from `part` on. */
const PART = Number(settings.get('part') ?? 0);
const PARTS = Number(settings.get('parts') ?? 1);

function post(message: unknown): void {
  (self as unknown as { postMessage(message: unknown): void }).postMessage(message);
}
const log = (text: string) => post({ type: 'log', text });
const now = () => performance.now();

/** A random Blob of `size` bytes, made of 16 MiB parts, as a File the page would hand to the worker. */
function randomBlob(size: number): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let done = 0; done < size; ) {
    const part = new Uint8Array(Math.min(16 << 20, size - done));
    for (let i = 0; i < part.length; i += 65536) crypto.getRandomValues(part.subarray(i, Math.min(i + 65536, part.length)));
    parts.push(part);
    done += part.length;
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

/** Every chunk of the document, in order; returns ms spent in encryptChunk and in the digests. */
async function pass(file: Blob, key: DocumentKey, header: Bytes, chunks: number, digest: boolean, part = 0, parts = 1) {
  let encrypting = 0;
  let hashing = 0;
  let bytes = 0;
  for (let index = part; index < chunks; index += parts) {
    const t0 = now();
    const chunk = await encryptChunk(file, key, header, index, CHUNK);
    const t1 = now();
    if (digest) await crypto.subtle.digest('SHA-256', chunk);
    hashing += now() - t1;
    encrypting += t1 - t0;
    bytes += chunk.length;
  }
  return { encrypting, hashing, total: encrypting + hashing, bytes };
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

async function main() {
  log(`${navigator.userAgent}; ${navigator.hardwareConcurrency} cores; crossOriginIsolated ${self.crossOriginIsolated}`);
  const t0 = now();
  const file = randomBlob(SIZE);
  log(`random Blob of ${SIZE} bytes made in ${(now() - t0).toFixed(0)} ms`);
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const key = await DocumentKey.fromRaw(crypto.randomUUID(), crypto.randomUUID(), raw);
  const header = newHeader();
  const size = ciphertextSize(file.size);
  const chunks = Math.ceil(size / CHUNK);
  // Warm-up, not timed: the first 4 chunks (JIT, WebCrypto's thread).
  await pass(file.slice(0, 4 * CHUNK - 4096), key, header, 4, true);
  const withDigest: number[] = [];
  const encryptOnly: number[] = [];
  const digestOnly: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = await pass(file, key, header, chunks, true);
    if (r.bytes !== size) throw new Error(`made ${r.bytes} bytes, expected ${size}`);
    withDigest.push(r.total);
    encryptOnly.push(r.encrypting);
    digestOnly.push(r.hashing);
    log(`round ${round + 1}: ${chunks} chunks, encryptChunk ${r.encrypting.toFixed(0)} ms + SHA-256 ${r.hashing.toFixed(0)} ms = ` +
      `${(file.size / 1e3 / r.total).toFixed(0)} MB/s of plaintext (encryptChunk alone ${(file.size / 1e3 / r.encrypting).toFixed(0)} MB/s)`);
  }
  const mbps = (ms: number) => file.size / 1e3 / ms;
  const w = summary(withDigest);
  const e = summary(encryptOnly);
  post({
    type: 'result',
    userAgent: navigator.userAgent,
    plaintextBytes: file.size,
    ciphertextBytes: size,
    chunks,
    rounds: ROUNDS,
    workerPathMs: w,
    workerPathMBps: { median: mbps(w.median), min: mbps(w.max), max: mbps(w.min) },
    encryptChunkMs: e,
    encryptChunkMBps: { median: mbps(e.median), min: mbps(e.max), max: mbps(e.min) },
    digestMs: summary(digestOnly),
  });
}

/**
 * Pool mode: the same path as the upload's pool of workers (encryptor.ts), each worker taking every
 * `PARTS`-th chunk. Waits for the page's 'go' so that all workers start together; the page times the whole.
 */
async function poolMember() {
  const file = randomBlob(SIZE);
  const key = await DocumentKey.fromRaw(crypto.randomUUID(), crypto.randomUUID(), crypto.getRandomValues(new Uint8Array(32)));
  const header = newHeader();
  const chunks = Math.ceil(ciphertextSize(file.size) / CHUNK);
  await pass(file.slice(0, 4 * CHUNK - 4096), key, header, 4, true);
  const go = new Promise<void>((resolve) => (self.onmessage = () => resolve()));
  post({ type: 'ready' });
  await go;
  for (let round = 0; round < ROUNDS; round++) await pass(file, key, header, chunks, true, PART, PARTS);
  post({ type: 'done' });
}

(PARTS > 1 ? poolMember() : main()).catch((error) => post({ type: 'error', text: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }));
