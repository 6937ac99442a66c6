#!/usr/bin/env bash
# Browser crypto benchmark (see README.md): bundles bench.ts with the real web/src/crypto using the
# esbuild in web/node_modules, serves it on 127.0.0.1, runs it in headless Chromium, prints a table;
# then, for comparison, the Java figures (bench/crypto/CryptoBench.java) when the crypto classes exist.
#
# Settings (environment):
#   CHROMIUM        the browser (default /usr/bin/chromium; nothing is downloaded)
#   ROUNDS          rounds per figure, median reported (default 5; at least 7 for unlock)
#   ROUND_MS        minimum length of a throughput round (default 500)
#   WARM_UP_MS      untimed repetition before each throughput figure (default 1000)
#   ONLY            comma-separated subset of unlock,content,bare,stream,grants (default all)
#   BENCH_TIMEOUT   seconds before the browser run is abandoned (default 900)
#   JAVA            1 (default) runs CryptoBench.java afterwards, 0 skips it
#   CRYPTO_CLASSES  compiled crypto module for CryptoBench (default crypto/target/classes;
#                   build with ./mvnw -q -pl crypto compile)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
esbuild="$repo/web/node_modules/.bin/esbuild"
classes="${CRYPTO_CLASSES:-$repo/crypto/target/classes}"
query="rounds=${ROUNDS:-5}&roundMs=${ROUND_MS:-500}&warmUpMs=${WARM_UP_MS:-1000}${ONLY:+&only=$ONLY}"

[[ -x "$esbuild" ]] || { echo "no $esbuild: run npm ci in web/ (the Maven build does)" >&2; exit 1; }
chromium_version="$("${CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null || true)"
work="$(mktemp -d /tmp/consilium-crypto-browser.XXXXXX)"

echo "browser crypto benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')," \
	"$chromium_version, node $(node --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), work folder $work"
cp "$here/index.html" "$work/"
"$esbuild" "$here/page.ts" "$here/bench.ts" --bundle --format=esm --target=es2022 --sourcemap \
	--log-level=warning --outdir="$work"
node "$here/serve.mjs" "$work" "$work/results.json" "$query"
echo
node "$here/report.mjs" "$work/results.json"
echo "(load average after the browser run: $(cut -d' ' -f1-3 /proc/loadavg); raw figures in $work/results.json)"

if [[ "${JAVA:-1}" != 0 ]]; then
	echo
	if [[ -d "$classes/app/consilium/crypto" ]]; then
		echo "Java, for comparison (bench/crypto/CryptoBench.java, about a minute):"
		java -cp "$classes" "$repo/bench/crypto/CryptoBench.java" | sed 's/^/  /'
		echo "(load average after the Java run: $(cut -d' ' -f1-3 /proc/loadavg))"
	else
		echo "Java skipped: no compiled crypto module at $classes (./mvnw -q -pl crypto compile, or set CRYPTO_CLASSES)"
	fi
fi
