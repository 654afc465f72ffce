#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL, Chromium, fonts, Node.js) if missing, builds the
# solution in Release with zero warnings, runs every test project against real PostgreSQL and
# Chromium, and ends with one line: "Tests: N passed, N failed, N skipped".
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Home]
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/lib/system.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Browser tests drive Debian's Chromium: never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

require_dotnet
ensure_packages postgresql chromium fonts-dejavu-core
ensure_node

results=TestResults/run
rm -rf "$results"
mkdir -p "$results"

dotnet tool restore >/dev/null

echo "== Build (Release)"
build_log="$results/build.log"
if ! dotnet build MsixPortal.sln -c Release -tl:off -nologo -v:minimal 2>&1 | tee "$build_log"; then
  echo "Build failed." >&2
  echo "Tests: 0 passed, 0 failed, 0 skipped"
  exit 1
fi
# NU1603 is the one allowed warning (Directory.Build.props says why: ClosedXML 0.95.4's
# dependencies resolve to the next served version); every other warning fails the run.
other_warnings() { grep -E 'warning [A-Z]+[0-9]+' "$build_log" | grep -v 'warning NU1603' | sort -u || true; }
warnings=$(other_warnings | grep -c . || true)
if [ "$warnings" != "0" ]; then
  other_warnings >&2
  echo "The build must have 0 warnings (NU1603 aside); it had $warnings." >&2
  echo "Tests: 0 passed, 0 failed, 0 skipped"
  exit 1
fi

# Every project under tests/ that references the test SDK, one after another (2 cores: browser
# and integration tests each start their own PostgreSQL cluster).
status=0
for project in $(grep -l 'Microsoft.NET.Test.Sdk' tests/*/*.csproj | sort); do
  name=$(basename "$project" .csproj)
  echo "== $name"
  if ! dotnet test "$project" -c Release --no-build -tl:off --nologo \
      --results-directory "$results" --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" "$@"; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name wrote no results (crashed before or while running tests)." >&2
    status=1
  fi
done

# Totals from the TRX files: <Counters total=".." executed=".." passed=".." failed=".." ... />
counter() {
  sed -n 's/.*<Counters \([^>]*\)\/>.*/\1/p' "$1" | grep -Eo "\\b$2=\"[0-9]+\"" | grep -Eo '[0-9]+' || echo 0
}
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  total=$(counter "$trx" total)
  executed=$(counter "$trx" executed)
  passed=$((passed + $(counter "$trx" passed)))
  failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
  skipped=$((skipped + total - executed))
done

echo "Results: $results (TRX), screenshots: test-output/browser"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then
  exit 1
fi
if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
