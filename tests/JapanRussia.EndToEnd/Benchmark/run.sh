#!/usr/bin/env bash
# Speed check (a benchmark, not a test): 10,000 synthetic events; prerendered `/` p95 and filter-change round trip p95.
# Usage: [CACHE=true] tests/JapanRussia.EndToEnd/Benchmark/run.sh [events]   (needs /usr/bin/chromium and python3)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
events="${1:-10000}"
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/JapanRussia.Web" -v q -nologo > /dev/null
dotnet build "$root/tests/JapanRussia.EndToEnd" -v q -nologo > /dev/null
dll="$root/src/JapanRussia.Web/bin/Release/net10.0/JapanRussia.Web.dll"

python3 "$(dirname "$0")/make-seeds.py" "$work/seeds" "$events"
dotnet "$dll" ingest --seeds "$work/seeds" --db "$work/bench.db"
# The response cache would answer every `/` after the first from memory; CACHE=true measures that, the default the render.
dotnet "$dll" --db "$work/bench.db" --seeds "$work/seeds" --urls "http://127.0.0.1:$port" --Timeline:CacheResponses "${CACHE:-false}" > "$work/app.log" 2>&1 &
app=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/about"; do sleep 0.5; done

for _ in $(seq 1 10); do curl -s -o /dev/null "http://127.0.0.1:$port/"; done
for _ in $(seq 1 100); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/"; done | sort -n |
    awk '{ t[NR] = $1 * 1000 } END { printf "prerendered / over %d: p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", NR, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'

playwright="$root/tests/JapanRussia.EndToEnd/bin/Debug/net10.0/.playwright"
PLAYWRIGHT_PACKAGE="$playwright/package" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    "$playwright/node/linux-x64/node" "$(dirname "$0")/filter-roundtrip.js" "http://127.0.0.1:$port" 40
