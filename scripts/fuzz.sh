#!/usr/bin/env bash
# Builds the libFuzzer harnesses (Fuzz/, CURSUS_FUZZ=1 targets) with AddressSanitizer (linked by lld:
# ld.gold fails on them) and runs each
# for FUZZ_SECONDS, starting from the seed corpus Fuzz/Corpus/<reader>. Exits non-zero on the first
# crash, leak, timeout (an input over 10 s) or memory blow-up (over 2 GB with ASan); the input that
# did it is kept as .build-fuzz/crash-<harness>-*. Prints libFuzzer's final figures per harness.
set -euo pipefail
SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-300}
harnesses=(FuzzCurriculum:curriculum FuzzCalendar:calendar FuzzCTT:ctt)
for entry in "${harnesses[@]}"; do
  CURSUS_FUZZ=1 $SWIFT build -c release --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "${entry%%:*}"
done
for entry in "${harnesses[@]}"; do
  harness=${entry%%:*} corpus=${entry##*:}
  mkdir -p ".build-fuzz/corpus/$corpus"
  echo "== $harness, $FUZZ_SECONDS s, seeds Fuzz/Corpus/$corpus"
  # The fuzzer's own status, read before anything else runs (an `|| true` here would hide it).
  set +e
  ".build-fuzz/release/$harness" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=".build-fuzz/crash-$harness-" ".build-fuzz/corpus/$corpus" "Fuzz/Corpus/$corpus" 2>&1 \
    | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|ERROR|SUMMARY|Test unit written"
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" = 0 ] || { echo "$harness: libFuzzer exited with $status (a finding, see .build-fuzz/crash-$harness-*)" >&2; exit 1; }
done
