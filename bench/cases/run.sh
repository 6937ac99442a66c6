#!/usr/bin/env bash
# Case-list benchmark (issue 5; see README.md): 100,000 cases over 200 organizations and 500 providers, the case
# lists under 50 concurrent users, on H2 (a fresh data folder) and on PostgreSQL (a fresh database, dropped at
# the end). Per database: the jar starts (Flyway), CaseListLoad.java sets up the people who sign in through
# the API, the jar stops; CaseSeed.java inserts the bulk over JDBC (crypto done once for all databases); then
# per database the jar starts again, CaseListLoad.java drives the three scenarios, the jar stops, and
# Explain.java times the same queries alone over JDBC and takes their plans (EXPLAIN (ANALYZE, BUFFERS) on
# PostgreSQL, EXPLAIN ANALYZE on H2). One table at the end, also written to
# bench/cases/results-<date>.md. Everything it starts it stops; the PostgreSQL database it creates it drops.
#
# Settings (environment):
#   CONSILIUM_JAR   the jar to measure (default server/target/consilium.jar; copied to a temp folder first)
#   APP_JAVA        java that runs the jar (default: java on PATH)
#   APP_JAVA_OPTS   JVM options for the jar (default none: the JVM's own choices, as README.md runs it)
#   APP_ENV         extra VAR=value settings for the jar, e.g. "CONSILIUM_DATABASE_POOL_SIZE=10" (default none)
#   BENCH_PORT      port of the instance under test (default 18081; must be free)
#   DATABASES       "h2 postgresql" (default) or one of them
#   CASES, ORGS, PROVIDERS   bulk sizes (default 100000, 200, 500); REQUESTERS_PER_ORG creators per
#                   organization (default 4)
#   LOAD_REQUESTERS, LOAD_PROVIDERS   accounts the load signs in as (default 10, 5; created through the API)
#   CONCURRENCY     virtual users per scenario (default 50)
#   JIT_WARMUP      seconds of unrecorded load over all scenarios on each fresh JVM (default 30)
#   WARMUP, DURATION  seconds per scenario, unrecorded then recorded (default 10, 30)
#   DEEP_PAGE       the admin page the deep scenario hammers (default 200, 25 rows a page)
#   THINK_MS        mean think time of each user between an answer and its next request, uniform 0..2x
#                   (default 0: closed loop without think time, every user always has a request in flight)
#   SEED_THREADS    threads sealing envelopes and grants (default: all cores)
#   SEED_CACHE      file keeping the sealed envelopes, grants and keys for the next run (default none: sealed
#                   afresh every run); it is read back when it exists and was made for the same sizes
#   RESULTS         Markdown file for the results (default bench/cases/results-<UTC date>.md; "-" for none)
#   PGHOST, PGPORT, PGUSER  PostgreSQL server (default 127.0.0.1, 5432, postgres; trust auth or PGPASSWORD)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="${CONSILIUM_JAR:-$repo/server/target/consilium.jar}"
app_java="${APP_JAVA:-java}"
read -r -a app_java_opts <<<"${APP_JAVA_OPTS:-}"
read -r -a app_env <<<"${APP_ENV:-}"
port="${BENCH_PORT:-18081}"
databases="${DATABASES:-h2 postgresql}"
cases="${CASES:-100000}"
orgs="${ORGS:-200}"
providers="${PROVIDERS:-500}"
per_org="${REQUESTERS_PER_ORG:-4}"
load_requesters="${LOAD_REQUESTERS:-10}"
load_providers="${LOAD_PROVIDERS:-5}"
concurrency="${CONCURRENCY:-50}"
jit_warmup="${JIT_WARMUP:-30}"
warmup="${WARMUP:-10}"
duration="${DURATION:-30}"
deep_page="${DEEP_PAGE:-200}"
think_ms="${THINK_MS:-0}"
seed_threads="${SEED_THREADS:-$(nproc)}"
results_md="${RESULTS:-$here/results-$(date -u +%Y-%m-%d).md}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
base="http://127.0.0.1:$port"
setup_token="bench-$RANDOM$RANDOM"

