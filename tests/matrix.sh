#!/usr/bin/env bash
# tests/matrix.sh builds      (make check-matrix): the test suite under every
#   compiler, standard, flag set and target the header supports, and the
#   strict warning set on the header under each.
# tests/matrix.sh sanitizers  (make check-sanitize): the suite under
#   ASan+UBSan with clang and with gcc, and under valgrind memcheck.
# One line per configuration, then "N passed, N failed". A configuration
# passes when it builds with -Werror and its binary reports no failure
# (and, under a sanitizer, no error). Two run at a time (two cores).
#
# Needs: gcc, g++, clang, tcc, gcc-12-multilib and g++-12-multilib (-m32),
# gcc-aarch64-linux-gnu and qemu-user (AArch64), gcc-mingw-w64-x86-64,
# g++-mingw-w64-x86-64 and wine64 (Windows), libclang-rt-14-dev (clang's
# sanitizer runtime), valgrind. Debian's gcc-multilib metapackage
# conflicts with the cross compiler, the versioned ones do not; they lack
# the /usr/include/asm link that the metapackage adds, so -m32 builds get
# it from an include directory made here.
set -u
cd "$(dirname "$0")/.."

B=build/matrix
mkdir -p "$B/m32inc"
ln -sfn /usr/include/x86_64-linux-gnu/asm "$B/m32inc/asm"

SUITE=tests/test_all.c   # the whole suite in one translation unit
WARN="-Wall -Wextra -Werror"
STRICT="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wdouble-promotion -Wcast-qual -Wundef -Werror"
STRICT_C="$STRICT -Wstrict-prototypes"
STRICT_CXX="$STRICT -Wold-style-cast"
M32="-m32 -isystem $B/m32inc"
QEMU="env QEMU_LD_PREFIX=/usr/aarch64-linux-gnu qemu-aarch64"
WINE64=/usr/lib/wine/wine64

names=() cmds=()
add() { names+=("$1"); cmds+=("$2"); }

# RUN32: how a 32-bit x86 binary runs. Some kernels (Firecracker guests
# among them) are built without IA-32 emulation and refuse to execute one;
# there the i386 configurations are built with -Werror and not run, and
# their line says so. (qemu-i386 is no substitute: its x87 emulation gave
# long double logarithms off by an ulp of double, and the suite took five
# minutes.)
printf 'int main(void){return 0;}\n' > "$B/probe32.c"
if gcc -m32 -o "$B/probe32" "$B/probe32.c" 2>/dev/null && "$B/probe32" 2>/dev/null; then
    RUN32=
else
    RUN32="echo 'Pass: built; not run: this kernel executes no 32-bit x86 binaries' ||"
fi

# EXE: the executable suffix of the target (.exe for the Windows builds,
# which the MinGW compilers append and Wine needs)
EXE=
# suite NAME COMPILER FLAGS [RUNNER]: the whole suite, built and run
suite() {
    add "$1" "$2 $3 $WARN -o $B/$1$EXE $SUITE -lm && ${4:-} $B/$1$EXE"
}
# functional NAME COMPILER FLAGS [RUNNER]: the suite without its dense
# accuracy samples (the *_on_sample tests, half of a run). For builds
# whose generated code those samples already cover in another
# configuration: another language standard of the same compiler and
# flags, or SIGMOID_NO_SIMD, whose element functions are the ones every
# build has. Every other test, arrays on every path included, runs.
functional() {
    add "$1" "$2 $3 $WARN -o $B/$1$EXE $SUITE -lm && ${4:-} $B/$1$EXE -x _on_sample"
}
# strict NAME COMPILER FLAGS [RUNNER]: every public function in one file
# under the strict warning set, linked without -lm, and run
strict() {
    add "$1" "$2 $3 -o $B/$1$EXE tests/api_all.c && ${4:-} $B/$1$EXE"
}
# fastmath NAME CC [RUNNER]: the user's code at -O3 -ffast-math, linked with it
fastmath() {
    add "$1" "$2 -std=c99 -O3 -ffast-math $WARN -c -o $B/$1_wrap.o tests/fast_math_wrap.c &&
              $2 -std=c99 -O2 $WARN -c -o $B/$1_main.o tests/fast_math.c &&
              $2 -ffast-math -o $B/$1$EXE $B/$1_main.o $B/$1_wrap.o && ${3:-} $B/$1$EXE"
}

