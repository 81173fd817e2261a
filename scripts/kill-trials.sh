#!/usr/bin/env bash
# Kill trials (issues 17/18): does a SIGKILL at a random instant of `etl run`, followed by `etl run` to the end, give
# exactly the warehouse and file sets of a clean run?
#
#   scripts/kill-trials.sh [--trials 20] [--customers 500] [--months 3] [--dirty 0.02] [--seed 1] [--work DIR] [--bin PATH]
#
# Generates demo data once (daily files, --dirty share of defects), loads it into a fresh workspace (the reference: no
# prior `warehouse init`, so the schema is created by that run), then per trial: a fresh workspace with the same inbox,
# `etl run` killed with SIGKILL at a random point of its progress (after k of the files, plus a jitter), `etl run` again, and a
# comparison with the reference: every dim/fact/etl table (`crm-insights warehouse digest --rows`: generated keys, run ids
# and processing times excluded) and the file sets of archive/, quarantine/, inbox/ and lake/. Prints one line per trial
# and "identical: K/N". Exit 0 when every trial is identical. Run it with `nice -n 10` on a shared machine.
set -euo pipefail

trials=20; customers=500; months=3; dirty=0.02; seed=1; work=""; bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --trials) trials="$2"; shift 2;; --customers) customers="$2"; shift 2;; --months) months="$2"; shift 2;;
    --dirty) dirty="$2"; shift 2;; --seed) seed="$2"; shift 2;; --work) work="$2"; shift 2;; --bin) bin="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${bin:-$here/schedules/CrmInsights.Host/bin/Release/net10.0/crm-insights}"
[ -x "$bin" ] || { echo "no executable at $bin: dotnet build schedules/CrmInsights.Host -c Release" >&2; exit 2; }
work="${work:-$(mktemp -d -t crm-kill-trials-XXXXXX)}"
mkdir -p "$work"
echo "work folder: $work; executable: $bin"

filesets() { # workspace -> sorted relative paths of every file under archive/ quarantine/ inbox/ lake/
  (cd "$1" && for d in archive quarantine inbox lake; do [ -d "$d" ] && find "$d" -type f | sort; done; true)
}

run_etl() { "$bin" etl run --workspace "$1" >"$1.log" 2>&1; }

if [ ! -d "$work/gen/inbox" ]; then
  "$bin" demo generate --customers "$customers" --months "$months" --dirty "$dirty" --drop day --seed 42 --out "$work/gen" --workspace "$work/gen" >/dev/null
fi
inputs=$(cd "$work/gen/inbox" && find . -type f | wc -l)
echo "inbox: $inputs files ($customers customers x $months months, daily, dirty $dirty)"

rm -rf "$work/ref"; mkdir -p "$work/ref"; cp -r "$work/gen/inbox" "$work/ref/inbox"
start=$(date +%s.%N)
set +e; run_etl "$work/ref"; rc=$?; set -e
duration=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
# 0 clean, 5 an error-level check failed, 6 a file was quarantined (the dirty data quarantines some): a finished run.
finished() { [ "$1" = 0 ] || [ "$1" = 5 ] || [ "$1" = 6 ]; }
finished "$rc" || { echo "reference run failed (exit $rc), see $work/ref.log" >&2; exit 1; }
"$bin" warehouse digest --rows --workspace "$work/ref" >"$work/ref.rows"
filesets "$work/ref" >"$work/ref.files"
echo "reference: exit $rc in ${duration}s"

identical=0
for i in $(seq 1 "$trials"); do
  t="$work/t$i"; rm -rf "$t" "$t.log"; mkdir -p "$t"; cp -r "$work/gen/inbox" "$t/inbox"
  # The kill point is a random point of the run's progress (after k of the inbox's files have left it, plus a jitter
  # that lands inside the next file's work), not of a wall-clock estimate: on a shared machine a run's duration varies
  # too much for a delay to land inside it. k = 0 kills during start-up: the schema being created on a fresh workspace.
  read -r k jitter < <(python3 -c "import random; r=random.Random($seed*1000+$i); print(r.randrange($inputs), round(r.uniform(0.0, 0.4), 2))")
  [ "$k" = 0 ] && jitter=$(python3 -c "import random; print(round(random.Random($seed*2000+$i).uniform(0.3, 2.5), 2))")
  "$bin" etl run --workspace "$t" >"$t.killed.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && [ $((inputs - $(find "$t/inbox" -type f | wc -l))) -lt "$k" ]; do sleep 0.05; done
  sleep "$jitter"
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; when="killed after $k files + ${jitter}s"; else when="finished before $k files + ${jitter}s"; fi
  wait "$pid" 2>/dev/null || true
  set +e; run_etl "$t"; rerun=$?; set -e
  verdict="identical"; detail=""
  # The re-run must finish; its exit need not equal the reference's: a file the killed run already quarantined is not
  # quarantined again (exit 6 means "quarantined in this run"), so a finished re-run may well exit 0.
  if ! finished "$rerun"; then
    verdict="FAILED"; detail="re-run exit $rerun: $(grep -m1 -E 'error|fail' "$t.log" | cut -c1-200)"
  else
    "$bin" warehouse digest --rows --workspace "$t" >"$t.rows"
    filesets "$t" >"$t.files"
    tables=$(diff "$work/ref.rows" "$t.rows" | grep -E '^[<>]' | cut -f1 | sed 's/^[<>] //' | sort -u | tr '\n' ' ' || true)
    files=$(diff "$work/ref.files" "$t.files" | grep -E '^[<>]' | sed 's/^[<>] //' | cut -d/ -f1 | sort -u | tr '\n' ' ' || true)
    missing=$(cd "$work/gen/inbox" && find . -type f | sed 's|^\./||' | while read -r f; do
      n=$( (cd "$t" && { [ -f "inbox/$f" ] && echo x; find archive quarantine -type f -path "*/${f%%/*}/*" -name "$(basename "$f")" 2>/dev/null; } ) | wc -l)
      [ "$n" = 1 ] || echo "$f:$n"; done | head -3 | tr '\n' ' ')
    if [ -n "$tables$files$missing" ]; then verdict="DIFFERENT"; detail="tables: ${tables:-none}; file sets: ${files:-none}${missing:+; not in exactly one place: $missing}"; fi
  fi
  [ "$verdict" = identical ] && identical=$((identical + 1))
  echo "trial $i: $when, re-run exit $rerun: $verdict${detail:+ ($detail)}"
done
echo "identical: $identical/$trials"
[ "$identical" = "$trials" ]
