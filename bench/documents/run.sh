#!/usr/bin/env bash
# Documents benchmark (issue 6; see README.md): a large random file (1 GiB by default) uploaded and downloaded
# through the running server, first with the folder blob store, then with the S3 store against an S3Proxy this
# script starts; beside it, in the same run, cp of the same bytes and a plain unencrypted HTTP PUT/GET of them
# to a minimal JDK HTTP server; in the S3 run also the same bytes uploaded straight to the same S3Proxy with the
# AWS SDK as the server writes them (S3DirectUpload.java), without the server. The server's heap and RSS are
# sampled during upload and download. Builds nothing. One table at the end, also written to
# bench/documents/results-<date>.md. Everything it starts it stops, everything it writes (but the logs and
# results) it deletes.
#
# Settings (environment):
#   CONSILIUM_JAR   the jar (default server/target/consilium.jar; copied to the work folder first). Build it
#                   with ./mvnw -B -ntp -q install -DskipTests (or ./mvnw -q -DskipTests package)
#   APP_JAVA        java that runs the jar (default: java on PATH)
#   APP_JAVA_OPTS   JVM options for the jar (default none: the JVM's own choices, as README.md runs it)
#   SIZE_MIB        size of the random file (default 1024)
#   REPEAT          measured rounds per store (default 3; median and spread reported)
#   WARMUP_MIB      an unrecorded round trip of this size first, per store (default 256; 0 for none): the
#                   server's JIT, pools and first-use paths
#   WARMUP_UPLOADS  then this many documents of 256 KiB up and down, unrecorded (default 1000; 0 for none): the
#                   request path (filters, session, security, SQL) compiled as in a server that has been in use
#   CHUNKS_IN_FLIGHT  chunk PUTs on their way at once in the upload (default 2, as the browser sends them)
#   STORES          "folder s3" (default) or one of them
#   BENCH_PORT      first port tried for the server (default 18181; the next free one is used)
#   WORK_DIR        parent of the work folder (default /tmp); every file lives on this one disk
#   S3PROXY_CLASSPATH  class path of org.gaul:s3proxy (default: asked of Maven before the first round,
#                   ./mvnw -q [-o] -pl server dependency:build-classpath, offline first); S3DirectUpload.java takes the AWS SDK
#                   (software/amazon/awssdk), Apache HttpClient, commons-logging/-codec, reactive-streams and
#                   slf4j-api jars of it (no logging back end: the SDK logs nothing), so it must hold them too
#   S3_TLS          1 (default): S3Proxy listens on https://127.0.0.1 only, with a throw-away self-signed key
#                   pair (keytool, PKCS12, SAN ip:127.0.0.1) made in the work folder; the server trusts it through
#                   the JSSE defaults (-Djavax.net.ssl.trustStore=<its certificate alone>, added to the server's
#                   JVM options in the S3 run only). Over https the AWS SDK sends UNSIGNED-PAYLOAD bodies, as
#                   against a real S3. 0: plain http://, where the SDK signs every byte in aws-chunked SigV4
#                   frames (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)
#   PROFILE         1: a JFR recording (settings=profile) of the server around every upload and download,
#                   kept in the work folder (default 0; it costs some throughput, so not for the figures)
#   RESULTS         Markdown file for the results (default bench/documents/results-<UTC date>.md; "-" for none)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="${CONSILIUM_JAR:-$repo/server/target/consilium.jar}"
app_java="${APP_JAVA:-java}"
read -r -a app_java_opts <<<"${APP_JAVA_OPTS:-}"
size_mib="${SIZE_MIB:-1024}"
repeat="${REPEAT:-3}"
warmup_mib="${WARMUP_MIB:-256}"
warmup_uploads="${WARMUP_UPLOADS:-1000}"
in_flight="${CHUNKS_IN_FLIGHT:-2}"
stores="${STORES:-folder s3}"
s3_tls="${S3_TLS:-1}"
first_port="${BENCH_PORT:-18181}"
results_md="${RESULTS:-$here/results-$(date -u +%Y-%m-%d).md}"
setup_token="bench-$RANDOM$RANDOM"
s3_bucket="consilium-bench"
s3_access="bench-access-$RANDOM"
s3_secret="bench-secret-$RANDOM$RANDOM"

