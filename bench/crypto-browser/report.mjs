// Prints the results JSON written by serve.mjs as the Markdown table of README.md.
import { readFileSync } from 'node:fs';

const { results: r, userAgent, cores, crossOriginIsolated } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = (value, digits = 0) =>
  value === undefined ? '—' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rows = [];
if (r.unlock) {
  rows.push([
    `Unlock: PBKDF2-HMAC-SHA256 ${n(r.unlock.iterations)} iterations, unwrap account key, decode public keys, unwrap private keys`,
    `median ${n(r.unlock.medianMs)} ms (min ${n(r.unlock.minMs)}, max ${n(r.unlock.maxMs)}); private keys part ${n(r.unlock.privateKeysMs, 2)} ms`,
  ]);
}
for (const size of ['1 KiB', '1 MiB']) {
  const c = r[`content ${size}`];
  if (c) {
    rows.push([
      `Content envelope ${size}`,
      `seal ${n(c.sealMBps)} MB/s, open ${n(c.openMBps)} MB/s (${n(c.sealPerS)} / ${n(c.openPerS)} envelopes/s)`,
    ]);
  }
}
if (r.bare) {
  rows.push([
    'Bare crypto.subtle AES-256-GCM, no Consilium code (baseline), encrypt / decrypt',
    ['1 KiB', '64 KiB', '1 MiB', '16 MiB']
      .map((size) => `${size} ${n(r.bare[`${size} encryptMBps`])} / ${n(r.bare[`${size} decryptMBps`])} MB/s`)
      .join(', '),
  ]);
}
const s = r['stream 64 MiB'];
if (s) {
  rows.push([
    'Document stream 64 MiB (generated plaintext)',
    `encrypt ${n(s.encryptMBps)} MB/s, decrypt ${n(s.decryptMBps)} MB/s (${n(s.encryptMs)} / ${n(s.decryptMs)} ms)`,
  ]);
  rows.push(['Document stream 64 MiB from a Blob', `encrypt ${n(s.encryptBlobMBps)} MB/s, decrypt ${n(s.decryptBlobMBps)} MB/s`]);
}
const g = r['grants 50'];
if (g) {
  rows.push([
    'Grants, case of 50 members: decode keys + seal 50, one at a time',
    `${n(g.seal50Ms)} ms (min ${n(g.seal50MsMin)}, max ${n(g.seal50MsMax)}), ${n(g.seal50Ms / 50, 2)} ms per grant; seal alone ${n(g.sealOnly50Ms)} ms, decode alone ${n(g.decode50Ms)} ms`,
  ]);
  rows.push(['Grants: all 50 in flight at once (not what the product does)', `${n(g.parallel50Ms)} ms`]);
  rows.push(['Grant: verify + open one', `${n(g.openOneMs, 2)} ms (verify alone ${n(g.verifyOneMs, 2)} ms)`]);
}
console.log(`${userAgent}; ${cores} cores; crossOriginIsolated ${crossOriginIsolated}`);
console.log('');
console.log('| What | Chromium (WebCrypto, in a Worker) |');
console.log('| --- | --- |');
for (const [what, figure] of rows) console.log(`| ${what} | ${figure} |`);
