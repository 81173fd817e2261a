#!/usr/bin/env bash
# Runs every test on this machine and prints "N passed, N failed, N skipped" from the real results
# (the TRX files each test project writes). Live SQL Server tests skip, with the reason, when
# neither a Docker engine nor ConnectionStrings__Warehouse exists.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
set +e  # from here on a failing step must still reach the summary line

results=artifacts/test-results
rm -rf "$results"
dotnet test CrmInsights.sln -c Release --logger "trx" --logger "console;verbosity=normal" "$@"
status=$?

# xunit's TRX counts a skipped test in total but not in executed; a failed one is executed, not passed.
read -r passed failed skipped total < <(
  find "$results" -name '*.trx' -exec cat {} + 2>/dev/null | grep -o '<Counters [^>]*>' | tr ' ' '\n' |
  awk -F'"' '/^passed=/{p+=$2} /^executed=/{e+=$2} /^total=/{t+=$2}
             END{printf "%d %d %d %d\n", p, e - p, t - e, t}')
# The failing tests again, just above the summary, so the tail of a long log names them.
if [ "$failed" -ne 0 ]; then
  echo "failed tests:"
  find "$results" -name '*.trx' -print0 2>/dev/null | xargs -0 -r /usr/bin/python3 scripts/trx-failures.py
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$total" -eq 0 ]; then
  exit 1
fi
