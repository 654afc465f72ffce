#!/usr/bin/env bash
# Security scan by real tools (security.md 39, issue 17 point 9): starts the portal (Release) on a
# throwaway PostgreSQL cluster and database with demo data, signs in as each role through the real
# pages (tools/MsixPortal.Bench "cookie": notice, password, TOTP) and runs, on 127.0.0.1 only:
#   - sqlmap on the submission upload form (as Data Administrator), the search form (as MEP Staff)
#     and the sign-in form (anonymous);
#   - wapiti (crawl + attack modules) as each role and anonymously.
# Each tool run is bounded in time (SCAN_MINUTES per wapiti run, default 4; SQLMAP_MINUTES per sqlmap
# form, default 8). Reports land in test-output/scan/ (sqlmap logs and traffic, wapiti JSON and logs,
# the portal's log, summary.txt). The summary gives, per tool run, the requests sent, how they were
# answered (for sqlmap: how many POSTs reached the form's handler) and the findings by level. Exits 1
# when sqlmap finds an injection, when wapiti reports a vulnerability or anomaly of level medium or
# higher, when the portal answered anything with a 5xx (security.md 45), or when a run was not a
# valid scan (the tool crashed or was cut off, most of its requests were answered 400 or did not
# reach the handler, its session was signed out, it crawled next to nothing, it requested a form it
# had to leave out); 0 only for a valid, clean scan.
# Too slow for CI (about 40 minutes); run it before a release. Installs sqlmap and wapiti if missing.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/system.sh
source scripts/lib/pg.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
pg_port=${MSIX_SCAN_PG_PORT:-5436}
portal_port=${MSIX_SCAN_PORT:-5096}
scan_minutes=${SCAN_MINUTES:-4}
sqlmap_minutes=${SQLMAP_MINUTES:-8}
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

# cookie_of ROLE: the Cookie header of a fresh signed-in session of that demo account. It holds the
# portal's `__Host-` cookies (session, notice, antiforgery), which are Secure: on http://127.0.0.1
# the tools' own cookie jars would never send them back, so each tool is given the whole header.
cookie_of() {
  local email password key
  IFS=$'\t' read -r _ email password key _ < <(awk -F'\t' -v role="$1" '$1 == role && ($5 == "TX" || $5 == "all States")' "$work/accounts.tsv")
  dotnet "$client_dll" cookie --base-url "$base" --email "$email" --password "$password" --totp-key "$key"
}

# The anonymous visitor has accepted the system-use notice, so the sign-in form is reachable; the
# header also carries its antiforgery cookie, which the forms' tokens are bound to.
anonymous_cookie() {
  local jar="$work/anonymous.jar" token
  token=$(curl -fsS -c "$jar" "$base/account/notice" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" "$base/account/notice"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

# still_signed_in COOKIE: the session still opens a signed-in page (a scan that signed itself out
# would only have tested the sign-in redirect).
still_signed_in() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$base/notifications")" = 200 ]
}

summary="$out/summary.txt"
export SCAN_TOTALS="$work/totals.tsv"
: >"$summary"
: >"$SCAN_TOTALS"
findings=0
invalid=0
scan_started=$(date +%s)

# note EXIT_CODE: counts what summarize.py said (1 a finding, 2 not a valid run).
note() {
  case "$1" in
    0) ;;
    1) findings=$((findings + 1)) ;;
    *) invalid=$((invalid + 1)) ;;
  esac
}

# sqlmap_run NAME FORM_PATH TARGET...: sqlmap on one form, the target given by TARGET (sqlmap's own
# options). Before each request it GETs the form page (--csrf-url, --csrf-method GET) with the
# session's cookies and puts that page's __RequestVerificationToken into the POST, so its injected
# requests pass the antiforgery check and reach the action. Two sqlmap 1.7 details matter: without
# --csrf-method GET it fetches a --csrf-url equal to the target with the target's POST (answered 400,
# no token), and with --method POST on the command line it sends every request to the host as a
# POST, the token page too; --data alone already makes the injected requests POSTs. A redirect after
# the POST (search: to its opaque results page; upload: to the job's progress page) is followed with
# a GET, as a browser does. The upload's progress page asks to be reloaded (Refresh: 2), which
# sqlmap takes for a redirect to the address "2" unless told not to follow it (refresh=N).
sqlmap_run() {
  local name=$1 path=$2 target=("${@:3}") log="$out/sqlmap-$1.log" traffic="$out/sqlmap-$1.traffic"
  local started offset rc=0 slice="$work/portal-sqlmap-$1.log"
  echo "== sqlmap: $name (up to $sqlmap_minutes min)"
  offset=$(stat -c %s "$out/portal.log")
  started=$(date +%s)
  timeout "${sqlmap_minutes}m" sqlmap "${target[@]}" \
    --csrf-token "__RequestVerificationToken" --csrf-url "$base$path" --csrf-method GET \
    --answers "resend=N,follow=Y,merge=Y,process=Y,refresh=N" --batch --level 2 --risk 1 --dbms PostgreSQL \
    --flush-session --output-dir "$work/sqlmap" -t "$traffic" --disable-coloring >"$log" 2>&1 || rc=$?
  tail -c +"$((offset + 1))" "$out/portal.log" >"$slice"
  local status=0
  python3 scripts/scan/summarize.py sqlmap "$name" "$path" "$traffic" "$log" "$slice" "$rc" "$(($(date +%s) - started))" \
    >"$work/run.txt" || status=$?
  tee -a "$summary" <"$work/run.txt"
  note "$status"
}

