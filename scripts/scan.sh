#!/usr/bin/env bash
# Security scan by real tools (security.md 39, issue 17 point 9): starts the portal (Release) on a
# throwaway PostgreSQL cluster and database with demo data, signs in as each role through the real
# pages (tools/MsixPortal.Bench "cookie": notice, password, TOTP) and runs, on 127.0.0.1 only:
#   - sqlmap on the search form (as MEP Staff) and the sign-in form (anonymous);
#   - wapiti (crawl + attack modules) as each role and anonymously.
# Each tool run is bounded in time (SCAN_MINUTES per wapiti run, default 4; sqlmap 8 min per form).
# Reports land in test-output/scan/ (sqlmap logs, wapiti JSON, summary.txt). Exits 1 when sqlmap
# finds an injection or wapiti reports a vulnerability of level medium or higher; 0 when clean.
# Too slow for CI (about 30 minutes); run it before a release. Installs sqlmap and wapiti if missing.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/system.sh
source scripts/lib/pg.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pg_port=${MSIX_SCAN_PG_PORT:-5436}
portal_port=${MSIX_SCAN_PORT:-5096}
scan_minutes=${SCAN_MINUTES:-4}
work="$root/.scan"
out="$root/test-output/scan"
base="http://127.0.0.1:$portal_port"

require_dotnet
ensure_packages postgresql sqlmap wapiti curl
ensure_node

rm -rf "$work" "$out"
mkdir -p "$work" "$out"

echo "== Building the portal and the sign-in client (Release)"
dotnet build src/MsixPortal/MsixPortal.csproj -c Release -tl:off -nologo -v:quiet
dotnet build tools/MsixPortal.Bench/MsixPortal.Bench.csproj -c Release -tl:off -nologo -v:quiet
portal_dll="$root/src/MsixPortal/bin/Release/net10.0/MsixPortal.dll"
client_dll="$root/tools/MsixPortal.Bench/bin/Release/net10.0/MsixPortal.Bench.dll"

