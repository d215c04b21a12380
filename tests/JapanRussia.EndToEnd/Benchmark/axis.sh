#!/usr/bin/env bash
# Axis speed check (a benchmark, not a test): the time axis over 10,000 synthetic events, first render and each zoom or
# pan step, beside vis-timeline loading the same events in the same browser. vis-timeline is installed from npm into the
# run's scratch folder and never shipped. Usage: [PORT=N] tests/JapanRussia.EndToEnd/Benchmark/axis.sh [events] [rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
events="${1:-10000}"
rounds="${2:-40}"
work="$(mktemp -d)"
port="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

npm install --silent --no-audit --no-fund --prefix "$work/vis" vis-timeline@8.5.4 > /dev/null
dotnet build -c Release "$root/src/JapanRussia.Web" -v q -nologo > /dev/null
dotnet build "$root/tests/JapanRussia.EndToEnd" -v q -nologo > /dev/null
dll="$root/src/JapanRussia.Web/bin/Release/net10.0/JapanRussia.Web.dll"

python3 "$(dirname "$0")/make-seeds.py" "$work/seeds" "$events"
dotnet "$dll" ingest --seeds "$work/seeds" --db "$work/bench.db"
# The same events for vis-timeline, read from the store the app serves.
python3 - "$work/bench.db" "$work/events.json" <<'PY'
import json, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT Id, StartDate, EndDate, Title FROM Events ORDER BY StartDate")
json.dump([{"id": i, "start": s, "end": e, "title": t} for i, s, e, t in rows], open(sys.argv[2], "w"))
PY
# Uncached: every step renders its window (the response cache would answer a window seen before from memory).
dotnet "$dll" --db "$work/bench.db" --seeds "$work/seeds" --urls "http://127.0.0.1:$port" --Timeline:CacheResponses false > "$work/app.log" 2>&1 &
app=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/about"; do sleep 0.5; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
playwright="$root/tests/JapanRussia.EndToEnd/bin/Debug/net10.0/.playwright"
PLAYWRIGHT_PACKAGE="$playwright/package" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 VIS="$work/vis/node_modules/vis-timeline" \
    "$playwright/node/linux-x64/node" "$(dirname "$0")/axis.js" "http://127.0.0.1:$port" "$work/events.json" "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