case "$s3_tls" in
	1) s3_scheme=https ;;
	0) s3_scheme=http ;;
	*) echo "S3_TLS is 1 (https, the default) or 0 (http), not '$s3_tls'" >&2; exit 1 ;;
esac
# keytool of the JDK that runs the server if it has one, else the one on PATH (S3_TLS=1)
keytool="$(dirname "$(readlink -f "$(command -v "$app_java" || echo "$app_java")")")/keytool"
[[ -x "$keytool" ]] || keytool=keytool
[[ -f "$jar" ]] || { echo "no jar at $jar: build it (./mvnw -B -ntp -q install -DskipTests) or set CONSILIUM_JAR" >&2; exit 1; }
(( warmup_mib <= size_mib )) || warmup_mib="$size_mib"

need_mib=$((size_mib * (5 + 2 * repeat) + 1024))
avail_mib=$(df -Pm "${WORK_DIR:-/tmp}" | awk 'NR == 2 {print $4}')
if (( avail_mib < need_mib )); then
	echo "only $avail_mib MiB free under ${WORK_DIR:-/tmp}; about $need_mib MiB needed" >&2
	exit 1
fi

work="$(mktemp -d "${WORK_DIR:-/tmp}/consilium-documents-bench.XXXXXX")"
app_pid=""
s3_pid=""
plain_pid=""

stop() { # PID: TERM, wait up to 30 s, then KILL
	local pid="$1"
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid"
		for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
		kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
		wait "$pid" 2>/dev/null || true
	fi
}

cleanup() {
	stop "$app_pid"; app_pid=""
	stop "$s3_pid"; s3_pid=""
	stop "$plain_pid"; plain_pid=""
	# keep the logs and results, not the data
	rm -rf "$work/consilium.jar" "$work/lib" "$work/data" "$work/s3" "$work/tls" "$work/plain-store" "$work/files"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
	local p="$1"
	while ! port_free "$p"; do p=$((p + 1)); done
	echo "$p"
}

wait_for_file() { # FILE PID WHAT LOG
	for _ in $(seq 1 120); do
		[[ -s "$1" ]] && return
		kill -0 "$2" 2>/dev/null || { echo "$3 exited during start; end of $4:" >&2; tail -30 "$4" >&2; exit 1; }
		sleep 0.5
	done
	echo "$3 did not start in 60 s; see $4" >&2
	exit 1
}

cp "$jar" "$work/consilium.jar" # the build may replace the original while we run
mkdir "$work/lib" "$work/files"
(cd "$work/lib" && unzip -q -j -o ../consilium.jar 'BOOT-INF/lib/consilium-crypto-*.jar')
crypto_jar="$(ls "$work"/lib/consilium-crypto-*.jar)"
results="$work/results.tsv"
: >"$results"

commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
cpu_model="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
header="documents benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $commit, jar $(sha256sum "$work/consilium.jar" | cut -c1-12) \
($(date -u -r "$jar" +%Y-%m-%dT%H:%MZ)), app on $("$app_java" -version 2>&1 | head -1), JVM options '${APP_JAVA_OPTS:-}', \
$(nproc) cores ($cpu_model), $(free -g | awk '/Mem/ {print $2}') GiB RAM, file system $(df -PT "$work" | awk 'NR == 2 {print $2}') \
on $(df -P "$work" | awk 'NR == 2 {print $1}'); $size_mib MiB, $repeat rounds per store, stores: $stores"
if [[ " $stores " == *" s3 "* ]]; then
	if [[ "$s3_tls" == 1 ]]; then
		header="$header; S3 endpoint https:// (S3_TLS=1: S3Proxy's TLS endpoint with a self-signed key pair of the run, \
trusted by the server through -Djavax.net.ssl.trustStore; the SDK sends UNSIGNED-PAYLOAD)"
	else
		header="$header; S3 endpoint http:// (S3_TLS=0: the SDK signs the payload in aws-chunked SigV4 frames)"
	fi
