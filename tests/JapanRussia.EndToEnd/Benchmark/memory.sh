#!/usr/bin/env bash
# Memory under varied load (a benchmark, not a test): serves a database built with make-seeds.py and the ingest verb,
# sends 10,000 varied requests (pages, API, exports, event and source pages; 4 at a time) and prints the server's RSS
# every 1,000. Usage: [PORT=N] memory.sh DATABASE [REQUESTS [SERVER OPTIONS…]]   (response cache on, as served; rate limit off)
# Server options are passed on, e.g. `memory.sh 100k.db 10000 --Timeline:SqliteMemoryMegabytes 32`; runtime knobs go in
# the environment (DOTNET_gcServer=1 …). BUILD=0 skips the build; APP=path/JapanRussia.Web.dll serves another build
# (a copy of the output folder, so that two builds or variants can run side by side under the same load).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
db="$(realpath "$1")" requests="${2:-10000}"
shift $(( $# < 2 ? $# : 2 ))
work="$(mktemp -d)"
trap 'if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
if [ "${BUILD:-1}" != 0 ]; then dotnet build -c Release "$root/src/JapanRussia.Web" -v q -nologo > /dev/null; fi
port="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
echo "commit $(git -C "$root" rev-parse --short HEAD) · dotnet $(dotnet --version) · options: ${*:-none} · env: $(env | grep -E '^DOTNET_' | tr '\n' ' ') · load before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "${APP:-$root/src/JapanRussia.Web/bin/Release/net10.0/JapanRussia.Web.dll}" --db "$db" --seeds "$work" --urls "http://127.0.0.1:$port" \
    --Timeline:IngestOnStartup false --RateLimiting:Api:PermitLimit 0 --Serilog:MinimumLevel:Default Warning "$@" > "$work/app.log" 2>&1 &
app=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.5; done
python3 "$here/memory-load.py" "http://127.0.0.1:$port" "$app" "$db" "$requests"
grep -c "Read budget" "$work/app.log" | sed 's/^/read budgets spent: /' || true