[[ -f "$jar" ]] || { echo "no jar at $jar: build it (./mvnw -q -DskipTests package) or set CONSILIUM_JAR" >&2; exit 1; }
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
	echo "port $port is in use: set BENCH_PORT to a free port" >&2
	exit 1
fi

work="$(mktemp -d /tmp/consilium-cases-bench.XXXXXX)"
cp "$jar" "$work/consilium.jar" # the build may replace the original while we run
mkdir "$work/lib"
(cd "$work/lib" && unzip -q -j -o ../consilium.jar 'BOOT-INF/lib/consilium-crypto-*.jar' 'BOOT-INF/lib/h2-*.jar' \
	'BOOT-INF/lib/postgresql-*.jar')
results="$work/results.tsv"
: >"$results"
app_pid=""
pg_db=""

stop_app() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
		kill -0 "$app_pid" 2>/dev/null && kill -9 "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	app_pid=""
}

cleanup() {
	stop_app
	rm -rf "$work/consilium.jar" "$work/lib" "$work"/h2-data # keep the logs and results, not the copies
	if [[ -n "$pg_db" ]]; then
		psql -q -d postgres -c "drop database if exists $pg_db with (force)" >/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

db_env() { # the jar's settings for one database
	case "$1" in
		h2) echo "CONSILIUM_DATA_DIR=$work/h2-data" ;;
		postgresql) echo "CONSILIUM_DATA_DIR=$work/pg-data CONSILIUM_DATABASE_URL=jdbc:postgresql://$PGHOST:$PGPORT/$pg_db" \
			"CONSILIUM_DATABASE_USER=$PGUSER CONSILIUM_DATABASE_PASSWORD=${PGPASSWORD:-}" ;;
	esac
}

label_of() { [[ "$1" == h2 ]] && echo H2 || echo PostgreSQL; }

# start_app DB LOGNAME: starts the jar on that database, waits until it is healthy.
start_app() {
	local db="$1" log="$work/$2.log" waited
	# shellcheck disable=SC2046
	env $(db_env "$db") "${app_env[@]}" PORT="$port" CONSILIUM_SETUP_TOKEN="$setup_token" \
		"$app_java" "${app_java_opts[@]}" -jar "$work/consilium.jar" >"$log" 2>&1 &
	app_pid=$!
	for waited in $(seq 1 240); do
		if ! kill -0 "$app_pid" 2>/dev/null; then
			echo "the app exited during start; end of $log:" >&2
			tail -40 "$log" >&2
			exit 1
		fi
		if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health" 2>/dev/null || true)" == 200 ]]; then
			echo "$(label_of "$db"): up after $waited s (pid $app_pid)"
			return
		fi
		sleep 1
	done
	echo "the app did not become healthy in 240 s; see $log" >&2
	exit 1
}

commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
header="case-list benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $commit, jar $(sha256sum "$work/consilium.jar" | cut -c1-12) \
($(date -u -r "$jar" +%Y-%m-%dT%H:%MZ)), app on $("$app_java" -version 2>&1 | head -1), $(nproc) cores, \
$(free -g | awk '/Mem/ {print $2}') GiB; $cases cases, $orgs organizations, $providers providers; $concurrency users, \
${warmup} s + ${duration} s per scenario, think time ${think_ms} ms"
echo "$header"
echo "work folder $work; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- 1. schema and the people who sign in, through the jar and its API ----------------------------------
urls=()
for db in $databases; do
	case "$db" in
		h2) urls+=("jdbc:h2:file:$work/h2-data/consilium;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH") ;;
		postgresql)
			pg_db="consilium_cases_bench_$$"
			psql -q -d postgres -c "create database $pg_db" >/dev/null
			urls+=("jdbc:postgresql://$PGHOST:$PGPORT/$pg_db?reWriteBatchedInserts=true")
			;;
		*) echo "unknown database $db (h2, postgresql)" >&2; exit 1 ;;
	esac
	start_app "$db" "$db-setup"
	java "$here/CaseListLoad.java" --phase setup --base "$base" --setup-token "$setup_token" \
		--requesters "$load_requesters" --providers "$load_providers"
	stop_app
done

