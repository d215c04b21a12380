#!/usr/bin/env bash
# Load and growth figures (a benchmark, not a test) for each database size, default 1,000, 10,000 and 100,000 events:
#   ingestion time and peak memory, unchanged re-ingestion; wrk at 64 connections on `/` and `/api/events`
#   (throughput, p50/p95/p99); server memory per Blazor circuit with 200 circuits from headless Chromium.
# Usage: tests/JapanRussia.EndToEnd/Benchmark/growth.sh [events ...]
# Needs wrk, python3, /usr/bin/time and /usr/bin/chromium (apt-get install -y wrk time chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
duration="${WRK_DURATION:-20s}"
circuits="${CIRCUITS:-200}"
work="$(mktemp -d)"
trap 'if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/JapanRussia.Web" -v q -nologo > /dev/null
dotnet build -c Release "$root/tests/JapanRussia.Benchmarks" -v q -nologo > /dev/null
dll="$root/src/JapanRussia.Web/bin/Release/net10.0/JapanRussia.Web.dll"
benchmarks="$root/tests/JapanRussia.Benchmarks/bin/Release/net10.0/JapanRussia.Benchmarks.dll"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%F) · dotnet $(dotnet --version) · commit $(git -C "$root" rev-parse --short HEAD) · load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for events in "${sizes[@]}"; do
    seeds="$work/seeds-$events" db="$work/bench-$events.db"
    python3 "$here/make-seeds.py" "$seeds" "$events" > /dev/null
    /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$dll" ingest --seeds "$seeds" --db "$db" > /dev/null
    read -r ingest_s ingest_kb < "$work/time"
    /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$dll" ingest --seeds "$seeds" --db "$db" > /dev/null
    read -r reingest_s _ < "$work/time"
    stored="$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from Events').fetchone()[0])" "$db")"
    echo "== $events events requested, $stored stored: ingestion ${ingest_s} s, peak RSS $((ingest_kb / 1024)) MB; unchanged re-ingestion ${reingest_s} s"

    port="$(free_port)" base=""
    base="http://127.0.0.1:$port"
    # Rate limiting would turn a load test into a test of the limiter: off for this run only.
    dotnet "$dll" --db "$db" --seeds "$seeds" --urls "$base" --Timeline:IngestOnStartup false \
        --RateLimiting:Api:PermitLimit 0 --Serilog:MinimumLevel:Default Warning > "$work/app.log" 2>&1 &
    app=$!
    until curl -sf -o /dev/null "$base/health"; do sleep 0.5; done
    # Each URL alone (popular views: after the first request they come from the response cache), then a long tail
    # of 3,520 distinct year spans (nearly every request a cache miss: the full render or query).
    for run in "/ 0" "/api/events?era=cold-war&topic=territory 0" "/api/events?q=treaty 0" "/ 1" "/api/events 1"; do
        read -r url varied <<< "$run"
        for _ in $(seq 1 20); do curl -s -o /dev/null "$base$url"; done
        cpu_before="$(cpu_ticks "$app")"
        figures="$(VARIED="$varied" wrk -t2 -c64 -d"$duration" --timeout 5s -s "$here/percentiles.lua" "$base$url" | tail -1)"
        cpu_after="$(cpu_ticks "$app")"
        requests="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$figures")"
        # Server CPU per request: a figure that, unlike latency, barely depends on what else the machine is doing.
        cpu="$(awk -v t=$((cpu_after - cpu_before)) -v r="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", r ? t * 1000 / hz / r : 0 }')"
        printf '%-45s %s server_cpu_ms_per_request=%s\n' "$url $([ "$varied" = 1 ] && echo '(long tail)')" "$figures" "$cpu"
    done
    kill "$app"; wait "$app" 2>/dev/null || true
    app=""
    dotnet "$benchmarks" circuits --db "$db" --seeds "$seeds" --count "$circuits"
done
