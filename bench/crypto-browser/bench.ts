// The browser side of the crypto benchmark (see README.md). Runs in a dedicated module Worker, like the
// vault (web/src/vault), against the real web/src/crypto code through its public index. Posts
// { type: 'log' | 'result' | 'error' } messages to the page, which forwards them to serve.mjs.
import {
  AccountKey,
  AssociatedData,
  CaseKey,
  CaseKeyGrant,
  CaseKeyId,
  ContentEnvelope,
  DocumentKey,
  DocumentStream,
  KdfParameters,
  PublicKeys,
  UserKeyPair,
  type Bytes,
  type Identity,
  type Member,
} from '../../web/src/crypto/index';

const settings = new URL(self.location.href).searchParams;
/** Rounds per figure (the median is reported). */
const ROUNDS = Number(settings.get('rounds') ?? 5);
/** A throughput round repeats its operation for at least this long. */
const ROUND_MS = Number(settings.get('roundMs') ?? 500);
/** Untimed repetition before each throughput figure. */
const WARM_UP_MS = Number(settings.get('warmUpMs') ?? 1000);
const STREAM_BYTES = 64 << 20;
const MEMBERS = 50;

type Figure = Record<string, number | string>;
const results: Record<string, Figure> = {};

/** The worker's postMessage (typed through the DOM lib, whose self is a Window). */
function post(message: unknown): void {
  (self as unknown as { postMessage(message: unknown): void }).postMessage(message);
}

function log(text: string): void {
  post({ type: 'log', text });
}

const now = () => performance.now();

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Repeats one awaited operation for at least `ms`; returns ms per operation. */
async function repeatFor(ms: number, operation: () => Promise<unknown>): Promise<number> {
  const start = now();
  let operations = 0;
  let elapsed = 0;
  do {
    await operation();
    operations++;
    elapsed = now() - start;
  } while (elapsed < ms);
  return elapsed / operations;
}

/** ms per operation, ROUNDS rounds of at least ROUND_MS each after a warm-up. */
async function perOperation(operation: () => Promise<unknown>): Promise<ReturnType<typeof summary>> {
  await repeatFor(WARM_UP_MS, operation);
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push(await repeatFor(ROUND_MS, operation));
  return summary(rounds);
}

/** Times single runs of an expensive operation: one untimed, then ROUNDS timed. */
async function singleRuns(operation: () => Promise<unknown>, rounds = ROUNDS): Promise<ReturnType<typeof summary>> {
  await operation();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = now();
    await operation();
    times.push(now() - start);
  }
  return summary(times);
}

const mbPerS = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1e3);

// (a) Unlock: what the vault does (web/src/vault/core.ts unlock): decode and check the published public keys,
// PBKDF2 600,000 iterations and unwrap the account key, then unwrap and import the private keys.
async function unlock(): Promise<void> {
  const accountId = crypto.randomUUID();
  const passphrase = 'Bench-Passphrase-2024!';
  const { accountKey, wrapped } = await AccountKey.create(accountId, passphrase);
  const { keys, wrapped: privateKeys } = await UserKeyPair.create(accountKey, accountId);
  const published = keys.publicKeys.encoded;
  const full = await singleRuns(async () => {
    const publicKeys = await PublicKeys.decode(published);
    const unlocked = await AccountKey.unlock(accountId, passphrase, wrapped);
    await UserKeyPair.unwrap(unlocked.accountKey, accountId, publicKeys, privateKeys);
  }, Math.max(ROUNDS, 7));
  const unlocked = (await AccountKey.unlock(accountId, passphrase, wrapped)).accountKey;
  const publicKeys = await PublicKeys.decode(published);
  const afterKdf = await perOperation(() => UserKeyPair.unwrap(unlocked, accountId, publicKeys, privateKeys));
  results.unlock = {
    iterations: KdfParameters.DEFAULT_ITERATIONS,
    medianMs: full.median,
    minMs: full.min,
    maxMs: full.max,
    privateKeysMs: afterKdf.median,
  };
  log(
    `unlock: median ${full.median.toFixed(0)} ms (min ${full.min.toFixed(0)}, max ${full.max.toFixed(0)}); ` +
      `of which decode public keys + unwrap private keys ${afterKdf.median.toFixed(2)} ms`,
  );
}

