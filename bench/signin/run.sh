#!/usr/bin/env bash
# Sign-in benchmark (see README.md): the jar on H2 with a fresh data folder, then on a fresh PostgreSQL
# database; each seeded through the API, loaded by SignInLoad.java, optionally the profile fetch alone by wrk;
# one table at the end. Everything it starts it stops; the PostgreSQL database it creates it drops.
#
# Settings (environment):
#   CONSILIUM_JAR   the jar to measure (default server/target/consilium.jar; copied to a temp folder first)
#   APP_JAVA        java that runs the jar (default: java on PATH)
#   APP_JAVA_OPTS   JVM options for the jar (default none: the JVM's own choices, as README.md runs it)
#   BENCH_PORT      port of the instance under test (default 18080; must be free)
#   DATABASES       "h2 postgresql" (default) or one of them
#   CONCURRENCY     virtual users per level, comma-separated (default 16,64)
#   WARMUP, DURATION  seconds per level, unrecorded then recorded (default 5, 25)
#   USERS           seeded accounts (default 64: one per virtual user at 64)
#   JIT_WARMUP      seconds of unrecorded load on each fresh JVM before anything is timed (default 30)
#   CALIBRATE       sequential sign-ins timed one at a time (default 15)
#   HASH_ROUNDS     Argon2id checks timed in isolation by HashCost.java before each database, 0 to skip (default 20)
#   WRK_DURATION    seconds per wrk run of the profile fetch alone, 0 to skip (default 15; skipped without wrk)
#   PGHOST, PGPORT, PGUSER  PostgreSQL server (default 127.0.0.1, 5432, postgres; trust auth or PGPASSWORD)
#   PG_SLOW_MS      statements slower than this are logged by PostgreSQL for the bench database only (default 100)
#   PG_LOG          PostgreSQL's log, read for those statements when readable
#                   (default /var/log/postgresql/postgresql-*-main.log, Debian's)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
jar="${CONSILIUM_JAR:-$repo/server/target/consilium.jar}"
app_java="${APP_JAVA:-java}"
read -r -a app_java_opts <<<"${APP_JAVA_OPTS:-}"
port="${BENCH_PORT:-18080}"
databases="${DATABASES:-h2 postgresql}"
concurrency="${CONCURRENCY:-16,64}"
warmup="${WARMUP:-5}"
duration="${DURATION:-25}"
users="${USERS:-64}"
calibrate="${CALIBRATE:-15}"
jit_warmup="${JIT_WARMUP:-30}"
hash_rounds="${HASH_ROUNDS:-20}"
wrk_duration="${WRK_DURATION:-15}"
pg_slow_ms="${PG_SLOW_MS:-100}"
pg_log="${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
base="http://127.0.0.1:$port"
setup_token="bench-$RANDOM$RANDOM"

[[ -f "$jar" ]] || { echo "no jar at $jar: build it (./mvnw -q -DskipTests package) or set CONSILIUM_JAR" >&2; exit 1; }
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
	echo "port $port is in use: set BENCH_PORT to a free port" >&2
	exit 1
fi

work="$(mktemp -d /tmp/consilium-signin-bench.XXXXXX)"
cp "$jar" "$work/consilium.jar" # the build may replace the original while we run
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
	rm -rf "$work/consilium.jar" "$work/lib" # keep the logs and results, not 55 MB of copies
	if [[ -n "$pg_db" ]]; then
		psql -q -d postgres -c "drop database if exists $pg_db with (force)" >/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_app LABEL [VAR=value ...]: starts the jar with a fresh setup token, waits until it is healthy.
start_app() {
	local label="$1" waited
	shift
	env "$@" PORT="$port" CONSILIUM_SETUP_TOKEN="$setup_token" CONSILIUM_DATA_DIR="$work/$label-data" \
		"$app_java" "${app_java_opts[@]}" -jar "$work/consilium.jar" >"$work/$label.log" 2>&1 &
	app_pid=$!
	for waited in $(seq 1 180); do
		if ! kill -0 "$app_pid" 2>/dev/null; then
			echo "the app exited during start; end of $work/$label.log:" >&2
			tail -40 "$work/$label.log" >&2
			exit 1
		fi
		if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health" 2>/dev/null || true)" == 200 ]]; then
			echo "$label: up after $waited s (pid $app_pid)"
			return
		fi
		sleep 1
	done
	echo "the app did not become healthy in 180 s; see $work/$label.log" >&2
	exit 1
}

