#!/usr/bin/env bash
# Solve every ITC-2007 instance (.ctt) of a folder with `cursus itc2007` (release build) and write a
# markdown table: instance, hard, soft, best known, ratio to best known, time to first feasible,
# moves per second, with sums.
#
# usage: scripts/bench-itc.sh [DIR]      environment: ITC_TIME (s, default 60), ITC_SEED (default 1),
#        ITC_THREADS (default 1, as the README's "60 s, 1 thread" column), ITC_OUT (folder for the table and the .sol files,
#        default .build/bench-itc), SWIFT (default swift)
set -euo pipefail

dir=${1:-${ITC_DIR:-Tests/Fixtures/itc2007}}
time=${ITC_TIME:-60}
seed=${ITC_SEED:-1}
out=${ITC_OUT:-.build/bench-itc}
swift=${SWIFT:-swift}

# Best known soft costs (shared/benchmarks/itc2007/README.md: values commonly cited in the literature).
declare -A best=([comp01]=5 [comp02]=24 [comp03]=66 [comp04]=35 [comp05]=284 [comp06]=27 [comp07]=6)

shopt -s nullglob
instances=("$dir"/*.ctt)
if [ ${#instances[@]} -eq 0 ]; then
    echo "bench-itc: no .ctt instance in $dir" >&2
    exit 2
fi

"$swift" build -c release --product cursus >&2
bin=$("$swift" build -c release --show-bin-path)/cursus
mkdir -p "$out"
table="$out/results.md"
threads=${ITC_THREADS:-1}

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
{
    echo "${time} s per instance, seed $seed, $threads thread(s); $(date -u '+%Y-%m-%d %H:%M UTC'); ${cpu:-unknown CPU}," \
        "$(nproc) cores, load average at start $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null)."
    echo
    echo "| instance | hard | soft | best known | soft / best | first feasible (s) | moves/s |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$table"

sum_hard=0; sum_soft=0; sum_best=0; all_known=1; all_feasible=1
for file in "${instances[@]}"; do
    name=$(basename "$file" .ctt)
    echo "bench-itc: $name, ${time}s, seed $seed, $threads thread(s)" >&2
    status=0
    report=$("$bin" itc2007 "$file" --time "$time" --seed "$seed" --threads "$threads" --solution "$out/$name.sol") || status=$?
    if [ "$status" != 0 ]; then
        echo "| $name | error (exit status $status, see the messages above) | | | | | |" >> "$table"
        all_feasible=0; all_known=0
        continue
    fi
    echo "$report" >&2
    hard=$(sed -n 's/^hard \([0-9]*\).*/\1/p' <<<"$report")
    soft=$(sed -n 's/^soft \([0-9]*\).*/\1/p' <<<"$report")
    feasible=$(sed -n 's/^first feasible after \([0-9.]*\) s.*/\1/p' <<<"$report")
    moves=$(sed -n 's/.*; \([0-9]*\) moves\/s.*/\1/p' <<<"$report")
    known=${best[$name]:-}
    if [ "$hard" != 0 ]; then
        ratio="infeasible"; all_feasible=0
        [ -n "$known" ] && sum_best=$((sum_best + known)) || { known="–"; all_known=0; }
    elif [ -n "$known" ]; then
        ratio=$(awk -v s="$soft" -v b="$known" 'BEGIN { printf (b > 0 ? "%.2f" : "–"), s / (b > 0 ? b : 1) }')
        sum_best=$((sum_best + known))
    else
        ratio="–"; known="–"; all_known=0
    fi
    echo "| $name | $hard | $soft | $known | $ratio | ${feasible:-never} | $moves |" >> "$table"
    sum_hard=$((sum_hard + hard)); sum_soft=$((sum_soft + soft))
done

if [ "$all_known" = 1 ] && [ "$all_feasible" = 1 ]; then
    sum_ratio=$(awk -v s="$sum_soft" -v b="$sum_best" 'BEGIN { printf "%.2f", s / b }')
else
    sum_ratio="–"
    [ "$all_known" = 1 ] || sum_best="–"
fi
echo "| **sum** | **$sum_hard** | **$sum_soft** | **$sum_best** | **$sum_ratio** | | |" >> "$table"
echo >&2
cat "$table"
