#!/usr/bin/env bash
# Before and after (a benchmark, not a test): two commits side by side on one machine in one run. Each is built in
# Release into its own folder (the older one from a git worktree), ingests the same make-seeds.py documents into its own
# database (so each has its own schema), and serves it; then, in rounds alternating the two servers (A/B/A/B), the
# Benchmarks project's `http` suite times the static page and the API's shapes, the server's CPU per request is read
# from /proc, and the 10,000-event page benchmark (prerendered `/` over 100 requests, as run.sh, and the filter round
# trip of filter-roundtrip.js) runs against each. Prints a side-by-side table; the after/before column is the ratio of
# the medians over the rounds.
# Usage: before-after.sh [BEFORE [AFTER]]   BEFORE defaults to ffefe1a (main before session 5's issue-13 merges); AFTER
#        to this working tree as it is (HEAD and any uncommitted change), or a commit, built from a second worktree.
# Environment: EVENTS (10000), ROUNDS (3), REQUESTS (200 per URL and round), WARMUP (200 requests per URL and server
#        before the first round, so that the JIT's recompiling is not measured), TRIPS (40 round trips after 60 warm-up),
#        PORTS ("5140 5141"), WORK (/tmp/before-after: builds, seeds and databases, kept for a re-run; a database is
#        built again only when its commit changes), BEFORE_TREE (/tmp/before-after-tree: the worktree of BEFORE).
# Needs python3, curl, /usr/bin/chromium; run on a quiet machine for figures to quote (the load is printed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
before="${1:-ffefe1a}" after="${2:-}"
events="${EVENTS:-10000}" rounds="${ROUNDS:-3}" requests="${REQUESTS:-200}" warmup="${WARMUP:-200}" trips="${TRIPS:-40}"
read -r port_a port_b <<< "${PORTS:-5140 5141}"
work="${WORK:-/tmp/before-after}" before_tree="${BEFORE_TREE:-/tmp/before-after-tree}"
mkdir -p "$work"
results="$work/results.tsv"
: > "$results"
declare -A pid
trap 'for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

# A worktree of COMMIT at FOLDER, created or moved to it (detached: no branch is touched).
checkout() {
    local commit="$1" folder="$2"
    if [ -d "$folder" ]; then git -C "$folder" checkout -q --detach "$commit"; else git -C "$root" worktree add -q --detach "$folder" "$commit"; fi
}

# Builds the web app of a source tree in Release into $work/SIDE/app.
build() {
    local side="$1" tree="$2"
    echo "building $side ($(git -C "$tree" rev-parse --short HEAD)$([ -n "$(git -C "$tree" status --porcelain -uno)" ] && echo ' + changes')) ..."
    dotnet build -c Release "$tree/src/JapanRussia.Web" -o "$work/$side/app" -v q -nologo > "$work/$side-build.log" || { cat "$work/$side-build.log"; exit 1; }
}

# The side's own database: its ingest verb (which applies its own migrations) over the shared seeds.
database() {
    local side="$1" stamp
    stamp="$(sha1sum "$work/$side/app/JapanRussia.Web.dll" "$work/$side/app/JapanRussia.Core.dll" | sha1sum | cut -c1-12)-$events"
    if [ -f "$work/$side.db" ] && [ "$(cat "$work/$side.stamp" 2>/dev/null)" = "$stamp" ]; then return; fi
    rm -f "$work/$side.db"*
    echo "ingesting $side ..."
    dotnet "$work/$side/app/JapanRussia.Web.dll" ingest --seeds "$work/seeds" --db "$work/$side.db" | tail -1
    echo "$stamp" > "$work/$side.stamp"
}

serve() {
    local side="$1" port="$2"
    dotnet "$work/$side/app/JapanRussia.Web.dll" --db "$work/$side.db" --seeds "$work/seeds" --urls "http://127.0.0.1:$port" \
        --Timeline:CacheResponses false --Timeline:IngestOnStartup false --RateLimiting:Api:PermitLimit 0 \
        --Serilog:MinimumLevel:Default Warning > "$work/$side-app.log" 2>&1 &
    pid[$side]=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.5; done
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; }

# One URL on one side: the http suite's p50 and p95, and the server's CPU per request over the same requests (with the
# suite's 20 warm-up requests).
measure_url() {
    local side="$1" port="$2" path="$3" server="$4" start end line
    start="$(cpu_ticks "$server")"
    line="$(dotnet "$work/bench/JapanRussia.Benchmarks.dll" http --url "http://127.0.0.1:$port$path" --requests "$requests")"
    end="$(cpu_ticks "$server")"
    record "$path, p50 (ms)" "$side" "$(sed -E 's/.*p50 ([0-9.]+) ms.*/\1/' <<< "$line")"
    record "$path, p95 (ms)" "$side" "$(sed -E 's/.*p95 ([0-9.]+) ms.*/\1/' <<< "$line")"
    record "$path, server CPU per request (ms)" "$side" \
        "$(awk -v t="$((end - start))" -v n="$((requests + 20))" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')"
}