# olddiag NAME COMPILER FLAGS: the build must fail, and the header must
# give exactly one error, its "needs C99 or C++11" line (a C++ compiler then
# also reports the probe's calls as undeclared)
olddiag() {
    add "$1" "! $2 $3 -fsyntax-only tests/std_probe.c >$B/$1.out 2>&1 &&
              grep -c 'sigmoid\\.h:[0-9]*:[0-9]*: error' $B/$1.out | grep -qx 1 && grep -q 'needs C99 or C++11' $B/$1.out &&
              echo 'Pass: 1, fail: 0, skip: 0.'"
}

SAN="-std=c99 -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"

if [ "${1:-builds}" = sanitizers ]; then
    # memcheck without the dense accuracy samples: they touch no memory
    # beyond their locals, and under valgrind they were most of its run.
    # First, as the longest: the other two then share the second core.
    functional valgrind-memcheck gcc "-std=c99 -O2 -g" \
        "valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all"
    suite clang-asan-ubsan clang "$SAN" "env ASAN_OPTIONS=detect_leaks=1"
    suite gcc-asan-ubsan gcc "$SAN" "env ASAN_OPTIONS=detect_leaks=1"
else
suite "gcc-O0" gcc "-std=c99 -O0"
# clang -O0 emits the same operations in the same order as gcc -O0 (no
# contraction without FMA in the x86-64 baseline): its samples are gcc's
functional "clang-O0" clang "-std=c99 -O0"
for cc in gcc clang; do
    suite "$cc-O2" "$cc" "-std=c99 -O2"
    suite "$cc-O3-native" "$cc" "-std=gnu11 -O3 -march=native"
    fastmath "$cc-O3-ffast-math" "$cc"
    for std in c11 c17 c2x; do
        functional "$cc-$std" "$cc" "-std=$std -O2"
    done
    for std in c99 c11 c17 c2x; do
        strict "$cc-$std-strict" "$cc" "-std=$std -O2 $STRICT_C"
    done
    suite "$cc-i386-x87" "$cc" "$M32 -std=gnu11 -O2" "$RUN32"
    strict "$cc-i386-strict" "$cc" "$M32 -std=c99 -O2 $STRICT_C" "$RUN32"
    functional "$cc-no-simd" "$cc" "-std=c99 -O2 -DSIGMOID_NO_SIMD"
    olddiag "$cc-c89-diagnostic" "$cc" "-std=c89 -pedantic"
    add "$cc-gnu89" "$cc -std=gnu89 -O2 $WARN -o $B/$cc-gnu89 tests/std_probe.c && $B/$cc-gnu89"
done
olddiag "g++-c++98-diagnostic" g++ "-std=c++98 -x c++"
olddiag "clang++-c++03-diagnostic" clang++ "-std=c++03 -x c++"
# the suite compiled as separate files at -O0, the way make test once did
# (every translation unit with its own copies of the header's functions);
# the accuracy suite's tests (*_on_sample), which gcc-O0 runs on the same
# code, are left out: at -O0 they are a third of the run
add "gcc-O0-separate-files" "gcc -std=c99 -O0 $WARN -o $B/gcc-O0-separate-files tests/test_main.c tests/test_special.c \
     tests/test_accuracy.c tests/test_derivatives.c tests/test_backward.c tests/test_arrays.c \
     tests/test_fp_exceptions.c tests/test_memory.c tests/test_half.c tests/test_family.c -lm &&
     $B/gcc-O0-separate-files -x _on_sample"
# make test with only a C compiler: the C++ build is skipped, saying so,
# and the C suite passes
add "make-test-c-only" "make -s test CXX= BUILD=$B/c-only >$B/c-only.out 2>&1;
     grep -q 'the C++ build is skipped' $B/c-only.out &&
     tail -n 1 $B/c-only.out | grep -Eq '^[0-9]+ passed, 0 failed' && echo 'Pass: 1, fail: 0, skip: 0.'"

