# sigmoid.h - the header needs no build; this builds its tests, examples,
# verification and benchmark. CC, CXX, CFLAGS, CXXFLAGS are overridable.
#
#   make test               test suite at -O0, -O2 and as C++, API check as C99/C++11
#   make test GREATEST_DIR=/path/to/greatest   the same suite on the real greatest.h
#   make test-aarch64       the suite for AArch64 under qemu-aarch64
#   make example            build and run examples/
#   make verify             prove the accuracy contracts against MPFR (libmpfr-dev)
#   make bench              speed against the naive libm formula and the peers
#   make peers-accuracy     max ULP error of sigmoid.h and each installed peer, all 2^32 floats
#   make plots              regenerate docs/*.svg (tools/plots.c)
#   make install            PREFIX=/usr/local DESTDIR=: the header, sigmoid.pc, the CMake package
#   make uninstall          removes exactly what install wrote
#   make check-install      every install route (pkg-config, find_package, add_subdirectory)
#   make check-matrix       the suite under every compiler, standard, flag set and target
#   make check-sanitize     the suite under ASan+UBSan (clang, gcc) and valgrind memcheck
#   make check-fenv         FP traps on every non-NaN float, directed rounding (clang -O3 native)
#   make fuzz               libFuzzer on every array function (FUZZ_SECONDS=60)
#   make lint               cppcheck and clang-tidy (.clang-tidy) on the header and tests
#   make clean

CC      ?= cc
CXX     ?= c++
CFLAGS  ?= -Wall -Wextra -Werror
CXXFLAGS ?= -Wall -Wextra -Werror
BUILD   := build

# The strictest warning set: the header must be clean under all of it.
STRICT  := -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wdouble-promotion \
           -Wcast-qual -Wundef -Werror

ifdef GREATEST_DIR
TEST_GREATEST := -DSIGMOID_REAL_GREATEST -I$(GREATEST_DIR)
endif

TEST_SRC := tests/test_main.c tests/test_special.c tests/test_accuracy.c \
            tests/test_derivatives.c tests/test_backward.c tests/test_arrays.c \
            tests/test_fp_exceptions.c tests/test_paths.c tests/test_memory.c
TEST_DEPS := $(TEST_SRC) tests/test_common.h tests/greatest_subset.h sigmoid.h
TEST_BINS := $(BUILD)/test_c_O0 $(BUILD)/test_c_O2 $(BUILD)/test_native $(BUILD)/test_cxx_O2 \
             $(BUILD)/api_c99 $(BUILD)/api_cxx11 $(BUILD)/fast_math

# The API check also with clang, when it is installed (CI installs it).
CLANG ?= $(shell command -v clang 2>/dev/null)
CLANGXX ?= $(shell command -v clang++ 2>/dev/null)
ifneq ($(CLANG),)
TEST_BINS += $(BUILD)/test_clang_native $(BUILD)/api_clang_c99 $(BUILD)/api_clang_cxx11 \
             $(BUILD)/fast_math_clang
endif

.PHONY: test test-aarch64 example verify bench peers-accuracy plots clean install uninstall check-install \
        check-matrix check-sanitize check-fenv fuzz lint

test: $(TEST_BINS)
	@sh tests/run.sh $(TEST_BINS)

$(BUILD):
	mkdir -p $(BUILD)

$(BUILD)/test_c_O0: $(TEST_DEPS) | $(BUILD)
	$(CC) -std=c99 -O0 $(CFLAGS) $(TEST_GREATEST) -o $@ $(TEST_SRC) -lm

$(BUILD)/test_c_O2: $(TEST_DEPS) | $(BUILD)
	$(CC) -std=c99 -O2 $(CFLAGS) $(TEST_GREATEST) -o $@ $(TEST_SRC) -lm

# GNU C at -O3 -march=native: FMA contraction on, and Clang free to compute
# both sides of a branch, which must raise no flag either.
$(BUILD)/test_native: $(TEST_DEPS) | $(BUILD)
	$(CC) -std=gnu11 -O3 -march=native $(CFLAGS) $(TEST_GREATEST) -o $@ $(TEST_SRC) -lm

$(BUILD)/test_clang_native: $(TEST_DEPS) | $(BUILD)
	$(CLANG) -std=gnu11 -O3 -march=native $(CFLAGS) $(TEST_GREATEST) -o $@ $(TEST_SRC) -lm

$(BUILD)/test_cxx_O2: $(TEST_DEPS) | $(BUILD)
	$(CXX) -std=c++11 -O2 $(CXXFLAGS) $(TEST_GREATEST) -x c++ -o $@ $(TEST_SRC) -lm

