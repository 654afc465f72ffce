#!/usr/bin/env bash
# Search database and page time p50/p95/p99 (name + birth date, name only), searches/s with 16 clients.
# On the generated database (N=1000000, SEED=42 by default; made by scripts/bench.sh generate if
# missing, reused afterwards): a seeded query mix of children picked from the database, timed through
# the portal's own search code and through the real pages (signed in as the demo MEP Staff account,
# Release portal on 127.0.0.1) with tools/MsixPortal.Bench. Ends with one JSON line of figures.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-1000000}
seed=${SEED:-42}
port=${MSIX_BENCH_PORTAL_PORT:-5092}
database=$(bench_database_name "$students" "$seed")
work="$bench_dir/search"
mkdir -p "$work"

bench_build
bench_client_build
bench_cluster_up
trap 'bench_portal_stop; bench_cluster_down' EXIT
bench_ensure_generated "$students" "$seed"
bench_mep_staff_account "$database" "$work"
bench_psql "$database" "ANALYZE"

# The benchmark searches far more than a person may: lift the per-user search limit.
bench_portal_start "$database" "$port" "$work/portal.log" Search__PermitsPerMinute=100000000

bench_client search --connection "$(bench_connection_string "$database")" \
  --base-url "http://127.0.0.1:$port" --email "$bench_email" --password "$bench_password" --totp-key "$bench_totp_key" \
  --queries "${QUERIES:-400}" --clients 16 --seconds "${SECONDS_PER_RUN:-20}"