suite "gcc-i386-x87-c99" gcc "$M32 -std=c99 -O0" "$RUN32"
for cxx in g++ clang++; do
    suite "$cxx-c++11" "$cxx" "-std=c++11 -O2 -x c++"
    for std in c++17 c++20; do
        functional "$cxx-$std" "$cxx" "-std=$std -O2 -x c++"
    done
    for std in c++11 c++17 c++20; do
        strict "$cxx-$std-strict" "$cxx" "-std=$std -O2 $STRICT_CXX -x c++"
    done
done
suite "tcc" tcc ""
suite "aarch64-neon" aarch64-linux-gnu-gcc "-std=c99 -O2" "$QEMU"
functional "aarch64-scalar" aarch64-linux-gnu-gcc "-std=c99 -O2 -DSIGMOID_NO_SIMD" "$QEMU"
strict "aarch64-strict" aarch64-linux-gnu-gcc "-std=c99 -O2 $STRICT_C" "$QEMU"
# x86-64 Windows: MinGW-w64 gcc and g++, and clang targeting MinGW (with
# MinGW's libgcc), run under Wine; each suite runs every path the CPU has
# (scalar, SSE2, AVX2) and the guard-page test with VirtualProtect.
MINGW=x86_64-w64-mingw32-gcc
if command -v $MINGW >/dev/null && [ -x "$WINE64" ]; then
    WINE="env WINEPREFIX=$PWD/$B/wine WINEDEBUG=-all $WINE64"
    CLANG_MINGW="clang --target=x86_64-w64-mingw32 -L$(dirname "$($MINGW -print-libgcc-file-name)")"
    EXE=.exe
    suite "mingw-gcc-O2" $MINGW "-std=c99 -O2" "$WINE"
    suite "mingw-gcc-O3-native" $MINGW "-std=gnu11 -O3 -march=native" "$WINE"
    functional "mingw-gcc-no-simd" $MINGW "-std=c99 -O2 -DSIGMOID_NO_SIMD" "$WINE"
    fastmath "mingw-gcc-O3-ffast-math" $MINGW "$WINE"
    strict "mingw-gcc-c99-strict" $MINGW "-std=c99 -O2 $STRICT_C" "$WINE"
    suite "mingw-g++-c++17" x86_64-w64-mingw32-g++ "-std=c++17 -O2 -x c++" "$WINE"
    strict "mingw-g++-c++17-strict" x86_64-w64-mingw32-g++ "-std=c++17 -O2 $STRICT_CXX -x c++" "$WINE"
    suite "mingw-clang-O2" "$CLANG_MINGW" "-std=c99 -O2" "$WINE"
    strict "mingw-clang-c99-strict" "$CLANG_MINGW" "-std=c99 -O2 $STRICT_C" "$WINE"
    EXE=
else
    add "mingw-wine" "echo 'needs gcc-mingw-w64-x86-64 and wine64 (Debian packages)'; false"
fi
fi

run_one() {
    local i=$1 log="$B/${names[$1]}.log" start=$SECONDS
    if bash -c "${cmds[$i]}" >"$log" 2>&1; then
        echo "ok   ${names[$i]} ($((SECONDS - start)) s): $(grep -E '^Pass: ' "$log" | tail -n 1)"
    else
        echo "FAIL ${names[$i]} ($((SECONDS - start)) s, log: $log)"
        tail -n 20 "$log" | sed 's/^/     /'
    fi >"$B/${names[$i]}.result"
}

# Wine creates its prefix on first use; once, before runs in parallel
if [ -n "${WINE:-}" ] && [ ! -d "$B/wine" ]; then
    $WINE wineboot --init >/dev/null 2>&1
fi

running=0
for i in "${!names[@]}"; do
    run_one "$i" &
    running=$((running + 1))
    if [ "$running" -ge 2 ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

passed=0 failed=0
for name in "${names[@]}"; do
    cat "$B/$name.result"
    if grep -q '^ok' "$B/$name.result"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
