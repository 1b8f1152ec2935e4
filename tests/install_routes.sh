#!/bin/sh
# Every install route of sigmoid.h, from this source tree, in a temporary
# directory: make install (PREFIX and DESTDIR), a consumer built through
# pkg-config, through find_package(sigmoid) and through add_subdirectory,
# the top-level CMake build with its tests under CTest, and make uninstall.
# Needs cc, make, cmake and pkg-config. Prints "N passed, N failed".
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

step() {
    name=$1
    shift
    if (set -e; "$@") >"$tmp/log" 2>&1; then
        pass=$((pass + 1))
        echo "ok   $name"
    else
        fail=$((fail + 1))
        echo "FAIL $name"
        sed 's/^/     /' "$tmp/log" | tail -20
    fi
}

prefix=$tmp/prefix

install_prefix() {
    make -s -C "$src" install PREFIX="$prefix"
    for f in include/sigmoid.h share/pkgconfig/sigmoid.pc share/cmake/sigmoid/sigmoidConfig.cmake \
             share/cmake/sigmoid/sigmoidConfigVersion.cmake; do
        test -f "$prefix/$f"
    done
    grep -q "^Version: $(sed -n 's/^#define SIGMOID_VERSION_MAJOR //p' "$src/sigmoid.h")\." \
        "$prefix/share/pkgconfig/sigmoid.pc"
}

via_pkg_config() {
    flags=$(PKG_CONFIG_PATH=$prefix/share/pkgconfig pkg-config --cflags sigmoid)
    test "$flags" = "-I$prefix/include"
    cc -std=c99 -O2 -Wall -Werror $flags -o "$tmp/pc_consumer" "$src/tests/consumer/consumer.c"
    "$tmp/pc_consumer"
}

via_find_package() {
    version=$(sed -n 's/^#define SIGMOID_VERSION_\(MAJOR\|MINOR\) \([0-9]*\)$/\2/p' "$src/sigmoid.h" | paste -sd.)
    cmake -S "$src/tests/consumer" -B "$tmp/fp" -DCMAKE_PREFIX_PATH="$prefix" -DSIGMOID_VERSION="$version"
    cmake --build "$tmp/fp"
    "$tmp/fp/consumer"
}

via_add_subdirectory() {
    cmake -S "$src/tests/consumer" -B "$tmp/sub" -DSIGMOID_SOURCE_DIR="$src"
    cmake --build "$tmp/sub"
    "$tmp/sub/consumer"
}

cmake_top_level() {
    # Release (-O3): the suite at -O0 is check-matrix's; this route checks
    # the CMake build and CTest's wiring
    cmake -S "$src" -B "$tmp/top" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$tmp/top" --parallel 2
    (cd "$tmp/top" && ctest --output-on-failure --parallel 2)
}

destdir_install() {
    make -s -C "$src" install PREFIX=/usr/local DESTDIR="$tmp/stage"
    test -f "$tmp/stage/usr/local/include/sigmoid.h"
    grep -q '^prefix=/usr/local$' "$tmp/stage/usr/local/share/pkgconfig/sigmoid.pc"
    make -s -C "$src" uninstall PREFIX=/usr/local DESTDIR="$tmp/stage"
    test -z "$(find "$tmp/stage" -type f)"
}

# clib is not packaged by Debian, so its install is not run here; what it
# reads is checked: package.json is JSON, its version is the header's, and
# every file in "src" exists.
clib_manifest() {
    v=$(sed -n 's/^#define SIGMOID_VERSION_MAJOR //p' "$src/sigmoid.h").$(sed -n \
        's/^#define SIGMOID_VERSION_MINOR //p' "$src/sigmoid.h").$(sed -n \
        's/^#define SIGMOID_VERSION_PATCH //p' "$src/sigmoid.h")
    python3 - "$src/package.json" "$v" <<'PY'
import json, os, sys
m = json.load(open(sys.argv[1]))
assert m["version"] == sys.argv[2], (m["version"], sys.argv[2])
assert m["src"] and all(os.path.isfile(os.path.join(os.path.dirname(sys.argv[1]), f)) for f in m["src"])
assert m["name"] == "sigmoid" and m["license"] == "MIT"
PY
}

uninstall_prefix() {
    make -s -C "$src" uninstall PREFIX="$prefix"
    test -z "$(find "$prefix" -type f)"
}

step "make install PREFIX=..." install_prefix
step "consumer through pkg-config" via_pkg_config
step "consumer through find_package(sigmoid)" via_find_package
step "consumer through add_subdirectory (tests off as a subproject)" via_add_subdirectory
step "top-level CMake build, tests under CTest" cmake_top_level
step "make install DESTDIR=... and uninstall" destdir_install
step "make uninstall removes every installed file" uninstall_prefix
step "package.json (clib): version and src" clib_manifest
echo "$pass passed, $fail failed"
test "$fail" -eq 0
