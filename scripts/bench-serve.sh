#!/usr/bin/env bash
# make bench: the load figure of `cursus serve`: wrk on loopback, 10 s, 64 connections, 2 threads, on
# the feed of the first programme under EXPORTS. Prints requests/s, errors, p50 and p99 latency.
set -euo pipefail
BIN=${1:?usage: bench-serve.sh CURSUS_BIN [EXPORTS]}
EXPORTS=${2:-exports}
programme=$(cd "$EXPORTS" && ls -d */ | head -1); programme=${programme%/}
feed="$programme/$programme.ics"
[ -f "$EXPORTS/$feed" ] || { echo "bench-serve: no $EXPORTS/$feed: run make schedule first" >&2; exit 1; }
log=$(mktemp); out=$(mktemp)
"$BIN" serve "$EXPORTS" --port 0 > "$log" 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log" "$out"' EXIT
for _ in $(seq 100); do grep -q "^Serving " "$log" && break; sleep 0.1; done
port=$(sed -n 's|^Serving .* on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
[ -n "$port" ] || { echo "bench-serve: the server did not start:" >&2; cat "$log" >&2; exit 1; }
url="http://127.0.0.1:$port/$feed"
bytes=$(curl -s "$url" | wc -c)
wrk -t2 -c64 -d10s --latency "$url" > "$out"
rate=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
total=$(awk '/requests in/ { print $1 }' "$out")
non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out"); non2xx=${non2xx:-0}
socket=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out"); socket=${socket:-0}
p50=$(awk '$1 == "50%" { print $2 }' "$out"); p99=$(awk '$1 == "99%" { print $2 }' "$out")
echo
echo "| cursus serve, wrk -t2 -c64 -d10s, $feed ($bytes bytes) | requests/s | requests | errors | p50 | p99 |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| $(nproc) cores, loopback | $rate | $total | $((non2xx + socket)) | $p50 | $p99 |"
