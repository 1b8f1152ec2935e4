# sigmoid.h - the header needs no build; this builds its tests, examples,
# verification and benchmark. CC, CXX, CFLAGS, CXXFLAGS are overridable.
# `make` or `make help` lists the targets with what each costs.

CC      ?= cc
CLANG   ?= clang
CFLAGS  ?= -Wall -Wextra -Werror
CXXFLAGS ?= -Wall -Wextra -Werror
BUILD   := build

# make's built-in CXX is g++ whether or not g++ is installed: unless CXX is
# given, use the first C++ compiler found, or none (the C++ build is then
# skipped with a line saying so).
ifeq ($(origin CXX),default)
CXX := $(firstword $(foreach c,c++ g++ clang++,$(if $(shell command -v $(c) 2>/dev/null),$(c))))
endif

# The strictest warning set: the header must be clean under all of it.
STRICT  := -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wdouble-promotion \
           -Wcast-qual -Wundef -Werror

.DEFAULT_GOAL := help
.PHONY: help test check constants icount test-aarch64 example verify bench peers-accuracy plots clean install uninstall \
        check-install check-matrix check-sanitize check-fenv check-constants check-determinism check-vzeroupper \
        fuzz lint lint-cppcheck-x86-64 lint-cppcheck-aarch64 lint-cppcheck-i386 lint-cppcheck-no-simd FORCE

help:
	@echo "sigmoid.h: the header needs no build. Targets (times on a 2-core AMD EPYC, 2026-12-02):"
	@echo "  make test             the suite as C99, and as C++11 when a C++ compiler exists  46 s"
	@echo "  make test GREATEST_DIR=dir   the same suite built against dir/greatest.h       51 s"
	@echo "  make example          build and run examples/                                   4 s"
	@echo "  make check            test + check-matrix + check-constants                   13 min"
	@echo "  make check-matrix     gcc/clang/tcc x standards x flags, i386, AArch64 (qemu),"
	@echo "                        Windows (MinGW-w64 gcc and clang, Wine)                  12 min"
	@echo "  make check-determinism  result hashes of every function and path: Linux build"
	@echo "                        = Windows build (MinGW-w64, Wine)                         2 min"
	@echo "  make check-vzeroupper no AVX2 kernel calls SSE code with the ymm upper halves"
	@echo "                        set (gcc, clang x -O1, -Os, -O2, -O3)                     5 s"
	@echo "  make check-constants  regenerate the header's tables and polynomials, compare   1 s"
	@echo "  make check-sanitize   ASan+UBSan (clang, gcc), valgrind memcheck                2 min"
	@echo "  make check-fenv       FP traps on every non-NaN float, directed rounding      5.5 min"
	@echo "  make check-install    every install route (pkg-config, CMake)                2.5 min"
	@echo "  make verify           the accuracy contracts against MPFR (libmpfr-dev)     17 min"
	@echo "  make fuzz             libFuzzer on every array function (FUZZ_SECONDS=60)    1.5 min"
	@echo "  make lint             cppcheck, clang-tidy, macro length                      1.5 min"
	@echo "  make bench            speed against naive libm and the installed peers, with"
	@echo "                        make icount's instructions per element               1.5 min*"
	@echo "  make icount           instructions per element of every kernel (valgrind)       8 s"
	@echo "  make peers-accuracy   max ULP of sigmoid.h and each peer, all 2^32 floats   10 min*"
	@echo "  make test-aarch64     the suite for AArch64 under qemu-aarch64                  3 min"
	@echo "  make plots            regenerate docs/*.svg                                     1 s"
	@echo "  (* timed on an Intel Xeon of the same size, 2026-11-30)"
	@echo "  make constants        rewrite the header's generated block from its generators"
	@echo "  make install [PREFIX=/usr/local] [DESTDIR=]   the header, sigmoid.pc, CMake package"
	@echo "  make uninstall, make clean"