# The wrappers with -ffast-math, the comparison and the link without it.
$(BUILD)/fast_math: tests/fast_math.c tests/fast_math_wrap.c tests/fast_math.h sigmoid.h | $(BUILD)
	$(CC) -std=c99 -O2 -ffast-math $(CFLAGS) -c -o $(BUILD)/fast_math_wrap.o tests/fast_math_wrap.c
	$(CC) -std=c99 -O2 $(CFLAGS) -o $@ tests/fast_math.c $(BUILD)/fast_math_wrap.o

$(BUILD)/fast_math_clang: tests/fast_math.c tests/fast_math_wrap.c tests/fast_math.h sigmoid.h | $(BUILD)
	$(CLANG) -std=c99 -O2 -ffast-math $(CFLAGS) -c -o $(BUILD)/fast_math_wrap_clang.o tests/fast_math_wrap.c
	$(CLANG) -std=c99 -O2 $(CFLAGS) -o $@ tests/fast_math.c $(BUILD)/fast_math_wrap_clang.o

# No -lm on purpose: the header must not need libm.
$(BUILD)/api_c99: tests/api_all.c sigmoid.h | $(BUILD)
	$(CC) -std=c99 -O2 $(STRICT) -Wstrict-prototypes -o $@ tests/api_all.c

$(BUILD)/api_cxx11: tests/api_all.c sigmoid.h | $(BUILD)
	$(CXX) -std=c++11 -O2 $(STRICT) -Wold-style-cast -x c++ -o $@ tests/api_all.c

$(BUILD)/api_clang_c99: tests/api_all.c sigmoid.h | $(BUILD)
	$(CLANG) -std=c99 -O2 $(STRICT) -Wstrict-prototypes -o $@ tests/api_all.c

$(BUILD)/api_clang_cxx11: tests/api_all.c sigmoid.h | $(BUILD)
	$(CLANGXX) -std=c++11 -O2 $(STRICT) -Wold-style-cast -x c++ -o $@ tests/api_all.c

# The suite for AArch64 (where the double-double core uses hardware fma),
# under user-mode emulation (Debian: gcc-aarch64-linux-gnu, qemu-user).
AARCH64_CC ?= aarch64-linux-gnu-gcc
QEMU_AARCH64 ?= qemu-aarch64
AARCH64_SYSROOT ?= /usr/aarch64-linux-gnu

test-aarch64: $(TEST_DEPS) tests/api_all.c | $(BUILD)
	$(AARCH64_CC) -std=c99 -O2 $(CFLAGS) -o $(BUILD)/test_aarch64 $(TEST_SRC) -lm
	$(AARCH64_CC) -std=c99 -O2 $(STRICT) -Wstrict-prototypes -o $(BUILD)/api_aarch64 tests/api_all.c
	printf '#!/bin/sh\nQEMU_LD_PREFIX=$(AARCH64_SYSROOT) exec $(QEMU_AARCH64) "$$0.bin" "$$@"\n' > $(BUILD)/qemu_wrap
	for b in test_aarch64 api_aarch64; do \
	    mv $(BUILD)/$$b $(BUILD)/$$b.bin && cp $(BUILD)/qemu_wrap $(BUILD)/$$b && chmod +x $(BUILD)/$$b; done
	@sh tests/run.sh $(BUILD)/test_aarch64 $(BUILD)/api_aarch64

EXAMPLES := $(BUILD)/basic $(BUILD)/xor $(BUILD)/logreg

example: $(EXAMPLES)
	$(BUILD)/basic
	$(BUILD)/xor
	$(BUILD)/logreg

# -lm for logreg.c's own log/sqrt/cos; the header needs none.
$(BUILD)/%: examples/%.c sigmoid.h | $(BUILD)
	$(CC) -std=c99 -O2 $(CFLAGS) -o $@ $< -lm

verify: | $(BUILD)
	@if ! printf '#include <mpfr.h>\nint main(void){return 0;}\n' | \
	    $(CC) -x c - -o $(BUILD)/.mpfr_probe -lmpfr -lgmp 2>/dev/null; then \
	    echo "make verify: MPFR not found (install Debian's libmpfr-dev)"; exit 1; fi
	$(CC) -std=gnu11 -O2 -o $(BUILD)/verify tools/verify.c -lmpfr -lgmp -lpthread -lm
	$(BUILD)/verify