fi
# S3Proxy's class path before anything is measured, so a missing piece stops the run in seconds, not after the
# folder store's rounds. Offline first; online only if the local repository lacks something (on a new
# machine, the dependency plugin itself).
cp_file="$work/s3proxy.classpath"
if [[ " $stores " == *" s3 "* ]]; then
	if [[ -n "${S3PROXY_CLASSPATH:-}" ]]; then
		echo "$S3PROXY_CLASSPATH" >"$cp_file"
	else
		(cd "$repo" && { ./mvnw -q -o -pl server dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null 2>&1 \
			|| ./mvnw -q -pl server dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null; }) || {
			echo "could not get S3Proxy's class path from Maven: set S3PROXY_CLASSPATH" >&2
			exit 1
		}
	fi
fi
echo "$header"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "work folder $work; uptime at start: $(uptime)"
uptime_start="$(uptime)"

# ---- the file -----------------------------------------------------------------------------------------------
plain="$work/files/document.bin"
t0=$(date +%s.%N)
head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$plain"
echo "random file: $size_mib MiB in $(echo "$(date +%s.%N) - $t0" | bc) s"

# ---- the plain HTTP server (the baseline), for the whole run -------------------------------------------------
java "$here/PlainHttpServer.java" "$work/plain-store" "$work/plain.port" >"$work/plain.log" 2>&1 &
plain_pid=$!
wait_for_file "$work/plain.port" "$plain_pid" "the plain HTTP server" "$work/plain.log"
plain_base="http://127.0.0.1:$(cat "$work/plain.port")"

