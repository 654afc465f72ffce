#!/usr/bin/env bash
# Lighthouse on a phone (mobile, slow 4G): performance, LCP, first- and repeat-visit KB of 5 pages.
# The notice and sign-in pages, then signed in (demo MEP Staff account, through the real pages with
# tools/MsixPortal.Bench) the search, results and record pages, on the Release portal (127.0.0.1) over
# a generated database (N=100000, SEED=42 by default; reused once made). Lighthouse 12.2.3 from npm
# (tools/lighthouse, npm ci) drives Debian's Chromium. Ends with one JSON line of figures; the HTML
# reports are left in .bench/phone/.
set -euo pipefail

cd "$(dirname "$0")/../.."
source scripts/lib/system.sh
source scripts/lib/pg.sh
source scripts/lib/bench.sh

students=${N:-100000}
seed=${SEED:-42}
port=${MSIX_BENCH_PORTAL_PORT:-5093}
database=$(bench_database_name "$students" "$seed")
work="$bench_dir/phone"
mkdir -p "$work"

ensure_packages chromium
bench_build
bench_client_build
echo "== Lighthouse (npm ci in tools/lighthouse)"
(cd tools/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
bench_cluster_up
trap 'bench_portal_stop; bench_cluster_down' EXIT
bench_ensure_generated "$students" "$seed"
bench_mep_staff_account "$database" "$work"

bench_portal_start "$database" "$port" "$work/portal.log"
base_url="http://127.0.0.1:$port"
echo "== Signing in and searching"
bench_client phone-session --connection "$(bench_connection_string "$database")" --base-url "$base_url" \
  --email "$bench_email" --password "$bench_password" --totp-key "$bench_totp_key" >"$work/session.json"
echo "== Lighthouse, mobile profile (reports in $work)"
node tools/lighthouse/phone.mjs "$base_url" "$work/session.json" "$work"
