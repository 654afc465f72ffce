#!/usr/bin/env bash
# State submissions: records/s end to end, peak RSS, linking quality against the ground truth, re-submission time.
# On a copy of the generated database (N=1000000, SEED=42 by default; made by scripts/bench.sh generate
# if missing, left untouched for the other benchmarks): RECORDS (100,000) generated State records (updates,
# children known from other States with variations, twins, new children) written as submission files of at
# most 40,000 students, each submitted in turn, then each submitted again unchanged. Ends with one JSON line
# of figures.
# CHANNEL=api (default): the way State systems send their files. A portal is started (Release) on the copy,
# an API client is stored for each State, and each file is POSTed to /api/v1/submissions with an
# Idempotency-Key; the time of a file is the POST's, upload included; peak memory is the portal process's.
# CHANNEL=cli: each file with the operator command `MsixPortal submit` (a new process a file, so each one
# also starts the runtime and builds the EF model), under /usr/bin/time -v; peak memory is the largest process's.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-1000000}
seed=${SEED:-42}
records=${RECORDS:-100000}
channel=${CHANNEL:-api}
port=${MSIX_BENCH_PORTAL_PORT:-5091}
case $channel in api | cli) ;; *) echo "error: CHANNEL is api or cli" >&2; exit 2 ;; esac
database=$(bench_database_name "$students" "$seed")
copy="msix_bench_ingest_n${students}_s${seed}"
work="$bench_dir/ingest"
rm -rf "$work"
mkdir -p "$work"

ensure_packages time bc curl # /usr/bin/time -v for peak memory, bc for the arithmetic, curl for the API
bench_build
bench_client_build
bench_cluster_up
drop_copy() { pg_psql "$bench_pg_port" "$bench_pg_password" "DROP DATABASE IF EXISTS \"$copy\" WITH (FORCE)" || true; }
trap 'bench_portal_stop; drop_copy; bench_cluster_down' EXIT
bench_ensure_generated "$students" "$seed"

echo "== Copying $database to $copy (the submissions change the copy only)"
drop_copy
pg_psql "$bench_pg_port" "$bench_pg_password" "CREATE DATABASE \"$copy\" TEMPLATE \"$database\""
bench_psql "$copy" "ANALYZE"

echo "== Writing $records State records as submission files"
bench_client ingest-files --connection "$(bench_connection_string "$copy")" --truth-file "$(bench_truth_file "$students" "$seed")" \
  --seed "$seed" --records "$records" --out "$work"

# submit_cli PASS STATE FILE NAME: one file with the operator command; sets rss_kb and summary.
submit_cli() {
  local state=$2 file=$3 name=$4
  (cd src/MsixPortal && ASPNETCORE_ENVIRONMENT=Benchmark ConnectionStrings__Portal="$(bench_connection_string "$copy")" \
    /usr/bin/time -v -o "$work/$name.time" dotnet "$bench_portal_dll" submit --state "$state" --file "$file") \
    >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
  summary=$(tail -1 "$work/$name.log")
}

# submit_api PASS STATE FILE NAME: one file POSTed with the State's API client; sets rss_kb (the portal's
# peak so far) and summary (HTTP status and the result's counts, no student values).
submit_api() {
  local pass=$1 state=$2 file=$3 name=$4 code
  local token
  # A token for each file (they last an hour; a run can take longer), from the OAuth 2.0 token endpoint.
  token=$(curl -sS -u "${api_client[$state]}" -d grant_type=client_credentials "http://127.0.0.1:$port/api/v1/oauth/token" \
    | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4)
  code=$(curl -sS -o "$work/$name.json" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/xml' \
    -H "Idempotency-Key: ingest-bench-$(basename "$file" .xml)" --data-binary @"$file" "http://127.0.0.1:$port/api/v1/submissions")
  local expected=201
  if [ "$pass" = again ]; then expected=200; fi
  if [ "$code" != "$expected" ]; then
    echo "error: HTTP $code (expected $expected) for $file; see $work/$name.json and $work/portal.log" >&2
    exit 1
  fi
  rss_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$bench_portal_pid/status")
  summary="HTTP $code; $(grep -o '"status":"[^"]*"\|"counts":{[^}]*}' "$work/$name.json" | tr '\n' ' ')"
}

# submit_all PASS: submits every file in turn; sets total_seconds (sum of the files' wall times) and
# peak_kb (the largest peak RSS seen).
submit_all() {
  local pass=$1 state file count started ended
  total_seconds=0 peak_kb=0
  while IFS=$'\t' read -r state file count; do
    started=$(date +%s.%N)
    "submit_$channel" "$pass" "$state" "$file" "$pass-$(basename "$file" .xml)"
    ended=$(date +%s.%N)
    printf '   %s: %d students in %.1f s, peak RSS %d MB; %s\n' "$pass-$(basename "$file" .xml)" "$count" \
      "$(echo "$ended - $started" | bc)" "$((rss_kb / 1024))" "$summary"
    total_seconds=$(echo "$total_seconds + $ended - $started" | bc)
    if [ "$rss_kb" -gt "$peak_kb" ]; then peak_kb=$rss_kb; fi
  done <"$work/files.tsv"
}

if [ "$channel" = api ]; then
  echo "== An API client for each State"
  declare -A api_client
  for state in $(cut -f1 "$work/files.tsv" | sort -u); do
    api_client[$state]=$(bench_client ingest-api-client --connection "$(bench_connection_string "$copy")" --state "$state" | tr '\t' ':')
  done
  # PORTAL_SETTINGS: extra NAME=VALUE settings for the portal, e.g. Reports__RefreshEnabled=false (scripts/bench/reports.sh).
  # shellcheck disable=SC2086
  bench_portal_start "$copy" "$port" "$work/portal.log" ${PORTAL_SETTINGS:-}
fi

echo "== Submitting ($channel)"
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

printf '{"benchmark": "ingest", "channel": "%s", "students": %d, "seed": %d, "records": %d, "seconds": %.1f, "records_per_s": %.0f, %s, "resubmit_seconds": %.1f, "resubmit_ratio": %.3f, "peak_rss_mb": %d}\n' \
  "$channel" "$students" "$seed" "$submitted" "$first_seconds" "$(echo "$submitted / $first_seconds" | bc -l)" "$quality" \
  "$again_seconds" "$(echo "$again_seconds / $first_seconds" | bc -l)" "$((first_peak_kb / 1024))"