# wrk_profile LABEL: the profile fetch alone, one session shared by all connections.
wrk_profile() {
	local label="$1" c out
	[[ "$wrk_duration" != 0 ]] && command -v wrk >/dev/null || return 0
	for c in ${concurrency//,/ }; do
		out="$(wrk -t2 -c"$c" -d"${wrk_duration}s" --latency -H "Cookie: $(cat "$work/$label.cookie")" \
			-H "Accept: application/json" "$base/api/session")"
		echo "$out" | sed "s/^/  wrk $label c=$c (until $(date -u +%H:%M:%S) UTC) | /"
		echo "$out" | awk -v label="$label" -v c="$c" -v d="$wrk_duration" '
			function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
			$1 == "Latency" && NF >= 4 { max = ms($4) }
			$1 == "50%" { p50 = ms($2) } $1 == "90%" { p90 = ms($2) } $1 == "99%" { p99 = ms($2) }
			/requests in/ { n = $1 }
			/Non-2xx or 3xx responses/ { bad += $NF }
			/Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
			END { printf "%s\t%s\tprofile (wrk)\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\tone session, no sign-in\n",
			      label, c, n, (n - bad) / d, p50, p90, p99, max, bad }' >>"$results"
	done
}

# hash_cost LABEL: one Argon2id check in isolation, with the server's encoder and jars, on the app's java.
hash_cost() {
	local label="$1" out
	[[ "$hash_rounds" != 0 ]] || return 0
	if [[ ! -d "$work/lib" ]]; then
		mkdir "$work/lib"
		(cd "$work/lib" && unzip -q -j -o ../consilium.jar 'BOOT-INF/lib/spring-security-crypto-*.jar' \
			'BOOT-INF/lib/bcprov-*.jar' 'BOOT-INF/lib/spring-core-*.jar' 'BOOT-INF/lib/commons-logging-*.jar')
	fi
	out="$("$app_java" -cp "$work/lib/*" "$here/HashCost.java" "$hash_rounds")"
	echo "$label: $out"
	echo "$out" | sed -E 's/.*: ([0-9]+) checks, wall min ([0-9.]+) \/ median ([0-9.]+) ms, CPU min ([0-9.]+) \/ median ([0-9.]+) ms.*/\1 \2 \3 \4 \5/' |
		awk -v label="$label" '{ printf "%s\t1\tArgon2id check alone\t%s\t%.1f\t%s\t-\t-\t-\t0\tserver encoder in its own JVM, no HTTP; CPU min %s / median %s ms\n",
			label, $1, 1000 / $5, $3, $4, $5 }' >>"$results"
}

# bench LABEL [VAR=value ...]: one database, start to stop.
bench() {
	local label="$1"
	hash_cost "$label"
	start_app "$@"
	if ! java "$here/SignInLoad.java" --base "$base" --setup-token "$setup_token" --users "$users" \
		--concurrency "$concurrency" --jit-warmup "$jit_warmup" --warmup "$warmup" --duration "$duration" \
		--calibrate "$calibrate" --pid "$app_pid" --label "$label" --tsv "$results" \
		--cookie-file "$work/$label.cookie"; then
		echo "$label: the load driver stopped; first errors in the server log ($work/$label.log):" >&2
		grep -A4 ' ERROR ' "$work/$label.log" | cut -c1-240 | head -20 >&2
		exit 1
	fi
	wrk_profile "$label"
	echo "$label: server log: $(grep -c ' ERROR ' "$work/$label.log" || true) ERROR lines, $(grep -c ' WARN ' \
		"$work/$label.log" || true) WARN lines$(grep -q -i 'connection is not available' "$work/$label.log" && echo \
		', CONNECTION POOL TIMEOUTS')"
	stop_app
}

commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
app_version="$("$app_java" -version 2>&1 | head -1)"
echo "sign-in benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $commit, jar $(sha256sum "$work/consilium.jar" | cut -c1-12)" \
	"($(date -u -r "$jar" +%Y-%m-%dT%H:%MZ)), app on $app_version, $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB," \
	"work folder $work"

for db in $databases; do
	case "$db" in
		h2) bench H2 ;;
		postgresql)
			pg_db="consilium_signin_bench_$$"
			psql -q -d postgres -c "create database $pg_db" >/dev/null
			psql -q -d postgres -c "alter database $pg_db set log_min_duration_statement = $pg_slow_ms" >/dev/null
			pg_log_from=0
			[[ -r "$pg_log" ]] && pg_log_from="$(wc -l <"$pg_log")"
			bench PostgreSQL CONSILIUM_DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$pg_db" \
				CONSILIUM_DATABASE_USER="$PGUSER" CONSILIUM_DATABASE_PASSWORD="${PGPASSWORD:-}"
			psql -q -d postgres -c "drop database $pg_db with (force)" >/dev/null
			if [[ -r "$pg_log" ]]; then
				tail -n +"$((pg_log_from + 1))" "$pg_log" | grep "@$pg_db " | grep "duration:" >"$work/pg-slow.log" || true
				echo "PostgreSQL: $(wc -l <"$work/pg-slow.log") statements slower than $pg_slow_ms ms (in $work/pg-slow.log); most frequent:"
				sed -E 's/.*duration: ([0-9.]+) ms +(statement|execute [^:]*): //' "$work/pg-slow.log" | cut -c1-110 |
					sort | uniq -c | sort -rn | head -8
			fi
			pg_db=""
			;;
		*) echo "unknown database $db (h2, postgresql)" >&2; exit 1 ;;
	esac
done

echo
echo "| database | users | operation | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | notes |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }' "$results"
echo
echo "(users 1 = the sequential calibration; results and server logs in $work)"
