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
bench_client_build
bench_cluster_up
trap 'bench_portal_stop; bench_cluster_down' EXIT
bench_ensure_generated "$students" "$seed"
bench_mep_staff_account "$database" "$work"

echo "== Choosing children"
# Typical: a child from the middle of the table. Heavy: of all children with four State records,
# the one with the most courses, brought to 60 courses (the generator's heaviest has about 50) by
# each State resending its record with summer credit-recovery courses, through `submit` like any
# State file (a re-run replays the same files). Pool: 2,000 children sampled for the throughput run.
typical=$(bench_psql "$database" "SELECT msix_id FROM consolidated_students ORDER BY id OFFSET $((students / 2)) LIMIT 1")
read -r heavy heavy_courses < <(bench_psql "$database" "
  WITH four AS (SELECT consolidated_student_id AS id FROM state_student_records
                GROUP BY consolidated_student_id HAVING count(*) = 4)
  SELECT s.msix_id || ' ' || count(c.id)
  FROM four JOIN consolidated_students s ON s.id = four.id
  JOIN state_student_records r ON r.consolidated_student_id = s.id
  LEFT JOIN courses c ON c.state_student_record_id = r.id
  GROUP BY s.msix_id ORDER BY count(c.id) DESC, s.msix_id LIMIT 1")
bench_client heavy-child-files --connection "$(bench_connection_string "$database")" --msix-id "$heavy" \
  --courses-per-state 15 --out "$work"
while IFS=$'\t' read -r state file _; do
  bench_portal "$database" submit --state "$state" --file "$file" | tail -1
done <"$work/heavy-files.tsv"
heavy_courses=$(bench_psql "$database" "SELECT count(*) FROM courses c JOIN state_student_records r ON r.id = c.state_student_record_id
  JOIN consolidated_students s ON s.id = r.consolidated_student_id WHERE s.msix_id = '$heavy'")
bench_psql "$database" "SELECT msix_id FROM consolidated_students TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 2000" >"$work/pool.txt"
echo "typical $typical; heavy $heavy (4 States, $heavy_courses courses); pool $(wc -l <"$work/pool.txt") children"

# The benchmark exports far more than a person may: lift the per-user export limit.
bench_portal_start "$database" "$port" "$work/portal.log" Records__Export__PerUserPerMinute=1000000

bench_client record \
  --base-url "http://127.0.0.1:$port" --email "$bench_email" --password "$bench_password" --totp-key "$bench_totp_key" \
  --typical "$typical" --heavy "$heavy" --pool "$work/pool.txt" --clients 16 --warm-seconds 20 --seconds 20 \
  --requests "${REQUESTS:-300}" --exports "${EXPORTS:-60}" --server-pid "$bench_portal_pid" --memory-exports "${MEMORY_EXPORTS:-1000}"