# ---- 2. the bulk, over JDBC ---------------------------------------------------------------------------------
seed_args=(--cases "$cases" --orgs "$orgs" --providers "$providers" --requesters-per-org "$per_org" --threads "$seed_threads")
[[ -n "${SEED_CACHE:-}" ]] && seed_args+=(--cache "$SEED_CACHE")
seed_t0=$(date +%s)
java -cp "$work/lib/*" "$here/CaseSeed.java" "${seed_args[@]}" "${urls[@]}" | tee "$work/seed.log"
echo "seeding took $(($(date +%s) - seed_t0)) s in all (load average now $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$work/seed.log"

# ---- 3. the load, then the plans ------------------------------------------------------------------------
explain() { # the queries CaseListQuery builds for the scenarios, with the values the load used; the app stopped
	local db="$1" url="$2"
	echo "deep_page='$deep_page'" >>"$work/params"
	java -cp "$work/lib/*" "$here/Explain.java" "${url%%\?*}" "$work/params" --runs 20 >"$work/$db-plans.txt"
}

i=0
for db in $databases; do
	label="$(label_of "$db")"
	start_app "$db" "$db-load"
	if ! java "$here/CaseListLoad.java" --phase load --base "$base" --concurrency "$concurrency" \
		--jit-warmup "$jit_warmup" --warmup "$warmup" --duration "$duration" --deep-page "$deep_page" \
		--requesters "$load_requesters" --providers "$load_providers" --pid "$app_pid" --label "$label" \
		--tsv "$results" --params "$work/params" --think-ms "$think_ms" | tee "$work/$db-load.out"; then
		echo "$label: the load driver stopped; first errors in the server log ($work/$db-load.log):" >&2
		grep -A4 ' ERROR ' "$work/$db-load.log" | cut -c1-240 | head -20 >&2
		exit 1
	fi
	echo "$label: server log: $(grep -c ' ERROR ' "$work/$db-load.log" || true) ERROR lines, $(grep -c ' WARN ' \
		"$work/$db-load.log" || true) WARN lines$(grep -q -i 'connection is not available' "$work/$db-load.log" && echo \
		', CONNECTION POOL TIMEOUTS')"
	stop_app
	explain "$db" "${urls[$i]}"
	cat "$work/$db-plans.txt"
	i=$((i + 1))
	if [[ "$db" == postgresql ]]; then
		psql -q -d postgres -c "drop database $pg_db with (force)" >/dev/null
		pg_db=""
	fi
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

table() {
	echo "| database | scenario | operation | users | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |"
	echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
	awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }' "$results"
	echo
	awk -F'\t' '$12 != "" { printf "- %s, %s: %s\n", $1, $2, $12 }' "$results"
}

echo
table
echo
echo "load average: $load_start at start, $load_end at the end; results and server logs in $work"

if [[ "$results_md" != "-" ]]; then
	{
		echo "# Case-list benchmark, $(date -u +%Y-%m-%d)"
		echo
		echo "$header."
		echo "Command: \`bench/cases/run.sh\` (settings: CASES=$cases ORGS=$orgs PROVIDERS=$providers CONCURRENCY=$concurrency" \
			"JIT_WARMUP=$jit_warmup WARMUP=$warmup DURATION=$duration DEEP_PAGE=$deep_page THINK_MS=$think_ms APP_ENV=\"${APP_ENV:-}\"" \
			"APP_JAVA_OPTS=\"${APP_JAVA_OPTS:-}\"). Load average $load_start at the start, $load_end at the end."
		echo
		echo "## Seeding"
		echo
		echo '```'
		cat "$work/seed.log"
		echo '```'
		echo
		echo "## Latency and throughput"
		echo
		table
		for db in $databases; do
			echo
			echo "### $(label_of "$db"): the driver's log"
			echo
			echo '```'
			cat "$work/$db-load.out"
			echo '```'
		done
		for db in $databases; do
			echo
			echo "## $(label_of "$db"): the queries alone and their plans (after the load, the app stopped, same values)"
			echo
			echo '```'
			cat "$work/$db-plans.txt"
			echo '```'
		done
	} >"$results_md"
	echo "written to $results_md"
fi