# sqlmap_form NAME FORM_PATH DATA PARAMETERS COOKIE: a url-encoded form; only its own fields are
# injected (-p), the token, cookies and headers are left alone.
sqlmap_form() {
  sqlmap_run "$1" "$2" -u "$base$2" --data "$3" -p "$4" --cookie "$5"
}

# sqlmap_upload COOKIE: the submission upload form: a multipart body with the file and Mode (the
# dry-run or submit button) whose '*' marks the injection points: the file's name, values inside the
# file (a JSON submission of the demo State) and Mode; sqlmap names them MULTIPART #1* (the file
# name) to #7* (Mode) in that order. Mode's base value is dry-run, so no payload
# stores anything. (A saved request, -r, is not used: sqlmap 1.7 takes its targets from standard
# input whenever that is not a terminal and ignores the file.) sqlmap puts a fresh token only into
# url-encoded or JSON bodies, never into a multipart part, so --eval hands the token it fetched for
# this request (queryPage's local `token`) to the RequestVerificationToken header, which ASP.NET
# Core's antiforgery reads before the form field. The same code drops the cookies that sqlmap hands
# to --eval as variables under encoded names (EVAL_<hex>, the names hold '-'): sqlmap 1.7 takes
# them for changed values and adds each as a part of the body, with a bare LF ending its header,
# which makes the whole body unreadable. The file's content is read by a background job
# after the POST has been answered (a redirect to the job's progress page, which sqlmap follows), so
# an injection there could only show on that page, as an error or a changed result. No
# Content-Type is given: sqlmap would send it with the token page's GET too (a form content type
# without a body), and it writes multipart/form-data with the body's boundary itself: the boundary
# as found after the delimiters' "--", hence one that does not begin with dashes.
sqlmap_upload() {
  local boundary="MsixPortalScan7c1f" body
  body=$(
    printf -- '--%s\r\nContent-Disposition: form-data; name="__RequestVerificationToken"\r\n\r\nx\r\n' "$boundary"
    printf -- '--%s\r\nContent-Disposition: form-data; name="File"; filename="students*.json"\r\n' "$boundary"
    printf 'Content-Type: application/json\r\n\r\n'
    printf '{"header":{"stateCode":"TX*","timestamp":"2026-10-30T12:00:00Z","studentCount":1,"recordCount":1},'
    printf '"students":[{"recordNumber":"1","action":"I","stateCode":"TX","stateStudentId":"TX000123*","stateStudentIdType":"01",'
    printf '"firstName":"Ana*","lastName1":"Garcia*","sex":"Female","birthDate":"20140307*","multipleBirth":"No","birthCountry":"MX"}]}\r\n'
    printf -- '--%s\r\nContent-Disposition: form-data; name="Mode"\r\n\r\ndry-run*\r\n' "$boundary"
    printf -- '--%s--\r\n' "$boundary"
  )
  sqlmap_run upload /submissions/upload -u "$base/submissions/upload" --data "$body" --cookie "$1" \
    --eval '_locals["auxHeaders"]["RequestVerificationToken"] = _locals["token"].value; [globals().pop(name) for name in list(globals()) if name.startswith("EVAL_")]'
}