# The suite is one translation unit (tests/test_all.c), built once as C99
# at -O2 and once as C++11. With GREATEST_DIR it is built against that
# greatest.h, in its own directory and always afresh, so a build against
# the in-tree harness is never mistaken for one against the real greatest.
ifdef GREATEST_DIR
TEST_DIR   := $(BUILD)/test-greatest
TEST_DEFS  := -DSIGMOID_REAL_GREATEST -I$(GREATEST_DIR)
TEST_FORCE := FORCE
else
TEST_DIR   := $(BUILD)/test
endif
TEST_DEPS := $(wildcard tests/test_*.c tests/*.h) sigmoid.h
TEST_BINS := $(TEST_DIR)/suite_c99 $(if $(CXX),$(TEST_DIR)/suite_cxx11)

# The two builds, and then the two runs, side by side (tests/run.sh).
test:
	@$(MAKE) --no-print-directory -j2 $(TEST_BINS)
	@$(if $(CXX),,echo "test: no C++ compiler found (c++, g++, clang++; or set CXX): the C++ build is skipped")
	@$(if $(GREATEST_DIR),echo "test: built against $(GREATEST_DIR)/greatest.h")
	@sh tests/run.sh $(TEST_BINS)

$(TEST_DIR)/suite_c99: $(TEST_DEPS) $(TEST_FORCE)
	@mkdir -p $(TEST_DIR)
	$(CC) -std=c99 -O2 $(CFLAGS) $(TEST_DEFS) -o $@ tests/test_all.c -lm

$(TEST_DIR)/suite_cxx11: $(TEST_DEPS) $(TEST_FORCE)
	@mkdir -p $(TEST_DIR)
	$(CXX) -std=c++11 -O2 $(CXXFLAGS) $(TEST_DEFS) -x c++ -o $@ tests/test_all.c -lm

FORCE:

check: test check-matrix check-constants

$(BUILD):
	mkdir -p $(BUILD)

# The suite for AArch64 (where the double-double core uses hardware fma),
# under user-mode emulation (Debian: gcc-aarch64-linux-gnu, qemu-user).
AARCH64_CC ?= aarch64-linux-gnu-gcc
QEMU_AARCH64 ?= qemu-aarch64
AARCH64_SYSROOT ?= /usr/aarch64-linux-gnu

test-aarch64: $(TEST_DEPS) tests/api_all.c | $(BUILD)
	$(AARCH64_CC) -std=c99 -O2 $(CFLAGS) -o $(BUILD)/test_aarch64 tests/test_all.c -lm
	$(AARCH64_CC) -std=c99 -O2 $(STRICT) -Wstrict-prototypes -o $(BUILD)/api_aarch64 tests/api_all.c
	printf '#!/bin/sh\nQEMU_LD_PREFIX=$(AARCH64_SYSROOT) exec $(QEMU_AARCH64) "$$0.bin" "$$@"\n' > $(BUILD)/qemu_wrap
	for b in test_aarch64 api_aarch64; do \
	    mv $(BUILD)/$$b $(BUILD)/$$b.bin && cp $(BUILD)/qemu_wrap $(BUILD)/$$b && chmod +x $(BUILD)/$$b; done
	@sh tests/run.sh $(BUILD)/test_aarch64 $(BUILD)/api_aarch64

EXAMPLES := $(BUILD)/basic $(BUILD)/xor $(BUILD)/logreg $(BUILD)/bf16_inference

example: $(EXAMPLES)
	$(BUILD)/basic
	$(BUILD)/xor
	$(BUILD)/logreg
	$(BUILD)/bf16_inference

# -lm for logreg.c's own log/sqrt/cos; the header needs none.
$(BUILD)/%: examples/%.c sigmoid.h | $(BUILD)
	$(CC) -std=c99 -O2 $(CFLAGS) -o $@ $< -lm

# The header's generated block: tools/gen_constants.c (MPFR) and
# tools/fast_poly.sollya (Debian's sollya) print it; check-constants
# compares it with the header, constants writes it there.
$(BUILD)/constants.h: tools/gen_constants.c tools/fast_poly.sollya | $(BUILD)
	$(CC) -std=gnu11 -O2 -o $(BUILD)/gen_constants tools/gen_constants.c -lmpfr -lgmp
	{ $(BUILD)/gen_constants && sollya tools/fast_poly.sollya; } > $@.tmp && mv $@.tmp $@

GENERATED_BLOCK := sed -n '/^\/\* BEGIN GENERATED CONSTANTS/,/^\/\* END GENERATED CONSTANTS/p' sigmoid.h | sed '1,2d;$$d'

check-constants: $(BUILD)/constants.h
	@$(GENERATED_BLOCK) > $(BUILD)/constants.header
	@if cmp -s $(BUILD)/constants.h $(BUILD)/constants.header; then \
	    echo "check-constants: the generated block of sigmoid.h is up to date"; \
	else diff $(BUILD)/constants.header $(BUILD)/constants.h | head -20; \
	    echo "check-constants: sigmoid.h differs from its generators (make constants rewrites it)"; exit 1; fi

constants: $(BUILD)/constants.h
	awk 'FNR == NR { gen = gen $$0 "\n"; next } /^\/\* END GENERATED CONSTANTS/ { printf "%s", gen; skip = 0 } \
	     !skip { print } /^ \* block \(make constants\)/ { skip = 1 }' $(BUILD)/constants.h sigmoid.h > $(BUILD)/sigmoid.h.new
	mv $(BUILD)/sigmoid.h.new sigmoid.h

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
             bench/loop_shapes.c bench/train_xor.c bench/train_xor.h sigmoid.h
HAVE_CLANG := $(shell command -v $(CLANG) >/dev/null 2>&1 && echo 1)
# The loop shapes a user writes, as their project would build them.
LOOP_OBJS := $(BUILD)/loop_o2.o $(BUILD)/loop_gcc_native.o $(if $(HAVE_CLANG),$(BUILD)/loop_clang_native.o)

$(BUILD)/bench: $(BENCH_SRC) | $(BUILD)
	$(CC) -std=gnu11 -O2 $(if $(HAVE_CLANG),-DSIGMOID_BENCH_CLANG) -c -o $(BUILD)/bench.o bench/bench.c
	$(CC) -std=gnu11 -O2 -DLOOP_SUFFIX=_o2 -c -o $(BUILD)/loop_o2.o bench/loop_shapes.c
	$(CC) -std=gnu11 -O2 -c -o $(BUILD)/train_xor.o bench/train_xor.c
	$(CC) -std=gnu11 -O3 -march=native -DLOOP_SUFFIX=_gcc_native -c -o $(BUILD)/loop_gcc_native.o bench/loop_shapes.c
	$(if $(HAVE_CLANG),$(CLANG) -std=gnu11 -O3 -march=native -DLOOP_SUFFIX=_clang_native -c -o $(BUILD)/loop_clang_native.o bench/loop_shapes.c)
	$(CC) -std=gnu11 -O2 $(PEER_DEFS) -c -o $(BUILD)/peers.o bench/peers.c
	$(CC) -std=gnu11 -O2 $(SLEEF_FLAGS) -c -o $(BUILD)/peers_sleef.o bench/peers_sleef.c
	$(CXX) -std=c++14 -O2 $(EIGEN_FLAGS) -c -o $(BUILD)/peers_eigen.o bench/peers_eigen.cpp
	$(CXX) -o $@ $(BUILD)/bench.o $(LOOP_OBJS) $(BUILD)/train_xor.o $(BUILD)/peers.o $(BUILD)/peers_sleef.o $(BUILD)/peers_eigen.o \
	    $(PEER_LIBS) -lm

# The instruction counts of make icount (callgrind) are printed beside the
# times when valgrind is installed.
bench: $(BUILD)/bench
	@if command -v valgrind >/dev/null; then $(MAKE) -s icount > $(BUILD)/icount.txt; else rm -f $(BUILD)/icount.txt; fi
	$(BUILD)/bench $(BUILD)/icount.txt

# Instructions per element of every array function on every path (valgrind's
# callgrind): a measure of a kernel that transfers between machines.
icount: | $(BUILD)
	$(CC) -std=gnu11 -O2 -o $(BUILD)/icount bench/icount.c
	rm -f $(BUILD)/icount.out*
	cd $(BUILD) && valgrind --tool=callgrind --collect-atstart=yes --callgrind-out-file=icount.out ./icount >/dev/null 2>&1
	@echo "instructions per element, n = 65536, x in [-20, 20] (callgrind):"
	@for f in $(BUILD)/icount.out.*; do \
	    awk -v n=65536 '/^desc: Trigger: Client Request: / { sub(/.*Request: /, ""); name = $$0 } \
	        /^totals:/ { printf "  %-48s %7.2f\n", name, $$2 / n }' "$$f"; done | sort -t, -k1,1 -s

# The error of sigmoid.h and of each installed peer over all 2^32 floats.
$(BUILD)/peers_accuracy: bench/peers_accuracy.c $(BENCH_SRC) | $(BUILD)
	$(CC) -std=gnu11 -O2 -c -o $(BUILD)/peers_accuracy.o bench/peers_accuracy.c
	$(CC) -std=gnu11 -O2 $(PEER_DEFS) -c -o $(BUILD)/peers.o bench/peers.c
	$(CC) -std=gnu11 -O2 $(SLEEF_FLAGS) -c -o $(BUILD)/peers_sleef.o bench/peers_sleef.c
	$(CXX) -std=c++14 -O2 $(EIGEN_FLAGS) -c -o $(BUILD)/peers_eigen.o bench/peers_eigen.cpp
	$(CXX) -o $@ $(BUILD)/peers_accuracy.o $(BUILD)/peers.o $(BUILD)/peers_sleef.o \
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

# The same bits on Linux (glibc) and Windows (MinGW-w64's C runtime, run
# under Wine): tools/result_hash.c hashes every function's results on every
# path; the two outputs must be equal (Windows writes CRLF line ends). The
# two runs go side by side, one a core.
MINGW_CC ?= x86_64-w64-mingw32-gcc
WINE64 ?= /usr/lib/wine/wine64
check-determinism: | $(BUILD)
	$(CC) -std=c99 -O2 -o $(BUILD)/result_hash tools/result_hash.c
	$(MINGW_CC) -std=c99 -O2 -o $(BUILD)/result_hash.exe tools/result_hash.c
	$(BUILD)/result_hash > $(BUILD)/result_hash.linux & \
	WINEPREFIX=$(abspath $(BUILD))/wine WINEDEBUG=-all $(WINE64) $(BUILD)/result_hash.exe | tr -d '\r' > $(BUILD)/result_hash.windows; \
	wait $$!
	diff $(BUILD)/result_hash.linux $(BUILD)/result_hash.windows
	@echo "$$(wc -l < $(BUILD)/result_hash.linux) function-path hashes, the same on Linux and Windows"

# Built the way that once raised flags the source does not: Clang at -O3
# -march=native computes both sides of branches and vectorises loops.
check-fenv: | $(BUILD)
	$(CLANG) -std=gnu11 -O3 -march=native $(CFLAGS) -o $(BUILD)/fenv_check tools/fenv_check.c -lm -lpthread
	$(BUILD)/fenv_check

# The machine code of the AVX2 kernels, as GCC and Clang compile it at each
# optimisation level users build with: no call reached while the upper
# halves of the ymm registers are set (tools/check_vzeroupper.py says why).
check-vzeroupper: | $(BUILD)
	@for cc in $(CC) $(CLANG); do for opt in -O1 -Os -O2 -O3; do \
	    $$cc -std=c99 $$opt -c -o $(BUILD)/vzeroupper.o tests/api_all.c || exit 1; \
	    printf '%s %s: ' $$cc $$opt; python3 tools/check_vzeroupper.py $(BUILD)/vzeroupper.o || exit 1; \
	done; done

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
TIDY_SRC := tests/api_all.c $(filter-out tests/test_all.c,$(wildcard tests/test_*.c)) tests/fast_math.c \
            tests/fast_math_wrap.c tests/fuzz.c
CPPCHECK := cppcheck --enable=warning,portability,performance --std=c99 --inline-suppr \
            --error-exitcode=1 --quiet --suppress=missingIncludeSystem -I. -D__CPPCHECK__ \
            -D__GNUC__=12 -D__linux__ -D__unix__

# No backslash-continued macro in the header may exceed 40 lines: code a
# reader must debug belongs in functions.
lint:
	@awk '/\\$$/ { if (!run) start = NR; run++; next } \
	     { if (run + 1 > 40 && run) { print "sigmoid.h:" start ": a macro of " run + 1 " lines"; bad = 1 } run = 0 } \
	     END { exit bad }' sigmoid.h
	@$(MAKE) --no-print-directory -j2 lint-cppcheck-x86-64 lint-cppcheck-aarch64 lint-cppcheck-i386 \
	    lint-cppcheck-no-simd $(TIDY_SRC:%=lint-tidy/%)
	@echo "lint: no macro over 40 lines; cppcheck (4 configurations) and clang-tidy report nothing"

# lint's parts, two at a time
lint-cppcheck-x86-64:
	$(CPPCHECK) -D__x86_64__ -D__SSE2__ $(LINT_SRC)
lint-cppcheck-aarch64:
	$(CPPCHECK) -D__aarch64__ -D__ARM_NEON $(LINT_SRC)
lint-cppcheck-i386:
	$(CPPCHECK) -D__i386__ -D__FLT_EVAL_METHOD__=2 $(LINT_SRC)
lint-cppcheck-no-simd:
	$(CPPCHECK) -DSIGMOID_NO_SIMD $(LINT_SRC)
lint-tidy/%:
	clang-tidy --quiet $* -- -std=c99 -I.
