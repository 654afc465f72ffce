#!/usr/bin/env bash
# Search benchmark (issue 4): a private PostgreSQL under .data/bench-pg (port MSIX_BENCH_PG_PORT, 5434),
# a database of MSIX_BENCH_STUDENTS children (1,000,000; made once, reused by later runs), then the
# seeded query mix through the portal's own search code (tools/MsixPortal.Bench): database time
# p50/p95/p99 for name + birth date and name only, and searches/s with 16 concurrent clients for a
# 50/50 mix and for birth-date-anchored searches. Ends with one JSON line.
# Not yet measured here: full page time over HTTP (name_*_page_p95_ms are null).
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
source scripts/lib/system.sh
source scripts/lib/pg.sh

students=${MSIX_BENCH_STUDENTS:-1000000}
pg_port=${MSIX_BENCH_PG_PORT:-5434}
pg_data="$root/.data/bench-pg"
pg_password="$root/.data/bench-pg.password"
database="msix_bench_search_$students"

require_dotnet
ensure_packages postgresql
mkdir -p "$root/.data"

echo "== Building" >&2
dotnet build tools/MsixPortal.Bench/MsixPortal.Bench.csproj -c Release -tl:off -nologo -v:quiet >&2
bin="$root/tools/MsixPortal.Bench/bin/Release/net10.0"

trap 'pg_stop "$pg_data" || true' EXIT
pg_init "$pg_data" "$pg_password"
pg_start "$pg_data" "$pg_port"
pg_ensure_database "$pg_port" "$pg_password" "$database"
connection=$(pg_connection_string "$pg_port" "$pg_password" "$database")

echo "== Migrating" >&2
(cd src/MsixPortal && ConnectionStrings__Portal="$connection" dotnet "$bin/MsixPortal.dll" migrate >&2)

psql_db() { PGPASSWORD=$(cat "$pg_password") "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -v ON_ERROR_STOP=1 -qtA "$@"; }
have=$(psql_db -c "SELECT count(*) FROM consolidated_students")
if [ "$have" -lt "$students" ]; then
  echo "== Generating $students students (once; later runs reuse the database)" >&2
  psql_db -c "TRUNCATE consolidated_students, state_student_records, search_keys, search_name_parts CASCADE"
  time psql_db -v students="$students" -f scripts/bench/sql/search-population.sql >&2
fi

echo "== Warming up and measuring" >&2
dotnet "$bin/MsixPortal.Bench.dll" "$connection" "${MSIX_BENCH_QUERIES:-400}" "${MSIX_BENCH_SECONDS:-15}"
