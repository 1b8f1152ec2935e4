#!/bin/sh
# Runs the test binaries given, at the same time (each is one thread; the
# suite takes half the time on two cores), then shows each one's output in
# order and sums greatest's report lines ("Pass: N, fail: N, skip: N.")
# into one closing line "N passed, N failed". A binary that exits non-zero
# or prints no report counts as one more failure.
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
i=0
for bin in "$@"; do
    i=$((i + 1))
    ( "$bin" >"$dir/$i.out" 2>&1; echo $? >"$dir/$i.status" ) &
done
wait
passed=0 failed=0 skipped=0
i=0
for bin in "$@"; do
    i=$((i + 1))
    echo "== $bin"
    cat "$dir/$i.out"
    status=$(cat "$dir/$i.status")
    line=$(grep -E '^Pass: [0-9]+, fail: [0-9]+, skip: [0-9]+' "$dir/$i.out" | tail -n 1)
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
