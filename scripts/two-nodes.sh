#!/usr/bin/env bash
# A scripted run (not a test) of the several-nodes deployment on one machine: a throwaway PostgreSQL cluster, one
# ingestion, and two web nodes on two ports that only serve. A document is changed and ingested again while both
# nodes serve; both must then answer the new data (the data version lives in the store, not in a node).
# Usage: scripts/two-nodes.sh [POSTGRES_PORT NODE_A_PORT NODE_B_PORT]   (defaults 5444 5151 5152)
set -euo pipefail
cd "$(dirname "$0")/.."
pg_port=${1:-5444}; node_a=${2:-5151}; node_b=${3:-5152}

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
work=$(mktemp -d "${TMPDIR:-/tmp}/jr-two-nodes.XXXXXX")
[ "$(id -u)" -ne 0 ] || chown postgres "$work"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_postgres "$pg_bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

say "PostgreSQL: initdb in $work, port $pg_port"
as_postgres "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w start -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" >/dev/null
db="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=timeline"

say "Build"
dotnet build src/JapanRussia.Web -v q --nologo >/dev/null
app=(dotnet src/JapanRussia.Web/bin/Debug/net10.0/JapanRussia.Web.dll)
mkdir -p "$work/seeds" && cp seeds/* "$work/seeds/"

say "Ingestion (its own process): ${app[*]} ingest --seeds SEEDS --db \"$db\""
"${app[@]}" ingest --seeds "$work/seeds" --db "$db"

for port in "$node_a" "$node_b"; do
  say "Web node on 127.0.0.1:$port (serves only: Timeline:IngestOnStartup=false)"
  "${app[@]}" --db "$db" --seeds "$work/seeds" --urls "http://127.0.0.1:$port" --Timeline:IngestOnStartup=false >"$work/node-$port.log" 2>&1 &
  pids+=($!)
done
for port in "$node_a" "$node_b"; do
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 1; done
done

ask() {
  for port in "$node_a" "$node_b"; do
    local health total
    health=$(curl -fs "http://127.0.0.1:$port/health")
    total=$(curl -fs "http://127.0.0.1:$port/api/events?q=zanzibarian&pageSize=1" | grep -o '"total":[0-9]*')
    say "node :$port  /health $health  |  /api/events?q=zanzibarian $total"
  done
}
say "Before the change"
ask

say "A document changes; ingested again while both nodes serve"
printf '\nIn 1956 the Zanzibarian delegation signed a declaration in Moscow.\n' >>"$work/seeds/$(ls "$work/seeds" | head -n 1)"
"${app[@]}" ingest --seeds "$work/seeds" --db "$db"

say "After the change (no restart, no message to the nodes)"
ask
a=$(curl -fs "http://127.0.0.1:$node_a/api/events?q=zanzibarian" | grep -o '"total":[0-9]*')
b=$(curl -fs "http://127.0.0.1:$node_b/api/events?q=zanzibarian" | grep -o '"total":[0-9]*')
if [ "$a" = "$b" ] && [ "$a" != '"total":0' ]; then say "OK: both nodes answer the new data ($a)"; else say "FAILED: node A $a, node B $b"; exit 1; fi
