#!/usr/bin/env bash
# Runs every test on this machine and prints "N passed, N failed, N skipped" from the real results.
# Live SQL Server tests skip, with the reason, when neither Docker nor ConnectionStrings__Warehouse exists.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

results=artifacts/test-results
rm -rf "$results"
dotnet test CrmInsights.sln -c Release --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@"
status=$?

# Sum the counters of every TRX file: the one line CI reads.
read -r passed failed skipped total < <(
  cat "$results"/*.trx 2>/dev/null | tr ' ' '\n' |
  awk -F'"' '/^passed=/{p+=$2} /^failed=/{f+=$2} /^notExecuted=/{s+=$2} /^total=/{t+=$2}
             END{printf "%d %d %d %d\n", p, f, s, t}')
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then
  exit 1
fi