portal_pid=""
stop_all() {
  trap - INT TERM EXIT
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  pg_stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_all INT TERM EXIT

echo "== Throwaway PostgreSQL on 127.0.0.1:$pg_port"
pg_init "$work/pg" "$work/pg.password"
pg_start "$work/pg" "$pg_port"
pg_ensure_database "$pg_port" "$work/pg.password" msix_scan
pg_ensure_login_role "$pg_port" "$work/pg.password" msix_app "$work/app.password"

export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base"
export ConnectionStrings__PortalMigrations ConnectionStrings__Portal
ConnectionStrings__PortalMigrations=$(pg_connection_string "$pg_port" "$work/pg.password" msix_scan)
ConnectionStrings__Portal=$(pg_connection_string "$pg_port" "$work/app.password" msix_scan msix_app)
export Email__PickupDirectory="$work/mail" Portal__BaseUrl="$base"
# The scanners send thousands of requests: the per-minute limits would answer 429 instead of the pages.
export RateLimits__SignInPerIpPerMinute=100000 RateLimits__SignInPerAccountPerMinute=100000 \
  RateLimits__AnonymousPerIpPerMinute=100000 Search__PermitsPerMinute=100000 Records__Export__PerUserPerMinute=100000
portal() { (cd src/MsixPortal && dotnet "$portal_dll" "$@"); }

portal migrate >/dev/null
portal seed-demo >"$work/accounts.tsv" 2>/dev/null

(cd src/MsixPortal && exec dotnet "$portal_dll") >"$out/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/health/live" >/dev/null 2>&1 && break
  kill -0 "$portal_pid" 2>/dev/null || { echo "error: the portal stopped; see $out/portal.log" >&2; exit 1; }
  sleep 1
done
echo "== Portal on $base (pid $portal_pid)"

# cookie_of ROLE: the Cookie header of a fresh signed-in session of that demo account.
cookie_of() {
  local email password key
  IFS=$'\t' read -r _ email password key < <(awk -F'\t' -v role="$1" '$1 == role' "$work/accounts.tsv")
  dotnet "$client_dll" cookie --base-url "$base" --email "$email" --password "$password" --totp-key "$key"
}

# The anonymous visitor has accepted the system-use notice, so the sign-in form is reachable.
anonymous_cookie() {
  local jar="$work/anonymous.jar" token
  token=$(curl -fsS -c "$jar" "$base/account/notice" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" "$base/account/notice"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

findings=0
summary="$out/summary.txt"
: >"$summary"

# sqlmap_form NAME URL DATA COOKIE: sqlmap on one form, its antiforgery token fetched before each request.
sqlmap_form() {
  local name=$1 url=$2 data=$3 cookie=$4 log="$out/sqlmap-$1.log"
  echo "== sqlmap: $name"
  timeout 8m sqlmap -u "$url" --data "$data" --cookie "$cookie" --csrf-token "__RequestVerificationToken" --csrf-url "$url" \
    --method POST --batch --level 2 --risk 1 --dbms PostgreSQL --flush-session --output-dir "$work/sqlmap" \
    --skip "__RequestVerificationToken" --disable-coloring >"$log" 2>&1 || true
  if grep -qE "sqlmap identified the following injection point|is vulnerable" "$log"; then
    echo "sqlmap $name: INJECTION FOUND (see sqlmap-$name.log)" | tee -a "$summary"
    findings=$((findings + 1))
  elif grep -qE "all tested parameters do not appear to be injectable|do not appear to be injectable" "$log"; then
    echo "sqlmap $name: no injection ($(grep -c "testing '" "$log") tests)" | tee -a "$summary"
  else
    echo "sqlmap $name: did not finish cleanly, see sqlmap-$name.log" | tee -a "$summary"
    findings=$((findings + 1))
  fi
}

# wapiti_as NAME COOKIE: wapiti crawls and attacks the portal as that session (sign-out excluded).
wapiti_as() {
  local name=$1 cookie=$2 report="$out/wapiti-$1.json"
  echo "== wapiti: $name (up to $scan_minutes min)"
  local header=()
  [ -n "$cookie" ] && header=(-H "Cookie: $cookie")
  timeout $((scan_minutes * 60 + 120)) wapiti -u "$base/" --scope folder "${header[@]}" \
    -x "$base/account/signout" -x "$base/account/signout-everywhere" -x "$base/account/password" \
    -x "$base/account/authenticator" -m "sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,xxe" \
    --max-scan-time "$((scan_minutes * 60))" --max-attack-time 60 -d 3 --flush-session \
    -f json -o "$report" >"$out/wapiti-$name.log" 2>&1 || true
  if [ ! -s "$report" ]; then
    echo "wapiti $name: no report (see wapiti-$name.log)" | tee -a "$summary"
    findings=$((findings + 1))
    return
  fi
  local counts
  counts=$(python3 - "$report" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
levels = {"1": 0, "2": 0, "3": 0, "4": 0}
names = []
for category, items in report.get("vulnerabilities", {}).items():
    for item in items:
        level = str(item.get("level", "1"))
        levels[level] = levels.get(level, 0) + 1
        if level >= "2":
            names.append(f"{category}: {item.get('path', '')} {item.get('parameter', '')}")
print(levels["4"] + levels["3"] + levels["2"], levels["1"], len(report.get("infos", {}).get("crawled_pages", []) or []))
for name in names:
    print(name)
PY
)
  local serious low crawled
  read -r serious low crawled <<<"$(head -1 <<<"$counts")"
  echo "wapiti $name: $serious medium/high/critical, $low low" | tee -a "$summary"
  tail -n +2 <<<"$counts" | sed 's/^/    /' | tee -a "$summary"
  findings=$((findings + serious))
}

mep_cookie=$(cookie_of "MEP Staff")
sqlmap_form search "$base/search" \
  "Input.FirstName=Ana&Input.LastName=Garcia&Input.BirthDate=01/02/2015&Input.Sex=&Input.StateCode=&Input.MsixId=&Input.StateStudentId=&__RequestVerificationToken=x" \
  "$mep_cookie"
anon_cookie=$(anonymous_cookie)
sqlmap_form signin "$base/account/signin" "Email=someone@example.gov&Password=not-the-password&__RequestVerificationToken=x" "$anon_cookie"

wapiti_as anonymous ""
for role in "Recruiter" "MEP Staff" "Data Administrator" "User Administrator" "National Administrator"; do
  wapiti_as "$(tr 'A-Z ' 'a-z-' <<<"$role")" "$(cookie_of "$role")"
done

echo "== Summary (test-output/scan/summary.txt)"
cat "$summary"
if [ "$findings" -gt 0 ]; then
  echo "Scan: $findings finding(s) of medium or higher, or a tool that did not finish." >&2
  exit 1
fi
echo "Scan: clean."