# wapiti_as NAME COOKIE [LEFT_OUT]: wapiti crawls and attacks the portal as that session. wapiti 3.0.4 on
# Python 3.11 crashes on any -x (see scripts/scan/wapiti.py), so it runs through that launcher.
# Excluded (it would end its own session or another demo account's, which the later runs need):
# sign-out and sign-out-everywhere, the password and authenticator pages, and a user
# administrator's roles, disable, deactivate, end-sessions and authenticator-reset actions.
# Signed-in runs also leave out the help-desk contact and incident forms (LEFT_OUT, comma-separated
# path prefixes, each excluded as PREFIX* so that the pages' query-string variants, such as the
# footer's /help/contact?reference=..., go too; the summary counts any request that still reached
# them and then calls the run not valid): every
# attack on them files a request or an incident (about a thousand a run), which then fill the
# administrators' worklists; wapiti 3.0.4 parses a page's forms in quadratic time and hung, at
# 100% CPU, on a worklist page of 388 "Assign to me" forms (557 KB). The same forms and actions
# are attacked by the anonymous run, which therefore comes last.
# SCAN_MINUTES bounds the run: a third for the crawl, the rest shared by the attack modules.
# Expected 400s (and why they do not make a run invalid unless they are most of it): the file and
# exec modules send NUL bytes, which the portal refuses with 400 (security.md 45); the xxe module
# posts raw text/xml bodies, which carry no antiforgery token; attacks on the token or the
# submission key field fail those checks. Other payloads reach the actions (200 with the form's
# errors, or 302).
wapiti_modules="sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,xxe"
wapiti_as() {
  local name=$1 cookie=$2 left_out=${3:-} report="$out/wapiti-$1.json" log="$out/wapiti-$1.log" slice="$work/portal-$1.log"
  local modules crawl_seconds attack_seconds started offset rc=0 status prefix extra=()
  for prefix in ${left_out//,/ }; do
    extra+=(-x "$base$prefix*")
  done
  modules=$(tr ',' '\n' <<<"$wapiti_modules" | wc -l)
  crawl_seconds=$((scan_minutes * 60 / 3))
  attack_seconds=$((scan_minutes * 60 * 2 / 3 / modules))
  echo "== wapiti: $name (up to $scan_minutes min)"
  offset=$(stat -c %s "$out/portal.log")
  started=$(date +%s)
  timeout $((scan_minutes * 60 + 120)) scripts/scan/wapiti.py -u "$base/" --scope folder -H "Cookie: $cookie" \
    -x "$base/account/signout*" -x "$base/account/password*" -x "$base/account/authenticator*" \
    -x "$base/admin/users/*/roles" -x "$base/admin/users/*/disable" -x "$base/admin/users/*/deactivate" \
    -x "$base/admin/users/*/sessions/end" -x "$base/admin/users/*/authenticator/reset" "${extra[@]}" \
    -m "$wapiti_modules" --max-scan-time "$crawl_seconds" --max-attack-time "$attack_seconds" -d 3 \
    --store-session "$work/wapiti" --flush-session -f json -o "$report" >"$log" 2>&1 || rc=$?
  tail -c +"$((offset + 1))" "$out/portal.log" >"$slice"
  status=0
  python3 scripts/scan/summarize.py wapiti "$name" "$report" "$log" "$slice" "$rc" "$(($(date +%s) - started))" "$left_out" \
    >"$work/run.txt" || status=$?
  tee -a "$summary" <"$work/run.txt"
  if [ "$name" != anonymous ] && ! still_signed_in "$cookie"; then
    echo "    not valid: the session was signed out during the run" | tee -a "$summary"
    status=2
  fi
  note "$status"
}

sqlmap_upload "$(cookie_of "Data Administrator")"
mep_cookie=$(cookie_of "MEP Staff")
sqlmap_form search /search \
  "Input.FirstName=Ana&Input.LastName=Garcia&Input.BirthDate=01/02/2015&Input.Sex=&Input.StateCode=&Input.MsixId=&Input.StateStudentId=&Input.MiddleName=&Input.ParentName=&Input.BirthCity=&Input.SchoolName=&__RequestVerificationToken=x" \
  "Input.FirstName,Input.LastName,Input.BirthDate,Input.Sex,Input.StateCode,Input.MsixId,Input.StateStudentId,Input.MiddleName,Input.ParentName,Input.BirthCity,Input.SchoolName" \
  "$mep_cookie"
anon_cookie=$(anonymous_cookie)
sqlmap_form signin /account/signin "Email=someone@example.gov&Password=not-the-password&ReturnUrl=&__RequestVerificationToken=x" \
  "Email,Password,ReturnUrl" "$anon_cookie"

for role in "Recruiter" "MEP Staff" "Data Administrator" "User Administrator" "National Administrator"; do
  wapiti_as "$(tr 'A-Z ' 'a-z-' <<<"$role")" "$(cookie_of "$role")" /help/contact,/help/incident
done
wapiti_as anonymous "$(anonymous_cookie)"

{
  echo "== Totals ($(( ($(date +%s) - scan_started + 59) / 60 )) min of scanning)"
  python3 scripts/scan/summarize.py totals "$SCAN_TOTALS"
} | tee -a "$summary"
echo "== Summary: test-output/scan/summary.txt"
if [ "$invalid" -gt 0 ]; then
  echo "Scan NOT VALID: $invalid tool run(s) did not scan the portal (see above); $findings with findings." >&2
  exit 1
fi
if [ "$findings" -gt 0 ]; then
  echo "Scan: $findings tool run(s) found something of medium level or higher (see above)." >&2
  exit 1
fi
echo "Scan: valid and clean."