# Plain -O2 on purpose: that is how most projects build a vendored header.
# Peers, each when its Debian package is installed: libxnnpack-dev with
# libpthreadpool-dev, libdnnl-dev, libsleef-dev, libeigen3-dev.
HAVE_XNNPACK := $(shell test -f /usr/include/xnnpack.h && test -f /usr/include/pthreadpool.h && echo 1)
HAVE_ONEDNN  := $(shell test -f /usr/include/oneapi/dnnl/dnnl.h && echo 1)
HAVE_SLEEF   := $(shell printf '\043include <sleef.h>\n' | $(CC) -E -x c - >/dev/null 2>&1 && echo 1)
HAVE_EIGEN   := $(shell test -f /usr/include/eigen3/Eigen/Core && echo 1)
CPU_AVX2     := $(shell grep -qw avx2 /proc/cpuinfo 2>/dev/null && grep -qw fma /proc/cpuinfo && echo 1)
PEER_DEFS := $(if $(HAVE_XNNPACK),-DSIGMOID_BENCH_XNNPACK) $(if $(HAVE_ONEDNN),-DSIGMOID_BENCH_ONEDNN)
SLEEF_FLAGS := $(if $(and $(HAVE_SLEEF),$(CPU_AVX2)),-DSIGMOID_BENCH_SLEEF -mavx2 -mfma)
PEER_LIBS := $(if $(HAVE_XNNPACK),-lXNNPACK -lpthreadpool) $(if $(HAVE_ONEDNN),-ldnnl) \
             $(if $(and $(HAVE_SLEEF),$(CPU_AVX2)),-lsleef)
EIGEN_FLAGS := $(if $(and $(HAVE_EIGEN),$(CPU_AVX2)),-DSIGMOID_BENCH_EIGEN -I/usr/include/eigen3 -mavx2 -mfma)

BENCH_SRC := bench/bench.c bench/peers.c bench/peers_sleef.c bench/peers.h bench/peers_eigen.cpp \
             bench/plain_native.c sigmoid.h

$(BUILD)/bench: $(BENCH_SRC) | $(BUILD)
	$(CC) -std=gnu11 -O2 -c -o $(BUILD)/bench.o bench/bench.c
	$(CC) -std=gnu11 -O2 $(PEER_DEFS) -c -o $(BUILD)/peers.o bench/peers.c
	$(CC) -std=gnu11 -O2 $(SLEEF_FLAGS) -c -o $(BUILD)/peers_sleef.o bench/peers_sleef.c
	$(CC) -std=gnu11 -O3 -march=native -c -o $(BUILD)/plain_native.o bench/plain_native.c
	$(CXX) -std=c++14 -O2 $(EIGEN_FLAGS) -c -o $(BUILD)/peers_eigen.o bench/peers_eigen.cpp
	$(CXX) -o $@ $(BUILD)/bench.o $(BUILD)/peers.o $(BUILD)/peers_sleef.o $(BUILD)/plain_native.o $(BUILD)/peers_eigen.o \
	    $(PEER_LIBS) -lm

bench: $(BUILD)/bench
	$(BUILD)/bench

# The error of sigmoid.h and of each installed peer over all 2^32 floats.
$(BUILD)/peers_accuracy: bench/peers_accuracy.c $(BENCH_SRC) | $(BUILD)
	$(CC) -std=gnu11 -O2 -c -o $(BUILD)/peers_accuracy.o bench/peers_accuracy.c
	$(CC) -std=gnu11 -O2 $(PEER_DEFS) -c -o $(BUILD)/peers.o bench/peers.c
	$(CC) -std=gnu11 -O2 $(SLEEF_FLAGS) -c -o $(BUILD)/peers_sleef.o bench/peers_sleef.c
	$(CXX) -std=c++14 -O2 $(EIGEN_FLAGS) -c -o $(BUILD)/peers_eigen.o bench/peers_eigen.cpp
	$(CC) -std=gnu11 -O3 -march=native -c -o $(BUILD)/plain_native.o bench/plain_native.c
	$(CXX) -o $@ $(BUILD)/peers_accuracy.o $(BUILD)/peers.o $(BUILD)/peers_sleef.o $(BUILD)/plain_native.o \
	    $(BUILD)/peers_eigen.o $(PEER_LIBS) -lm

peers-accuracy: $(BUILD)/peers_accuracy
	$(BUILD)/peers_accuracy

plots: | $(BUILD)
	$(CC) -std=c99 -O2 -o $(BUILD)/plots tools/plots.c -lm
	mkdir -p docs
	$(BUILD)/plots

clean:
	rm -rf $(BUILD)

