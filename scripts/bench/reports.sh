#!/usr/bin/env bash
# Report pages p95 (16 clients, national and State scope), export p95, and what keeping the summaries current adds to ingest.
# On the generated database (N=1000000, SEED=42 by default; made by scripts/bench.sh generate if
# missing): adds workflow history once (MOVE_NOTICES=100000 move notices over 18 months, a tenth as
# many data requests, some still open) so the live parts of the reports have rows to read, starts the
# portal (Release) and lets its summary worker refresh every State, then drives each report page from
# 16 clients as the demo national administrator (all States) and the demo data administrator (TX),
# and each export. Then runs scripts/bench.sh ingest twice on copies of the database, with the
# summary worker off and on (Reports__RefreshEnabled), for the ratio of the two times. Ends with one
# JSON line. SKIP_INGEST=1 leaves the ingest runs out (ratio null); WAIT_FOR_SUMMARIES=0 measures without
# waiting for the first refresh of every State (summary_refresh_s null).
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-1000000}
seed=${SEED:-42}
notices=${MOVE_NOTICES:-100000}
port=${MSIX_BENCH_PORTAL_PORT:-5091}
database=$(bench_database_name "$students" "$seed")
work="$bench_dir/reports"
mkdir -p "$work"

ensure_packages bc curl
bench_build
bench_client_build
bench_cluster_up
trap 'bench_portal_stop; bench_cluster_down' EXIT
bench_ensure_generated "$students" "$seed"

echo "== Demo accounts"
bench_portal "$database" seed-demo >"$work/accounts.tsv" 2>"$work/seed-demo.log"
IFS=$'\t' read -r _ national_email national_password national_totp _ < <(awk -F'\t' '$1 == "National Administrator"' "$work/accounts.tsv")
IFS=$'\t' read -r _ state_email state_password state_totp _ < <(awk -F'\t' '$1 == "Data Administrator" && $5 == "TX"' "$work/accounts.tsv")

if [ "$(bench_psql "$database" "SELECT count(*) FROM move_notices WHERE sender_contact = 'bench'")" = 0 ]; then
  echo "== Adding workflow history: $notices move notices, $((notices / 10)) data requests"
  bench_psql "$database" "
    WITH states AS (SELECT array_agg(DISTINCT state_code) AS codes FROM (SELECT state_code FROM submissions UNION SELECT 'TX' UNION SELECT 'CA' UNION SELECT 'FL' UNION SELECT 'WA') s),
    picked AS (SELECT id, row_number() OVER () AS n FROM consolidated_students TABLESAMPLE SYSTEM (20) REPEATABLE (19) LIMIT $notices)
    INSERT INTO move_notices (kind, consolidated_student_id, state_code, sender_state_code, move_date, move_date_is_expected,
                              sender_contact, sender_user_id, sent_at, due_on, status, outcome_at)
    SELECT 'MovingTo', p.id, st.codes[1 + (p.n * 7) % cardinality(st.codes)], st.codes[1 + (p.n * 3) % cardinality(st.codes)],
           (now() - (p.n % 540) * interval '1 day')::date, false, 'bench', gen_random_uuid(),
           now() - (p.n % 540) * interval '1 day', (now() - (p.n % 540) * interval '1 day' + interval '6 days')::date,
           CASE WHEN p.n % 20 = 0 THEN 'Sent' ELSE 'Enrolled' END,
           CASE WHEN p.n % 20 = 0 THEN NULL ELSE now() - (p.n % 540) * interval '1 day' + (p.n % 9) * interval '1 day' END
    FROM picked p, states st;
    INSERT INTO data_requests (consolidated_student_id, state_code, requester_state_code, requester_user_id, kinds, reason, needed_by,
                               requested_at, status, answered_at)
    SELECT n.consolidated_student_id, n.sender_state_code, n.state_code, n.sender_user_id, 'enrollment', 'bench', n.due_on + 5, n.sent_at,
           CASE WHEN n.id % 7 = 0 THEN 'Open' ELSE 'Answered' END, CASE WHEN n.id % 7 = 0 THEN NULL ELSE n.sent_at + (n.id % 12) * interval '1 day' END
    FROM move_notices n WHERE n.sender_contact = 'bench' AND n.id % 10 = 0;
    ANALYZE move_notices; ANALYZE data_requests;"
fi

refresh_seconds=null
if [ "${WAIT_FOR_SUMMARIES:-1}" = 1 ]; then
  bench_portal_start "$database" "$port" "$work/portal.log"
  echo "== Summary worker: refreshing every State waiting for it"
  started=$(date +%s)
  while [ "$(bench_psql "$database" "SELECT count(*) FROM report_refresh_requests")" != 0 ]; do sleep 5; done
  refresh_seconds=$(($(date +%s) - started))
  echo "   summaries current after ${refresh_seconds} s"
else
  # WAIT_FOR_SUMMARIES=0: measure the pages with the summaries as they are, the worker off (it would compete for the CPU).
  bench_portal_start "$database" "$port" "$work/portal.log" Reports__RefreshEnabled=false
fi
echo "   $(bench_psql "$database" "SELECT count(*) FROM report_summary_states") States summarised, $(bench_psql "$database" "SELECT count(*) FROM report_refresh_requests") waiting"

bench_client reports --base-url "http://127.0.0.1:$port" \
  --email "$national_email" --password "$national_password" --totp-key "$national_totp" \
  --state-email "$state_email" --state-password "$state_password" --state-totp-key "$state_totp" \
  --clients 16 --seconds "${SECONDS_PER_REPORT:-8}" --warm-seconds 3 --exports "${EXPORTS:-20}" | tee "$work/reports.txt"
figures=$(sed -n 's/^REPORTS //p' "$work/reports.txt")
bench_portal_stop
bench_cluster_down
trap - EXIT

ratio=null
if [ "${SKIP_INGEST:-0}" != 1 ]; then
  # ingest_seconds SETTINGS: the ingest benchmark's submission time with these portal settings.
  ingest_seconds() {
    PORTAL_SETTINGS="$1" bash scripts/bench/ingest.sh >"$work/ingest-$2.txt" 2>&1 || { tail -20 "$work/ingest-$2.txt" >&2; exit 1; }
    tail -1 "$work/ingest-$2.txt" | grep -o '"seconds": [0-9.]*' | grep -o '[0-9.]*$'
  }
  echo "== Ingest without the summary worker"
  without=$(ingest_seconds "Reports__RefreshEnabled=false" without)
  echo "   $without s"
  echo "== Ingest with the summary worker (refresh every minute)"
  with=$(ingest_seconds "Reports__RefreshEnabled=true" with)
  echo "   $with s"
  ratio=$(printf '%.3f' "$(echo "($with - $without) / $without" | bc -l)")
fi

printf '{"benchmark": "reports", "students": %d, "seed": %d, "summary_refresh_s": %s, %s, "ingest_overhead_ratio": %s}\n' \
  "$students" "$seed" "$refresh_seconds" "$figures" "$ratio"
