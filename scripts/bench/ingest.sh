#!/usr/bin/env bash
# State submissions: records/s end to end, peak RSS, linking quality against the ground truth, re-submission time.
# On a copy of the generated database (N=1000000, SEED=42 by default; made by scripts/bench.sh generate
# if missing, left untouched for the other benchmarks): RECORDS (100,000) generated State records (updates,
# children known from other States with variations, twins, new children) written as submission files of at
# most 40,000 students, each submitted with `MsixPortal submit` (Release) under /usr/bin/time -v, then each
# submitted again unchanged. Ends with one JSON line of figures.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-1000000}
seed=${SEED:-42}
records=${RECORDS:-100000}
database=$(bench_database_name "$students" "$seed")
copy="msix_bench_ingest_n${students}_s${seed}"
work="$bench_dir/ingest"
rm -rf "$work"
mkdir -p "$work"

ensure_packages time bc # /usr/bin/time -v for peak memory, bc for the arithmetic
bench_build
bench_client_build
bench_cluster_up
drop_copy() { pg_psql "$bench_pg_port" "$bench_pg_password" "DROP DATABASE IF EXISTS \"$copy\" WITH (FORCE)" || true; }
trap 'drop_copy; bench_cluster_down' EXIT
bench_ensure_generated "$students" "$seed"

echo "== Copying $database to $copy (the submissions change the copy only)"
drop_copy
pg_psql "$bench_pg_port" "$bench_pg_password" "CREATE DATABASE \"$copy\" TEMPLATE \"$database\""
bench_psql "$copy" "ANALYZE"

echo "== Writing $records State records as submission files"
bench_client ingest-files --connection "$(bench_connection_string "$copy")" --truth-file "$(bench_truth_file "$students" "$seed")" \
  --seed "$seed" --records "$records" --out "$work"

# submit_all PASS: submits every file in turn, each timed by /usr/bin/time -v; sets total_seconds (sum
# of wall times) and peak_kb (largest peak RSS of one submit process).
submit_all() {
  local pass=$1 state file count started ended rss name
  total_seconds=0 peak_kb=0
  while IFS=$'\t' read -r state file count; do
    name="$pass-$(basename "$file" .xml)"
    started=$(date +%s.%N)
    (cd src/MsixPortal && ASPNETCORE_ENVIRONMENT=Benchmark ConnectionStrings__Portal="$(bench_connection_string "$copy")" \
      /usr/bin/time -v -o "$work/$name.time" dotnet "$bench_portal_dll" submit --state "$state" --file "$file") \
      >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
    ended=$(date +%s.%N)
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
    printf '   %s: %d students in %.1f s, peak RSS %d MB; %s\n' "$name" "$count" "$(echo "$ended - $started" | bc)" \
      "$((rss / 1024))" "$(tail -1 "$work/$name.log")"
    total_seconds=$(echo "$total_seconds + $ended - $started" | bc)
    if [ "$rss" -gt "$peak_kb" ]; then peak_kb=$rss; fi
  done <"$work/files.tsv"
}

echo "== Submitting"
submit_all first
first_seconds=$total_seconds first_peak_kb=$peak_kb
echo "== Submitting the same files again"
submit_all again
again_seconds=$total_seconds

echo "== Linking quality against the ground truth"
bench_client ingest-quality --connection "$(bench_connection_string "$copy")" --truth-file "$(bench_truth_file "$students" "$seed")" \
  --out "$work" | tee "$work/quality.txt"
quality=$(sed -n 's/^QUALITY //p' "$work/quality.txt")
submitted=$(awk -F'\t' '{s += $3} END {print s}' "$work/files.tsv")

printf '{"benchmark": "ingest", "students": %d, "seed": %d, "records": %d, "seconds": %.1f, "records_per_s": %.0f, %s, "resubmit_seconds": %.1f, "resubmit_ratio": %.3f, "peak_rss_mb": %d}\n' \
  "$students" "$seed" "$submitted" "$first_seconds" "$(echo "$submitted / $first_seconds" | bc -l)" "$quality" \
  "$again_seconds" "$(echo "$again_seconds / $first_seconds" | bc -l)" "$((first_peak_kb / 1024))"