# Install: the header, a pkg-config file and a CMake package, versioned from
# the header's macros. The .pc and the CMake files are arch-independent, so
# they go under share/.
PREFIX  ?= /usr/local
VERSION := $(shell sed -n 's/^\#define SIGMOID_VERSION_MAJOR \([0-9]*\).*/\1/p' sigmoid.h).$(shell \
             sed -n 's/^\#define SIGMOID_VERSION_MINOR \([0-9]*\).*/\1/p' sigmoid.h).$(shell \
             sed -n 's/^\#define SIGMOID_VERSION_PATCH \([0-9]*\).*/\1/p' sigmoid.h)
INSTALLED := $(PREFIX)/include/sigmoid.h $(PREFIX)/share/pkgconfig/sigmoid.pc \
             $(PREFIX)/share/cmake/sigmoid/sigmoidConfig.cmake \
             $(PREFIX)/share/cmake/sigmoid/sigmoidConfigVersion.cmake

install:
	mkdir -p $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/pkgconfig \
	    $(DESTDIR)$(PREFIX)/share/cmake/sigmoid
	cp sigmoid.h $(DESTDIR)$(PREFIX)/include/sigmoid.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@SIGMOID_VERSION@|$(VERSION)|' cmake/sigmoid.pc.in \
	    > $(DESTDIR)$(PREFIX)/share/pkgconfig/sigmoid.pc
	cp cmake/sigmoidConfig.cmake $(DESTDIR)$(PREFIX)/share/cmake/sigmoid/sigmoidConfig.cmake
	sed -e 's|@SIGMOID_VERSION@|$(VERSION)|' cmake/sigmoidConfigVersion.cmake.in \
	    > $(DESTDIR)$(PREFIX)/share/cmake/sigmoid/sigmoidConfigVersion.cmake

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))
	-rmdir $(DESTDIR)$(PREFIX)/share/cmake/sigmoid 2>/dev/null

check-install:
	sh tests/install_routes.sh

# Hardening. Each target prints "N passed, N failed" or fails loudly.
check-matrix:
	bash tests/matrix.sh builds

check-sanitize:
	bash tests/matrix.sh sanitizers

# Built the way that once raised flags the source does not: Clang at -O3
# -march=native computes both sides of branches and vectorises loops.
check-fenv: | $(BUILD)
	$(CLANG) -std=gnu11 -O3 -march=native $(CFLAGS) -o $(BUILD)/fenv_check tools/fenv_check.c -lm -lpthread
	$(BUILD)/fenv_check

FUZZ_SECONDS ?= 60
fuzz: | $(BUILD)
	$(CLANG) -std=c99 -O1 -DSIGMOID_FUZZ_SEEDS $(CFLAGS) -o $(BUILD)/fuzz_seeds tests/fuzz.c
	rm -rf $(BUILD)/fuzz_corpus && mkdir -p $(BUILD)/fuzz_corpus
	$(BUILD)/fuzz_seeds $(BUILD)/fuzz_corpus
	$(CLANG) -std=c99 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $(CFLAGS) \
	    -o $(BUILD)/fuzz tests/fuzz.c
	$(BUILD)/fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4100 -print_final_stats=1 $(BUILD)/fuzz_corpus

# cppcheck once per target configuration (the header's paths differ), the
# whole suite as one file; clang-tidy with the checks in .clang-tidy, file
# by file. Both must report nothing.
LINT_SRC := tests/api_all.c tests/test_all.c tests/fuzz.c tests/fast_math.c tests/fast_math_wrap.c \
            tools/fenv_check.c
TIDY_SRC := tests/api_all.c tests/test_main.c tests/test_special.c tests/test_accuracy.c \
            tests/test_derivatives.c tests/test_backward.c tests/test_arrays.c \
            tests/test_fp_exceptions.c tests/test_paths.c tests/test_memory.c tests/fast_math.c \
            tests/fast_math_wrap.c tests/fuzz.c
CPPCHECK := cppcheck --enable=warning,portability,performance --std=c99 --inline-suppr \
            --error-exitcode=1 --quiet --suppress=missingIncludeSystem -I. -D__CPPCHECK__ \
            -D__GNUC__=12 -D__linux__ -D__unix__

lint:
	$(CPPCHECK) -D__x86_64__ -D__SSE2__ $(LINT_SRC)
	$(CPPCHECK) -D__aarch64__ -D__ARM_NEON $(LINT_SRC)
	$(CPPCHECK) -D__i386__ -D__FLT_EVAL_METHOD__=2 $(LINT_SRC)
	$(CPPCHECK) -DSIGMOID_NO_SIMD $(LINT_SRC)
	clang-tidy --quiet $(TIDY_SRC) -- -std=c99 -I.
	@echo "lint: cppcheck (4 configurations) and clang-tidy report nothing"