// (b) Content envelope seal and open, one awaited call at a time (as the vault serves them).
async function content(size: number, name: string): Promise<void> {
  const key = await CaseKey.generate(new CaseKeyId(crypto.randomUUID(), 'case', 1));
  const ad = new AssociatedData('note', crypto.randomUUID());
  const plaintext = new Uint8Array(size);
  crypto.getRandomValues(plaintext.subarray(0, Math.min(size, 65536)));
  const envelope = await ContentEnvelope.seal(key, ad, plaintext);
  const seal = await perOperation(() => ContentEnvelope.seal(key, ad, plaintext));
  const open = await perOperation(() => ContentEnvelope.open(key, ad, envelope));
  results[`content ${name}`] = {
    sealMBps: mbPerS(size, seal.median),
    openMBps: mbPerS(size, open.median),
    sealPerS: 1e3 / seal.median,
    openPerS: 1e3 / open.median,
    sealMsMin: seal.min,
    sealMsMax: seal.max,
  };
  log(
    `content envelope ${name}: seal ${mbPerS(size, seal.median).toFixed(0)} MB/s (${(1e3 / seal.median).toFixed(0)}/s), ` +
      `open ${mbPerS(size, open.median).toFixed(0)} MB/s (${(1e3 / open.median).toFixed(0)}/s)`,
  );
}

// Baseline without any Consilium code: one bare crypto.subtle AES-256-GCM call per buffer, by buffer
// size, to tell what WebCrypto itself costs from what web/src/crypto adds.
async function bare(): Promise<void> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const figures: Figure = {};
  const parts: string[] = [];
  for (const [size, name] of [
    [1 << 10, '1 KiB'],
    [64 << 10, '64 KiB'],
    [1 << 20, '1 MiB'],
    [16 << 20, '16 MiB'],
  ] as const) {
    const plaintext = new Uint8Array(size);
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext);
    const encrypt = await perOperation(() => crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext));
    const decrypt = await perOperation(() => crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext));
    figures[`${name} encryptMBps`] = mbPerS(size, encrypt.median);
    figures[`${name} decryptMBps`] = mbPerS(size, decrypt.median);
    parts.push(`${name} ${mbPerS(size, encrypt.median).toFixed(0)} / ${mbPerS(size, decrypt.median).toFixed(0)}`);
  }
  results.bare = figures;
  log(`bare crypto.subtle AES-256-GCM, encrypt / decrypt MB/s: ${parts.join(', ')}`);
}

// (c) Document stream, 64 MiB, through the real ReadableStream pipeline.
/** 64 MiB of plaintext from a generator, like CryptoBench's Zeros: one reused 1 MiB chunk. */
function generated(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1 << 20);
  let remaining = bytes;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (remaining <= 0) return controller.close();
        const n = Math.min(chunk.length, remaining);
        remaining -= n;
        controller.enqueue(chunk.subarray(0, n));
      },
    },
    { highWaterMark: 0 },
  );
}

function fromChunks(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (next < chunks.length) controller.enqueue(chunks[next++]);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

async function drain(stream: ReadableStream<Uint8Array>, keep?: Uint8Array[]): Promise<number> {
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return total;
    total += value.length;
    keep?.push(value);
  }
}

async function stream(): Promise<void> {
  const caseKey = await CaseKey.generate(new CaseKeyId(crypto.randomUUID(), 'case', 1));
  const { key } = await DocumentKey.generate(caseKey, crypto.randomUUID());
  const ciphertext: Uint8Array[] = [];
  await drain(DocumentStream.encrypt(key, generated(STREAM_BYTES)), ciphertext);
  const encrypt = await singleRuns(() => drain(DocumentStream.encrypt(key, generated(STREAM_BYTES))));
  const decrypt = await singleRuns(async () => {
    if ((await drain(DocumentStream.decrypt(key, fromChunks(ciphertext)))) !== STREAM_BYTES) throw new Error('short');
  });
  // The same from a Blob, as an uploaded File is read: Blob.stream() delivers its own chunk sizes.
  const file = new Blob(Array.from({ length: STREAM_BYTES >> 20 }, () => new Uint8Array(1 << 20)));
  const sealedFile = new Blob(ciphertext as BlobPart[]);
  const encryptFile = await singleRuns(() => drain(DocumentStream.encrypt(key, file.stream())));
  const decryptFile = await singleRuns(() => drain(DocumentStream.decrypt(key, sealedFile.stream())));
  results['stream 64 MiB'] = {
    encryptMBps: mbPerS(STREAM_BYTES, encrypt.median),
    decryptMBps: mbPerS(STREAM_BYTES, decrypt.median),
    encryptMs: encrypt.median,
    decryptMs: decrypt.median,
    encryptBlobMBps: mbPerS(STREAM_BYTES, encryptFile.median),
    decryptBlobMBps: mbPerS(STREAM_BYTES, decryptFile.median),
  };
  log(
    `document stream 64 MiB: encrypt ${mbPerS(STREAM_BYTES, encrypt.median).toFixed(0)} MB/s, ` +
      `decrypt ${mbPerS(STREAM_BYTES, decrypt.median).toFixed(0)} MB/s; from a Blob: encrypt ` +
      `${mbPerS(STREAM_BYTES, encryptFile.median).toFixed(0)} MB/s, decrypt ${mbPerS(STREAM_BYTES, decryptFile.median).toFixed(0)} MB/s`,
  );
}

