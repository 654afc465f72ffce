#!/usr/bin/env bash
# Record page and PDF/Excel/CSV export latency (typical and heavy child), page requests/s, export memory.
# On the generated database (N=1000000, SEED=42 by default; made by scripts/bench.sh generate if
# missing): signs in as the demo MEP Staff account through the real pages and drives the portal
# (Release, Kestrel on 127.0.0.1) with tools/MsixPortal.Bench. Ends with one JSON line of figures.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-1000000}
seed=${SEED:-42}
port=${MSIX_BENCH_PORTAL_PORT:-5091}
database=$(bench_database_name "$students" "$seed")
work="$bench_dir/record"
mkdir -p "$work"

bench_build
echo "== Building the load client (Release)"
dotnet build tools/MsixPortal.Bench/MsixPortal.Bench.csproj -c Release -tl:off -nologo -v:quiet
bench_cluster_up
portal_pid=""
stop_all() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  bench_cluster_down
}
trap stop_all EXIT

bench_ensure_generated "$students" "$seed"

echo "== Demo accounts"
bench_portal "$database" seed-demo >"$work/accounts.tsv" 2>"$work/seed-demo.log"
IFS=$'\t' read -r _ email password totp_key < <(awk -F'\t' '$1 == "MEP Staff"' "$work/accounts.tsv")
[ -n "${totp_key:-}" ] || { echo "error: no MEP Staff demo account from seed-demo" >&2; exit 1; }

echo "== Choosing children"
# Typical: a child from the middle of the table. Heavy: of the children with four State records,
# the one with the most courses. Pool: 2,000 children sampled for the throughput run.
typical=$(bench_psql "$database" "SELECT msix_id FROM consolidated_students ORDER BY id OFFSET $((students / 2)) LIMIT 1")
read -r heavy heavy_courses < <(bench_psql "$database" "
  WITH four AS (SELECT consolidated_student_id AS id FROM state_student_records
                GROUP BY consolidated_student_id HAVING count(*) = 4 LIMIT 20000)
  SELECT s.msix_id || ' ' || count(c.id)
  FROM four JOIN consolidated_students s ON s.id = four.id
  JOIN state_student_records r ON r.consolidated_student_id = s.id
  LEFT JOIN courses c ON c.state_student_record_id = r.id
  GROUP BY s.msix_id ORDER BY count(c.id) DESC LIMIT 1")
bench_psql "$database" "SELECT msix_id FROM consolidated_students TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 2000" >"$work/pool.txt"
echo "typical $typical; heavy $heavy (4 States, $heavy_courses courses); pool $(wc -l <"$work/pool.txt") children"

echo "== Starting the portal on 127.0.0.1:$port"
(
  cd src/MsixPortal
  export ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="http://127.0.0.1:$port"
  export ConnectionStrings__Portal ConnectionStrings__PortalMigrations
  ConnectionStrings__Portal=$(bench_connection_string "$database")
  ConnectionStrings__PortalMigrations=$ConnectionStrings__Portal
  # The benchmark exports far more than a person may: lift the per-user export limit.
  export Records__Export__PerUserPerMinute=1000000
  exec dotnet "$bench_portal_dll"
) >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break
  kill -0 "$portal_pid" 2>/dev/null || { echo "error: the portal stopped; see $work/portal.log" >&2; exit 1; }
  sleep 1
done

dotnet tools/MsixPortal.Bench/bin/Release/net10.0/MsixPortal.Bench.dll record \
  --base-url "http://127.0.0.1:$port" --email "$email" --password "$password" --totp-key "$totp_key" \
  --typical "$typical" --heavy "$heavy" --pool "$work/pool.txt" --clients 16 --seconds 20 \
  --requests "${REQUESTS:-300}" --exports "${EXPORTS:-60}" --server-pid "$portal_pid" --memory-exports "${MEMORY_EXPORTS:-1000}"
