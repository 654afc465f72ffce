#!/usr/bin/env bash
# Runs the portal locally with demo data: a private PostgreSQL cluster under .data/pg (port 5433,
# or MSIX_PG_PORT), migrations, demo accounts on the first run, and the portal on
# http://127.0.0.1:5080 (MSIX_PORT). Emails are written to .data/mail. Ctrl-C stops everything.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/system.sh
source scripts/lib/pg.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pg_port=${MSIX_PG_PORT:-5433}
portal_port=${MSIX_PORT:-5080}
data_dir="$root/.data"
pg_data="$data_dir/pg"
pg_password="$data_dir/pg.password"
app_role=msix_app
app_password="$data_dir/app.password"
accounts_file="$data_dir/demo-accounts.tsv"
database=msix_portal

require_dotnet
ensure_packages postgresql
ensure_node
mkdir -p "$data_dir/mail"

echo "== Building the portal"
dotnet build src/MsixPortal/MsixPortal.csproj -c Release -tl:off -nologo -v:quiet
portal_dll="$root/src/MsixPortal/bin/Release/net10.0/MsixPortal.dll"

portal_pid=""
stop_all() {
  trap - INT TERM EXIT
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  echo "Stopping PostgreSQL ..."
  pg_stop "$pg_data" || true
}
trap stop_all INT TERM EXIT

echo "== PostgreSQL in .data/pg on 127.0.0.1:$pg_port"
pg_init "$pg_data" "$pg_password"
pg_start "$pg_data" "$pg_port"
pg_ensure_database "$pg_port" "$pg_password" "$database"
pg_ensure_login_role "$pg_port" "$pg_password" "$app_role" "$app_password"

export ASPNETCORE_ENVIRONMENT=Development
# Migrations run as the owner; the portal connects as a restricted role (audit rows append-only).
export ConnectionStrings__PortalMigrations ConnectionStrings__Portal
ConnectionStrings__PortalMigrations=$(pg_connection_string "$pg_port" "$pg_password" "$database")
ConnectionStrings__Portal=$(pg_connection_string "$pg_port" "$app_password" "$database" "$app_role")
export Email__PickupDirectory="$data_dir/mail"
export ASPNETCORE_URLS="http://127.0.0.1:$portal_port"

# Operator commands run from the project folder, so the content root (wwwroot, views) is found.
portal() { (cd src/MsixPortal && dotnet "$portal_dll" "$@"); }

echo "== Migrating"
portal migrate

if [ ! -f "$accounts_file" ]; then
  echo "== Seeding demo data (first run)"
  set +e
  seed_output=$(portal seed-demo 2>&1)
  seed_status=$?
  set -e
  if [ "$seed_status" -eq 0 ]; then
    (umask 077 && printf '%s\n' "$seed_output" >"$accounts_file")
  elif grep -q "Unknown command" <<<"$seed_output"; then
    echo "seed-demo is not available in this version yet: starting without demo data."
  else
    printf '%s\n' "$seed_output" >&2
    echo "seed-demo failed." >&2
    exit 1
  fi
fi

echo
if [ -f "$accounts_file" ]; then
  echo "Demo accounts (role, email, password, authenticator key, State):"
  awk -F'\t' 'NF >= 4' "$accounts_file"
  echo
fi
echo "Portal:  http://127.0.0.1:$portal_port    Emails: .data/mail    Stop: Ctrl-C"
echo

# Started directly (not in a subshell) so that $portal_pid is the portal itself: the trap stops it
# with SIGTERM (a background job ignores the terminal's Ctrl-C).
cd src/MsixPortal
dotnet "$portal_dll" &
portal_pid=$!
cd "$root"
wait "$portal_pid"