// (d) Grant fulfilment for a case with 50 members.
async function person(): Promise<{ identity: Identity; encoded: Bytes }> {
  const accountId = crypto.randomUUID();
  const accountKey = await AccountKey.fromRaw(crypto.getRandomValues(new Uint8Array(32)));
  const { keys } = await UserKeyPair.create(accountKey, accountId);
  return { identity: { accountId, keys }, encoded: keys.publicKeys.encoded };
}

async function grants(): Promise<void> {
  const granter = await person();
  const people: { identity: Identity; encoded: Bytes }[] = [];
  for (let i = 0; i < MEMBERS; i++) people.push(await person());
  const granterMember: Member = { accountId: granter.identity.accountId, publicKeys: granter.identity.keys.publicKeys };
  const members: Member[] = people.map((p) => ({ accountId: p.identity.accountId, publicKeys: p.identity.keys.publicKeys }));
  const caseKey = await CaseKey.generate(new CaseKeyId(crypto.randomUUID(), 'case', 1));

  // What the vault's sealGrant does per recipient (web/src/vault/core.ts): decode and check the
  // published keys (points on the curve, import, fingerprint), then seal. One after the other, as
  // features/case-keys/sync.ts awaits each.
  const sequential = await perOperation(async () => {
    for (const p of people) {
      const publicKeys = await PublicKeys.decode(p.encoded);
      await CaseKeyGrant.seal(caseKey, granter.identity, { accountId: p.identity.accountId, publicKeys });
    }
  });
  const sealOnly = await perOperation(async () => {
    for (const member of members) await CaseKeyGrant.seal(caseKey, granter.identity, member);
  });
  const decodeOnly = await perOperation(async () => {
    for (const p of people) await PublicKeys.decode(p.encoded);
  });
  // Not what the product does: all 50 in flight at once, to see whether WebCrypto overlaps them.
  const parallel = await perOperation(() =>
    Promise.all(
      people.map(async (p) =>
        CaseKeyGrant.seal(caseKey, granter.identity, { accountId: p.identity.accountId, publicKeys: await PublicKeys.decode(p.encoded) }),
      ),
    ),
  );
  const grant = await CaseKeyGrant.seal(caseKey, granter.identity, members[0]);
  const open = await perOperation(() => CaseKeyGrant.open(grant, caseKey.id, people[0].identity, granterMember));
  const verify = await perOperation(() => CaseKeyGrant.verify(grant, granterMember));
  results['grants 50'] = {
    seal50Ms: sequential.median,
    seal50MsMin: sequential.min,
    seal50MsMax: sequential.max,
    sealOnly50Ms: sealOnly.median,
    decode50Ms: decodeOnly.median,
    parallel50Ms: parallel.median,
    openOneMs: open.median,
    verifyOneMs: verify.median,
    grantBytes: grant.length,
  };
  log(
    `grants, ${MEMBERS} members: decode keys + seal, one at a time ${sequential.median.toFixed(1)} ms ` +
      `(${(sequential.median / MEMBERS).toFixed(2)} ms each; seal alone ${sealOnly.median.toFixed(1)} ms, decode alone ` +
      `${decodeOnly.median.toFixed(1)} ms; all in flight at once ${parallel.median.toFixed(1)} ms); ` +
      `verify + open one ${open.median.toFixed(2)} ms (verify alone ${verify.median.toFixed(2)} ms)`,
  );
}

async function main(): Promise<void> {
  log(
    `worker: ${navigator.userAgent}; ${navigator.hardwareConcurrency} cores; crossOriginIsolated ${self.crossOriginIsolated}; ` +
      `rounds ${ROUNDS} x >= ${ROUND_MS} ms after ${WARM_UP_MS} ms warm-up`,
  );
  const only = settings.get('only');
  const parts: Record<string, () => Promise<void>> = {
    unlock,
    content: async () => {
      await content(1 << 10, '1 KiB');
      await content(1 << 20, '1 MiB');
    },
    bare,
    stream,
    grants,
  };
  for (const [name, run] of Object.entries(parts)) {
    if (only && !only.split(',').includes(name)) continue;
    await run();
  }
  post({
    type: 'result',
    results,
    userAgent: navigator.userAgent,
    cores: navigator.hardwareConcurrency,
    crossOriginIsolated: self.crossOriginIsolated,
  });
}

main().catch((error: unknown) => {
  post({ type: 'error', text: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error) });
});
