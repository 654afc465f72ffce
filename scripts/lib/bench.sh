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
    echo "== Reusing $database ($students students generated before)"
    return 0
  fi
  bench_generate "$students" "$seed"
}
