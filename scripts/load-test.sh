#!/usr/bin/env bash
# Load test of 'diurna serve' (not a CI test): 1 million synthetic events, then wrk against /api/events and
# /api/timeline with 50 concurrent connections. Prints requests/s, latency percentiles and errors for each.
# Usage: scripts/load-test.sh [DB_DIR] [EVENTS]     (needs the project built: mvn -q package)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-/tmp/diurna-load}"
n="${2:-1000000}"
port=8099
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
if [[ ! -f "$db/diurna.duckdb" ]]; then ./diurna generate-load --db "$db" --events "$n"; fi
./diurna serve --db "$db" --port "$port" > /tmp/diurna-load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/api/events?limit=1" >/dev/null 2>&1 && break; sleep 0.5; done
urls=(
  "/api/events?dyad=TUR,RUS&type=CONSULT&from=2016-01-01&to=2016-12-31"
  "/api/events?actor=SYR&from=2019-01-01&to=2019-06-30&limit=50"
  "/api/timeline?actor=TUR&interval=week&from=2016-01-01&to=2017-12-31"
  "/api/timeline?type=ASSAULT&interval=day&from=2020-01-01&to=2020-03-31"
)
for u in "${urls[@]}"; do
  echo "== GET $u   (repeated: answered from the response cache after the first time)"
  wrk -t2 -c50 -d20s --latency "http://127.0.0.1:$port$u" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in"
done
echo "== GET /api/events with a different date range on every request (never cached)"
wrk -t2 -c50 -d20s --latency -s scripts/uncached.lua "http://127.0.0.1:$port" \
  | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in"
