#!/usr/bin/env bash
# Runs every test of the solution on a fresh Debian machine that has only the .NET SDK.
# What some tests need beyond the SDK (Chromium for the browser tests, Node.js/npm for TimelineJS and the
# OpenAPI linter, PostgreSQL for the store's second provider) is installed first when it is missing. A throwaway
# PostgreSQL cluster (initdb in a temporary folder, a loopback port, no system service) serves the PostgreSQL half
# of the store, ingestion, search and API tests, and is stopped and removed at the end. Exits non-zero when any
# test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# Fonts so that screenshots show text in the browser tests.
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing what the tests need: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user the package created.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/jr-ci-postgres.XXXXXX")
[ "$(id -u)" -ne 0 ] || chown postgres "$pg_dir"
pg_port=""
for port in $(seq "${JR_CI_POSTGRES_FIRST_PORT:-5440}" "${JR_CI_POSTGRES_LAST_PORT:-5449}"); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then pg_port=$port; break; fi
done
[ -n "$pg_port" ] || { echo "No free port for the test PostgreSQL cluster." >&2; exit 1; }
stop_postgres() { as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
echo "PostgreSQL for the tests: $("$pg_bin/postgres" --version), 127.0.0.1:$pg_port"
export JR_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p artifacts
log=artifacts/test-output.log
set +e
dotnet test JapanRussia.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) }
     }
     END { printf "Tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
