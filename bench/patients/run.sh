#!/usr/bin/env bash
# Patient search benchmark (see README.md): bundles search.ts with the real web/src code using the
# esbuild in web/node_modules, runs it in Node (WebCrypto), then in headless Chromium through
# ../crypto-browser's page and server. Nothing is downloaded or installed; output goes to a temp folder.
#
# Settings (environment): PATIENTS (default 10000), ROUNDS (default 5), CHROMIUM (default /usr/bin/chromium),
# BROWSER=0 skips the Chromium run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
esbuild="$repo/web/node_modules/.bin/esbuild"
[[ -x "$esbuild" ]] || { echo "no $esbuild: run npm ci in web/ (the Maven build does)" >&2; exit 1; }
work="$(mktemp -d /tmp/consilium-patient-search.XXXXXX)"

echo "patient search benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')," \
	"node $(node --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$esbuild" "$here/node.ts" --bundle --platform=node --format=esm --target=es2022 --log-level=warning --outfile="$work/node.mjs"
node "$work/node.mjs"

if [[ "${BROWSER:-1}" != 0 ]]; then
	cp "$repo/bench/crypto-browser/index.html" "$work/"
	"$esbuild" "$repo/bench/crypto-browser/page.ts" --bundle --format=esm --target=es2022 --log-level=warning --outfile="$work/page.js"
	"$esbuild" "$here/worker.ts" --bundle --format=esm --target=es2022 --log-level=warning --outfile="$work/bench.js"
	node "$repo/bench/crypto-browser/serve.mjs" "$work" "$work/results.json" "patients=${PATIENTS:-10000}&rounds=${ROUNDS:-5}"
	node -e "console.log(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).summary)" "$work/results.json"
fi