# run.sh's two figures on one side: prerendered `/` over 100 requests after 10, and the filter round trip.
measure_page() {
    local side="$1" port="$2" out
    for _ in $(seq 1 10); do curl -s -o /dev/null "http://127.0.0.1:$port/"; done
    for _ in $(seq 1 100); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/"; done | sort -n |
        awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f\n", t[int(NR * 0.5)], t[int(NR * 0.95)] }' > "$work/curl.txt"
    read -r p50 p95 < "$work/curl.txt"
    record "page: prerendered / over 100 (curl), p50 (ms)" "$side" "$p50"
    record "page: prerendered / over 100 (curl), p95 (ms)" "$side" "$p95"
    out="$(PLAYWRIGHT_PACKAGE="$playwright/package" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
        "$playwright/node/linux-x64/node" "$here/filter-roundtrip.js" "http://127.0.0.1:$port" "$trips" 60 | head -1)"
    record "page: filter round trip in page, p50 (ms)" "$side" "$(sed -E 's/.*p50 ([0-9]+) ms.*/\1/' <<< "$out")"
    record "page: filter round trip in page, p95 (ms)" "$side" "$(sed -E 's/.*p95 ([0-9]+) ms.*/\1/' <<< "$out")"
}

after_tree="$root"
if [ -n "$after" ]; then after_tree="$before_tree-after"; checkout "$after" "$after_tree"; fi
checkout "$before" "$before_tree"
build before "$before_tree"
build after "$after_tree"
dotnet build -c Release "$root/tests/JapanRussia.Benchmarks" -o "$work/bench" -v q -nologo > "$work/bench-build.log" || { cat "$work/bench-build.log"; exit 1; }
dotnet build "$root/tests/JapanRussia.EndToEnd" -v q -nologo > "$work/e2e-build.log" || { cat "$work/e2e-build.log"; exit 1; }
playwright="$root/tests/JapanRussia.EndToEnd/bin/Debug/net10.0/.playwright"

if [ ! -f "$work/seeds.events" ] || [ "$(cat "$work/seeds.events")" != "$events" ]; then
    rm -rf "$work/seeds"
    python3 "$here/make-seeds.py" "$work/seeds" "$events"
    echo "$events" > "$work/seeds.events"
fi
database before
database after
serve before "$port_a"
serve after "$port_b"
# The shapes of docs/performance.md's API table, on the synthetic events (their places, words and file names).
urls=(
    "/"
    "/?era=cold-war&page=3"
    "/api/events?era=cold-war"
    "/api/events?era=post-soviet&topic=territory&page=3"
    "/api/events?topic=trade-and-economy&topic=diplomacy-and-summits&from=1950&to=1990"
    "/api/events?place=Moscow&sort=-date&pageSize=100"
    "/api/events?source=synthetic_042.md"
    "/api/events?from=1991&to=1991&pageSize=200"
    "/api/events?q=sanctions"
    "/api/events?q=%22signed+an+agreement%22"
    "/api/events?q=fishing+boats"
    "/api/events?q=conference&era=cold-war&sort=date"
    "/api/events?q=vladi"
)
echo "warming up: $warmup requests per URL and server ..."
for side in before after; do
    port="$([ "$side" = before ] && echo "$port_a" || echo "$port_b")"
    for path in "${urls[@]}"; do
        dotnet "$work/bench/JapanRussia.Benchmarks.dll" http --url "http://127.0.0.1:$port$path" --requests "$warmup" > /dev/null
    done
done

started="$(date -u +%H:%M)" load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
    for side in before after; do
        echo "round $round: $side (load $(cut -d' ' -f1 /proc/loadavg))"
        port="$([ "$side" = before ] && echo "$port_a" || echo "$port_b")"
        for path in "${urls[@]}"; do measure_url "$side" "$port" "$path" "${pid[$side]}"; done
        measure_page "$side" "$port"
    done
done

echo
echo "before $(git -C "$before_tree" rev-parse --short HEAD), after $(git -C "$after_tree" rev-parse --short HEAD)$([ -n "$(git -C "$after_tree" status --porcelain -uno)" ] && echo ' + changes');" \
    "$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM Events").fetchone()[0])' "$work/after.db") events;" \
    "$warmup warm-up requests per URL, then $rounds rounds of $requests, alternated;" \
    "$started–$(date -u +%H:%M) UTC; load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(nproc) cores"
python3 - "$results" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    figure, side, value = line.rstrip("\n").split("\t")
    rows.setdefault(figure, {"before": [], "after": []})[side].append(float(value))
print("| figure | before | after | after/before (medians) |")
print("| --- | --- | --- | --- |")
for figure, sides in rows.items():
    b, a = sides["before"], sides["after"]
    ratio = statistics.median(a) / statistics.median(b) if b and statistics.median(b) else float("nan")
    show = lambda values: " / ".join(f"{v:g}" for v in values)
    print(f"| {figure} | {show(b)} | {show(a)} | {ratio:.2f} |")
EOF
