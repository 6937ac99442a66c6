#!/usr/bin/env bash
# In-browser document encryption throughput (see ../README.md): bundles bench.ts (the real
# web/src/features/documents/upload/chunks.ts and web/src/crypto) with the esbuild of web/node_modules, and runs
# it in headless Debian Chromium through bench/crypto-browser/serve.mjs (used as is). Nothing is downloaded.
#
# Settings (environment): SIZE_MIB (default 256), ROUNDS (default 3), CHROMIUM (default /usr/bin/chromium),
# BENCH_TIMEOUT seconds (default 900), RESULTS_JSON (default: in the temp folder).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
esbuild="$repo/web/node_modules/.bin/esbuild"
[[ -x "$esbuild" ]] || { echo "no $esbuild: run npm ci in web/ (the Maven build does)" >&2; exit 1; }
work="$(mktemp -d /tmp/consilium-documents-browser.XXXXXX)"
trap 'rm -rf "$work"/*.js "$work"/*.map "$work"/index.html' EXIT
results="${RESULTS_JSON:-$work/results.json}"
echo "document encryption in the browser $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')," \
	"$("${CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null || true), $(nproc) cores, uptime: $(uptime)"
cp "$here/index.html" "$work/"
"$esbuild" "$here/page.ts" "$here/bench.ts" --bundle --format=esm --target=es2022 --log-level=warning --outdir="$work"
node "$repo/bench/crypto-browser/serve.mjs" "$work" "$results" "sizeMib=${SIZE_MIB:-256}&rounds=${ROUNDS:-3}"
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const f = (x) => x.toFixed(0);
console.log(`${r.plaintextBytes / 1048576} MiB Blob, ${r.chunks} chunks of 8 MiB, ${r.rounds} rounds (median, min-max):`);
console.log(`  encryptChunk + SHA-256 (the upload worker path): ${f(r.workerPathMBps.median)} MB/s (${f(r.workerPathMBps.min)}-${f(r.workerPathMBps.max)}), ${f(r.workerPathMs.median)} ms`);
console.log(`  encryptChunk alone:                              ${f(r.encryptChunkMBps.median)} MB/s (${f(r.encryptChunkMBps.min)}-${f(r.encryptChunkMBps.max)}), ${f(r.encryptChunkMs.median)} ms`);
console.log(`  SHA-256 of the chunks alone:                     ${f(r.digestMs.median)} ms`);
console.log(`  the same path in a pool of ${r.pool.workers} workers, alternate chunks: ${f(r.pool.MBps)} MB/s (${r.rounds} passes in ${r.pool.seconds.toFixed(1)} s)`);
' "$results"
echo "(uptime after: $(uptime); raw figures in $results)"
