#!/usr/bin/env bash
# Kills `cursus solve` with SIGKILL at COUNT random moments of its run (most of which is the export
# phase: the budget is tiny) and checks, after every kill, that OUT/<programme>/ is a complete export
# (the same files as a reference export, schedule.json readable, the PDF whole), then that the next,
# unkilled run leaves no .partial-*/.previous-* folder behind. Prints the tally.
set -euo pipefail
BIN=${1:?usage: kill-test.sh CURSUS_BINARY [COUNT]}
COUNT=${2:-100}
CURRICULUM=${CURRICULUM:-curricula/emancipasso-2023.yaml}
PROGRAMME=$(basename "$CURRICULUM" .yaml)
ARGS=(--iterations 2000 --threads 1)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$BIN" solve "$CURRICULUM" --out "$OUT" "${ARGS[@]}" --seed 1 >/dev/null
reference=$(cd "$OUT/$PROGRAMME" && find . -type f | sort)
start=$(date +%s%N); "$BIN" solve "$CURRICULUM" --out "$OUT" "${ARGS[@]}" --seed 2 >/dev/null; end=$(date +%s%N)
run_ms=$(( (end - start) / 1000000 ))
complete() {
  local dir="$OUT/$PROGRAMME"
  [ -d "$dir" ] || { echo "no $dir"; return 1; }
  [ "$(cd "$dir" && find . -type f | sort)" = "$reference" ] || { echo "files differ from the reference export"; return 1; }
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$dir/schedule.json" || { echo "schedule.json unreadable"; return 1; }
  tail -c 1024 "$dir/$PROGRAMME.pdf" | grep -q '%%EOF' || { echo "PDF cut short"; return 1; }
}
killed=0 finished=0
for i in $(seq 1 "$COUNT"); do
  delay_ms=$(( RANDOM % (run_ms + run_ms / 5 + 1) ))
  "$BIN" solve "$CURRICULUM" --out "$OUT" "${ARGS[@]}" --seed $(( i + 2 )) >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' "$delay_ms")" 2>/dev/null || sleep $(( delay_ms / 1000 ))
  if kill -KILL "$pid" 2>/dev/null; then killed=$((killed + 1)); else finished=$((finished + 1)); fi
  wait "$pid" 2>/dev/null || true
  complete || { echo "kill $i (after $delay_ms ms): incomplete export" >&2; exit 1; }
  "$BIN" solve "$CURRICULUM" --out "$OUT" "${ARGS[@]}" --seed 1 >/dev/null
  complete || { echo "run after kill $i: incomplete export" >&2; exit 1; }
  stale=$(find "$OUT" -maxdepth 1 -name ".*.partial-*" -o -maxdepth 1 -name ".*.previous-*")
  [ -z "$stale" ] || { echo "after kill $i: stale folders left: $stale" >&2; exit 1; }
done
echo "kill test: $COUNT runs of $PROGRAMME (a full run takes $run_ms ms), $killed killed at a random moment, $finished ended before the kill;"
echo "every time a complete export remained, and no stale folder after the next run"