# ---- per store ------------------------------------------------------------------------------------------------
for store in $stores; do
	store_env=()
	store_java_opts=()
	store_pid_args=()
	label="$store"
	if [[ "$store" == s3 ]]; then
		tls_args=()
		if [[ "$s3_tls" == 1 ]]; then
			# a throw-away key pair for S3Proxy, and its certificate alone in the server's trust store
			rm -rf "$work/tls"
			mkdir "$work/tls"
			tls_pass="bench-tls-$RANDOM$RANDOM"
			{
				"$keytool" -genkeypair -alias s3proxy -keyalg EC -groupname secp256r1 -validity 2 \
					-dname "CN=127.0.0.1, OU=Consilium documents benchmark" -ext san=ip:127.0.0.1 \
					-storetype PKCS12 -keystore "$work/tls/s3proxy.p12" -storepass "$tls_pass" &&
				"$keytool" -exportcert -rfc -alias s3proxy -keystore "$work/tls/s3proxy.p12" -storepass "$tls_pass" \
					-file "$work/tls/s3proxy.pem" &&
				"$keytool" -importcert -noprompt -alias s3proxy -file "$work/tls/s3proxy.pem" -storetype PKCS12 \
					-keystore "$work/tls/trust.p12" -storepass "$tls_pass"
			} >"$work/keytool.log" 2>&1 || { echo "keytool ($keytool) failed:" >&2; cat "$work/keytool.log" >&2; exit 1; }
			tls_args=("$work/tls/s3proxy.p12" "$tls_pass")
			store_java_opts=("-Djavax.net.ssl.trustStore=$work/tls/trust.p12" "-Djavax.net.ssl.trustStorePassword=$tls_pass"
				-Djavax.net.ssl.trustStoreType=PKCS12)
		fi
		rm -f "$work/s3.port"
		java -cp "$(cat "$cp_file")" "$here/S3Launcher.java" "$work/s3" "$work/s3.port" "$s3_bucket" "$s3_access" \
			"$s3_secret" "${tls_args[@]}" >"$work/s3proxy.log" 2>&1 &
		s3_pid=$!
		wait_for_file "$work/s3.port" "$s3_pid" "S3Proxy" "$work/s3proxy.log"
		s3_endpoint="$s3_scheme://127.0.0.1:$(cat "$work/s3.port")"
		store_env=(CONSILIUM_BLOB_STORE=s3 "CONSILIUM_S3_ENDPOINT=$s3_endpoint"
			"CONSILIUM_S3_BUCKET=$s3_bucket" "CONSILIUM_S3_ACCESS_KEY=$s3_access" "CONSILIUM_S3_SECRET_KEY=$s3_secret")
		store_pid_args=(--store-pid "$s3_pid")
		# the direct S3 upload (no server): the SDK's jars of the same class path, the server's JDK and trust store
		direct_cp="$(tr ':' '\n' <"$cp_file" | grep -E '/software/amazon/awssdk/|/org/apache/httpcomponents/|/commons-logging/|/commons-codec/|/org/reactivestreams/|/org/slf4j/slf4j-api/' | paste -sd: || true)"
		[[ "$direct_cp" == */software/amazon/awssdk/s3/* && "$direct_cp" == */apache-client/* ]] || {
			echo "no AWS SDK (s3, apache-client) in the class path of $cp_file, for S3DirectUpload.java" >&2
			exit 1
		}
		store_pid_args+=(--s3-endpoint "$s3_endpoint" --s3-bucket "$s3_bucket" --s3-access-key "$s3_access"
			--s3-secret-key "$s3_secret" --s3-direct-source "$here/S3DirectUpload.java" --s3-classpath "$direct_cp"
			--s3-java "$app_java" --s3-java-opts "$(printf '%s\n' "${store_java_opts[@]}")")
		label="s3-$s3_scheme"
		echo "s3: S3Proxy (pid $s3_pid) on $s3_endpoint, filesystem backend in $work/s3; the server's rows are \"$label\""
	elif [[ "$store" != folder ]]; then
		echo "unknown store $store (folder, s3)" >&2
		exit 1
	fi

	port="$(free_port "$first_port")"
	base="http://127.0.0.1:$port"
	rm -rf "$work/data"
	env CONSILIUM_DATA_DIR="$work/data" "${store_env[@]}" PORT="$port" CONSILIUM_SETUP_TOKEN="$setup_token" \
		"$app_java" "${app_java_opts[@]}" "${store_java_opts[@]}" -jar "$work/consilium.jar" >"$work/$store-server.log" 2>&1 &
	app_pid=$!
	for waited in $(seq 1 240); do
		kill -0 "$app_pid" 2>/dev/null || { echo "the app exited during start; end of $work/$store-server.log:" >&2
			tail -40 "$work/$store-server.log" >&2; exit 1; }
		[[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health" 2>/dev/null || true)" == 200 ]] && break
		sleep 1
	done
	echo "$store: server up after $waited s (pid $app_pid, port $port)"

	if ! java -cp "$crypto_jar" "$here/DocumentBench.java" --base "$base" --setup-token "$setup_token" --plain "$plain" \
		--work "$work/files" --pid "$app_pid" "${store_pid_args[@]}" --plain-base "$plain_base" --plain-pid "$plain_pid" --label "$label" \
		--repeat "$repeat" --warmup-mib "$warmup_mib" --warmup-uploads "$warmup_uploads" \
		--in-flight "$in_flight" --tsv "$results" \
		${PROFILE:+$( [[ "$PROFILE" == 1 ]] && echo "--jfr $work")} | tee "$work/$store-bench.out"; then
		echo "$store: the benchmark stopped; first errors in the server log ($work/$store-server.log):" >&2
		grep -A6 ' ERROR ' "$work/$store-server.log" | cut -c1-240 | head -30 >&2
		exit 1
	fi
	echo "$store: server log: $(grep -c ' ERROR ' "$work/$store-server.log" || true) ERROR lines, $(grep -c ' WARN ' \
		"$work/$store-server.log" || true) WARN lines; stored: $(du -sh "$work/data" "$work/s3" 2>/dev/null | awk '{print $1}' | paste -sd' ')"
	stop "$app_pid"; app_pid=""
	stop "$s3_pid"; s3_pid=""
	rm -rf "$work/data" "$work/s3" "$work/tls"
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
uptime_end="$(uptime)"

# ---- the table ------------------------------------------------------------------------------------------------
table() {
	echo "| store | what | MB/s median | min – max | rounds | seconds (median) | % of plain PUT / GET |"
	echo "|---|---|---:|---:|---:|---:|---:|"
	awk -F'\t' '
		{ key = $1 SUBSEP $3; if (!(key in n)) order[++k] = key; v[key, ++n[key]] = $6; t[key, n[key]] = $5 }
		function median(arr, key, count,   i, j, tmp, a) {
			for (i = 1; i <= count; i++) a[i] = arr[key, i] + 0
			for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (a[j] < a[i]) { tmp = a[i]; a[i] = a[j]; a[j] = tmp }
			return count % 2 ? a[(count + 1) / 2] : (a[count / 2] + a[count / 2 + 1]) / 2
		}
		function lo(arr, key, count,   i, m) { m = arr[key, 1] + 0; for (i = 2; i <= count; i++) if (arr[key, i] + 0 < m) m = arr[key, i] + 0; return m }
		function hi(arr, key, count,   i, m) { m = arr[key, 1] + 0; for (i = 2; i <= count; i++) if (arr[key, i] + 0 > m) m = arr[key, i] + 0; return m }
		END {
			for (i = 1; i <= k; i++) { key = order[i]; med[key] = median(v, key, n[key]) }
			for (i = 1; i <= k; i++) { key = order[i]; split(key, p, SUBSEP); if (p[2] ~ /^direct S3 multipart upload/) direct[p[1]] = med[key] }
			for (i = 1; i <= k; i++) {
				key = order[i]; split(key, p, SUBSEP)
				ref = ""; ref2 = ""; ref3 = ""
				if (p[2] ~ /^server upload: / || p[2] ~ /^direct S3 multipart upload/) { ref = med[p[1] SUBSEP "plain HTTP PUT (one request)"]; ref2 = med[p[1] SUBSEP "plain HTTP PUT in 8 MiB requests"] }
				if (p[2] ~ /^server upload: / && p[1] in direct) ref3 = direct[p[1]]
				if (p[2] ~ /^server download/) ref = med[p[1] SUBSEP "plain HTTP GET (one request)"]
				pct = ref != "" && ref > 0 ? sprintf("%.0f %%", 100 * med[key] / ref) : ""
				more = ""
				if (ref2 != "" && ref2 > 0) more = sprintf("%.0f %% of 8 MiB PUTs", 100 * med[key] / ref2)
				if (ref3 != "" && ref3 > 0) more = more (more == "" ? "" : "; ") sprintf("%.0f %% of the direct S3 upload", 100 * med[key] / ref3)
				if (more != "") pct = pct " (" more ")"
				printf "| %s | %s | %.1f | %.1f – %.1f | %d | %.2f | %s |\n", p[1], p[2], med[key], lo(v, key, n[key]), hi(v, key, n[key]), n[key], median(t, key, n[key]), pct
			}
		}' "$results"
}

memory() {
	awk -F'\t' '$7 != "" { printf "- %s round %s, %s: %s (load %s)\n", $1, $2, $3, $7, $8 }' "$results"
}

memory_table() { # per store and step over the rounds: median, and the worst round in brackets
	echo "| store | step | rounds | heap live before (MiB) | heap peak used (MiB) | peak used − live before | peak kept by young GCs − live before (GCs) | live after − live before | heap peak committed | RSS before → peak (MiB) | server CPU (s) | S3Proxy peak RSS, CPU |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	[[ -s "$results.memory" ]] || return 0
	awk -F'\t' '
		function med(name, key, count,   i, j, tmp, a) {
			for (i = 1; i <= count; i++) a[i] = val[name, key, i] + 0
			for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (a[j] < a[i]) { tmp = a[i]; a[i] = a[j]; a[j] = tmp }
			return count % 2 ? a[(count + 1) / 2] : (a[count / 2] + a[count / 2 + 1]) / 2
		}
		function worst(name, key, count,   i, m) { m = val[name, key, 1] + 0; for (i = 2; i <= count; i++) if (val[name, key, i] + 0 > m) m = val[name, key, i] + 0; return m }
		{
			key = $1 SUBSEP $3; if (!(key in n)) order[++k] = key; c = ++n[key]
			if ($4 == "") noserver[key] = 1
			val["before", key, c] = $4; val["peak", key, c] = $5; val["committed", key, c] = $6; val["after", key, c] = $7
			val["growth", key, c] = $5 - $4; val["retained", key, c] = $7 - $4
			val["kept", key, c] = $13 - $4; val["gcs", key, c] = $14
			val["rss0", key, c] = $8; val["rss", key, c] = $9; val["cpu", key, c] = $10; val["srss", key, c] = $11; val["scpu", key, c] = $12
		}
		END {
			for (i = 1; i <= k; i++) {
				key = order[i]; split(key, p, SUBSEP); c = n[key]
				s3 = val["srss", key, 1] == "NaN" ? "" : sprintf("%.0f MiB, %.1f s", med("srss", key, c), med("scpu", key, c))
				if (noserver[key]) { # the direct S3 upload: no server, and the CPU of the S3 client in the server CPU column
					printf "| %s | %s | %d | – | – | – | – | – | – | – | S3 client %.1f | %s |\n", p[1], p[2], c, med("cpu", key, c), s3
					continue
				}
				printf "| %s | %s | %d | %.0f | %.0f (max %.0f) | **%+.0f** (max %+.0f) | **%+.0f** (max %+.0f; %.0f GCs) | %+.1f (max %+.1f) | %.0f | %.0f → %.0f (max %.0f) | %.1f | %s |\n", p[1], p[2], c,
					med("before", key, c), med("peak", key, c), worst("peak", key, c), med("growth", key, c), worst("growth", key, c),
					med("kept", key, c), worst("kept", key, c), med("gcs", key, c),
					med("retained", key, c), worst("retained", key, c), med("committed", key, c), med("rss0", key, c), med("rss", key, c),
					worst("rss", key, c), med("cpu", key, c), s3
			}
		}' "$results.memory"
}

echo
table
echo
memory_table
echo
memory
echo
echo "uptime at start: $uptime_start"
echo "uptime at end:   $uptime_end"
echo "results and logs in $work"

if [[ "$results_md" != "-" ]]; then
	{
		echo "# Documents benchmark, $(date -u +%Y-%m-%d)"
		echo
		echo "$header."
		echo
		echo "Command: \`SIZE_MIB=$size_mib REPEAT=$repeat WARMUP_MIB=$warmup_mib WARMUP_UPLOADS=$warmup_uploads CHUNKS_IN_FLIGHT=$in_flight STORES=\"$stores\" S3_TLS=$s3_tls APP_JAVA_OPTS=\"${APP_JAVA_OPTS:-}\" bench/documents/run.sh\`."
		echo "Load average $load_start at the start, $load_end at the end."
		echo
		echo "- \`uptime\` at the start: \`$uptime_start\`"
		echo "- \`uptime\` at the end: \`$uptime_end\`"
		echo
		echo "## Throughput (MB = 10^6 bytes)"
		echo
		table
		echo
		echo "## Server memory and CPU (median over the rounds; worst round as max)"
		echo
		memory_table
		echo
		echo "Per round:"
		echo
		memory
		for store in $stores; do
			echo
			if [[ "$store" == s3 ]]; then echo "## s3 over $s3_scheme:// (rows \"s3-$s3_scheme\"): the client's log"
			else echo "## $store: the client's log"; fi
			echo
			echo '```'
			cat "$work/$store-bench.out"
			echo '```'
		done
	} >"$results_md"
	echo "written to $results_md"
fi
