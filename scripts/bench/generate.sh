#!/usr/bin/env bash
# Generates and loads N synthetic students (N=1000000, SEED=42 by default); prints time, size, rows.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-1000000}
seed=${SEED:-42}
database=$(bench_database_name "$students" "$seed")

bench_build
bench_cluster_up
trap bench_cluster_down EXIT

echo "== Generating $students students (seed $seed) into $database (fsync on)"
started=$(date +%s%N)
bench_generate "$students" "$seed"
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
elapsed="$((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)) | cut -c1)"

echo
echo "== Rows"
for table in consolidated_students state_student_records alternate_state_ids qualifying_moves enrollments courses assessments search_keys; do
  printf '  %-24s %12s\n' "$table" "$(bench_psql "$database" "SELECT count(*) FROM $table" 2>/dev/null || echo -)"
done
size=$(bench_psql "$database" "SELECT pg_database_size(current_database())")
echo "Database size: $(bench_psql "$database" "SELECT pg_size_pretty($size::bigint)") ($size bytes)"
echo "Elapsed (migrate + generate + load): $elapsed s"
printf '{"students":%s,"seed":%s,"elapsed_s":%s,"db_bytes":%s}\n' "$students" "$seed" "$elapsed" "$size"
