#!/bin/sh
# Runs each test binary given, shows its output, and sums greatest's report
# lines ("Pass: N, fail: N, skip: N.") into one closing line
# "N passed, N failed". A binary that exits non-zero or prints no report
# counts as one more failure.
passed=0 failed=0 skipped=0
for bin in "$@"; do
    echo "== $bin"
    out=$("$bin" 2>&1)
    status=$?
    printf '%s\n' "$out"
    line=$(printf '%s\n' "$out" | grep -E '^Pass: [0-9]+, fail: [0-9]+, skip: [0-9]+' | tail -n 1)
    if [ -z "$line" ]; then
        echo "run.sh: $bin printed no report (exit $status)"
        failed=$((failed + 1))
        continue
    fi
    p=$(printf '%s' "$line" | sed -E 's/^Pass: ([0-9]+).*/\1/')
    f=$(printf '%s' "$line" | sed -E 's/.*fail: ([0-9]+).*/\1/')
    s=$(printf '%s' "$line" | sed -E 's/.*skip: ([0-9]+).*/\1/')
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "run.sh: $bin exited $status"
        failed=$((failed + 1))
    fi
done
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
