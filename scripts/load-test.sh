#!/usr/bin/env bash
# Load test of 'diurna serve' (not a CI test): 1 million synthetic events, then wrk with 50 concurrent connections.
# /api/events is asked the same question over and over (the response cache answers) and then a new question on every
# request (the cache never can: the uncached cost), on the same server in the same run, and the script prints the
# ratio of the two. With BASELINE set, another build is measured the same way in the same run, on the same database,
# and the script prints this build's figures against it. Then repeated filtered queries of /api/events and
# /api/timeline. Prints requests/s, latency percentiles, errors and how many answers came from the cache.
# Usage: scripts/load-test.sh [DB_DIR] [EVENTS] [MENTIONS]   (needs the project built: mvn -q -DskipTests package)
# The database is made by 'diurna generate-load' when DB_DIR has none: EVENTS events (1 million), MENTIONS mentions each
# (0; 2 gives the listings mentions and articles to read, as a real database does).
# Environment: DURATION (20s per wrk run), CONNECTIONS (50), THREADS (2, wrk's), TIMEOUT (10s: a slower answer is
# a socket timeout, left out of the latencies), PORT (8099), ONLY_EVENTS=1 (skip the repeated queries), BASELINE (the
# launcher of another build, e.g. a checkout of an older commit: its ./diurna).
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-/tmp/diurna-load}"
n="${2:-1000000}"
mentions="${3:-0}"
port="${PORT:-8099}"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-50}"
threads="${THREADS:-2}"
timeout="${TIMEOUT:-10s}"
log="/tmp/diurna-load-server-$port.log"
summary="Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in|cache hits"
out=$(mktemp -d)
server=
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$out"' EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
if [[ ! -f "$db/diurna.duckdb" ]]; then ./diurna generate-load --db "$db" --events "$n" --mentions "$mentions"; fi

# Starts 'serve' with launcher $1 (one server at a time: DuckDB locks the database file).
start() {
  "$1" serve --db "$db" --port "$port" > "$log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/api/events?limit=1" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "the server did not start: $log" >&2
  exit 1
}
stop() {
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
}
# One wrk run of scripts/events.lua in mode $2 (same|distinct), its output kept in $out/$1-$2.
events() {
  echo "== $1: GET /api/events, $([[ $2 == same ]] && echo "the same question every time (cached after the first)" \
    || echo "a new question every time (never cached)")"
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency -s scripts/events.lua \
    "http://127.0.0.1:$port" -- "$2" "$threads" > "$out/$1-$2"
  grep -E "$summary" "$out/$1-$2"
}
# "requests/s p50 p99" of a wrk output, latencies in ms.
figures() {
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000;
                        return v }
       /Requests\/sec/ { r = $2 } / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) }
       END { printf "%s %s %s", r, p50, p99 }' "$1"
}
# Prints "label requests/s p50 p99" for $out/$1-$2, and remembers it in $out/table.
row() {
  read -r r p50 p99 <<< "$(figures "$out/$1-$2")"
  awk -v l="$1 $3" -v r="$r" -v a="$p50" -v b="$p99" 'BEGIN { printf "%-20s %12.0f %10.2f %10.2f\n", l, r, a, b }' \
    >> "$out/table"
  echo "$r $p50 $p99"
}
# "x0.123" and the like: $1 / $2 ("n/a" when $2 is 0: no request answered within the timeout).
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) printf "n/a"; else printf "x%.3f", a / b }'
}

if [[ -n "${BASELINE:-}" ]]; then
  start "$BASELINE"
  events baseline same
  events baseline distinct
  stop
fi
start ./diurna
events this same
events this distinct
printf "== /api/events with %d connections, %s per run, this run:\n" "$connections" "$duration"
printf "%-20s %12s %10s %10s\n" "" "requests/s" "p50 ms" "p99 ms"
if [[ -n "${BASELINE:-}" ]]; then
  read -r bcr bcp50 bcp99 <<< "$(row baseline same cached)"
  read -r bur bup50 bup99 <<< "$(row baseline distinct uncached)"
fi
read -r cr cp50 cp99 <<< "$(row this same cached)"
read -r ur up50 up99 <<< "$(row this distinct uncached)"
cat "$out/table"
echo "this build, uncached/cached: requests/s $(ratio "$ur" "$cr"), p50 $(ratio "$up50" "$cp50"), p99 $(ratio "$up99" "$cp99")"
if [[ -n "${BASELINE:-}" ]]; then
  echo "baseline, uncached/cached: requests/s $(ratio "$bur" "$bcr"), p50 $(ratio "$bup50" "$bcp50"), p99 $(ratio "$bup99" "$bcp99")"
  echo "this build/baseline, uncached: requests/s $(ratio "$ur" "$bur"), p50 $(ratio "$up50" "$bup50"), p99 $(ratio "$up99" "$bup99")"
fi
[[ "${ONLY_EVENTS:-}" == 1 ]] && exit 0

urls=(
  "/api/events?dyad=TUR,RUS&type=CONSULT&from=2016-01-01&to=2016-12-31"
  "/api/timeline?actor=TUR&interval=week&from=2016-01-01&to=2017-12-31"
  "/api/timeline?type=ASSAULT&interval=day&from=2020-01-01&to=2020-03-31"
)
for u in "${urls[@]}"; do
  echo "== GET $u   (repeated: answered from the response cache after the first time)"
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency "http://127.0.0.1:$port$u" \
    | grep -E "$summary"
done
