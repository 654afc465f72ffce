# Shared by the benchmarks (scripts/bench/*.sh). Source, do not run; needs scripts/lib/system.sh and
# scripts/lib/pg.sh. A private PostgreSQL cluster in .bench/pg (port MSIX_BENCH_PG_PORT, default 5434)
# with fsync on and bulk-load-friendly settings, a Release build of the portal, and generated
# databases reused across benchmarks (msix_bench_n<N>_s<SEED>, ground truth in .bench/).
# shellcheck shell=bash

bench_dir="$PWD/.bench"
bench_pg_data="$bench_dir/pg"
bench_pg_password="$bench_dir/pg.password"
bench_pg_port=${MSIX_BENCH_PG_PORT:-5434}
bench_portal_dll="$PWD/src/MsixPortal/bin/Release/net10.0/MsixPortal.dll"

# Durable (fsync and synchronous commit on) but tuned for loading: wal_level=minimal lets a load
# into tables truncated in its own transaction skip WAL; large WAL and checkpoint spacing.
bench_pg_settings=(
  "fsync = on" "synchronous_commit = on" "wal_level = minimal" "max_wal_senders = 0"
  "shared_buffers = '2GB'" "max_wal_size = '16GB'" "checkpoint_timeout = '30min'"
  "maintenance_work_mem = '1GB'" "work_mem = '32MB'" "effective_cache_size = '8GB'"
  "max_parallel_maintenance_workers = 2" "random_page_cost = 1.1"
)

bench_cluster_up() {
  ensure_packages postgresql
  mkdir -p "$bench_dir"
  pg_init "$bench_pg_data" "$bench_pg_password"
  if [ ! -f "$bench_dir/pg.configured" ]; then
    pg_start "$bench_pg_data" "$bench_pg_port"
    local setting
    for setting in "${bench_pg_settings[@]}"; do
      pg_psql "$bench_pg_port" "$bench_pg_password" "ALTER SYSTEM SET ${setting/ = / TO }"
    done
    pg_stop "$bench_pg_data" # wal_level and shared_buffers take effect on restart
    touch "$bench_dir/pg.configured"
  fi
  pg_start "$bench_pg_data" "$bench_pg_port"
}

bench_cluster_down() {
  pg_stop "$bench_pg_data" || true
}

bench_build() {
  require_dotnet
  ensure_node
  echo "== Building the portal (Release)"
  dotnet build src/MsixPortal/MsixPortal.csproj -c Release -tl:off -nologo -v:quiet
}

bench_database_name() { echo "msix_bench_n$1_s$2"; }

bench_truth_file() { echo "$bench_dir/truth-n$1-s$2.csv"; }

bench_connection_string() { pg_connection_string "$bench_pg_port" "$bench_pg_password" "$1"; }

# bench_psql DATABASE SQL: runs SQL as the superuser in DATABASE, unaligned output.
bench_psql() {
  PGPASSWORD=$(cat "$bench_pg_password") "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$bench_pg_port" -U postgres \
    -d "$1" -v ON_ERROR_STOP=1 -qtAc "$2"
}

# bench_portal DATABASE ARGS...: runs a portal operator command against DATABASE.
bench_portal() {
  local database=$1
  shift
  (cd src/MsixPortal && ASPNETCORE_ENVIRONMENT=Benchmark \
    ConnectionStrings__Portal="$(bench_connection_string "$database")" dotnet "$bench_portal_dll" "$@")
}

# bench_generate N SEED: a fresh database with N synthetic students of SEED (drops an older one).
bench_generate() {
  local students=$1 seed=$2 database
  database=$(bench_database_name "$students" "$seed")
  rm -f "$bench_dir/$database.done"
  pg_psql "$bench_pg_port" "$bench_pg_password" "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
  pg_psql "$bench_pg_port" "$bench_pg_password" "CREATE DATABASE \"$database\""
  bench_portal "$database" migrate
  bench_portal "$database" generate --students "$students" --seed "$seed" --truth-file "$(bench_truth_file "$students" "$seed")"
  touch "$bench_dir/$database.done"
}

# bench_ensure_generated N SEED: reuses the database a finished bench_generate left, else generates.
# Prints nothing else; the database name is bench_database_name N SEED.
bench_ensure_generated() {
  local students=$1 seed=$2 database
  database=$(bench_database_name "$students" "$seed")
  if [ -f "$bench_dir/$database.done" ] &&
    [ "$(bench_psql "$database" "SELECT count(*) FROM consolidated_students" 2>/dev/null)" = "$students" ]; then
    echo "== Reusing $database ($students students generated before); applying newer migrations"
    bench_portal "$database" migrate >/dev/null
    return 0
  fi
  bench_generate "$students" "$seed"
}

# bench_client_build: the load client (tools/MsixPortal.Bench), Release.
bench_client_build() {
  echo "== Building the load client (Release)"
  dotnet build tools/MsixPortal.Bench/MsixPortal.Bench.csproj -c Release -tl:off -nologo -v:quiet
}

bench_client() { dotnet "$PWD/tools/MsixPortal.Bench/bin/Release/net10.0/MsixPortal.Bench.dll" "$@"; }

# bench_mep_staff_account DATABASE WORKDIR: seeds the demo accounts (idempotent) and sets
# bench_email, bench_password and bench_totp_key to the MEP Staff one.
bench_mep_staff_account() {
  local database=$1 work=$2
  echo "== Demo accounts"
  bench_portal "$database" seed-demo >"$work/accounts.tsv" 2>"$work/seed-demo.log"
  IFS=$'\t' read -r _ bench_email bench_password bench_totp_key _ < <(awk -F'\t' '$1 == "MEP Staff" && $5 == "TX"' "$work/accounts.tsv")
  [ -n "${bench_totp_key:-}" ] || { echo "error: no MEP Staff demo account from seed-demo" >&2; exit 1; }
}

# bench_portal_start DATABASE PORT LOGFILE [NAME=VALUE...]: the portal (Release) in the background
# on 127.0.0.1:PORT with extra settings; sets bench_portal_pid and waits until it is live.
bench_portal_start() {
  local database=$1 port=$2 log=$3
  shift 3
  (
    cd src/MsixPortal
    export ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="http://127.0.0.1:$port"
    export ConnectionStrings__Portal ConnectionStrings__PortalMigrations
    ConnectionStrings__Portal=$(bench_connection_string "$database")
    ConnectionStrings__PortalMigrations=$ConnectionStrings__Portal
    local setting
    for setting in "$@"; do export "${setting?}"; done
    exec dotnet "$bench_portal_dll"
  ) >"$log" 2>&1 &
  bench_portal_pid=$!
  echo "== Portal on 127.0.0.1:$port (pid $bench_portal_pid)"
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && return 0
    kill -0 "$bench_portal_pid" 2>/dev/null || { echo "error: the portal stopped; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "error: the portal did not start in 2 minutes; see $log" >&2
  exit 1
}

# bench_portal_stop: stops the portal bench_portal_start started, if any.
bench_portal_stop() {
  if [ -n "${bench_portal_pid:-}" ] && kill -0 "$bench_portal_pid" 2>/dev/null; then
    kill "$bench_portal_pid" 2>/dev/null || true
    wait "$bench_portal_pid" 2>/dev/null || true
  fi
}
