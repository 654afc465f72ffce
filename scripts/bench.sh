#!/usr/bin/env bash
# Benchmarks: scripts/bench.sh <name> [args...] runs scripts/bench/<name>.sh (e.g. generate, search).
# They share a private PostgreSQL cluster under .bench/ (scripts/lib/bench.sh) and print their figures.
set -euo pipefail

cd "$(dirname "$0")/.."
name=${1:-}
if [ -z "$name" ] || [ ! -f "scripts/bench/$name.sh" ]; then
  echo "usage: scripts/bench.sh <benchmark> [args...]" >&2
  echo "benchmarks:" >&2
  for script in scripts/bench/*.sh; do
    # The second line of each benchmark script says what it measures.
    printf '  %-10s %s\n' "$(basename "$script" .sh)" "$(sed -n '2s/^# *//p' "$script")" >&2
  done
  exit 2
fi
shift
exec bash "scripts/bench/$name.sh" "$@"
