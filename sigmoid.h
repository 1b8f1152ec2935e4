/* sigmoid.h - the logistic sigmoid, its derivative, the backward step,
 * SiLU, softplus, log-sigmoid and logit, correctly rounded.  SPDX-License-Identifier: MIT
 *
 * WHAT IT IS
 *   sigma(x) = 1/(1+e^-x) for float and double, its derivative
 *   sigma'(x) = sigma(x)(1-sigma(x)), the fused backward step of a network
 *   dx = dy*y(1-y), SiLU x*sigma(x) with its derivative, softplus
 *   log(1+e^x), log sigma(x) (the stable log-loss) and the inverse
 *   logit(p) = log(p/(1-p)). Every float
 *   result is the exact value rounded to nearest
 *   (correctly rounded), so results are identical on every machine and
 *   compiler. A fast tier (within 2.5 ULP) is there for throughput. Array
 *   forms use SSE2, AVX2+FMA or NEON, chosen at run time. No libm, no
 *   allocation, C99 and C++11 clean.
 *
 * QUICK START
 *   #include "sigmoid.h"
 *   float y  = sigmoid_f32(x);                     // forward
 *   float d  = sigmoid_deriv_f32(x);               // sigma'(x) from the input
 *   float d2 = sigmoid_deriv_from_output_f32(y);   // sigma' from y: y(1-y)
 *   sigmoid_backward_f32(y_arr, dy_arr, dx_arr, n);// dx = dy*y(1-y), arrays
 *   Compile with any C99 or C++ compiler: no flags, no -lm.
 *
 * FUNCTIONS (all static inline; f32 = float, f64 = double)
 *   sigmoid_f32(x), sigmoid_f64(x)               sigma(x)
 *   sigmoid_deriv_f32(x), sigmoid_deriv_f64(x)   sigma'(x) computed from x; stays
 *                                                accurate where y rounds to 1
 *   sigmoid_deriv_from_output_f32(y), _f64(y)    y(1-y): sigma' from the forward
 *                                                output, no exp. y outside [0,1]
 *                                                is not a sigmoid output: gives +0
 *   sigmoid_fast_f32(x), sigmoid_fast_f64(x)     sigma(x), fast tier: <= 2.5 ULP
 *                                                (sigmoid_fast_f32: <= 0.5 + 2^-15)
 *   sigmoid_array_f32(x, y, n), _f64             y[i] = sigma(x[i])
 *   sigmoid_fast_array_f32(x, y, n), _f64        y[i] = sigma(x[i]), fast tier
 *   sigmoid_deriv_array_f32(x, d, n), _f64       d[i] = sigma'(x[i])
 *   sigmoid_deriv_from_output_array_f32(y, d, n), _f64
 *                                                d[i] = y[i](1-y[i])
 *   sigmoid_backward_step_f32(y, dy), _f64       dy*y(1-y): one element of the
 *                                                backward step, for loops that
 *                                                fuse it with other work
 *   sigmoid_backward_f32(y, dy, dx, n), _f64     dx[i] = dy[i]*y[i](1-y[i]);
 *                                                a saturated y (<= 0 or >= 1)
 *                                                passes no gradient: dx = +0
 *   sigmoid_silu_f32(x), sigmoid_silu_f64(x)     SiLU (swish): x*sigma(x)
 *   sigmoid_silu_array_f32(x, y, n), _f64        y[i] = x[i]*sigma(x[i])
 *   sigmoid_silu_deriv_f32(x), _f64(x)           SiLU's derivative
 *                                                sigma(x)(1 + x(1-sigma(x))),
 *                                                accurate at its zero x = -1.2785
 *   sigmoid_silu_deriv_array_f32(x, d, n), _f64  d[i] = that of x[i]
 *   sigmoid_softplus_f32(x), _f64(x)             softplus: log(1 + e^x) >= 0,
 *                                                = x for large x, subnormal
 *                                                results kept for very negative x
 *   sigmoid_log_f32(x), sigmoid_log_f64(x)       log sigma(x) = -softplus(-x)
 *                                                <= 0, bit for bit; = x for very
 *                                                negative x, never -inf for a
 *                                                finite x (logf of the naive
 *                                                sigmoid is -inf below -88.7 and
 *                                                0 from 16.6, where log sigma is
 *                                                a tiny negative)
 *   sigmoid_softplus_array_f32(x, y, n), _f64    y[i] = softplus(x[i])
 *   sigmoid_log_array_f32(x, y, n), _f64         y[i] = log sigma(x[i])
 *   sigmoid_logit_f32(p), sigmoid_logit_f64(p)   logit(p) = log(p/(1-p)), the
 *                                                inverse of sigma; like log,
 *                                                -inf at p = 0 and +inf at 1
 *                                                (FE_DIVBYZERO), NaN outside
 *                                                [0, 1] (FE_INVALID)
 *   sigmoid_logit_array_f32(p, y, n), _f64       y[i] = logit(p[i])
 *   Half precision, arrays of uint16_t bits (bfloat16: _bf16, IEEE binary16:
 *   _f16), each result correctly rounded to the half format:
 *   sigmoid_array_bf16(x, y, n), _f16            y[i] = sigma(x[i])
 *   sigmoid_deriv_from_output_array_bf16(y, d, n), _f16
 *                                                d[i] = y[i](1-y[i])
 *   sigmoid_backward_bf16(y, dy, dx, n), _f16    dx[i] = dy[i]*y[i](1-y[i])
 *   sigmoid_bf16_to_f32(h), sigmoid_f16_to_f32(h)  the float a half holds
 *   sigmoid_f32_to_bf16(x), sigmoid_f32_to_f16(x)  x rounded to nearest even
 *                                                (every rounding mode), NaN
 *                                                stays NaN, quieted
 *   Arrays take inputs, then the output, then n. The output may be the same
 *   array as an input (in place); partial overlap is not supported. n = 0
 *   does nothing, and then any pointer may be NULL. Any alignment works, no
 *   element past n is read or written, and an exact array's result is
 *   bit-identical to the scalar function on that element (the double
 *   backward step: see DISPATCH). A fast-tier array's result does not
 *   depend on the element's position, the length or the alignment; it may
 *   differ from sigmoid_fast_f32 (a different evaluation) and between
 *   paths, each within the bound.
 *
 * WHICH DERIVATIVE
 *   y(1-y) from a rounded float y loses accuracy as y -> 1: relative error
 *   about 1.5e-6 for x in [1,4), 4e-3 in [8,12), 0.2 in [12,16), and all of
 *   it from x = 17.33 on (y rounds to 1), where sigma'(x) is still 3e-8. Use
 *   sigmoid_deriv_*(x) when you have x and need sigma' in the tails; use the
 *   _from_output form or sigmoid_backward_* in backpropagation, where only y
 *   is kept (exact for the y it is given, and no exp).
 *
 * ACCURACY (round-to-nearest mode; proved by make verify: docs/testing.md)
 *   sigmoid_f32, sigmoid_deriv_f32, sigmoid_deriv_from_output_f32,
 *   sigmoid_silu_f32, sigmoid_silu_deriv_f32, sigmoid_softplus_f32,
 *   sigmoid_log_f32, sigmoid_logit_f32 and their arrays: correctly
 *   rounded (<= 0.5 ULP) for every one of the 2^32 inputs.
 *   sigmoid_backward_f32, sigmoid_backward_step_f32: <= 0.5 + 2^-78 ULP, so
 *   correctly rounded unless the exact value lies within 2^-104 (relative)
 *   of a rounding boundary; none was found (make verify: 0 misrounded of
 *   2^30 random pairs against exact integers, every path).
 *   sigmoid_f64, sigmoid_deriv_f64, sigmoid_silu_f64, sigmoid_silu_deriv_f64,
 *   sigmoid_softplus_f64, sigmoid_log_f64, sigmoid_logit_f64:
 *   < 0.5 + 2^-15 ULP (measured
 *   0.500004 at most);
 *   correctly rounded except for about one input in 1,000 to 5,000.
 *   sigmoid_deriv_from_output_f64, sigmoid_backward_f64: < 0.5 + 2^-50 ULP.
 *   sigmoid_fast_f64, sigmoid_fast_array_f64: <= 2.5 ULP (measured 1.005).
 *   sigmoid_fast_array_f32: <= 2.5 ULP on every input (make verify, all
 *   2^32 inputs: 2.40 with AVX2 and SSE2; NEON on a sample);
 *   sigmoid_fast_f32: <= 0.5 + 2^-15 ULP.
 *   The bfloat16 and binary16 arrays: correctly rounded to the half format
 *   for every input (make verify: all 2^16 inputs of sigma and y(1-y), all
 *   2^32 pairs of the backward step, every path). Rounding the correctly
 *   rounded float to half instead rounds twice and misrounds some: 7 binary16
 *   inputs of sigma, 5,308,462 (bfloat16) and 40,848 (binary16) pairs of the
 *   backward step. In the directed modes they still round to nearest (on
 *   AArch64, binary16 results follow the mode).
 *   sigma(0) = 0.5 exactly, results
 *   in [0,1], subnormal results not flushed; the vector paths are not
 *   monotone (make verify: the result steps down at ~0.2 million places).
 *   Each bound stands once, beside its function's code below
 *   (SIGMOID_INTERNAL_*_ULP), with its measured worst case and worst input;
 *   the tests and make verify read it from there.
 *   ULP of a subnormal result is that of the subnormal grid: nothing is
 *   flushed to zero (sigmoid_f32(-89) = 0x1.840fcp-129).
 *   Directed rounding modes (FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO): every
 *   exact function within 1 ULP and in range as measured (proved for float
 *   sigma and sigma': 1 + 2^-10.4 ULP), the fast tier within 4 ULP
 *   (make check-fenv). No function changes the rounding mode or clears a
 *   flag.
 *
 * SPECIAL VALUES
 *   NaN in gives NaN out. sigma(+inf) = 1, sigma(-inf) = +0, sigma(+-0) = 0.5,
 *   sigma'(+-inf) = +0, sigma'(+-0) = 0.25. sigma stays in [0,1] and sigma' in
 *   [0,0.25]. silu(+inf) = +inf, silu(-inf) = -0, silu(+-0) = +-0 (a tiny
 *   x gives x/2 with the tie broken by x^2/4); silu >= -0.2785 (its minimum).
 *   silu'(+inf) = 1, silu'(-inf) = -0, silu'(+-0) = 0.5; silu' lies in
 *   [-0.0998, 1.0998] and changes sign at x = -1.2785. softplus(+inf) =
 *   +inf, softplus(-inf) = +0, softplus(+-0) = log 2; log sigma(+inf) = -0,
 *   log sigma(-inf) = -inf, log sigma(+-0) = -log 2. logit(+-0) = -inf
 *   and logit(1) = +inf with FE_DIVBYZERO, logit(1/2) = +0, and logit of
 *   anything outside [0, 1] (+-inf too) is NaN with FE_INVALID, as log(0)
 *   and log(-1) are. Round trips: sigma(logit(p)) is within 0.5 + (1-p)|L|
 *   ULP of p, L = logit(p) (a float L holds 24 bits of log p: about 1 ULP
 *   near 1/2, 64 at most, near the smallest normal p); logit(sigma(x)) is within
 *   ulp(y)/2 / (y(1-y)) + ulp/2 of x, y = sigma(x), which grows without
 *   bound as y -> 1 (sigma(x) = 1 from x = 17.33, and logit(1) = +inf).
 *   Apart from logit outside (0, 1), no non-NaN input
 *   raises FE_INVALID, FE_DIVBYZERO or FE_OVERFLOW
 *   (only FE_INEXACT, and FE_UNDERFLOW for tiny results, as IEEE requires),
 *   with any compiler's optimisation: Clang is told exceptions(maytrap),
 *   except for the float y(1-y) and backward-step scalars, which are
 *   written so that nothing a compiler computes ahead can trap.
 *
 * OPTIONS (define before including)
 *   SIGMOID_NO_SIMD      (undefined) use only the portable scalar code: no
 *                        intrinsics headers, no target attributes, no CPU
 *                        detection.
 *   SIGMOID_HEADER_NAME  ("sigmoid.h") this file's name as #include finds it
 *                        from its own directory: the header includes itself
 *                        once per instruction set to compile the vector
 *                        kernels. Set it if you rename the file.
 *
 * REQUIREMENTS
 *   C99 or C++11 (or later); GNU C89 (gcc -std=gnu89) also works. Strict
 *   C89 and C++98/03 stop with one #error line.
 *
 * DISPATCH
 *   On x86-64 with GCC or Clang, every array has an SSE2 path and an
 *   AVX2+FMA path compiled with a target attribute; the first call picks
 *   AVX2 if CPUID (and the OS) support it, with F16C (every AVX2 CPU so far
 *   has it, for the binary16 conversions), so a plain -O2 build gets it. On
 *   AArch64 they use NEON. Other compilers and targets (tcc, MSVC, 32-bit
 *   x86) run the portable loops. Exact arrays give the same bits on every
 *   path (the double backward step: except within 2^-104 of a rounding
 *   boundary, where an FMA path may round the other way, both within its
 *   bound). Where the build has no FMA (plain x86-64), sigmoid_f64,
 *   sigmoid_deriv_f64, sigmoid_silu_f64, sigmoid_silu_deriv_f64,
 *   sigmoid_softplus_f64, sigmoid_log_f64 and sigmoid_logit_f64 ask the
 *   same cached choice and, on AVX2, run the kernel's fast path on one
 *   vector: the same bits, 1.1 to 1.5 times faster in a scalar loop.
 *
 * COMPILER NOTES
 *   The exact paths rely on IEEE double arithmetic evaluated as written.
 *   Under GCC with -ffast-math and under Clang >= 11 with any fast-math flag
 *   the header switches those optimisations off for its own functions, so
 *   finite results are identical to a default build (GCC then does not
 *   inline them into a -ffast-math caller). Flush-to-zero, which -ffast-math
 *   sets on x86 at program start, is a CPU mode: subnormal results (float
 *   sigma(x) for x < -87.3) then become 0; that is documented, not fought.
 *   32-bit x86 with x87 arithmetic: the scalar functions switch the x87 to
 *   53-bit precision for the call and back (see "Public scalar functions").
 *
 * THREAD SAFETY
 *   Every function is pure. The only global state is the cached choice of
 *   path (an int written with a relaxed atomic store; a race writes the same
 *   value twice). Safe from any number of threads.
 *
 * HOW IT WORKS
 *   Everything is evaluated through e^-x (or e^-|x|), which never overflows
 *   in the ranges used: sigma(x) = 1/(1+t) and sigma'(x) = t/(1+t)^2 with
 *   t = e^-x. float: a fast path in double with a proved error bound (a
 *   1024-entry table and a degree-2 polynomial, 2^-39.14), then a rounding test
 *   (Ziv): if no float midpoint lies within the error bound of the result, it
 *   is correctly rounded; otherwise (one input in 35,000) an accurate
 *   double-double evaluation (2^-68) decides, rounded to odd and then to
 *   float. double: a fast path to 2^-67.5 (the 128-entry table, a degree-6
 *   polynomial, exact products), Ziv's test, and the double-double
 *   evaluation where the test cannot decide. y(1-y): the product in double,
 *   rounded once to float, is correctly rounded for every float y (checked
 *   on all 2^32), so it has no test and no branch. The backward step:
 *   exact products of |dy| y split at 29 bits, two Fast2Sums and a rounding
 *   to odd, no branch; its arrays compute in float lanes with exact FMA
 *   products (double lanes on SSE2) and a rounding test. The fast tier:
 *   e^-|x| in float (2^n times a degree-6 polynomial), then 1/(1+e) or
 *   e/(1+e) with the rounding error of 1+e corrected; in
 *   double, the table and a degree-5 polynomial, then 1/(1 + e^-x) with
 *   1 + e^-x kept exact as a pair. Vector paths run the same steps on 2 to
 *   8 lanes. Half precision: sigma from the fast tier with a margin, where
 *   no half midpoint is near (else from the exact float and double
 *   functions); y(1-y) and the backward step exactly as a pair (floats
 *   where the products stay exact, else doubles), rounded to odd and then
 *   to half, or in bfloat16 the float difference rounded on its bits where
 *   no half midpoint is near (see "Half precision").
 *
 * INSTALL
 *   Copy this file, or: make install [PREFIX=/usr/local] [DESTDIR=] from the
 *   source tree, which adds pkg-config (pkg-config --cflags sigmoid) and a
 *   CMake package (find_package(sigmoid), target sigmoid::sigmoid); the
 *   source tree also works with add_subdirectory/FetchContent (same target)
 *   and clib (package.json).
 *
 * WHY CORRECTLY ROUNDED, AND WHEN THE FAST TIER
 *   A correctly rounded result has one right value, so the exact functions
 *   return the same bits on every CPU, compiler, flag set, vector path and
 *   array position, and tests can compare bits. The fast tier is for
 *   throughput (training, inference): within 2.5 ULP, deterministic on a
 *   given path and independent of an element's position in an array, but it
 *   may differ between paths in the last bits.
 *
 * LICENSE
 *   MIT; the full text is at the end of this file.
 */
#ifndef SIGMOID_INTERNAL_ISA /* the kernel pass, at the end, when defined */
#ifndef SIGMOID_H
#define SIGMOID_H

/* C99 or C++11: inline, long long, variadic macros and // are used freely.
 * GNU C89 (gcc -std=gnu89) has them as extensions and works; strict C89
 * and C++98/03 stop here with one line, and the rest of the file is
 * skipped so that no other error follows it. */
#if defined(__cplusplus)
#if __cplusplus >= 201103L || (defined(_MSVC_LANG) && _MSVC_LANG >= 201103L)
#define SIGMOID_INTERNAL_STANDARD_OK 1
#endif
#elif (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || \
    (defined(__GNUC__) && !defined(__STRICT_ANSI__))
#define SIGMOID_INTERNAL_STANDARD_OK 1
#endif
#ifndef SIGMOID_INTERNAL_STANDARD_OK
#error "sigmoid.h needs C99 or C++11 (or later)"
#else

#define SIGMOID_VERSION_MAJOR 0
#define SIGMOID_VERSION_MINOR 9
#define SIGMOID_VERSION_PATCH 0

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Internal names start with sigmoid_internal_ / SIGMOID_INTERNAL_; they are
 * not API and may change in any version. */
#ifdef __cplusplus
#define SIGMOID_INTERNAL_CAST(type, v) static_cast<type>(v)
#else
#define SIGMOID_INTERNAL_CAST(type, v) ((type)(v))
#endif

#if defined(__GNUC__) || defined(__clang__)
#define SIGMOID_INTERNAL_NOINLINE __attribute__((noinline))
#elif defined(_MSC_VER)
#define SIGMOID_INTERNAL_NOINLINE __declspec(noinline)
#else
#define SIGMOID_INTERNAL_NOINLINE
#endif

/* For the rare exits of the inlined scalar code: laid out off the straight
 * line of the user's loop (Clang otherwise jumps around them). */
#if defined(__GNUC__) || defined(__clang__)
#define SIGMOID_INTERNAL_RARELY(c) __builtin_expect(!!(c), 0)
#else
#define SIGMOID_INTERNAL_RARELY(c) (c)
#endif

/* A hardware fused multiply-add gives the exact product error in one
 * instruction. Without one, Dekker's split does it in plain arithmetic; it
 * must not be used where the compiler may contract a*b+c into an fma, which
 * it only does when the target has one, hence this switch. */
#if (defined(__GNUC__) || defined(__clang__)) && \
    (defined(__FMA__) || defined(__ARM_FEATURE_FMA) || defined(__aarch64__))
#define SIGMOID_INTERNAL_HAS_FMA
#endif

/* The exact paths need IEEE arithmetic as written: no reassociation (it
 * collapses the split of ln2 and the error-free sums), no reciprocal
 * approximation. A user's -ffast-math / -Ofast (or any fast-math flag under
 * Clang >= 11) is switched back off for this header's functions only;
 * flush-to-zero, a CPU mode, stays as the user set it. GCC does not inline
 * them into a -ffast-math caller, a cost paid only by such builds.
 * Clang also assumes by default that floating-point operations cannot trap,
 * so its vectoriser computes both sides of a branch for every lane (y*y
 * for a huge y in the double y(1-y) loop raised FE_OVERFLOW and
 * FE_INVALID); exceptions(maytrap) forbids introducing exceptions the
 * source would not raise (no measured cost in the arrays). But Clang then
 * neither hoists nor vectorises the code in users' loops, so the scalar
 * y(1-y) and backward step, written to raise nothing whatever is computed
 * ahead, are compiled between TRAPS_IGNORED and TRAPS_KEPT. GCC assumes
 * trapping math unless told otherwise, and no-fast-math restores that. */
#if defined(__clang__) && ((!defined(__apple_build_version__) && __clang_major__ >= 11) || \
                           __clang_major__ >= 13)
#pragma float_control(precise, on, push)
#pragma clang fp exceptions(maytrap)
#define SIGMOID_INTERNAL_FP_PUSHED
#define SIGMOID_INTERNAL_TRAPS_IGNORED _Pragma("clang fp exceptions(ignore)")
#define SIGMOID_INTERNAL_TRAPS_KEPT _Pragma("clang fp exceptions(maytrap)")
#elif !defined(__clang__) && defined(__GNUC__) && defined(__FAST_MATH__)
#pragma GCC push_options
#pragma GCC optimize("no-fast-math")
#define SIGMOID_INTERNAL_FP_PUSHED
#endif

#ifndef SIGMOID_INTERNAL_TRAPS_IGNORED
#define SIGMOID_INTERNAL_TRAPS_IGNORED
#define SIGMOID_INTERNAL_TRAPS_KEPT
#endif

/* ---------------------------------------------------------------------------
 * Bits and error-free transformations
 * ------------------------------------------------------------------------- */

static inline uint32_t sigmoid_internal_bits_f32(float x)
{
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static inline uint64_t sigmoid_internal_bits_f64(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static inline float sigmoid_internal_from_bits_f32(uint32_t u)
{
    float x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static inline double sigmoid_internal_from_bits_f64(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* 2^-k for -1023 < k <= 1022, built from its bits (no libm ldexp). */
static inline double sigmoid_internal_pow2_neg(int k)
{
    return sigmoid_internal_from_bits_f64(
        SIGMOID_INTERNAL_CAST(uint64_t, 1023 - k) << 52);
}

/* A double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi)/2. */
typedef struct sigmoid_internal_dd {
    double hi, lo;
} sigmoid_internal_dd;

/* hi + lo = a + b exactly, given |a| >= |b| (Dekker). */
static inline sigmoid_internal_dd sigmoid_internal_fast_two_sum(double a, double b)
{
    sigmoid_internal_dd r;
    r.hi = a + b;
    r.lo = b - (r.hi - a);
    return r;
}

/* hi + lo = a + b exactly, any order (Knuth). */
static inline sigmoid_internal_dd sigmoid_internal_two_sum(double a, double b)
{
    sigmoid_internal_dd r;
    double bb;
    r.hi = a + b;
    bb = r.hi - a;
    r.lo = (a - (r.hi - bb)) + (b - bb);
    return r;
}

/* hi + lo = a * b exactly (no overflow or underflow in our ranges). */
static inline sigmoid_internal_dd sigmoid_internal_two_prod(double a, double b)
{
    sigmoid_internal_dd r;
    r.hi = a * b;
#ifdef SIGMOID_INTERNAL_HAS_FMA
    r.lo = __builtin_fma(a, b, -r.hi);
#else
    {
        const double split = 134217729.0; /* 2^27 + 1: halves of 26 bits */
        double ca = split * a, cb = split * b;
        double a1 = ca - (ca - a), a2 = a - a1;
        double b1 = cb - (cb - b), b2 = b - b1;
        r.lo = ((a1 * b1 - r.hi) + a1 * b2 + a2 * b1) + a2 * b2;
    }
#endif
    return r;
}

static inline sigmoid_internal_dd sigmoid_internal_dd_neg(sigmoid_internal_dd a)
{
    a.hi = -a.hi;
    a.lo = -a.lo;
    return a;
}

/* a + b for double-doubles, for sums that do not cancel (|a + b| >=
 * |a| / 2): relative error < 2^-104. */
static inline sigmoid_internal_dd sigmoid_internal_dd_add(sigmoid_internal_dd a, sigmoid_internal_dd b)
{
    sigmoid_internal_dd s = sigmoid_internal_two_sum(a.hi, b.hi);
    return sigmoid_internal_fast_two_sum(s.hi, s.lo + (a.lo + b.lo));
}

/* a * b for double-doubles, relative error < 2^-102. */
static inline sigmoid_internal_dd sigmoid_internal_dd_mul(sigmoid_internal_dd a,
                                                          sigmoid_internal_dd b)
{
    sigmoid_internal_dd p = sigmoid_internal_two_prod(a.hi, b.hi);
    return sigmoid_internal_fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/* hi + lo rounded to float exactly once. hi is first rounded to odd: if the
 * tail is non-zero and hi's last bit is even, hi moves one ulp towards the
 * tail. A value rounded to odd at 53 bits then rounded to nearest at 24 bits
 * is the correctly rounded value (Boldo and Melquiond), subnormal floats
 * included, since double keeps >= 29 more bits than any float result. Pure
 * integer work, so no compiler flag can change it. Needs hi > 0. */
static inline float sigmoid_internal_round_dd_to_f32(sigmoid_internal_dd v)
{
    uint64_t u = sigmoid_internal_bits_f64(v.hi);
    /* +1, -1 or 0 ulp, only when hi is even; no branch: the sign of the
     * tail is random data, and a mispredicted branch costs more than this */
    uint64_t step = SIGMOID_INTERNAL_CAST(uint64_t, v.lo > 0.0) -
                    SIGMOID_INTERNAL_CAST(uint64_t, v.lo < 0.0);
    return SIGMOID_INTERNAL_CAST(float, sigmoid_internal_from_bits_f64(u + (step & ((u & 1u) - 1u))));
}

/* (hi + lo) * 2^-K rounded once to double, for hi > 0 normal, -1000 <= K
 * <= 1022 (or hi below 2^-1022 with K >= 54: +0). A normal result is hi * 2^-K, exact. A subnormal one would round
 * twice through floating point (and a tie at the first rounding can go the
 * wrong way), so its rounding to the grid of 2^-1074 is done on the integer
 * significand, with lo breaking ties. No branch: both are computed and the
 * result selected on the bits (the shift is clamped to 1..63, where a
 * result below 2^-1075 comes out as +0), so the backward step that ends
 * here stays a straight line of code a compiler can vectorise (GCC 12
 * does not vectorise a constant shifted by a variable amount, hence the
 * bits shifted out taken as a fraction of 2^64). */
static inline double sigmoid_internal_round_dd_scaled(sigmoid_internal_dd v, int K)
{
    uint64_t u = sigmoid_internal_bits_f64(v.hi);
    int64_t s = SIGMOID_INTERNAL_CAST(int64_t, K) + 1 - SIGMOID_INTERNAL_CAST(int64_t, u >> 52); /* bits below 2^-1074 */
    uint64_t sc = SIGMOID_INTERNAL_CAST(uint64_t, s < 1 ? 1 : (s > 63 ? 63 : s));
    uint64_t normal = 0u - SIGMOID_INTERNAL_CAST(uint64_t, s <= 0);
    uint64_t m = (u & 0x000fffffffffffffu) | 0x0010000000000000u;
    uint64_t q = m >> sc;
    uint64_t below = m << (64u - sc); /* the bits shifted out, as a fraction of 2^64 */
    uint64_t tie_up = SIGMOID_INTERNAL_CAST(uint64_t, v.lo > 0.0) |
                      (SIGMOID_INTERNAL_CAST(uint64_t, v.lo == 0.0) & q);
    uint64_t up = SIGMOID_INTERNAL_CAST(uint64_t, below > 0x8000000000000000u) |
                  (SIGMOID_INTERNAL_CAST(uint64_t, below == 0x8000000000000000u) & tie_up);
    uint64_t scaled = sigmoid_internal_bits_f64(sigmoid_internal_from_bits_f64((u & normal) | (0x3ff0000000000000u & ~normal)) *
                                                sigmoid_internal_pow2_neg(K));
    return sigmoid_internal_from_bits_f64((scaled & normal) | ((q + (up & 1u)) & ~normal)); /* q <= 2^52 */
}

/* The same for K <= 1077 + 128 and hi >= 2^-128: where K > 1000, hi and lo
 * are first scaled by 2^-128 (exact, both stay normal doubles or lo 0). */
static inline double sigmoid_internal_round_dd_scaled_wide(sigmoid_internal_dd v, int K)
{
    if (K > 1000) {
        v.hi *= sigmoid_internal_pow2_neg(128);
        v.lo *= sigmoid_internal_pow2_neg(128);
        K -= 128;
    }
    return sigmoid_internal_round_dd_scaled(v, K);
}

static inline int sigmoid_internal_isnan_f32(float x)
{
    return (sigmoid_internal_bits_f32(x) & 0x7fffffffu) > 0x7f800000u;
}

static inline int sigmoid_internal_isnan_f64(double x)
{
    return (sigmoid_internal_bits_f64(x) & 0x7fffffffffffffffu) > 0x7ff0000000000000u;
}

/* A NaN input returned quieted, as x + x would return it. In integer
 * operations: compilers may compute a select's both sides (Clang does), and
 * x + x for a non-NaN x = DBL_MAX would raise FE_OVERFLOW. */
static inline float sigmoid_internal_quiet_f32(float x)
{
    return sigmoid_internal_from_bits_f32(sigmoid_internal_bits_f32(x) | 0x00400000u);
}

static inline double sigmoid_internal_quiet_f64(double x)
{
    return sigmoid_internal_from_bits_f64(sigmoid_internal_bits_f64(x) | 0x0008000000000000u);
}

/* |x| on the bits: the sign of the input is random data, and a compare
 * and negate may become a mispredicted branch. */
static inline double sigmoid_internal_abs_f64(double x)
{
    return sigmoid_internal_from_bits_f64(sigmoid_internal_bits_f64(x) & 0x7fffffffffffffffu);
}

/* ---------------------------------------------------------------------------
 * The exp core: e^-x as 2^-K * m, m in (0.49, 1.01].
 *
 * Reduction: k = round(x*128/ln2), x = k*ln2/128 + r with |r| <= ln2/256
 * (+ rounding), K = k >> 7, j = k & 127: e^-x = 2^-K * 2^(-j/128) * e^-r.
 * Constants from tools/gen_constants.c (MPFR): ln2/128 = L1 + L2 + L3 with
 * L1 of 35 bits, so k*L1 is exact for |k| < 2^18 and x - k*L1 is exact by
 * Sterbenz's lemma; 2^(-j/128) as double-doubles (error < 2^-106). The
 * float functions' table (8 KB) holds the bits of RN(2^(-j/1024)) plus
 * j << 42: with k = 1024K + j, subtracting k << 42 leaves the bits of
 * 2^-K * 2^(-j/1024), one shift and one subtract, no separate scaling.
 * ------------------------------------------------------------------------- */

#define SIGMOID_INTERNAL_SHIFT 6755399441055744.0             /* 1.5 * 2^52 */
#define SIGMOID_INTERNAL_SHIFT_BITS 0x4338000000000000u

/* BEGIN GENERATED CONSTANTS: tools/gen_constants.c and tools/fast_poly.sollya write this
 * block (make constants); make check-constants fails if it differs. Do not edit. */
#define SIGMOID_INTERNAL_INV_LN2_128 184.66496523378731 /* 128/ln2 */
#define SIGMOID_INTERNAL_INV_LN2_1024 1477.3197218702985 /* 1024/ln2 */
#define SIGMOID_INTERNAL_LN2_128_1 sigmoid_internal_from_bits_f64(0x3f762e42fefc0000u) /* 0x1.62e42fefcp-8, 35 bits */
#define SIGMOID_INTERNAL_LN2_128_2 sigmoid_internal_from_bits_f64(0xbd3c610ca86c3899u) /* -0x1.c610ca86c3899p-44 */
#define SIGMOID_INTERNAL_LN2_128_3 sigmoid_internal_from_bits_f64(0x39c803f2f6af40f3u) /* 0x1.803f2f6af40f3p-99 */
#define SIGMOID_INTERNAL_EXP_A1 -0.00067690155320786465 /* c (1 + h^2/8), c = -ln2/1024, h = ln2/2048 */
#define SIGMOID_INTERNAL_EXP_A2 2.2909784980688164e-07 /* c^2 / 2 */
/* 1 + a1 w + a2 w^2 vs e^(cw): relative error 2^-39.171 for |w| <= 1/2, 2^-34.470 for |w| <= 1 */
#define SIGMOID_INTERNAL_EXP_B1 -0.00067690154351557157 /* c */
#define SIGMOID_INTERNAL_EXP_B3 -5.1692229383458926e-11 /* c^3 / 6 (c^2 / 2 is A2) */
#define SIGMOID_INTERNAL_FAST_LOG2E 1.44269502f /* 1/ln2 */
#define SIGMOID_INTERNAL_FAST_LN2_HI 0.693145751953125f /* ln2 to 16 bits: n*LN2_HI is exact */
#define SIGMOID_INTERNAL_FAST_LN2_LO 1.42860677e-06f /* ln2 - LN2_HI */
#define SIGMOID_INTERNAL_SILU_X0_0 sigmoid_internal_from_bits_f64(0xbff474973c84120bu) /* -0x1.474973c84120bp+0: x0 = -1 - W(1/e), in three parts */
#define SIGMOID_INTERNAL_SILU_X0_1 sigmoid_internal_from_bits_f64(0xbc9f8d74bc9ac154u) /* -0x1.f8d74bc9ac154p-54 */
#define SIGMOID_INTERNAL_SILU_X0_2 sigmoid_internal_from_bits_f64(0xb9344a50180ba780u) /* -0x1.44a50180ba78p-108 */
#define SIGMOID_INTERNAL_SILU_MX0_0 sigmoid_internal_from_bits_f64(0x3ff474973c84120bu) /* 0x1.474973c84120bp+0: -x0 */
#define SIGMOID_INTERNAL_SILU_MX0_1 sigmoid_internal_from_bits_f64(0x3c9f8d74bc9ac154u) /* 0x1.f8d74bc9ac154p-54 */
#define SIGMOID_INTERNAL_SILU_C_0 sigmoid_internal_from_bits_f64(0xbfd1d25cf210482eu) /* -0x1.1d25cf210482ep-2: 1 + x0 = -e^x0 */
#define SIGMOID_INTERNAL_SILU_C_1 sigmoid_internal_from_bits_f64(0x3c3ca2d0d94faaecu) /* 0x1.ca2d0d94faaecp-60 */
#define SIGMOID_INTERNAL_INV_FACT3_0 sigmoid_internal_from_bits_f64(0x3fc5555555555555u) /* 0x1.5555555555555p-3: 1/3! */
#define SIGMOID_INTERNAL_INV_FACT3_1 sigmoid_internal_from_bits_f64(0x3c65555555555555u) /* 0x1.5555555555555p-57 */
#define SIGMOID_INTERNAL_INV_FACT4_0 sigmoid_internal_from_bits_f64(0x3fa5555555555555u) /* 0x1.5555555555555p-5: 1/4! */
#define SIGMOID_INTERNAL_INV_FACT4_1 sigmoid_internal_from_bits_f64(0x3c45555555555555u) /* 0x1.5555555555555p-59 */
#define SIGMOID_INTERNAL_INV_FACT5 0.0083333333333333332 /* 1/5! */
#define SIGMOID_INTERNAL_INV_FACT6 0.0013888888888888889 /* 1/6! */
#define SIGMOID_INTERNAL_INV_FACT7 0.00019841269841269841 /* 1/7! */
#define SIGMOID_INTERNAL_INV_FACT8 2.4801587301587302e-05 /* 1/8! */
#define SIGMOID_INTERNAL_INV_FACT9 2.7557319223985893e-06 /* 1/9! */
#define SIGMOID_INTERNAL_INV_FACT10 2.7557319223985888e-07 /* 1/10! */
#define SIGMOID_INTERNAL_INV_FACT11 2.505210838544172e-08 /* 1/11! */
#define SIGMOID_INTERNAL_INV_FACT12 2.08767569878681e-09 /* 1/12! */
#define SIGMOID_INTERNAL_INV_FACT13 1.6059043836821613e-10 /* 1/13! */
#define SIGMOID_INTERNAL_INV_FACT14 1.1470745597729725e-11 /* 1/14! */
#define SIGMOID_INTERNAL_INV_FACT15 7.6471637318198164e-13 /* 1/15! */
#define SIGMOID_INTERNAL_THIRD_0 sigmoid_internal_from_bits_f64(0x3fd5555555555555u) /* 0x1.5555555555555p-2: 1/3 */
#define SIGMOID_INTERNAL_THIRD_1 sigmoid_internal_from_bits_f64(0x3c75555555555555u) /* 0x1.5555555555555p-56 */
/* c = RN(128/(128 + i)) and -log(c) = hi + lo, i = 0..128 */
static const uint64_t sigmoid_internal_log_table[129][3] = {
    {0x3ff0000000000000u, 0x0000000000000000u, 0x0000000000000000u},
    {0x3fefc07f01fc07f0u, 0x3f7fe02a6b106799u, 0xbbce44b7e3711e7fu},
    {0x3fef81f81f81f820u, 0x3f8fc0a8b0fc03c4u, 0xbc183092c5964281u},
    {0x3fef44659e4a4271u, 0x3f97b91b07d5b126u, 0xbc16d80ab38e9430u},
    {0x3fef07c1f07c1f08u, 0x3f9f829b0e7832f8u, 0x3c333e3f04f1ef25u},
    {0x3feecc07b301ecc0u, 0x3fa39e87b9febd68u, 0xbc45bfa937f551b7u},
    {0x3fee9131abf0b767u, 0x3fa77458f632dcffu, 0x3c08d3ca87b92968u},
    {0x3fee573ac901e574u, 0x3fab42dd711971b9u, 0x3c40a34531f67db5u},
    {0x3fee1e1e1e1e1e1eu, 0x3faf0a30c01162a8u, 0x3c485f325c5bbacdu},
    {0x3fede5d6e3f8868au, 0x3fb16536eea37ae3u, 0x3c52189705cf74cau},
    {0x3fedae6076b981dbu, 0x3fb341d7961bd1d0u, 0xbc53599f227becbbu},
    {0x3fed77b654b82c34u, 0x3fb51b073f06183cu, 0xbc55b61c65e5741au},
    {0x3fed41d41d41d41du, 0x3fb6f0d28ae56b4eu, 0xbc420db323097324u},
    {0x3fed0cb58f6ec074u, 0x3fb8c345d6319b23u, 0xbc5294d2f5668495u},
    {0x3fecd85689039b0bu, 0x3fba926d3a4ad562u, 0xbc4d7a16eab1e2adu},
    {0x3feca4b3055ee191u, 0x3fbc5e548f5bc743u, 0x3c42eb0bf7c0b0d9u},
    {0x3fec71c71c71c71cu, 0x3fbe27076e2af2eau, 0xbc361578001e015au},
    {0x3fec3f8f01c3f8f0u, 0x3fbfec9131dbeabcu, 0xbc55746b9981b36cu},
    {0x3fec0e070381c0e0u, 0x3fc0d77e7cd08e5bu, 0x3c69a5dc5e9030adu},
    {0x3febdd2b899406f7u, 0x3fc1b72ad52f67a2u, 0xbc6fbe7ee5c69946u},
    {0x3febacf914c1bad0u, 0x3fc29552f81ff521u, 0x3c6301771c407dc0u},
    {0x3feb7d6c3dda338bu, 0x3fc371fc201e8f75u, 0x3c1e6cb62af18a02u},
    {0x3feb4e81b4e81b4fu, 0x3fc44d2b6ccb7d1cu, 0x3c47d3d950f87e23u},
    {0x3feb2036406c80d9u, 0x3fc526e5e3a1b438u, 0xbc6546ff8a470d3au},
    {0x3feaf286bca1af28u, 0x3fc5ff3070a793d6u, 0xbc5bc60efafc6f6cu},
    {0x3feac5701ac5701bu, 0x3fc6d60fe719d21bu, 0x3c6d551d97132e87u},
    {0x3fea98ef606a63beu, 0x3fc7ab890210d907u, 0xbc61072534a57e7du},
    {0x3fea6d01a6d01a6du, 0x3fc87fa06520c911u, 0xbc69f7fdbfa08d9au},
    {0x3fea41a41a41a41au, 0x3fc9525a9cf456b6u, 0xbc626fb3e2b1d1dau},
    {0x3fea16d3f97a4b02u, 0x3fca23bc1fe2b561u, 0x3c624dc46c1ea664u},
    {0x3fe9ec8e951033d9u, 0x3fcaf3c94e80bff3u, 0x3c6a3398064df33eu},
    {0x3fe9c2d14ee4a102u, 0x3fcbc286742d8cd4u, 0x3c5cfce744870f57u},
    {0x3fe999999999999au, 0x3fcc8ff7c79a9a20u, 0xbc64f689f8434011u},
    {0x3fe970e4f80cb872u, 0x3fcd5c216b4fbb94u, 0xbc5a37794d03657du},
    {0x3fe948b0fcd6e9e0u, 0x3fce27076e2af2e8u, 0xbc461578001e015eu},
    {0x3fe920fb49d0e229u, 0x3fcef0adcbdc5935u, 0x3c6e8637950dc20du},
    {0x3fe8f9c18f9c18fau, 0x3fcfb9186d5e3e29u, 0x3c6355519b0de535u},
    {0x3fe8d3018d3018d3u, 0x3fd0402594b4d041u, 0xbc608ec217a5022du},
    {0x3fe8acb90f6bf3aau, 0x3fd0a324e27390e2u, 0x3c7bdcfde8061c03u},
    {0x3fe886e5f0abb04au, 0x3fd1058bf9ae4ad4u, 0x3c03f415699663ecu},
    {0x3fe8618618618618u, 0x3fd1675cababa60fu, 0x3c2ce63eab883727u},
    {0x3fe83c977ab2beddu, 0x3fd1c898c16999fbu, 0x3c79f1a39d500e3cu},
    {0x3fe8181818181818u, 0x3fd22941fbcf7966u, 0xbc5dbd7ac258a2bdu},
    {0x3fe7f405fd017f40u, 0x3fd2895a13de86a4u, 0x3c77ad24c13f040fu},
    {0x3fe7d05f417d05f4u, 0x3fd2e8e2bae11d31u, 0xbc61e99b72bd7bf2u},
    {0x3fe7ad2208e0ecc3u, 0x3fd347dd9a987d56u, 0xbc716ea62c048cfbu},
    {0x3fe78a4c8178a4c8u, 0x3fd3a64c556945eau, 0x3c3cbcd735d03424u},
    {0x3fe767dce434a9b1u, 0x3fd404308686a7e4u, 0xbc6f79f6c1059cdbu},
    {0x3fe745d1745d1746u, 0x3fd4618bc21c5ec2u, 0xbc27a42642661c62u},
    {0x3fe724287f46debcu, 0x3fd4be5f957778a1u, 0xbc54b366b609027au},
    {0x3fe702e05c0b8170u, 0x3fd51aad872df82eu, 0xbc7d8db0a7cc1543u},
    {0x3fe6e1f76b4337c7u, 0x3fd5767717455a6cu, 0xbc6fb2a49af933e8u},
    {0x3fe6c16c16c16c17u, 0x3fd5d1bdbf5809cau, 0xbc77dc9c7c23801fu},
    {0x3fe6a13cd1537290u, 0x3fd62c82f2b9c796u, 0xbc5090a0dd59fe35u},
    {0x3fe6816816816817u, 0x3fd686c81e9b14adu, 0x3c7710af840538e3u},
    {0x3fe661ec6a5122f9u, 0x3fd6e08eaa2ba1e4u, 0xbc7bfb1b39ca3a0fu},
    {0x3fe642c8590b2164u, 0x3fd739d7f6bbd007u, 0x3c5ce24c53fad3f0u},
    {0x3fe623fa77016240u, 0x3fd792a55fdd47a1u, 0x3c7f057691fe9ed7u},
    {0x3fe6058160581606u, 0x3fd7eaf83b82afc2u, 0xbc4698b43096b576u},
    {0x3fe5e75bb8d015e7u, 0x3fd842d1da1e8b18u, 0x3c754ec519784677u},
    {0x3fe5c9882b931057u, 0x3fd89a3386c1425bu, 0x3c62d38c40881e0bu},
    {0x3fe5ac056b015ac0u, 0x3fd8f11e873662c8u, 0x3c7f85da755a61a3u},
    {0x3fe58ed2308158edu, 0x3fd947941c2116fbu, 0x3c61266e8a3e8838u},
    {0x3fe571ed3c506b3au, 0x3fd99d958117e08au, 0xbc7315b444ee1f38u},
    {0x3fe5555555555555u, 0x3fd9f323ecbf984du, 0xbc4a92e513217f58u},
    {0x3fe5390948f40febu, 0x3fda484090e5bb09u, 0x3c7fff29adc3ad3bu},
    {0x3fe51d07eae2f815u, 0x3fda9cec9a9a084au, 0xbc5ab7b00ad0dabcu},
    {0x3fe5015015015015u, 0x3fdaf1293247786bu, 0x3c5533844a15dc28u},
    {0x3fe4e5e0a72f0539u, 0x3fdb44f77bcc8f64u, 0xbc2a0892a8b38eedu},
    {0x3fe4cab88725af6eu, 0x3fdb9858969310fdu, 0xbc6f3827583b8877u},
    {0x3fe4afd6a052bf5bu, 0x3fdbeb4d9da71b7au, 0x3c7be1874deaef08u},
    {0x3fe49539e3b2d067u, 0x3fdc3dd7a7cdad4du, 0x3c67d9e0a5bd4d37u},
    {0x3fe47ae147ae147bu, 0x3fdc8ff7c79a9a21u, 0x3c73097607bcbfeeu},
    {0x3fe460cbc7f5cf9au, 0x3fdce1af0b85f3ecu, 0xbc66416a1aa97b31u},
    {0x3fe446f86562d9fbu, 0x3fdd32fe7e00ebd5u, 0x3c64ef6465f5f46eu},
    {0x3fe42d6625d51f87u, 0x3fdd83e7258a2f3eu, 0x3c5c515ba2ec9444u},
    {0x3fe4141414141414u, 0x3fddd46a04c1c4a1u, 0xbc119d95b62e2476u},
    {0x3fe3fb013fb013fbu, 0x3fde24881a7c6c26u, 0x3c605ec7a2caa523u},
    {0x3fe3e22cbce4a902u, 0x3fde744261d68789u, 0x3c7cdf68dbcf2ed3u},
    {0x3fe3c995a47babe7u, 0x3fdec399d2468cc1u, 0xbc494623581958cfu},
    {0x3fe3b13b13b13b14u, 0x3fdf128f5faf06ecu, 0xbc7328df13bb38c2u},
    {0x3fe3991c2c187f63u, 0x3fdf6123fa7028adu, 0x3c55456c3cb6cd06u},
    {0x3fe3813813813814u, 0x3fdfaf588f78f31du, 0x3c6cd7d9f2754362u},
    {0x3fe3698df3de0748u, 0x3fdffd2e0857f497u, 0xbc44d05f9366f27fu},
    {0x3fe3521cfb2b78c1u, 0x3fe02552a5a5d0ffu, 0x3c6e9c695d7ee800u},
    {0x3fe33ae45b57bcb2u, 0x3fe04bdf9da926d2u, 0x3c78fe60804593bfu},
    {0x3fe323e34a2b10bfu, 0x3fe0723e5c1cdf41u, 0xbc46a1a71dbba44eu},
    {0x3fe30d190130d190u, 0x3fe0986f4f573521u, 0xbc737012b5805e02u},
    {0x3fe2f684bda12f68u, 0x3fe0be72e4252a83u, 0x3c7b4c4bdd99efffu},
    {0x3fe2e025c04b8097u, 0x3fe0e44985d1cc8cu, 0xbc4c546885a5a707u},
    {0x3fe2c9fb4d812ca0u, 0x3fe109f39e2d4c96u, 0x3c8f78fb26c2de46u},
    {0x3fe2b404ad012b40u, 0x3fe12f719593efbdu, 0xbc767f6e731c1795u},
    {0x3fe29e4129e4129eu, 0x3fe154c3d2f4d5eau, 0x3c698f33a3965e29u},
    {0x3fe288b01288b013u, 0x3fe179eabbd899a0u, 0xbc5c73e320bf059fu},
    {0x3fe27350b8812735u, 0x3fe19ee6b467c96fu, 0xbc6fa3422887e218u},
    {0x3fe25e22708092f1u, 0x3fe1c3b81f713c25u, 0xbc70b583899021d1u},
    {0x3fe2492492492492u, 0x3fe1e85f5e7040d1u, 0xbc8084e99683070eu},
    {0x3fe23456789abcdfu, 0x3fe20cdcd192ab6eu, 0xbc8aabf0bc229014u},
    {0x3fe21fb78121fb78u, 0x3fe23130d7bebf43u, 0xbc8748725e374d6eu},
    {0x3fe20b470c67c0d9u, 0x3fe2555bce98f7cau, 0x3c89810eb6b440f4u},
    {0x3fe1f7047dc11f70u, 0x3fe2795e1289b11bu, 0x3c8ade0fcf6e5a1du},
    {0x3fe1e2ef3b3fb874u, 0x3fe29d37fec2b08bu, 0x3c801735b2e9733fu},
    {0x3fe1cf06ada2811du, 0x3fe2c0e9ed448e8cu, 0xbc88a158f3917586u},
    {0x3fe1bb4a4046ed29u, 0x3fe2e47436e40268u, 0x3c80950861a4886bu},
    {0x3fe1a7b9611a7b96u, 0x3fe307d7334f10beu, 0x3c7fdac850fab36du},
    {0x3fe19453808ca29cu, 0x3fe32b1339121d71u, 0x3c7d02ab5b3d916bu},
    {0x3fe1811811811812u, 0x3fe34e289d9ce1d2u, 0x3c7775c96c42e729u},
    {0x3fe16e0689427379u, 0x3fe37117b54747b6u, 0xbc8808bf6deec882u},
    {0x3fe15b1e5f75270du, 0x3fe393e0d3562a1au, 0xbc838eef67f2483au},
    {0x3fe1485f0e0acd3bu, 0x3fe3b68449fffc23u, 0x3c8c63b7b06164dau},
    {0x3fe135c81135c811u, 0x3fe3d9026a7156fbu, 0x3c50084c7a15a4f5u},
    {0x3fe12358e75d3033u, 0x3fe3fb5b84d16f43u, 0x3c70a74ea82e55dfu},
    {0x3fe1111111111111u, 0x3fe41d8fe84672afu, 0xbc8ee6d0cf42e7fau},
    {0x3fe0fef010fef011u, 0x3fe43f9fe2f9ce67u, 0x3c8e1c9ee6d83b86u},
    {0x3fe0ecf56be69c90u, 0x3fe4618bc21c5ec2u, 0x3c7e85bd9bd99e3au},
    {0x3fe0db20a88f4696u, 0x3fe48353d1ea88dfu, 0xbc840a85d133f80bu},
    {0x3fe0c9714fbcda3bu, 0x3fe4a4f85db03ebbu, 0xbc8d76102e1644f2u},
    {0x3fe0b7e6ec259dc8u, 0x3fe4c679afccee39u, 0xbc6e971322ce7900u},
    {0x3fe0a6810a6810a7u, 0x3fe4e7d811b75bb0u, 0xbc85d3d9ea6e9ea8u},
    {0x3fe0953f39010954u, 0x3fe50913cc01686bu, 0x3c79e59d2d85ab62u},
    {0x3fe0842108421084u, 0x3fe52a2d265bc5abu, 0x3c773be4578ad97bu},
    {0x3fe073260a47f7c6u, 0x3fe54b2467999498u, 0x3c8f4550a2d0f60cu},
    {0x3fe0624dd2f1a9fcu, 0x3fe56bf9d5b3f399u, 0x3c611c6217363fcbu},
    {0x3fe05197f7d73404u, 0x3fe58cadb5cd7989u, 0x3c8624bc9764c22cu},
    {0x3fe0410410410410u, 0x3fe5ad404c359f2du, 0x3c8eca6aa97c08e7u},
    {0x3fe03091b51f5e1au, 0x3fe5cdb1dc6c1765u, 0x3c747b71e2eb8419u},
    {0x3fe0204081020408u, 0x3fe5ee02a9241676u, 0xbc8bca7da80b6f7eu},
    {0x3fe0101010101010u, 0x3fe60e32f44788d9u, 0xbc658376a5f4b135u},
    {0x3fe0000000000000u, 0x3fe62e42fefa39efu, 0x3c7abc9e3b39803fu},
};
/* 2^(-j/128) = hi + lo, j = 0..127 */
static const uint64_t sigmoid_internal_exp_table[128][2] = {
    {0x3ff0000000000000u, 0x0000000000000000u},
    {0x3fefd3c22b8f71f1u, 0x3c52eb74966579e7u},
    {0x3fefa7c1819e90d8u, 0x3c774853f3a5931eu},
    {0x3fef7bfdad9cbe14u, 0xbc8dbb12d006350au},
    {0x3fef50765b6e4540u, 0x3c89d3e12dd8a18bu},
    {0x3fef252b376bba97u, 0x3c83a1a5bf0d8e43u},
    {0x3feefa1bee615a27u, 0x3c8dc7f486a4b6b0u},
    {0x3feecf482d8e67f1u, 0xbc8c93f3b411ad8cu},
    {0x3feea4afa2a490dau, 0xbc8e9c23179c2893u},
    {0x3fee7a51fbc74c83u, 0x3c82d522ca0c8de2u},
    {0x3fee502ee78b3ff6u, 0x3c739e8980a9cc8fu},
    {0x3fee264614f5a129u, 0xbc87b627817a1496u},
    {0x3fedfc97337b9b5fu, 0xbc81a5cd4f184b5cu},
    {0x3fedd321f301b460u, 0x3c82da5778f018c3u},
    {0x3feda9e603db3285u, 0x3c8c2300696db532u},
    {0x3fed80e316c98398u, 0xbc811ec18beddfe8u},
    {0x3fed5818dcfba487u, 0x3c72ed02d75b3707u},
    {0x3fed2f87080d89f2u, 0xbc8d487b719d8578u},
    {0x3fed072d4a07897cu, 0xbc8cbc3743797a9cu},
    {0x3fecdf0b555dc3fau, 0xbc7dd83b53829d72u},
    {0x3fecb720dcef9069u, 0x3c6503cbd1e949dbu},
    {0x3fec8f6d9406e7b5u, 0x3c61acbc48805c44u},
    {0x3fec67f12e57d14bu, 0x3c82884dff483cadu},
    {0x3fec40ab5fffd07au, 0x3c8b4537e083c60au},
    {0x3fec199bdd85529cu, 0x3c711065895048ddu},
    {0x3febf2c25bd71e09u, 0xbc8efdca3f6b9c73u},
    {0x3febcc1e904bc1d2u, 0x3c723dd07a2d9e84u},
    {0x3feba5b030a1064au, 0xbc8efcd30e54292eu},
    {0x3feb7f76f2fb5e47u, 0xbc65584f7e54ac3bu},
    {0x3feb59728de5593au, 0xbc8c71dfbbba6de3u},
    {0x3feb33a2b84f15fbu, 0xbc52805e3084d708u},
    {0x3feb0e07298db666u, 0xbc8bdef54c80e425u},
    {0x3feae89f995ad3adu, 0x3c87a1cd345dcc81u},
    {0x3feac36bbfd3f37au, 0xbc7f9234cae76cd0u},
    {0x3fea9e6b5579fdbfu, 0x3c80fac90ef7fd31u},
    {0x3fea799e1330b358u, 0x3c8bcb7ecac563c7u},
    {0x3fea5503b23e255du, 0xbc8d2f6edb8d41e1u},
    {0x3fea309bec4a2d33u, 0x3c86305c7ddc36abu},
    {0x3fea0c667b5de565u, 0xbc8359495d1cd533u},
    {0x3fe9e86319e32323u, 0x3c6824ca78e64c6eu},
    {0x3fe9c49182a3f090u, 0x3c6c7c46b071f2beu},
    {0x3fe9a0f170ca07bau, 0xbc8173bd91cee632u},
    {0x3fe97d829fde4e50u, 0xbc8d185b7c1b85d1u},
    {0x3fe95a44cbc8520fu, 0xbc664b7c96a5f039u},
    {0x3fe93737b0cdc5e5u, 0xbc575fc781b57ebcu},
    {0x3fe9145b0b91ffc6u, 0xbc8dd6792e582524u},
    {0x3fe8f1ae99157736u, 0x3c75cc13a2e3976cu},
    {0x3fe8cf3216b5448cu, 0xbc60d55e32e9e3aau},
    {0x3fe8ace5422aa0dbu, 0x3c86e9f156864b27u},
    {0x3fe88ac7d98a6699u, 0x3c8994c2f37cb53au},
    {0x3fe868d99b4492edu, 0xbc8fc6f89bd4f6bau},
    {0x3fe8471a4623c7adu, 0xbc78d684a341cdfbu},
    {0x3fe82589994cce13u, 0xbc8d4c1dd41532d8u},
    {0x3fe80427543e1a12u, 0xbc827c86626d972bu},
    {0x3fe7e2f336cf4e62u, 0x3c605d02ba15797eu},
    {0x3fe7c1ed0130c132u, 0x3c8f124cd1164dd6u},
    {0x3fe7a11473eb0187u, 0xbc741577ee04992fu},
    {0x3fe780694fde5d3fu, 0x3c8866b80a02162du},
    {0x3fe75feb564267c9u, 0xbc80245957316dd3u},
    {0x3fe73f9a48a58174u, 0xbc80a8d96c65d53cu},
    {0x3fe71f75e8ec5f74u, 0xbc716e4786887a99u},
    {0x3fe6ff7df9519484u, 0xbc783c0f25860ef6u},
    {0x3fe6dfb23c651a2fu, 0xbc5bbe3a683c88abu},
    {0x3fe6c012750bdabfu, 0xbc62895667ff0b0du},
    {0x3fe6a09e667f3bcdu, 0xbc8bdd3413b26456u},
    {0x3fe68155d44ca973u, 0x3c5038ae44f73e65u},
    {0x3fe6623882552225u, 0xbc8bb60987591c34u},
    {0x3fe6434634ccc320u, 0xbc7c483c759d8933u},
    {0x3fe6247eb03a5585u, 0xbc8383c17e40b497u},
    {0x3fe605e1b976dc09u, 0xbc83e2429b56de47u},
    {0x3fe5e76f15ad2148u, 0x3c8ba6f93080e65eu},
    {0x3fe5c9268a5946b7u, 0x3c2c4b1b816986a2u},
    {0x3fe5ab07dd485429u, 0x3c86324c054647adu},
    {0x3fe58d12d497c7fdu, 0x3c7295e15b9a1de8u},
    {0x3fe56f4736b527dau, 0x3c89bb2c011d93adu},
    {0x3fe551a4ca5d920fu, 0xbc7d689cefede59bu},
    {0x3fe5342b569d4f82u, 0xbc707abe1db13cadu},
    {0x3fe516daa2cf6642u, 0xbc7f768569bd93efu},
    {0x3fe4f9b2769d2ca7u, 0xbc84b309d25957e3u},
    {0x3fe4dcb299fddd0du, 0x3c88ecdbbc6a7833u},
    {0x3fe4bfdad5362a27u, 0x3c6d4397afec42e2u},
    {0x3fe4a32af0d7d3deu, 0x3c89cb62f3d1be56u},
    {0x3fe486a2b5c13cd0u, 0x3c63c1a3b69062f0u},
    {0x3fe46a41ed1d0057u, 0x3c8c944bd1648a76u},
    {0x3fe44e086061892du, 0x3c389b7a04ef80d0u},
    {0x3fe431f5d950a897u, 0xbc71c7dde35f7999u},
    {0x3fe4160a21f72e2au, 0xbc4ef3691c309278u},
    {0x3fe3fa4504ac801cu, 0xbc87d023f956f9f3u},
    {0x3fe3dea64c123422u, 0x3c7ada0911f09ebcu},
    {0x3fe3c32dc313a8e5u, 0xbc8efff8375d29c3u},
    {0x3fe3a7db34e59ff7u, 0xbc65e436d661f5e3u},
    {0x3fe38cae6d05d866u, 0xbc8e958d3c9904bdu},
    {0x3fe371a7373aa9cbu, 0xbc863aeabf42eae2u},
    {0x3fe356c55f929ff1u, 0xbc7b5cee5c4e4628u},
    {0x3fe33c08b26416ffu, 0x3c832721843659a6u},
    {0x3fe32170fc4cd831u, 0x3c7a9ce78e18047cu},
    {0x3fe306fe0a31b715u, 0x3c76f46ad23182e4u},
    {0x3fe2ecafa93e2f56u, 0x3c61ca0f45d52383u},
    {0x3fe2d285a6e4030bu, 0x3c80024754db41d5u},
    {0x3fe2b87fd0dad990u, 0xbc310adcd6381aa4u},
    {0x3fe29e9df51fdee1u, 0x3c7612e8afad1255u},
    {0x3fe284dfe1f56381u, 0xbc8a4c3a8c3f0d7eu},
    {0x3fe26b4565e27cddu, 0x3c72bd339940e9d9u},
    {0x3fe251ce4fb2a63fu, 0x3c7ac155bef4f4a4u},
    {0x3fe2387a6e756238u, 0x3c89b07eb6c70573u},
    {0x3fe21f49917ddc96u, 0x3c72a97e9494a5eeu},
    {0x3fe2063b88628cd6u, 0x3c7dc775814a8495u},
    {0x3fe1ed5022fcd91du, 0xbc81df98027bb78cu},
    {0x3fe1d4873168b9aau, 0x3c8e016e00a2643cu},
    {0x3fe1bbe084045cd4u, 0xbc895386352ef607u},
    {0x3fe1a35beb6fcb75u, 0x3c7e5b4c7b4968e4u},
    {0x3fe18af9388c8deau, 0xbc811023d1970f6cu},
    {0x3fe172b83c7d517bu, 0xbc719041b9d78a76u},
    {0x3fe15a98c8a58e51u, 0x3c72406ab9eeab0au},
    {0x3fe1429aaea92de0u, 0xbc832fbf9af1369eu},
    {0x3fe12abdc06c31ccu, 0xbc41b514b36ca5c7u},
    {0x3fe11301d0125b51u, 0xbc86c51039449b3au},
    {0x3fe0fb66affed31bu, 0xbc5b9bedc44ebd7bu},
    {0x3fe0e3ec32d3d1a2u, 0x3c303a1727c57b53u},
    {0x3fe0cc922b7247f7u, 0x3c801edc16e24f71u},
    {0x3fe0b5586cf9890fu, 0x3c88a62e4adc610bu},
    {0x3fe09e3ecac6f383u, 0x3c81487818316136u},
    {0x3fe0874518759bc8u, 0x3c5186be4bb284ffu},
    {0x3fe0706b29ddf6deu, 0xbc7c91dfe2b13c27u},
    {0x3fe059b0d3158574u, 0x3c7d73e2a475b465u},
    {0x3fe04315e86e7f85u, 0xbc80a31c1977c96eu},
    {0x3fe02c9a3e778061u, 0xbc619083535b085du},
    {0x3fe0163da9fb3335u, 0x3c8b61299ab8cdb7u},
};
/* the bits of RN(2^(-j/1024)) + (j << 42), j = 0..1023 */
static const uint64_t sigmoid_internal_exp_fast_table[1024] = {
    0x3ff0000000000000u, 0x3feffe74ea381efcu, 0x3feffceaca4391b6u, 0x3feffb619ff7c2b3u,
    0x3feff9d96b2a23d9u, 0x3feff8522bb02e6eu, 0x3feff6cbe15f6314u, 0x3feff5468c0d49ccu,
    0x3feff3c22b8f71f1u, 0x3feff23ebfbb7237u, 0x3feff0bc4866e8adu, 0x3fefef3ac5677ab8u,
    0x3fefedba3692d514u, 0x3fefec3a9bbeabd1u, 0x3fefeabbf4c0ba54u, 0x3fefe93e416ec354u,
    0x3fefe7c1819e90d8u, 0x3fefe645b525f439u, 0x3fefe4cadbdac61du, 0x3fefe350f592e677u,
    0x3fefe1d802243c89u, 0x3fefe0600164b6dcu, 0x3fefdee8f32a4b45u, 0x3fefdd72d74af6e1u,
    0x3fefdbfdad9cbe14u, 0x3fefda8975f5ac86u, 0x3fefd916302bd526u, 0x3fefd7a3dc155226u,
    0x3fefd632798844f8u, 0x3fefd4c2085ad652u, 0x3fefd35288633625u, 0x3fefd1e3f9779ba5u,
    0x3fefd0765b6e4540u, 0x3fefcf09ae1d78a1u, 0x3fefcd9df15b82acu, 0x3fefcc3324feb781u,
    0x3fefcac948dd7274u, 0x3fefc9605cce1613u, 0x3fefc7f860a70c22u, 0x3fefc691543ec595u,
    0x3fefc52b376bba97u, 0x3fefc3c60a046a84u, 0x3fefc261cbdf5be7u, 0x3fefc0fe7cd31c7bu,
    0x3fefbf9c1cb6412au, 0x3fefbe3aab5f6609u, 0x3fefbcda28a52e59u, 0x3fefbb7a945e4487u,
    0x3fefba1bee615a27u, 0x3fefb8be368527f6u, 0x3fefb7616ca06dd6u, 0x3fefb6059089f2d0u,
    0x3fefb4aaa2188510u, 0x3fefb350a122f9e6u, 0x3fefb1f78d802dc2u, 0x3fefb09f67070435u,
    0x3fefaf482d8e67f1u, 0x3fefadf1e0ed4ac2u, 0x3fefac9c80faa594u, 0x3fefab480d8d786du,
    0x3fefa9f4867cca6eu, 0x3fefa8a1eb9fa9d1u, 0x3fefa7503ccd2be5u, 0x3fefa5ff79dc6d14u,
    0x3fefa4afa2a490dau, 0x3fefa360b6fcc1c7u, 0x3fefa212b6bc3181u, 0x3fefa0c5a1ba18bdu,
    0x3fef9f7977cdb740u, 0x3fef9e2e38ce53dfu, 0x3fef9ce3e4933c7eu, 0x3fef9b9a7af3c60bu,
    0x3fef9a51fbc74c83u, 0x3fef990a66e532ebu, 0x3fef97c3bc24e350u, 0x3fef967dfb5dcecau,
    0x3fef953924676d76u, 0x3fef93f537193e75u, 0x3fef92b2334ac7eeu, 0x3fef917018d3970bu,
    0x3fef902ee78b3ff6u, 0x3fef8eee9f495ddcu, 0x3fef8daf3fe592e8u, 0x3fef8c70c9378842u,
    0x3fef8b333b16ee12u, 0x3fef89f6955b7b78u, 0x3fef88bad7dcee90u, 0x3fef878002730c71u,
    0x3fef864614f5a129u, 0x3fef850d0f3c7fbau, 0x3fef83d4f11f8220u, 0x3fef829dba768949u,
    0x3fef81676b197d17u, 0x3fef803202e04c5du, 0x3fef7efd81a2ece1u, 0x3fef7dc9e7395b56u,
    0x3fef7c97337b9b5fu, 0x3fef7b656641b78cu, 0x3fef7a347f63c159u, 0x3fef79047eb9d12du,
    0x3fef77d5641c0658u, 0x3fef76a72f628712u, 0x3fef7579e065807du, 0x3fef744d76fd269eu,
    0x3fef7321f301b460u, 0x3fef71f7544b6b92u, 0x3fef70cd9ab294e4u, 0x3fef6fa4c60f7feau,
    0x3fef6e7cd63a8315u, 0x3fef6d55cb0bfbb6u, 0x3fef6c2fa45c4dfdu, 0x3fef6b0a6203e4f5u,
    0x3fef69e603db3285u, 0x3fef68c289baaf6eu, 0x3fef679ff37adb4au, 0x3fef667e40f43c89u,
    0x3fef655d71ff6075u, 0x3fef643d8674db2bu, 0x3fef631e7e2d479du, 0x3fef62005901478fu,
    0x3fef60e316c98398u, 0x3fef5fc6b75eab1fu, 0x3fef5eab3a99745bu, 0x3fef5d90a0529c51u,
    0x3fef5c76e862e6d3u, 0x3fef5b5e12a31e7fu, 0x3fef5a461eec14beu, 0x3fef592f0d16a1c3u,
    0x3fef5818dcfba487u, 0x3fef57038e7402ceu, 0x3fef55ef2158a91fu, 0x3fef54db95828ac7u,
    0x3fef53c8eacaa1d6u, 0x3fef52b72109ef21u, 0x3fef51a638197a3cu, 0x3fef50962fd2517au,
    0x3fef4f87080d89f2u, 0x3fef4e78c0a43f72u, 0x3fef4d6b596f948cu, 0x3fef4c5ed248b287u,
    0x3fef4b532b08c968u, 0x3fef4a4863890feeu, 0x3fef493e7ba2c38cu, 0x3fef4835732f2870u,
    0x3fef472d4a07897cu, 0x3fef462600053845u, 0x3fef451f95018d17u, 0x3fef441a08d5e6ecu,
    0x3fef43155b5bab74u, 0x3fef42118c6c4709u, 0x3fef410e9be12cb9u, 0x3fef400c8993d63du,
    0x3fef3f0b555dc3fau, 0x3fef3e0aff187d02u, 0x3fef3d0b869d8f0fu, 0x3fef3c0cebc68e87u,
    0x3fef3b0f2e6d1675u, 0x3fef3a124e6ac88bu, 0x3fef39164b994d23u, 0x3fef381b25d25337u,
    0x3fef3720dcef9069u, 0x3fef362770cac0f9u, 0x3fef352ee13da7cbu, 0x3fef34372e220e61u,
    0x3fef33405751c4dbu, 0x3fef324a5ca6a1f8u, 0x3fef31553dfa8313u, 0x3fef3060fb274c22u,
    0x3fef2f6d9406e7b5u, 0x3fef2e7b087346f4u, 0x3fef2d89584661a1u, 0x3fef2c98835a3611u,
    0x3fef2ba88988c933u, 0x3fef2ab96aac2686u, 0x3fef29cb269e601fu, 0x3fef28ddbd398ea4u,
    0x3fef27f12e57d14bu, 0x3fef270579d34dddu, 0x3fef261a9f8630adu, 0x3fef25309f4aac9fu,
    0x3fef244778fafb22u, 0x3fef235f2c715c31u, 0x3fef2277b9881650u, 0x3fef21912019768cu,
    0x3fef20ab5fffd07au, 0x3fef1fc679157e38u, 0x3fef1ee26b34e065u, 0x3fef1dff36385e29u,
    0x3fef1d1cd9fa652cu, 0x3fef1c3b56556999u, 0x3fef1b5aab23e61eu, 0x3fef1a7ad8405be6u,
    0x3fef199bdd85529cu, 0x3fef18bdbacd586au, 0x3fef17e06ff301f4u, 0x3fef1703fcd0ea5cu,
    0x3fef16286141b33du, 0x3fef154d9d2004aau, 0x3fef1473b0468d30u, 0x3fef139a9a9001d2u,
    0x3fef12c25bd71e09u, 0x3fef11eaf3f6a3c2u, 0x3fef111462c95b60u, 0x3fef103ea82a13b5u,
    0x3fef0f69c3f3a207u, 0x3fef0e95b600e20bu, 0x3fef0dc27e2cb5e5u, 0x3fef0cf01c520628u,
    0x3fef0c1e904bc1d2u, 0x3fef0b4dd9f4de4fu, 0x3fef0a7df9285775u, 0x3fef09aeedc12f82u,
    0x3fef08e0b79a6f1fu, 0x3fef0813568f255au, 0x3fef0746ca7a67a7u, 0x3fef067b133751e3u,
    0x3fef05b030a1064au, 0x3fef04e62292ad7du, 0x3fef041ce8e77680u, 0x3fef0354837a96b7u,
    0x3fef028cf22749e4u, 0x3fef01c634c8d228u, 0x3fef01004b3a7804u, 0x3fef003b35578a51u,
    0x3feeff76f2fb5e47u, 0x3feefeb384014f76u, 0x3feefdf0e844bfc6u, 0x3feefd2f1fa1177bu,
    0x3feefc6e29f1c52au, 0x3feefbae07123dc3u, 0x3feefaeeb6ddfc87u, 0x3feefa303930830cu,
    0x3feef9728de5593au, 0x3feef8b5b4d80d4au, 0x3feef7f9ade433c6u, 0x3feef73e78e56786u,
    0x3feef68415b749b1u, 0x3feef5ca843581bau, 0x3feef511c43bbd62u, 0x3feef459d5a5b0b1u,
    0x3feef3a2b84f15fbu, 0x3feef2ec6c13adddu, 0x3feef236f0cf3f3au, 0x3feef182465d973cu,
    0x3feef0ce6c9a8952u, 0x3feef01b6361ef31u, 0x3feeef692a8fa8cdu, 0x3feeeeb7c1ff9c61u,
    0x3feeee07298db666u, 0x3feeed576115e994u, 0x3feeeca868742ee4u, 0x3feeebfa3f84858cu,
    0x3feeeb4ce622f2ffu, 0x3feeeaa05c2b82e9u, 0x3feee9f4a17a4735u, 0x3feee949b5eb5803u,
    0x3feee89f995ad3adu, 0x3feee7f64ba4dec6u, 0x3feee74dcca5a413u, 0x3feee6a61c395493u,
    0x3feee5ff3a3c2774u, 0x3feee559268a5a1cu, 0x3feee4b3e100301eu, 0x3feee40f6979f340u,
    0x3feee36bbfd3f37au, 0x3feee2c8e3ea86eeu, 0x3feee226d59a09eeu, 0x3feee18594bedefau,
    0x3feee0e521356ebau, 0x3feee0457ada2803u, 0x3feedfa6a1897fd2u, 0x3feedf08951ff14du,
    0x3feede6b5579fdbfu, 0x3feeddcee2742c9du, 0x3feedd333beb0b7eu, 0x3feedc9861bb2e1du,
    0x3feedbfe53c12e59u, 0x3feedb6511d9ac32u, 0x3feedacc9be14dcau, 0x3feeda34f1b4bf62u,
    0x3feed99e1330b358u, 0x3feed9080031e22bu, 0x3feed872b8950a73u, 0x3feed7de3c36f0e6u,
    0x3feed74a8af46052u, 0x3feed6b7a4aa29a1u, 0x3feed625893523d4u, 0x3feed59438722c03u,
    0x3feed503b23e255du, 0x3feed473f675f924u, 0x3feed3e504f696b1u, 0x3feed356dd9cf36eu,
    0x3feed2c980460ad8u, 0x3feed23ceccede7cu, 0x3feed1b1231475f7u, 0x3feed12622f3def6u,
    0x3feed09bec4a2d33u, 0x3feed0127ef47a74u, 0x3feecf89dacfe68cu, 0x3feecf01ffb99757u,
    0x3feece7aed8eb8bbu, 0x3feecdf4a42c7ca9u, 0x3feecd6f23701b15u, 0x3feeccea6b36d1feu,
    0x3feecc667b5de565u, 0x3feecbe353c29f50u, 0x3feecb60f4424fcbu, 0x3feecadf5cba4ce0u,
    0x3feeca5e8d07f29eu, 0x3feec9de8508a311u, 0x3feec95f4499c647u, 0x3feec8e0cb98ca4bu,
    0x3feec86319e32323u, 0x3feec7e62f564ad5u, 0x3feec76a0bcfc15eu, 0x3feec6eeaf2d0cb8u,
    0x3feec674194bb8d5u, 0x3feec5fa4a09579du, 0x3feec581414380f2u, 0x3feec508fed7d2aau,
    0x3feec49182a3f090u, 0x3feec41acc858463u, 0x3feec3a4dc5a3dd3u, 0x3feec32fb1ffd285u,
    0x3feec2bb4d53fe0du, 0x3feec247ae3481edu, 0x3feec1d4d47f2598u, 0x3feec162c011b66du,
    0x3feec0f170ca07bau, 0x3feec080e685f2b5u, 0x3feec01121235681u, 0x3feebfa220801829u,
    0x3feebf33e47a22a2u, 0x3feebec66cef66c8u, 0x3feebe59b9bddb5bu, 0x3feebdedcac37d05u,
    0x3feebd829fde4e50u, 0x3feebd1838ec57abu, 0x3feebcae95cba768u, 0x3feebc45b65a51bau,
    0x3feebbdd9a7670b3u, 0x3feebb7641fe2446u, 0x3feebb0faccf9243u, 0x3feebaa9dac8e658u,
    0x3feeba44cbc8520fu, 0x3feeb9e07fac0ccdu, 0x3feeb97cf65253d1u, 0x3feeb91a2f996a33u,
    0x3feeb8b82b5f98e5u, 0x3feeb856e9832eadu, 0x3feeb7f669e2802bu, 0x3feeb796ac5be7d1u,
    0x3feeb737b0cdc5e5u, 0x3feeb6d977168083u, 0x3feeb67bff148396u, 0x3feeb61f48a640dcu,
    0x3feeb5c353aa2fe2u, 0x3feeb5681ffece05u, 0x3feeb50dad829e70u, 0x3feeb4b3fc142a19u,
    0x3feeb45b0b91ffc6u, 0x3feeb402dbdab403u, 0x3feeb3ab6ccce12cu, 0x3feeb354be472760u,
    0x3feeb2fed0282c8au, 0x3feeb2a9a24e9c5cu, 0x3feeb2553499284bu, 0x3feeb20186e68793u,
    0x3feeb1ae99157736u, 0x3feeb15c6b04b9f6u, 0x3feeb10afc931857u, 0x3feeb0ba4d9f60a1u,
    0x3feeb06a5e0866d9u, 0x3feeb01b2dad04c4u, 0x3feeafccbc6c19e6u, 0x3feeaf7f0a248b7fu,
    0x3feeaf3216b5448cu, 0x3feeaee5e1fd35c4u, 0x3feeae9a6bdb5598u, 0x3feeae4fb42ea033u,
    0x3feeae05bad61778u, 0x3feeadbc7fb0c302u, 0x3feead74029db01eu, 0x3feead2c437bf1d4u,
    0x3feeace5422aa0dbu, 0x3feeac9efe88dba1u, 0x3feeac597875c644u, 0x3feeac14afd08a94u,
    0x3feeabd0a478580fu, 0x3feeab8d564c63e7u, 0x3feeab4ac52be8f7u, 0x3feeab08f0f627cbu,
    0x3feeaac7d98a6699u, 0x3feeaa877ec7f144u, 0x3feeaa47e08e1957u, 0x3feeaa08febc3608u,
    0x3feea9cad931a436u, 0x3feea98d6fcdc666u, 0x3feea950c27004c2u, 0x3feea914d0f7cd1du,
    0x3feea8d99b4492edu, 0x3feea89f2135cf48u, 0x3feea86562ab00ecu, 0x3feea82c5f83ac35u,
    0x3feea7f4179f5b21u, 0x3feea7bc8add9d4cu, 0x3feea785b91e07f1u, 0x3feea74fa24035eau,
    0x3feea71a4623c7adu, 0x3feea6e5a4a8634au, 0x3feea6b1bdadb46du, 0x3feea67e91136c5du,
    0x3feea64c1eb941f7u, 0x3feea61a667ef1b2u, 0x3feea5e968443d9au, 0x3feea5b923e8ed53u,
    0x3feea589994cce13u, 0x3feea55ac84fb2a6u, 0x3feea52cb0d1736au, 0x3feea4ff52b1ee50u,
    0x3feea4d2add106d9u, 0x3feea4a6c20ea617u, 0x3feea47b8f4abaa9u, 0x3feea451156538beu,
    0x3feea427543e1a12u, 0x3feea3fe4bb55decu, 0x3feea3d5fbab091fu, 0x3feea3ae63ff260au,
    0x3feea3878491c491u, 0x3feea3615d42fa24u, 0x3feea33bedf2e1b9u, 0x3feea31736819bcdu,
    0x3feea2f336cf4e62u, 0x3feea2cfeebc24feu, 0x3feea2ad5e2850acu, 0x3feea28b84f407f8u,
    0x3feea26a62ff86f0u, 0x3feea249f82b0f24u, 0x3feea22a4456e7a3u, 0x3feea20b47635cf9u,
    0x3feea1ed0130c132u, 0x3feea1cf719f6bd7u, 0x3feea1b2988fb9ecu, 0x3feea19675e20defu,
    0x3feea17b0976cfdbu, 0x3feea160532e6d20u, 0x3feea14652e958aau, 0x3feea12d08880ad9u,
    0x3feea11473eb0187u, 0x3feea0fc94f2bfffu, 0x3feea0e56b7fcf03u, 0x3feea0cef772bcc9u,
    0x3feea0b938ac1cf6u, 0x3feea0a42f0c88a5u, 0x3feea08fda749e5du, 0x3feea07c3ac50219u,
    0x3feea0694fde5d3fu, 0x3feea05719a15ea6u, 0x3feea04597eeba8fu, 0x3feea034caa72aa7u,
    0x3feea024b1ab6e09u, 0x3feea0154cdc4937u, 0x3feea0069c1a861du, 0x3fee9ff89f46f40fu,
    0x3fee9feb564267c9u, 0x3fee9fdec0edbb6bu, 0x3fee9fd2df29ce7cu, 0x3fee9fc7b0d785e8u,
    0x3fee9fbd35d7cbfdu, 0x3fee9fb36e0b906du, 0x3fee9faa5953c849u, 0x3fee9fa1f7916e05u,
    0x3fee9f9a48a58174u, 0x3fee9f934c7107c7u, 0x3fee9f8d02d50b8fu, 0x3fee9f876bb29cb8u,
    0x3fee9f8286ead08au, 0x3fee9f7e545ec1a8u, 0x3fee9f7ad3ef9011u, 0x3fee9f78057e611au,
    0x3fee9f75e8ec5f74u, 0x3fee9f747e1abb24u, 0x3fee9f73c4eaa988u, 0x3fee9f73bd3d6551u,
    0x3fee9f7466f42e87u, 0x3fee9f75c1f04a84u, 0x3fee9f77ce1303f6u, 0x3fee9f7a8b3daadbu,
    0x3fee9f7df9519484u, 0x3fee9f8218301b90u, 0x3fee9f86e7ba9fefu, 0x3fee9f8c67d286ddu,
    0x3fee9f9298593ae5u, 0x3fee9f9979302bddu, 0x3fee9fa10a38cee8u, 0x3fee9fa94b549e71u,
    0x3fee9fb23c651a2fu, 0x3fee9fbbdd4bc720u, 0x3fee9fc62dea2f8au, 0x3fee9fd12e21e2fbu,
    0x3fee9fdcddd47645u, 0x3fee9fe93ce38381u, 0x3fee9ff64b30aa09u, 0x3feea004089d8e7du,
    0x3feea012750bdabfu, 0x3feea021905d3df0u, 0x3feea0315a736c75u, 0x3feea041d3301feeu,
    0x3feea052fa75173eu, 0x3feea064d0241683u, 0x3feea077541ee718u, 0x3feea08a86475795u,
    0x3feea09e667f3bcdu, 0x3feea0b2f4a86ccau, 0x3feea0c830a4c8d4u, 0x3feea0de1a563367u,
    0x3feea0f4b19e9538u, 0x3feea10bf65fdc34u, 0x3feea123e87bfb7au, 0x3feea13c87d4eb62u,
    0x3feea155d44ca973u, 0x3feea16fcdc5386au, 0x3feea18a7420a036u, 0x3feea1a5c740edf5u,
    0x3feea1c1c70833f6u, 0x3feea1de735889b8u, 0x3feea1fbcc140be7u, 0x3feea219d11cdc5fu,
    0x3feea23882552225u, 0x3feea257df9f096bu, 0x3feea277e8dcc390u, 0x3feea2989df08719u,
    0x3feea2b9febc8fb7u, 0x3feea2dc0b231e41u, 0x3feea2fec30678b7u, 0x3feea3222648ea3du,
    0x3feea34634ccc320u, 0x3feea36aee7458cdu, 0x3feea390532205d8u, 0x3feea3b662b829f5u,
    0x3feea3dd1d1929fdu, 0x3feea40482276fe8u, 0x3feea42c91c56acdu, 0x3feea4554bd58ee5u,
    0x3feea47eb03a5585u, 0x3feea4a8bed63d1fu, 0x3feea4d3778bc944u, 0x3feea4feda3d829fu,
    0x3feea52ae6cdf6f4u, 0x3feea5579d1fb925u, 0x3feea584fd15612au, 0x3feea5b306918c13u,
    0x3feea5e1b976dc09u, 0x3feea61115a7f849u, 0x3feea6411b078d26u, 0x3feea671c9784c0bu,
    0x3feea6a320dceb71u, 0x3feea6d5211826e8u, 0x3feea707ca0cbf0fu, 0x3feea73b1b9d799au,
    0x3feea76f15ad2148u, 0x3feea7a3b81e85ecu, 0x3feea7d902d47c65u, 0x3feea80ef5b1de9eu,
    0x3feea84590998b93u, 0x3feea87cd36e6747u, 0x3feea8b4be135accu, 0x3feea8ed506b543au,
    0x3feea9268a5946b7u, 0x3feea9606bc02a6du, 0x3feea99af482fc8fu, 0x3feea9d62484bf56u,
    0x3feeaa11fba87a03u, 0x3feeaa4e79d138d8u, 0x3feeaa8b9ee20d1eu, 0x3feeaac96abe0d1fu,
    0x3feeab07dd485429u, 0x3feeab46f664028bu, 0x3feeab86b5f43d92u, 0x3feeabc71bdc2f8eu,
    0x3feeac0827ff07ccu, 0x3feeac49da3ffa96u, 0x3feeac8c32824135u, 0x3feeaccf30a919edu,
    0x3feead12d497c7fdu, 0x3feead571e31939fu, 0x3feead9c0d59ca07u, 0x3feeade1a1f3bd60u,
    0x3feeae27dbe2c4cfu, 0x3feeae6ebb0a3c6du, 0x3feeaeb63f4d854cu, 0x3feeaefe68900573u,
    0x3feeaf4736b527dau, 0x3feeaf90a9a05c72u, 0x3feeafdac1351819u, 0x3feeb0257d56d4a2u,
    0x3feeb070dde910d2u, 0x3feeb0bce2cf505bu, 0x3feeb1098bed1bdfu, 0x3feeb156d92600f1u,
    0x3feeb1a4ca5d920fu, 0x3feeb1f35f7766a3u, 0x3feeb24298571b06u, 0x3feeb29274e05078u,
    0x3feeb2e2f4f6ad27u, 0x3feeb334187ddc28u, 0x3feeb385df598d78u, 0x3feeb3d8496d75fcu,
    0x3feeb42b569d4f82u, 0x3feeb47f06ccd8bau, 0x3feeb4d359dfd53du, 0x3feeb5284fba0d84u,
    0x3feeb57de83f4eefu, 0x3feeb5d423536bbeu, 0x3feeb62b00da3b14u, 0x3feeb68280b798f4u,
    0x3feeb6daa2cf6642u, 0x3feeb733670588bfu, 0x3feeb78ccd3deb0du, 0x3feeb7e6d55c7ca9u,
    0x3feeb8417f4531eeu, 0x3feeb89ccadc0412u, 0x3feeb8f8b804f127u, 0x3feeb95546a3fc17u,
    0x3feeb9b2769d2ca7u, 0x3feeba1047d48f73u, 0x3feeba6eba2e35f0u, 0x3feebacdcd8e3669u,
    0x3feebb2d81d8abffu, 0x3feebb8dd6f1b6a6u, 0x3feebbeeccbd7b2au, 0x3feebc5063202327u,
    0x3feebcb299fddd0du, 0x3feebd15713adc1eu, 0x3feebd78e8bb586bu, 0x3feebddd00638ed8u,
    0x3feebe41b817c114u, 0x3feebea70fbc35a1u, 0x3feebf0d073537cau, 0x3feebf739e6717aau,
    0x3feebfdad5362a27u, 0x3feec042ab86c8f1u, 0x3feec0ab213d5283u, 0x3feec114363e2a20u,
    0x3feec17dea6db7d7u, 0x3feec1e83db0687au, 0x3feec2532feaada6u, 0x3feec2bec100fdbau,
    0x3feec32af0d7d3deu, 0x3feec397bf53affdu, 0x3feec4052c5916c4u, 0x3feec47337cc91a5u,
    0x3feec4e1e192aed2u, 0x3feec5512990013fu, 0x3feec5c10fa920a1u, 0x3feec63193c2a96cu,
    0x3feec6a2b5c13cd0u, 0x3feec714758980bfu, 0x3feec786d3001fe5u, 0x3feec7f9ce09c9abu,
    0x3feec86d668b3237u, 0x3feec8e19c691265u, 0x3feec9566f8827d0u, 0x3feec9cbdfcd34c8u,
    0x3feeca41ed1d0057u, 0x3feecab8975c563eu, 0x3feecb2fde7006f4u, 0x3feecba7c23ce7a4u,
    0x3feecc2042a7d232u, 0x3feecc995f95a532u, 0x3feecd1318eb43ecu, 0x3feecd8d6e8d965bu,
    0x3feece086061892du, 0x3feece83ee4c0dbdu, 0x3feecf0018321a1au, 0x3feecf7cddf8a8feu,
    0x3feecffa3f84b9d4u, 0x3feed0783cbb50b4u, 0x3feed0f6d5817663u, 0x3feed17609bc3850u,
    0x3feed1f5d950a897u, 0x3feed2764423ddfdu, 0x3feed2f74a1af3f1u, 0x3feed378eb1b0a8bu,
    0x3feed3fb2709468au, 0x3feed47dfdcad153u, 0x3feed5016f44d8f5u, 0x3feed5857b5c901fu,
    0x3feed60a21f72e2au, 0x3feed68f62f9ef0eu, 0x3feed7153e4a136au, 0x3feed79bb3cce07cu,
    0x3feed822c367a024u, 0x3feed8aa6cffa0e5u, 0x3feed932b07a35dfu, 0x3feed9bb8dbcb6d2u,
    0x3feeda4504ac801cu, 0x3feedacf152ef2b8u, 0x3feedb59bf29743fu, 0x3feedbe502816ee3u,
    0x3feedc70df1c5175u, 0x3feedcfd54df8f5cu, 0x3feedd8a63b0a09bu, 0x3feede180b7501ccu,
    0x3feedea64c123422u, 0x3feedf35256dbd67u, 0x3feedfc4976d27fau, 0x3feee054a1f602d0u,
    0x3feee0e544ede173u, 0x3feee176803a5c00u, 0x3feee20853c10f28u, 0x3feee29abf679c2eu,
    0x3feee32dc313a8e5u, 0x3feee3c15eaadfb1u, 0x3feee4559212ef89u, 0x3feee4ea5d318befu,
    0x3feee57fbfec6cf4u, 0x3feee615ba294f39u, 0x3feee6ac4bcdf3eau, 0x3feee74374c020bdu,
    0x3feee7db34e59ff7u, 0x3feee8738c244064u, 0x3feee90c7a61d55bu, 0x3feee9a5ff8436bcu,
    0x3feeea401b7140efu, 0x3feeeadace0ed4e1u, 0x3feeeb761742d808u, 0x3feeec11f6f3345fu,
    0x3feeecae6d05d866u, 0x3feeed4b7960b71fu, 0x3feeede91be9c811u, 0x3feeee8754870746u,
    0x3feeef26231e754au, 0x3feeefc587961726u, 0x3feef06581d3f669u, 0x3feef10611be211cu,
    0x3feef1a7373aa9cbu, 0x3feef248f22fa77cu, 0x3feef2eb428335b4u, 0x3feef38e281b7475u,
    0x3feef431a2de883bu, 0x3feef4d5b2b299fcu, 0x3feef57a577dd72bu, 0x3feef61f912671b1u,
    0x3feef6c55f929ff1u, 0x3feef76bc2a89cc4u, 0x3feef812ba4ea77du, 0x3feef8ba466b03e1u,
    0x3feef96266e3fa2du, 0x3feefa0b1b9fd712u, 0x3feefab46484ebb4u, 0x3feefb5e41798daau,
    0x3feefc08b26416ffu, 0x3feefcb3b72ae62du, 0x3feefd5f4fb45e20u, 0x3feefe0b7be6e633u,
    0x3feefeb83ba8ea32u, 0x3feeff658ee0da54u, 0x3fef001375752b40u, 0x3fef00c1ef4c560au,
    0x3fef0170fc4cd831u, 0x3fef02209c5d33a0u, 0x3fef02d0cf63eeacu, 0x3fef038195479413u,
    0x3fef0432edeeb2fdu, 0x3fef04e4d93fdefbu, 0x3fef05975721b004u, 0x3fef064a677ac276u,
    0x3fef06fe0a31b715u, 0x3fef07b23f2d330bu, 0x3fef08670653dfe4u, 0x3fef091c5f8c6b93u,
    0x3fef09d24abd886bu, 0x3fef0a88c7cded23u, 0x3fef0b3fd6a454d2u, 0x3fef0bf777277ef0u,
    0x3fef0cafa93e2f56u, 0x3fef0d686ccf2e3bu, 0x3fef0e21c1c14833u, 0x3fef0edba7fb4e33u,
    0x3fef0f961f641589u, 0x3fef105127e277e3u, 0x3fef110cc15d5346u, 0x3fef11c8ebbb8a15u,
    0x3fef1285a6e4030bu, 0x3fef1342f2bda93du, 0x3fef1400cf2f6c18u, 0x3fef14bf3c203f5fu,
    0x3fef157e39771b2fu, 0x3fef163dc71afbf7u, 0x3fef16fde4f2e280u, 0x3fef17be92e5d3e3u,
    0x3fef187fd0dad990u, 0x3fef19419eb90148u, 0x3fef1a03fc675d1fu, 0x3fef1ac6e9cd037bu,
    0x3fef1b8a66d10f13u, 0x3fef1c4e735a9eecu, 0x3fef1d130f50d65cu, 0x3fef1dd83a9add08u,
    0x3fef1e9df51fdee1u, 0x3fef1f643ec70c27u, 0x3fef202b17779965u, 0x3fef20f27f18bf72u,
    0x3fef21ba7591bb70u, 0x3fef2282fac9cecau, 0x3fef234c0ea83f36u, 0x3fef2415b11456b1u,
    0x3fef24dfe1f56381u, 0x3fef25aaa132b832u, 0x3fef2675eeb3ab98u, 0x3fef2741ca5f98cbu,
    0x3fef280e341ddf29u, 0x3fef28db2bd5e254u, 0x3fef29a8b16f0a30u, 0x3fef2a76c4d0c2e5u,
    0x3fef2b4565e27cddu, 0x3fef2c14948bacc3u, 0x3fef2ce450b3cb82u, 0x3fef2db49a425645u,
    0x3fef2e85711ece75u, 0x3fef2f56d530b9bcu, 0x3fef3028c65fa1ffu, 0x3fef30fb44931561u,
    0x3fef31ce4fb2a63fu, 0x3fef32a1e7a5eb35u, 0x3fef33760c547f15u, 0x3fef344abda600efu,
    0x3fef351ffb82140au, 0x3fef35f5c5d05fe6u, 0x3fef36cc1c78903au, 0x3fef37a2ff6254f4u,
    0x3fef387a6e756238u, 0x3fef395269997062u, 0x3fef3a2af0b63bffu, 0x3fef3b0403b385d2u,
    0x3fef3bdda27912d1u, 0x3fef3cb7cceeac25u, 0x3fef3d9282fc1f27u, 0x3fef3e6dc4893d64u,
    0x3fef3f49917ddc96u, 0x3fef4025e9c1d6aau, 0x3fef4102cd3d09b9u, 0x3fef41e03bd7580cu,
    0x3fef42be3578a819u, 0x3fef439cba08e483u, 0x3fef447bc96ffc18u, 0x3fef455b6395e1d2u,
    0x3fef463b88628cd6u, 0x3fef471c37bdf872u, 0x3fef47fd7190241eu, 0x3fef48df35c1137au,
    0x3fef49c18438ce4du, 0x3fef4aa45cdf6085u, 0x3fef4b87bf9cda38u, 0x3fef4c6bac594fa0u,
    0x3fef4d5022fcd91du, 0x3fef4e35236f9330u, 0x3fef4f1aad999e82u, 0x3fef5000c1631fdbu,
    0x3fef50e75eb44027u, 0x3fef51ce85752c71u, 0x3fef52b6358e15e8u, 0x3fef539e6ee731d7u,
    0x3fef54873168b9aau, 0x3fef55707cfaeaedu, 0x3fef565a51860746u, 0x3fef5744aef2547au,
    0x3fef582f95281c6bu, 0x3fef591b040fad15u, 0x3fef5a06fb91588fu, 0x3fef5af37b95750bu,
    0x3fef5be084045cd4u, 0x3fef5cce14c66e4cu, 0x3fef5dbc2dc40bf0u, 0x3fef5eaacee59c53u,
    0x3fef5f99f8138a1cu, 0x3fef6089a936440du, 0x3fef6179e2363cf8u, 0x3fef626aa2fbebc7u,
    0x3fef635beb6fcb75u, 0x3fef644dbb7a5b13u, 0x3fef654013041dc2u, 0x3fef6632f1f59ab4u,
    0x3fef672658375d2fu, 0x3fef681a45b1f487u, 0x3fef690eba4df41fu, 0x3fef6a03b5f3f36bu,
    0x3fef6af9388c8deau, 0x3fef6bef4200632bu, 0x3fef6ce5d23816c9u, 0x3fef6ddce91c506au,
    0x3fef6ed48695bbc0u, 0x3fef6fccaa8d0888u, 0x3fef70c554eaea89u, 0x3fef71be85981992u,
    0x3fef72b83c7d517bu, 0x3fef73b279835224u, 0x3fef74ad3c92df73u, 0x3fef75a88594c157u,
    0x3fef76a45471c3c2u, 0x3fef77a0a912b6acu, 0x3fef789d83606e12u, 0x3fef799ae343c1f2u,
    0x3fef7a98c8a58e51u, 0x3fef7b97336eb333u, 0x3fef7c962388149eu, 0x3fef7d9598da9a9au,
    0x3fef7e95934f312eu, 0x3fef7f9612cec861u, 0x3fef809717425438u, 0x3fef8198a092ccb7u,
    0x3fef829aaea92de0u, 0x3fef839d416e77afu, 0x3fef84a058cbae1eu, 0x3fef85a3f4a9d922u,
    0x3fef86a814f204abu, 0x3fef87acb98d40a2u, 0x3fef88b1e264a0e9u, 0x3fef89b78f613d5bu,
    0x3fef8abdc06c31ccu, 0x3fef8bc4756e9e05u, 0x3fef8ccbae51a5c8u, 0x3fef8dd36afe70c9u,
    0x3fef8edbab5e2ab6u, 0x3fef8fe46f5a032cu, 0x3fef90edb6db2dc1u, 0x3fef91f781cae1fau,
    0x3fef9301d0125b51u, 0x3fef940ca19ad92fu, 0x3fef9517f64d9ef1u, 0x3fef9623ce13f3e2u,
    0x3fef973028d7233eu, 0x3fef983d06807c2fu, 0x3fef994a66f951ceu, 0x3fef9a584a2afb21u,
    0x3fef9b66affed31bu, 0x3fef9c75985e389bu, 0x3fef9d8503328e6du, 0x3fef9e94f0653b45u,
    0x3fef9fa55fdfa9c5u, 0x3fefa0b6518b4874u, 0x3fefa1c7c55189c6u, 0x3fefa2d9bb1be415u,
    0x3fefa3ec32d3d1a2u, 0x3fefa4ff2c62d096u, 0x3fefa612a7b26300u, 0x3fefa726a4ac0ed5u,
    0x3fefa83b23395decu, 0x3fefa9502343de02u, 0x3fefaa65a4b520bau, 0x3fefab7ba776bb94u,
    0x3fefac922b7247f7u, 0x3fefada93091632au, 0x3fefaec0b6bdae53u, 0x3fefafd8bde0ce7au,
    0x3fefb0f145e46c85u, 0x3fefb20a4eb2353bu, 0x3fefb323d833d93fu, 0x3fefb43de2530d11u,
    0x3fefb5586cf9890fu, 0x3fefb67378110974u, 0x3fefb78f03834e52u, 0x3fefb8ab0f3a1b9cu,
    0x3fefb9c79b1f3919u, 0x3fefbae4a71c726eu, 0x3fefbc02331b9715u, 0x3fefbd203f067a63u,
    0x3fefbe3ecac6f383u, 0x3fefbf5dd646dd77u, 0x3fefc07d61701716u, 0x3fefc19d6c2c830du,
    0x3fefc2bdf66607e0u, 0x3fefc3df00068fe2u, 0x3fefc50088f8093fu, 0x3fefc622912465f2u,
    0x3fefc74518759bc8u, 0x3fefc8681ed5a462u, 0x3fefc98ba42e7d30u, 0x3fefcaafa86a2771u,
    0x3fefcbd42b72a836u, 0x3fefccf92d32085du, 0x3fefce1ead925493u, 0x3fefcf44ac7d9d51u,
    0x3fefd06b29ddf6deu, 0x3fefd192259d794du, 0x3fefd2b99fa6407cu, 0x3fefd3e197e26c14u,
    0x3fefd50a0e3c1f89u, 0x3fefd633029d8216u, 0x3fefd75c74f0bec2u, 0x3fefd8866520045bu,
    0x3fefd9b0d3158574u, 0x3fefdadbbebb786bu, 0x3fefdc0727fc1762u, 0x3fefdd330ec1a03fu,
    0x3fefde5f72f654b1u, 0x3fefdf8c54847a28u, 0x3fefe0b9b35659d8u, 0x3fefe1e78f5640b9u,
    0x3fefe315e86e7f85u, 0x3fefe444be896ab6u, 0x3fefe57411915a8au, 0x3fefe6a3e170aafeu,
    0x3fefe7d42e11bbccu, 0x3fefe904f75ef071u, 0x3fefea363d42b027u, 0x3fefeb67ffa765e6u,
    0x3fefec9a3e778061u, 0x3fefedccf99d720au, 0x3fefef003103b10eu, 0x3feff033e494b755u,
    0x3feff168143b0281u, 0x3feff29cbfe113efu, 0x3feff3d1e77170b4u, 0x3feff5078ad6a19fu,
    0x3feff63da9fb3335u, 0x3feff77444c9b5b5u, 0x3feff8ab5b2cbd11u, 0x3feff9e2ed0ee0f5u,
    0x3feffb1afa5abcbfu, 0x3feffc5382faef83u, 0x3feffd8c86da1c0au, 0x3feffec605e2e8cfu,
};
#define SIGMOID_INTERNAL_FAST_C6 1.378246000967919826507568359375e-3f
#define SIGMOID_INTERNAL_FAST_C5 8.36866907775402069091796875e-3f
#define SIGMOID_INTERNAL_FAST_C4 4.16689626872539520263671875e-2f
#define SIGMOID_INTERNAL_FAST_C3 0.16666521131992340087890625f
#define SIGMOID_INTERNAL_FAST_C2 0.4999999105930328369140625f
/* 1 + r + C2 r^2 + ... + C6 r^6 vs e^r on [-ln2/2, ln2/2]: relative error 2^-28.1796875 */
/* END GENERATED CONSTANTS */

/* k = round(a*128/ln2); conversion truncates, a >= 0, so +0.5 rounds. */
static inline int sigmoid_internal_exp_index(double a)
{
    return SIGMOID_INTERNAL_CAST(int, a * SIGMOID_INTERNAL_INV_LN2_128 + 0.5);
}

/* Accurate: e^-a = 2^-K * (hi + lo) for 0 <= a <= 746, relative error
 * < 2^-69. s = -r as a double-double: k*L1 - a exact, k*L2 by an exact
 * product, k*L3 rounded (< 2^-115). e^s = 1 + s_hi + u with
 *   u = s_hi^2 (1/2 + s_hi/6 + ... + s_hi^4/720) + s_lo (1 + s_hi),
 * truncation |s|^7/7! < 2^-72 (|s| < 2^-8.5); rounding error of u
 * < 3.5*2^-53*|u| with |u| < 2^-18, so < 2^-69.2 absolute; 1 + s_hi is split
 * exactly, and the table product adds < 2^-102. */
static inline sigmoid_internal_dd sigmoid_internal_exp_neg_accurate(double a, int *K)
{
    int k = sigmoid_internal_exp_index(a);
    double kd = SIGMOID_INTERNAL_CAST(double, k);
    double s0 = kd * SIGMOID_INTERNAL_LN2_128_1 - a;            /* exact */
    sigmoid_internal_dd p = sigmoid_internal_two_prod(kd, SIGMOID_INTERNAL_LN2_128_2);
    sigmoid_internal_dd s = sigmoid_internal_two_sum(s0, p.hi);
    double u;
    sigmoid_internal_dd e, T;
    s = sigmoid_internal_fast_two_sum(s.hi, s.lo + p.lo + kd * SIGMOID_INTERNAL_LN2_128_3);
    u = s.hi * s.hi * (0.5 + s.hi * (0.16666666666666666 + s.hi * (0.041666666666666664 +
                       s.hi * (0.0083333333333333332 + s.hi * 0.0013888888888888889))))
        + s.lo * (1.0 + s.hi);
    e = sigmoid_internal_fast_two_sum(1.0, s.hi);
    e = sigmoid_internal_fast_two_sum(e.hi, e.lo + u);
    T.hi = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[k & 127][0]);
    T.lo = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[k & 127][1]);
    *K = k >> 7;
    return sigmoid_internal_dd_mul(T, e);
}

/* ---------------------------------------------------------------------------
 * The accurate evaluation shared by every exact path: sigma or sigma' as
 * 2^-K * (hi + lo), relative error < 2^-68.
 *   y = 1/(1+t) with one Newton correction on the double quotient
 *   (relative error < 2^-100); sigma(x<0) = m*y, sigma' = m*y*y.
 * ------------------------------------------------------------------------- */

enum sigmoid_internal_kind {
    SIGMOID_INTERNAL_SIGMA,
    SIGMOID_INTERNAL_DERIV,
    SIGMOID_INTERNAL_SILU,      /* x sigma(x) */
    SIGMOID_INTERNAL_SILU_DERIV, /* sigma(x) (1 + x sigma(-x)) */
    SIGMOID_INTERNAL_SOFTPLUS,   /* log(1 + e^x) = -log sigma(-x) */
    SIGMOID_INTERNAL_LOG_SIGMA,  /* log sigma(x) = -softplus(-x): the kernels only */
    SIGMOID_INTERNAL_LOGIT       /* log(p/(1 - p)): the double kernels only */
};

/* 2^-K for K <= 1077 as two factors, each a normal double, so a product
 * with them rounds at most once (at the second, into the subnormal range). */
static inline double sigmoid_internal_scale(double v, int K)
{
    return v * sigmoid_internal_pow2_neg(K / 2) * sigmoid_internal_pow2_neg(K - K / 2);
}

static inline sigmoid_internal_dd sigmoid_internal_accurate(double a, int negative,
                                                             enum sigmoid_internal_kind kind,
                                                             int *K)
{
    sigmoid_internal_dd m = sigmoid_internal_exp_neg_accurate(a, K);
    sigmoid_internal_dd d, y, p;
    double y0, rho;
    /* 1 + t. From K = 961 on, t < 2^-960 only breaks ties: it stands in
     * as 2^-961, which moves nothing by 2^-106 and keeps every value a
     * normal double (a subnormal intermediate would raise FE_UNDERFLOW
     * where the result is not tiny). */
    d = sigmoid_internal_fast_two_sum(1.0, *K > 960 ? sigmoid_internal_pow2_neg(961) : sigmoid_internal_scale(m.hi, *K));
    d.lo += *K > 960 ? 0.0 : sigmoid_internal_scale(m.lo, *K);
    y0 = 1.0 / d.hi;
    p = sigmoid_internal_two_prod(d.hi, y0);
    rho = ((1.0 - p.hi) - p.lo) - d.lo * y0;   /* 1 - p.hi is exact */
    y.hi = y0;
    y.lo = y0 * rho;
    if (kind == SIGMOID_INTERNAL_SIGMA && !negative) {
        *K = 0;
        return sigmoid_internal_fast_two_sum(y.hi, y.lo);
    }
    p = sigmoid_internal_dd_mul(m, y);
    return kind == SIGMOID_INTERNAL_SIGMA ? p : sigmoid_internal_dd_mul(p, y);
}

/* ---------------------------------------------------------------------------
 * log(1 + t) for t = e^-|x| in (0, 1], the core of softplus and log sigma:
 *   softplus(x) = max(x, 0) + log(1 + e^-|x|),  log sigma(x) = -softplus(-x).
 * Neither sum cancels, so a relative error in log(1 + t) is at most the
 * same in the result; and d log(1+t) / log(1+t) <= dt / t, so t's relative
 * error passes through unamplified. With i = floor(128 t) and c the double
 * nearest 128/(128 + i) (sigmoid_internal_log_table, with -log c),
 *   log(1 + t) = -log c + log(1 + r),  r = t c + (c - 1),  0 <= r < 2^-7
 * up to c's rounding (r >= -2^-53). c - 1 is exact (Sterbenz). For i = 0,
 * c = 1 and r = t exactly, so a tiny t keeps its relative accuracy; for
 * i >= 1, log(1 + t) > 2^-7.01, so an absolute error is worth 2^7 less.
 * ------------------------------------------------------------------------- */

/* In double: within 2^-45.4 of log(1 + t) (relative) for a double t in
 * (0, 1]. r = t c + (c - 1) rounds the product (< 2^-53 absolute, none
 * for i = 0) and the sum (< 2^-60); the Taylor series to r^6 leaves
 * r^6/7 < 2^-44.8 of log(1 + r) <= log(1 + t); the Horner steps and the
 * last sum add < 2^-51. No intermediate falls below r^2 (> 2^-360 for
 * t > 2^-180), so nothing underflows. */
static inline double sigmoid_internal_log1p_fast(double t)
{
    int i = SIGMOID_INTERNAL_CAST(int, t * 128.0); /* exact product, truncated: 0..128 */
    double c = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][0]);
    double r = t * c + (c - 1.0);
    double p = r * r * (-0.5 + r * (0.33333333333333331 + r * (-0.25 + r * (0.20000000000000001 +
                                                                             r * -0.16666666666666666))));
    return sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][1]) + (r + p);
}

/* As a double-double: within 2^-72.9 of log(1 + t) (relative) for t =
 * th + tl, th in [2^-180, 1], |tl| <= ulp(th)/2. r = t c + (c - 1) as a
 * double-double: t c by an exact product pair, (c - 1) + its head by
 * TwoSum; the rest (the pair's tail, tl c) rounds at < 2^-105 absolute,
 * nothing for i = 0 (c = 1: r is t). Then
 *   log(1 + r) = r - r^2/2 + r^3/3 - r^4 (1/4 - r/5 + ... - r^7/11),
 * the first three terms as double-doubles (< 2^-100), the tail a double
 * (r^3/4 < 2^-23 of the result, Horner in double within 2^-50.5 of it:
 * < 2^-73.5), truncation r^11/12 < 2^-80.6. */
static inline sigmoid_internal_dd sigmoid_internal_log1p_accurate(double th, double tl)
{
    int i = SIGMOID_INTERNAL_CAST(int, th * 128.0);
    double c = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][0]), tail;
    sigmoid_internal_dd L, P = sigmoid_internal_two_prod(th, c), r, r2, r3, third, s;
    L.hi = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][1]);
    L.lo = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][2]);
    third.hi = SIGMOID_INTERNAL_THIRD_0;
    third.lo = SIGMOID_INTERNAL_THIRD_1;
    r = sigmoid_internal_two_sum(c - 1.0, P.hi);
    r = sigmoid_internal_two_sum(r.hi, r.lo + (P.lo + tl * c));
    r2 = sigmoid_internal_two_prod(r.hi, r.hi);
    r2 = sigmoid_internal_fast_two_sum(r2.hi, r2.lo + 2.0 * r.hi * r.lo);
    r3 = sigmoid_internal_dd_mul(r2, r);
    third = sigmoid_internal_dd_mul(r3, third);
    tail = r3.hi * r.hi *
           (-0.25 + r.hi * (0.20000000000000001 + r.hi * (-0.16666666666666666 + r.hi * (0.14285714285714285 +
           r.hi * (-0.125 + r.hi * (0.1111111111111111 + r.hi * (-0.10000000000000001 + r.hi * 0.090909090909090912)))))));
    r2.hi *= -0.5;
    r2.lo *= -0.5;
    s = sigmoid_internal_dd_add(r, r2);
    third.lo += tail;
    s = sigmoid_internal_dd_add(s, third);
    return sigmoid_internal_dd_add(L, s);
}

/* softplus(x) of a float, accurately: t = e^-|x| (2^-69) scaled exactly
 * (|x| < 120: K <= 174), log(1 + t) (2^-72.9), plus x where x > 0 (no
 * cancellation): within 2^-68.8, then one rounding. */
static inline float sigmoid_internal_softplus_accurate_f32(float x, double a)
{
    int K;
    sigmoid_internal_dd E = sigmoid_internal_exp_neg_accurate(a, &K), L;
    L = sigmoid_internal_log1p_accurate(E.hi * sigmoid_internal_pow2_neg(K), E.lo * sigmoid_internal_pow2_neg(K));
    if (x > 0)
        L = sigmoid_internal_dd_add(L, sigmoid_internal_fast_two_sum(SIGMOID_INTERNAL_CAST(double, x), 0.0));
    return sigmoid_internal_round_dd_to_f32(L);
}

/* The slow path of the float functions: |x| <= 120, so K <= 174 and scaling
 * hi and lo by 2^-K is exact; then one rounding to float. x sigma(x) is
 * |x| sigma(x) (exact product pair, < 2^-100 added) with x's sign: every
 * value stays above 2^-360, far from underflow. */
/* sigma(x) (1 + x sigma(-x)) with both sigmas as double-doubles (2^-68):
 * for x < 0, 1 - |x| sigma(|x|) cancels near x0, where it is about
 * x - x0 and its error about 2^-67 absolute; make verify checks that this
 * rounds every float correctly. */
static inline float sigmoid_internal_silu_deriv_accurate(float x, double a)
{
    int K, K0;
    sigmoid_internal_dd pos = sigmoid_internal_accurate(a, 0, SIGMOID_INTERNAL_SIGMA, &K0); /* K0 = 0 */
    sigmoid_internal_dd neg = sigmoid_internal_accurate(a, 1, SIGMOID_INTERNAL_SIGMA, &K);
    sigmoid_internal_dd other, g, n, p;
    float r;
    neg.hi *= sigmoid_internal_pow2_neg(K);
    neg.lo *= sigmoid_internal_pow2_neg(K);
    other = x < 0 ? pos : neg;                                     /* sigma(-x) */
    g = sigmoid_internal_two_prod(a, other.hi);                     /* |x| sigma(-x) */
    g.lo += a * other.lo;
    n = sigmoid_internal_two_sum(1.0, x < 0 ? -g.hi : g.hi);        /* 1 + x sigma(-x) */
    n.lo += x < 0 ? -g.lo : g.lo;
    n = sigmoid_internal_fast_two_sum(n.hi, n.lo);
    p = sigmoid_internal_dd_mul(x < 0 ? neg : pos, n);
    r = sigmoid_internal_round_dd_to_f32(p.hi < 0 ? sigmoid_internal_dd_neg(p) : p);
    return p.hi < 0 ? -r : r;
}

static SIGMOID_INTERNAL_NOINLINE float
sigmoid_internal_f32_accurate(float x, enum sigmoid_internal_kind kind)
{
    double a = SIGMOID_INTERNAL_CAST(double, x < 0 ? -x : x);
    int K;
    sigmoid_internal_dd v, p;
    float r;
    if (kind == SIGMOID_INTERNAL_SILU_DERIV)
        return sigmoid_internal_silu_deriv_accurate(x, a);
    if (kind == SIGMOID_INTERNAL_SOFTPLUS)
        return sigmoid_internal_softplus_accurate_f32(x, a);
    v = sigmoid_internal_accurate(a, x < 0, kind == SIGMOID_INTERNAL_SILU ? SIGMOID_INTERNAL_SIGMA : kind, &K);
    v.hi *= sigmoid_internal_pow2_neg(K);
    v.lo *= sigmoid_internal_pow2_neg(K);
    if (kind != SIGMOID_INTERNAL_SILU)
        return sigmoid_internal_round_dd_to_f32(v);
    if (a == 0.0)
        return x;
    p = sigmoid_internal_two_prod(v.hi, a);
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + v.lo * a);
    r = sigmoid_internal_round_dd_to_f32(p);
    return x < 0 ? -r : r;
}

/* The fast path of the float functions: sigma or sigma' in double for
 * |x| < 120 (either sign: e^-x < 2^174 does not overflow), within 2^-39.14
 * of the exact value, in about twenty operations. (sigma also runs it up to
 * x = 354.9, where e^-x < 2^-173 and its error no longer reaches sigma.)
 *   z = x*1024/ln2 rounds twice (the constant, the product): |z| < 2^17.5,
 *     so z is off by < 2^-34.5, which moves e^-x by < 2^-45.1 relative.
 *   k = round(z) by adding 1.5*2^52, which leaves k in the low bits of zs
 *     (the caller tests the range of k there); z - (zs - 1.5*2^52) = w is
 *     exact, |w| <= 1/2. zs arrives as stored bits, so excess precision
 *     cannot make w and k disagree.
 *   e^-x = 2^(-k/1024) 2^(-w/1024) = T (1 + q): T = 2^-K 2^(-j/1024), k =
 *     1024K + j, from the table (< 2^-53); 1 + q = 1 + a1 w + a2 w^2 ~ e^(cw),
 *     c = -ln2/1024: Taylor with the linear term corrected to equioscillate
 *     (tools/gen_constants.c), < 2^-39.171 for |w| <= 1/2.
 *   sigma = 1/((1 + T) + T q); sigma' = t/(1 + t)^2, t = T + T q. |q| <
 *     2^-11.5, so q's own rounding is negligible; each other step rounds
 *     once, < 6 * 2^-53 in all.
 * A table of 1024 (8 KB) rather than 128 buys the degree-2 polynomial: the
 * loop a user writes around sigmoid_f32 is bound by its latency.
 * Under a directed rounding mode k may be off by one and |w| < 1: the
 * polynomial's error grows to 2^-34.47, so a result may miss the directed
 * rounding of the exact value by up to 2^-10.4 ULP beyond the float step. */
#define SIGMOID_INTERNAL_FAST_TABLE_BITS 10
#define SIGMOID_INTERNAL_FAST_TABLE_MASK 1023

/* 2^-K 2^(-j/1024) for k = 1024K + j in the low bits of zs */
static inline double sigmoid_internal_exp_scale(uint64_t zs)
{
    return sigmoid_internal_from_bits_f64(
        sigmoid_internal_exp_fast_table[zs & SIGMOID_INTERNAL_FAST_TABLE_MASK] -
        (zs << (52 - SIGMOID_INTERNAL_FAST_TABLE_BITS)));
}

/* SiLU's derivative sigma(x) (1 + x sigma(-x)) = (1 + t (1 + x))/(1 + t)^2,
 * t = e^-x, from T and w of sigmoid_internal_f32_fast. Its numerator n
 * cancels at x0 = -1 - W(1/e) = -1.2785 (1 + x0 + e^x0 = 0), where
 * n = (1 + e^-x0)(x - x0)(1 + O(x - x0)), 4.59 (x - x0): a relative
 * error e in t costs e |t (1 + x)| / |n| in n. So t comes from the cubic
 * (2^-50.6) rather than the quadratic: within 2^-49.8 for |x| < 2 with
 * the table and z's rounding. Where |n| < 2^-9 the result is 1 + 2^-24, a
 * float midpoint, which fails every rounding test and sends x to the
 * accurate path (the 7,138 floats within 2^-11.2 of x0). Elsewhere
 * |t (1 + x)| / |n| = |n - 1| / |n| <= 2^9 + 1, and below 1.5 once |x| > 2,
 * where z's rounding (up to 2^-45.1 relative in t at |x| = 87)
 * dominates: the result is within 2^-40.6.
 * 1 + x is exact in double (x a float). */
static inline double sigmoid_internal_silu_deriv_fast(double x, double T, double w)
{
    double q = w * (SIGMOID_INTERNAL_EXP_B1 + w * (SIGMOID_INTERNAL_EXP_A2 + w * SIGMOID_INTERNAL_EXP_B3));
    double t = T + T * q, d = 1.0 + t, n = 1.0 + t * (1.0 + x);
    return sigmoid_internal_abs_f64(n) < 0.001953125 ? 1.000000059604644775390625 /* 2^-9; 1 + 2^-24 */ : n / (d * d);
}

static inline double sigmoid_internal_f32_fast(double x, double z, uint64_t zs, enum sigmoid_internal_kind kind)
{
    double w = z - (sigmoid_internal_from_bits_f64(zs) - SIGMOID_INTERNAL_SHIFT);
    double q = w * (SIGMOID_INTERNAL_EXP_A1 + w * SIGMOID_INTERNAL_EXP_A2);
    double T = sigmoid_internal_exp_scale(zs), t, d;
    if (kind == SIGMOID_INTERNAL_SIGMA || kind == SIGMOID_INTERNAL_SILU) /* x is exact: x sigma(x) rounds once more */
        return (kind == SIGMOID_INTERNAL_SIGMA ? 1.0 : x) / ((1.0 + T) + T * q); /* 1 + T runs beside the polynomial */
    if (kind == SIGMOID_INTERNAL_SILU_DERIV)
        return sigmoid_internal_silu_deriv_fast(x, T, w);
    t = T + T * q;
    d = 1.0 + t;
    return t / (d * d);
}

/* softplus in double for |x| < 86.64 (k <= 128000): t = e^-|x| = T + T q
 * as in sigmoid_internal_f32_fast, within 2^-39.13 with z's rounding; its
 * logarithm adds < 2^-45.4 (sigmoid_internal_log1p_fast), and adding
 * x > 0 one rounding: within 2^-39.05 of softplus(x), inside the rounding
 * test's 2^-37. In the directed modes t is within 2^-34.46, as for sigma. */
static inline double sigmoid_internal_softplus_fast(float x, double z, uint64_t zs)
{
    /* max(x, 0) on the bits: the sign of x is random data, and a branch on
       it mispredicts half the time (it doubled the time per element) */
    uint32_t bx = sigmoid_internal_bits_f32(x);
    float xp = sigmoid_internal_from_bits_f32(bx & ((bx >> 31) - 1u));
    double w = z - (sigmoid_internal_from_bits_f64(zs) - SIGMOID_INTERNAL_SHIFT);
    double q = w * (SIGMOID_INTERNAL_EXP_A1 + w * SIGMOID_INTERNAL_EXP_A2);
    double T = sigmoid_internal_exp_scale(zs);
    return SIGMOID_INTERNAL_CAST(double, xp) + sigmoid_internal_log1p_fast(T + T * q);
}

/* z = x*1024/ln2 and the bits of z + 1.5*2^52. Safe for every float: |z| <
 * 2^140, no trap; a quiet NaN stays quiet. */
static inline uint64_t sigmoid_internal_f32_reduce(float x, double *z)
{
    *z = SIGMOID_INTERNAL_CAST(double, x) * SIGMOID_INTERNAL_INV_LN2_1024;
    return sigmoid_internal_bits_f64(*z + SIGMOID_INTERNAL_SHIFT);
}

/* The fast path runs while k >= -128000, so x > -86.64: sigma(x) and
 * sigma'(x) are normal floats there (both exceed 2^-126 at x = -87). Above,
 * sigma' is symmetric and stops at k = 128000; sigma tends to 1 and runs
 * on to k = 2^19 (x < 354.9, where T >= 2^-513 keeps the exponent
 * arithmetic on normal doubles), so the user's loop leaves its straight
 * line for x <= -86.64 only. (Beyond x = 18, r is within 2^-26 of 1 and
 * far from every midpoint: the accurate path still sees only |x| < 120.)
 * One unsigned compare on zs, which also sends +-inf and NaN away (and
 * |z| >= 2^51, where the low bits of zs no longer hold k). */
#define SIGMOID_INTERNAL_F32_FAST_K 128000u
static inline int sigmoid_internal_f32_fast_range(uint64_t zs, enum sigmoid_internal_kind kind)
{
    uint64_t top = kind != SIGMOID_INTERNAL_DERIV ? 524288u : SIGMOID_INTERNAL_F32_FAST_K;
    return zs - (SIGMOID_INTERNAL_SHIFT_BITS - SIGMOID_INTERNAL_F32_FAST_K) <= SIGMOID_INTERNAL_F32_FAST_K + top;
}

/* The rounding test allows 2^-37, 4.4 times the bound. r (a normal float's
 * worth) rounds correctly unless the 29 bits below float precision lie
 * within 2^-37 r (>= 2^16 units in the last place of r) of the midpoint
 * pattern 0x10000000; with MARGIN_ULPS = 2^16 that is: bits 17..28 of
 * below + 2^16 - 2^28 all zero (an add and a mask test). make verify counts
 * the inputs that fail it and take the accurate path. */
#define SIGMOID_INTERNAL_F32_MARGIN 7.2759576141834259e-12 /* 2^-37 */
#define SIGMOID_INTERNAL_F32_MARGIN_ULPS 65536u            /* a power of two */
static inline int sigmoid_internal_f32_rounds(double r)
{
    uint32_t below = SIGMOID_INTERNAL_CAST(uint32_t, sigmoid_internal_bits_f64(r)) +
                     (SIGMOID_INTERNAL_F32_MARGIN_ULPS - 0x10000000u);
    return (below & (0x1fffffffu & ~(2 * SIGMOID_INTERNAL_F32_MARGIN_ULPS - 1))) != 0;
}

/* Outside the fast path's range, or NaN, off the inlined path. From
 * |x| = 120 (e^-120 < 2^-173) sigma is 1 or 0 and sigma' is 0. Between, the
 * result may be subnormal, so the test rounds both ends of [r(1-E), r(1+E)]
 * to float instead. */
static SIGMOID_INTERNAL_NOINLINE float sigmoid_internal_f32_tail(float x,
                                                                enum sigmoid_internal_kind kind)
{
    uint32_t ax = sigmoid_internal_bits_f32(x) & 0x7fffffffu;
    uint64_t zs;
    double z, r;
    float lo;
    if (ax > 0x7f800000u)
        return sigmoid_internal_quiet_f32(x);
    if (ax >= 0x42f00000u) { /* 120.0f */
        if (kind == SIGMOID_INTERNAL_SILU) /* x e^-x < 2^-158: x, or -0 below 2^-150 */
            return x > 0 ? x : -0.0f;
        if (kind == SIGMOID_INTERNAL_SILU_DERIV) /* 1 + (x - 1) e^-x, or x e^x > -2^-150 */
            return x > 0 ? 1.0f : -0.0f;
        if (kind == SIGMOID_INTERNAL_SOFTPLUS) /* x + e^-x, or e^x < 2^-173 */
            return x > 0 ? x : 0.0f;
        return kind == SIGMOID_INTERNAL_SIGMA && x > 0 ? 1.0f : 0.0f;
    }
    if (kind == SIGMOID_INTERNAL_SOFTPLUS) {
        zs = sigmoid_internal_f32_reduce(sigmoid_internal_from_bits_f32(ax), &z);
        r = sigmoid_internal_softplus_fast(x, z, zs);
    } else {
        zs = sigmoid_internal_f32_reduce(x, &z);
        r = sigmoid_internal_f32_fast(SIGMOID_INTERNAL_CAST(double, x), z, zs, kind);
    }
    /* compared as bits: stored floats, rounded even under x87 excess precision */
    lo = SIGMOID_INTERNAL_CAST(float, r * (1.0 - SIGMOID_INTERNAL_F32_MARGIN));
    if (sigmoid_internal_bits_f32(lo) ==
        sigmoid_internal_bits_f32(SIGMOID_INTERNAL_CAST(float, r * (1.0 + SIGMOID_INTERNAL_F32_MARGIN))))
        return lo;
    return sigmoid_internal_f32_accurate(x, kind);
}

/* ---------------------------------------------------------------------------
 * Scalar bodies (the public functions, further down, wrap them)
 * ------------------------------------------------------------------------- */

/* sigmoid_f32, sigmoid_deriv_f32 and their arrays, on every path.
 * Contract: correctly rounded (<= 0.5 ULP). Proof: make verify, all 2^32
 * inputs on every path this CPU runs (docs/testing.md): 0 misrounded; the
 * rounding test sends 122,202 inputs of sigma and 77,106 of sigma' to the
 * accurate path. Directed rounding modes: within 1 + 2^-10.4 ULP (above). */
#define SIGMOID_INTERNAL_SIGMA_F32_ULP 0.5
#define SIGMOID_INTERNAL_DERIV_F32_ULP 0.5

/* x sigma(x) is subnormal, or near it, for |x| < 2^-124: the fast path's
 * rounding test reads the double's bits as a normal float's, so those x
 * take the tail, whose test rounds both ends. */
static inline int sigmoid_internal_f32_silu_tiny(float x)
{
    return (sigmoid_internal_bits_f32(x) & 0x7fffffffu) < 0x01800000u; /* 2^-124 */
}

/* sigma, sigma' or x sigma(x) of a float: the range test on k, the fast
 * path, its rounding test, and the two ways out, each a call. */
static inline float sigmoid_internal_f32(float x, enum sigmoid_internal_kind kind)
{
    double z, r;
    uint64_t zs = sigmoid_internal_f32_reduce(x, &z);
    if (SIGMOID_INTERNAL_RARELY(!sigmoid_internal_f32_fast_range(zs, kind) ||
                                (kind == SIGMOID_INTERNAL_SILU && sigmoid_internal_f32_silu_tiny(x))))
        return sigmoid_internal_f32_tail(x, kind);
    r = sigmoid_internal_f32_fast(SIGMOID_INTERNAL_CAST(double, x), z, zs, kind);
    if (SIGMOID_INTERNAL_RARELY(!sigmoid_internal_f32_rounds(r)))
        return sigmoid_internal_f32_accurate(x, kind);
    return SIGMOID_INTERNAL_CAST(float, r);
}

static inline float sigmoid_internal_sigma_f32(float x)
{
    return sigmoid_internal_f32(x, SIGMOID_INTERNAL_SIGMA);
}

static inline float sigmoid_internal_deriv_f32(float x)
{
    return sigmoid_internal_f32(x, SIGMOID_INTERNAL_DERIV);
}

/* sigmoid_silu_deriv_f32 and its array, on every path: sigma(x) (1 + x
 * sigma(-x)), with the fast path above (sigmoid_internal_silu_deriv_fast)
 * and an accurate path that keeps its zero's cancellation exact enough.
 * Contract: correctly rounded (<= 0.5 ULP). Proof: make verify, all 2^32
 * inputs on every path this CPU runs (docs/testing.md): 0 misrounded; 136,539
 * inputs take the accurate path (7,138 of them for the cancellation). */
#define SIGMOID_INTERNAL_SILU_DERIV_F32_ULP 0.5

static inline float sigmoid_internal_silu_deriv_f32(float x)
{
    return sigmoid_internal_f32(x, SIGMOID_INTERNAL_SILU_DERIV);
}

/* sigmoid_silu_f32 and its array, on every path: x sigma(x), the steps of
 * sigma with x for numerator (x is exact in double: the division still
 * rounds once, and the bound 2^-39.14 stands). There is no cancellation:
 * the minimum near x = -1.2785 is a product's, not a difference's.
 * Contract: correctly rounded (<= 0.5 ULP). Proof: make verify, all 2^32
 * inputs on every path this CPU runs (docs/testing.md): 0 misrounded; the
 * rounding test sends 126,524 inputs to the accurate path. */
#define SIGMOID_INTERNAL_SILU_F32_ULP 0.5

static inline float sigmoid_internal_silu_f32(float x)
{
    return sigmoid_internal_f32(x, SIGMOID_INTERNAL_SILU);
}

/* sigmoid_softplus_f32, sigmoid_log_f32 and their arrays, on every path:
 * softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^-|x|), and
 * log sigma(x) = -softplus(-x) (so the two agree bit for bit). The fast
 * path (sigmoid_internal_softplus_fast, within 2^-39.05) runs for
 * |x| < 86.64 and its rounding test decides; the accurate path is within
 * 2^-68.8 before its one rounding. Beyond, softplus is x, or e^x with a
 * subnormal or zero result (the tail rounds both ends of the fast value).
 * Contract: correctly rounded (<= 0.5 ULP). Proof: make verify, all 2^32
 * inputs on every path this CPU runs (docs/testing.md): 0 misrounded (127,881
 * inputs take the accurate path). */
#define SIGMOID_INTERNAL_SOFTPLUS_F32_ULP 0.5

static inline float sigmoid_internal_softplus_f32(float x)
{
    double z, r;
    uint64_t zs = sigmoid_internal_f32_reduce(sigmoid_internal_from_bits_f32(sigmoid_internal_bits_f32(x) & 0x7fffffffu), &z);
    if (SIGMOID_INTERNAL_RARELY(zs - SIGMOID_INTERNAL_SHIFT_BITS > SIGMOID_INTERNAL_F32_FAST_K)) /* k of |x|; NaN, inf */
        return sigmoid_internal_f32_tail(x, SIGMOID_INTERNAL_SOFTPLUS);
    r = sigmoid_internal_softplus_fast(x, z, zs);
    if (SIGMOID_INTERNAL_RARELY(!sigmoid_internal_f32_rounds(r)))
        return sigmoid_internal_f32_accurate(x, SIGMOID_INTERNAL_SOFTPLUS);
    return SIGMOID_INTERNAL_CAST(float, r);
}

static inline float sigmoid_internal_log_f32(float x)
{
    return -sigmoid_internal_softplus_f32(-x);
}

/* ---------------------------------------------------------------------------
 * logit(p) = log(p/(1 - p)), the inverse of sigma, for 0 < p < 1.
 * logit(1 - p) = -logit(p), so with m = min(p, 1 - p), which is exact
 * (1 - p for p >= 1/2: Sterbenz), logit(p) = +-L(m), L(m) = log((1 - m)/m)
 * >= 0, negative for p < 1/2. L goes through log(1 + t), t in [0, 1), of
 * sigmoid_internal_log1p_fast and _accurate:
 *   m >= 43/128: L = log(1 + u), u = (1 - 2m)/m in [0, 42/43]. 1 - 2m is
 *     exact (Sterbenz), so near p = 1/2, where L ~ 4(1/2 - m) -> 0,
 *     nothing cancels: u's relative error passes to L unamplified.
 *   m < 43/128: R = (1 - m)/m > 85/43 is 2^k (1 + f), f in [0, 1), and
 *     L = k log 2 + log(1 + f), two terms >= 0 with L > 0.68, so R's
 *     relative error e costs at most e/0.68 of L.
 * log 2 is 128 (LN2_128_1 + LN2_128_2 + LN2_128_3); k 128 LN2_128_1 is
 * exact (k < 2^11, 35 bits).
 * ------------------------------------------------------------------------- */
#define SIGMOID_INTERNAL_LOGIT_NEAR_HALF 0.3359375 /* 43/128 */

/* L(m) for a float m in (0, 1/2] in double: within 2^-45.3 (relative).
 * Near 1/2: u rounds once (2^-53), log1p_fast adds 2^-45.4. Otherwise
 * 1 - m and the quotient round once each (R within 2^-52, L within
 * 2^-51.4), f = R 2^-k - 1 is exact, log1p_fast adds 2^-45.4 of
 * log(1 + f) <= L, and the two products and sums < 3 * 2^-53. (Selects
 * on the bits instead of these branches made the loop over random p
 * slower: 10.4 ns against 6.4 per element, gcc -O2, AMD EPYC Zen 2.) */
static inline double sigmoid_internal_logit_fast(double m)
{
    int near_half = m >= SIGMOID_INTERNAL_LOGIT_NEAR_HALF;
    double q = (near_half ? 1.0 - 2.0 * m : 1.0 - m) / m;
    uint64_t b = sigmoid_internal_bits_f64(q);
    double kd = near_half ? 0.0 : SIGMOID_INTERNAL_CAST(double, SIGMOID_INTERNAL_CAST(int, b >> 52) - 1023);
    double t = near_half ? q : sigmoid_internal_from_bits_f64((b & 0x000fffffffffffffu) | 0x3ff0000000000000u) - 1.0;
    return kd * 128.0 * SIGMOID_INTERNAL_LN2_128_1 +
           (kd * 128.0 * SIGMOID_INTERNAL_LN2_128_2 + sigmoid_internal_log1p_fast(t));
}

/* L(m) as a double-double for a double m in (0, 1/2]: within 2^-72.8
 * (relative). The quotient is a double-double: its head rounds, and the
 * remainder, whose first difference is exact (Sterbenz), is divided once
 * more: within 2^-104 of u or R. Below m = 2^-900 it is taken of
 * m 2^200 and 200 log 2 added, so that 1/m and the product pairs stay
 * finite. R's tail, scaled with its head to 1 + f, is dropped below
 * 2^-110 of R, so that no scaling of it underflows. Where f = 0 (R a
 * power of two up to its tail lo, |lo| <= 2^-53), log(1 + lo) = lo within
 * lo^2/2 < 2^-107 absolute. Otherwise log1p_accurate (2^-72.9) of f + lo,
 * in [2^-53, 1). k log 2 as a double-double is within 2^-104; the sums do
 * not cancel. */
static inline sigmoid_internal_dd sigmoid_internal_logit_accurate(double m)
{
    sigmoid_internal_dd N, P, Q, T, K;
    double ms = m, kd = 0.0, f, lo;
    uint64_t b;
    if (m >= SIGMOID_INTERNAL_LOGIT_NEAR_HALF) {
        double n = 1.0 - 2.0 * m; /* exact; 0 at m = 1/2, and then so is L */
        Q.hi = n / m;
        P = sigmoid_internal_two_prod(Q.hi, m);
        Q.lo = ((n - P.hi) - P.lo) / m;
        return sigmoid_internal_log1p_accurate(Q.hi, Q.lo);
    }
    if (m < sigmoid_internal_pow2_neg(900)) { /* powers of two as bits: exact under x87 too */
        ms = m * sigmoid_internal_from_bits_f64(0x4c70000000000000u); /* 2^200 */
        kd = 200.0;
    }
    N = sigmoid_internal_fast_two_sum(1.0, -m); /* exact */
    Q.hi = N.hi / ms;
    P = sigmoid_internal_two_prod(Q.hi, ms);
    Q.lo = (((N.hi - P.hi) - P.lo) + N.lo) / ms;
    Q = sigmoid_internal_fast_two_sum(Q.hi, Q.lo);
    b = sigmoid_internal_bits_f64(Q.hi);
    kd += SIGMOID_INTERNAL_CAST(double, SIGMOID_INTERNAL_CAST(int, b >> 52) - 1023);
    f = sigmoid_internal_from_bits_f64((b & 0x000fffffffffffffu) | 0x3ff0000000000000u); /* Q.hi 2^-k */
    lo = sigmoid_internal_abs_f64(Q.lo) < Q.hi * sigmoid_internal_pow2_neg(120)
             ? 0.0 : Q.lo * sigmoid_internal_from_bits_f64((2046u - (b >> 52)) << 52); /* 2^-k */
    f -= 1.0;
    if (f == 0.0) {
        T.hi = lo;
        T.lo = 0.0;
    } else {
        T = sigmoid_internal_log1p_accurate(f + lo, (f - (f + lo)) + lo); /* f >= 2^-52 >= 2|lo| */
    }
    P = sigmoid_internal_two_prod(kd, 128.0 * SIGMOID_INTERNAL_LN2_128_2);
    K = sigmoid_internal_fast_two_sum(kd * 128.0 * SIGMOID_INTERNAL_LN2_128_1, P.hi);
    K.lo += P.lo + kd * 128.0 * SIGMOID_INTERNAL_LN2_128_3;
    return sigmoid_internal_dd_add(K, T);
}

/* sigmoid_logit_f32 and its array: the fast path in double (2^-45.3)
 * and the rounding test of the other float functions (2^-37), else the
 * double-double (2^-72.8) rounded once. |logit(p)| >= 2^-23 for a float
 * p other than 1/2 (logit(1/2) = +0 exactly), so the result is a normal
 * float and the test applies. Outside (0, 1) the tail gives log's
 * answers: -inf at p = +-0 and +inf at 1, with FE_DIVBYZERO; NaN with
 * FE_INVALID below 0, above 1 and at +-inf; NaN for NaN.
 * Contract: correctly rounded (<= 0.5 ULP). Proof: make verify, all 2^32
 * inputs (docs/testing.md): 0 misrounded. */
#define SIGMOID_INTERNAL_LOGIT_F32_ULP 0.5

/* p outside (0, 1), float or double: log's answers and flags. (A float
 * p widens exactly, and -inf, +inf and a quiet NaN narrow with no flag.) */
static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_logit_tail(double p)
{
    if (sigmoid_internal_isnan_f64(p))
        return sigmoid_internal_quiet_f64(p);
    if (p == 0.0)
        return -1.0 / (p * p); /* -inf, FE_DIVBYZERO */
    if (p == 1.0)
        return 1.0 / (1.0 - p); /* +inf, FE_DIVBYZERO */
    return (p - p) / (p - p); /* NaN, FE_INVALID */
}

static SIGMOID_INTERNAL_NOINLINE float sigmoid_internal_logit_f32_accurate(float p)
{
    float r = sigmoid_internal_round_dd_to_f32(
        sigmoid_internal_logit_accurate(p < 0.5f ? SIGMOID_INTERNAL_CAST(double, p) : 1.0 - SIGMOID_INTERNAL_CAST(double, p)));
    return p < 0.5f ? -r : r;
}

static inline float sigmoid_internal_logit_f32(float p)
{
    double r;
    if (SIGMOID_INTERNAL_RARELY(sigmoid_internal_bits_f32(p) - 1u >= 0x3f7fffffu)) /* not in (0, 1) */
        return SIGMOID_INTERNAL_CAST(float, sigmoid_internal_logit_tail(SIGMOID_INTERNAL_CAST(double, p)));
    r = sigmoid_internal_logit_fast(p < 0.5f ? SIGMOID_INTERNAL_CAST(double, p) : 1.0 - SIGMOID_INTERNAL_CAST(double, p));
    if (SIGMOID_INTERNAL_RARELY(!sigmoid_internal_f32_rounds(r)))
        return sigmoid_internal_logit_f32_accurate(p);
    return SIGMOID_INTERNAL_CAST(float, p < 0.5f ? -r : r);
}

/* The functions below run inside users' loops, often on a loop-invariant y:
 * they have no branch and no call, and Clang compiles them without
 * exceptions(maytrap), so that it can hoist and vectorise them as it does
 * the formula they replace. That is safe because no operation in them can
 * raise a flag the input does not call for, whatever a compiler computes
 * ahead of time or in which order: operands are selected on the bits, or
 * clamped, before any operation that could trap. make check-fenv (built
 * with clang -O3 -march=native) traps on every float input. */
SIGMOID_INTERNAL_TRAPS_IGNORED

/* sigmoid_deriv_from_output_f32 and its array, on every path.
 * Contract: correctly rounded y(1-y) for the y given (<= 0.5 ULP). Proof:
 * make verify, all 2^32 inputs against exact integers: 0 misrounded. */
#define SIGMOID_INTERNAL_FROM_OUTPUT_F32_ULP 0.5

/* y(1-y) in double, rounded once to float: correctly rounded for every
 * float y in (0,1), with no test and no fallback, so that a compiler can
 * hoist it out of a loop where y is invariant and vectorise it where it is
 * not. Why: for y >= 2^-6, 1 - y is exact and y(1-y) has at most
 * 24 + 29 = 53 significant bits, so the double product is exact and only
 * the conversion rounds. For y < 2^-25 the product is within 2^-52 of y,
 * which is then the correctly rounded result. In between, the product
 * rounds once in double and a second rounding could err only if it landed
 * on a float midpoint; make verify checks all 2^32 inputs exactly and
 * no y lands there (0 misrounded).
 * Other inputs need no test: for y <= 0 or y >= 1 (infinities included)
 * the product is <= 0 or -inf, finite for every finite float (|y| < 2^128,
 * so no overflow in double), never inf - inf, and the select, before the
 * conversion, makes it +0; a NaN is neither and flows through quieted. */
static inline float sigmoid_internal_from_output_f32(float y)
{
    double yd = SIGMOID_INTERNAL_CAST(double, y);
    double g = yd * (1.0 - yd);
    uint64_t u, keep;
#ifdef __clang__
    /* Clang may convert g to float before the select below (it did, in a
     * vectorised loop): it must not see g < -2^128, which would raise
     * FE_OVERFLOW. GCC does not move a conversion that can trap, and this
     * clamp would cost it the hoisting (a branch where it threads the
     * constant through the select). */
    g = g < -1.0 ? -1.0 : g;
#endif
    u = sigmoid_internal_bits_f64(g);
    keep = 0u - SIGMOID_INTERNAL_CAST(uint64_t, (u >> 63) == 0 || (u << 1) > 0xffe0000000000000u); /* g >= +0 or NaN */
    return SIGMOID_INTERNAL_CAST(float, sigmoid_internal_from_bits_f64(u & keep));
}

/* sigmoid_backward_step_f32, and sigmoid_backward_f32 on every path.
 * Bound: <= 0.5 + 2^-78 ULP, so correctly rounded unless dy*y(1-y) lies
 * within 2^-104 (relative) of a rounding boundary. Measured by make verify
 * on 2^30 random pairs against exact 128-bit integers and 5,694,728 against
 * MPFR, every path: 0 misrounded. */
#define SIGMOID_INTERNAL_BACKWARD_F32_ULP (0.5 + 3.3087224502121107e-24) /* 0.5 + 2^-78: 0.5 in double */

/* dx = dy*y(1-y), with no branch (see sigmoid_internal_from_output_f32 for
 * why). A y outside (0,1) is saturated, or not a sigmoid output, and passes
 * no gradient: +0, or the NaN among y and dy (y's first), quieted.
 * The value, for y in (0,1) and a finite dy, from exact products only:
 * a = |dy| y is exact (24 + 24 bits); a1, its leading 29 bits (a mask on
 * the bits), and a2 = a - a1 (19 bits) give b1 = a1 y (53 bits) and
 * b2 = a2 y (43), exact, with |dy| y^2 = b1 + b2. Two Fast2Sums give
 * a - b1 - b2 = s + e1 + e2 exactly (|a| >= |b1|, and |s| >= |b2| as
 * 1 - y >= 2^-24), and t = e1 + e2 rounds once, keeping the sign of their
 * sum: s + t is within 2^-105 |dx| of the exact value. Rounding the pair
 * to odd, then to float, rounds once, correctly unless the exact value is
 * that close to a boundary. Every product is exact, so a compiler that
 * fuses a product into the sum that follows computes the same values, and
 * every path gives the same bits. No step overflows or underflows: the values
 * lie in [2^-494, 2^126]. */
static inline float sigmoid_internal_backward_value_f32(float y, float dy)
{
    uint32_t by = sigmoid_internal_bits_f32(y), bd = sigmoid_internal_bits_f32(dy), ad = bd & 0x7fffffffu;
    uint32_t normal = 0u - SIGMOID_INTERNAL_CAST(uint32_t, (by - 1u < 0x3f7fffffu) & (ad < 0x7f800000u));
    uint32_t y_nan = 0u - SIGMOID_INTERNAL_CAST(uint32_t, (by & 0x7fffffffu) > 0x7f800000u);
    uint32_t dy_nan = 0u - SIGMOID_INTERNAL_CAST(uint32_t, ad > 0x7f800000u);
    uint32_t inf_dy = 0u - SIGMOID_INTERNAL_CAST(uint32_t, (by - 1u < 0x3f7fffffu) & (ad == 0x7f800000u));
    double yd = SIGMOID_INTERNAL_CAST(double, sigmoid_internal_from_bits_f32(by & normal));
    double a = yd * SIGMOID_INTERNAL_CAST(double, sigmoid_internal_from_bits_f32(ad & normal));
    double a1 = sigmoid_internal_from_bits_f64(sigmoid_internal_bits_f64(a) & 0xffffffffff000000u), a2 = a - a1;
    double b1 = a1 * yd, b2 = a2 * yd;
    double s1 = a - b1, e1 = (a - s1) - b1, s = s1 - b2, t = e1 + ((s1 - s) - b2);
    uint64_t odd = (sigmoid_internal_bits_f64(s) - SIGMOID_INTERNAL_CAST(uint64_t, t < 0.0)) |
                   SIGMOID_INTERNAL_CAST(uint64_t, t != 0.0) | (SIGMOID_INTERNAL_CAST(uint64_t, bd >> 31) << 63);
    uint32_t r = sigmoid_internal_bits_f32(SIGMOID_INTERNAL_CAST(float, sigmoid_internal_from_bits_f64(odd)));
    uint32_t other = (bd & inf_dy) | ((bd | 0x00400000u) & dy_nan & ~y_nan) | ((by | 0x00400000u) & y_nan);
    return sigmoid_internal_from_bits_f32((r & normal) | other);
}
SIGMOID_INTERNAL_TRAPS_KEPT

/* sigmoid_f64, sigmoid_deriv_f64 and their arrays.
 * Bound: < 0.5 + 2^-15 ULP: where the fast path's rounding test passes, the
 * result is correctly rounded; elsewhere the double-double value is within
 * 2^-68 of the exact one, and one rounding follows. Measured by make
 * verify against MPFR on 100,013,430 random and edge inputs: 0.500003 ULP
 * for sigma (at x = -0x1.16ba36c061f24p+9) and 0.500004 for sigma' (at
 * x = -0x1.0a8d9b5bb9adep+4). */
#define SIGMOID_INTERNAL_SIGMA_F64_ULP (0.5 + 3.0517578125e-05) /* 0.5 + 2^-15 */

static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_sigma_f64_accurate(double x)
{
    double a = x < 0 ? -x : x;
    int K;
    sigmoid_internal_dd v;
    if (!(a <= 746.0)) { /* e^-746 < 2^-1076: sigma rounds to 1 or 0 */
        if (sigmoid_internal_isnan_f64(x))
            return sigmoid_internal_quiet_f64(x);
        return x > 0 ? 1.0 : 0.0;
    }
    v = sigmoid_internal_accurate(a, x < 0, SIGMOID_INTERNAL_SIGMA, &K);
    return sigmoid_internal_round_dd_scaled(v, K);
}

/* The fast paths of sigmoid_f64 and sigmoid_deriv_f64, for |x| < 660: so
 * that Dekker's split of 1 + e^-x < 2^953, without an FMA, cannot
 * overflow, and so that the correction c below (about 2^-53 sigma) stays a
 * normal double, which flush-to-zero would otherwise drop. 1/(1 + e^-x) =
 * q + c within 2^-67.5 (relative), e^-x = E.hi + E.lo within 2^-68.5.
 *   e^-x = 2^-K 2^(-j/128) e^s as in sigmoid_internal_fast_f64_near, but
 *     s = sh + sl with the sum's rounding kept (Fast2Sum; when |t| < |u|
 *     the sum is below 2^-25.8 and its error under 2^-78 anyway), and
 *     e^s = 1 + sh + Q, Q = sh^2 (1/2 + ... + sh^4/720) + sl: truncation
 *     < 2^-71.8, rounding < 2^-70.
 *   E = Thi + Thi sh + (Tlo + Thi Q + Tlo sh): Thi sh as an exact product
 *     pair, Thi + its head by Fast2Sum; the rest rounds at < 2^-70 and is
 *     added by Fast2Sum, so that the tail is below half an ulp. 2^-K is
 *     exact on the head (|K| <= 953); the tail is a normal double too.
 *   (sigmoid_internal_f64_exp_neg is these two steps: softplus uses it.)
 *   d + dl = 1 + E (TwoSum, E may exceed 1); q = 1/d, and with r = 1 - q d
 *     exact (an exact product pair), 1/(d + dl) = q + q (r - q dl) +
 *     O(2^-104): c = q (r - q dl). */
static inline sigmoid_internal_dd sigmoid_internal_f64_exp_neg(double x)
{
    double zs = x * SIGMOID_INTERNAL_INV_LN2_128 + SIGMOID_INTERNAL_SHIFT;
    double kd = zs - SIGMOID_INTERNAL_SHIFT;
    double t = kd * SIGMOID_INTERNAL_LN2_128_1 - x, u = kd * SIGMOID_INTERNAL_LN2_128_2;
    double sh = t + u, sl = (t - sh) + u, s2 = sh * sh;
    double Q = s2 * ((0.5 + sh * 0.16666666666666666) +
                     s2 * ((0.041666666666666664 + sh * 0.0083333333333333332) + s2 * 0.0013888888888888889)) + sl;
    uint64_t zb = sigmoid_internal_bits_f64(zs);
    double S = sigmoid_internal_from_bits_f64(0x3ff0000000000000u - ((zb << 45) & 0xfff0000000000000u));
    double Th = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[zb & 127u][0]);
    double Tl = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[zb & 127u][1]);
    sigmoid_internal_dd A = sigmoid_internal_two_prod(Th, sh), E;
    E = sigmoid_internal_fast_two_sum(Th, A.hi);
    E = sigmoid_internal_fast_two_sum(E.hi, E.lo + (A.lo + (Tl + (Th * Q + Tl * sh))));
    E.hi *= S;
    E.lo *= S;
    return E;
}

static inline double sigmoid_internal_f64_core(double x, double *c, sigmoid_internal_dd *E)
{
    sigmoid_internal_dd D, P;
    double q;
    *E = sigmoid_internal_f64_exp_neg(x);
    D = sigmoid_internal_two_sum(1.0, E->hi);
    q = 1.0 / D.hi;
    P = sigmoid_internal_two_prod(q, D.hi);
    *c = q * (((1.0 - P.hi) - P.lo) - q * (D.lo + E->lo)); /* 1 - P.hi is exact */
    return q;
}

/* Ziv's rounding test: hi + lo (|lo| <= half an ulp of hi, within err of
 * the exact value) rounds to hi when hi + lo (1 + 2^-k) still does, if
 * err <= 2^(-55-k) |hi|: for |lo| >= 2^-55 |hi| the margin |lo| 2^-k covers
 * it, and a smaller |lo| is far from half an ulp. */
static inline int sigmoid_internal_f64_rounds(double hi, double lo, double one_plus_margin)
{
    return hi == hi + lo * one_plus_margin;
}

/* 1 where the rounding mode is to nearest: a nudge of 2^-60 moves q (a
 * normal double the compiler cannot know) neither up nor down. Ziv's test
 * and the Fast2Sums assume that mode; in the directed modes the accurate
 * path decides (within 1 ULP there: make check-fenv). */
static inline int sigmoid_internal_to_nearest(double q)
{
    double t = q * 8.6736173798840355e-19; /* 2^-60 */
    return (q + t) - (q - t) == 0.0; /* q - q to nearest; an ulp apart in the other modes */
}

/* sigma = q + c: hi and lo by Fast2Sum; the bound 2^-67.5 allows k = 12
 * (the test fails about once in 2^12, and the accurate path decides). */
static inline int sigmoid_internal_sigma_f64_fast(double x, double *r)
{
    sigmoid_internal_dd E;
    double c, q = sigmoid_internal_f64_core(x, &c, &E);
    double hi = q + c;
    *r = hi;
    return sigmoid_internal_f64_rounds(hi, c - (hi - q), 1.000244140625) && /* 1 + 2^-12 */
           sigmoid_internal_to_nearest(q);
}

/* sigma' = e^-a sigma(a)^2 with a = |x| (sigma' is even; sigma(a) >= 1/2
 * keeps the square far from underflow): sigma^2 = q^2 + 2qc as an exact
 * product pair plus the cross term, times E as an exact product pair plus
 * the cross terms: within 2^-65.5, so k = 10. */
static inline int sigmoid_internal_deriv_f64_fast(double x, double *r)
{
    sigmoid_internal_dd E, S2, D;
    double c, q = sigmoid_internal_f64_core(sigmoid_internal_abs_f64(x), &c, &E);
    S2 = sigmoid_internal_two_prod(q, q);
    D = sigmoid_internal_two_prod(E.hi, S2.hi);
    /* the first cross term is about 2 e^-2a: below e^-a = 2^-500 it is
       nothing to the sum and would underflow, raising FE_UNDERFLOW */
    D = sigmoid_internal_fast_two_sum(D.hi, D.lo + ((E.hi > sigmoid_internal_pow2_neg(500) ? E.hi : 0.0) *
                                                        (S2.lo + 2.0 * q * c) + E.lo * S2.hi));
    *r = D.hi;
    return sigmoid_internal_f64_rounds(D.hi, D.lo, 1.0009765625) && /* 1 + 2^-10 */
           sigmoid_internal_to_nearest(q);
}

static inline double sigmoid_internal_sigma_f64(double x)
{
    double r;
    if (SIGMOID_INTERNAL_RARELY(!(sigmoid_internal_abs_f64(x) < 660.0)) || !sigmoid_internal_sigma_f64_fast(x, &r))
        return sigmoid_internal_sigma_f64_accurate(x);
    return r;
}

static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_deriv_f64_accurate(double x)
{
    double a = x < 0 ? -x : x, r;
    int K;
    sigmoid_internal_dd v;
    if (!(a <= 746.0))
        return sigmoid_internal_isnan_f64(x) ? sigmoid_internal_quiet_f64(x) : 0.0;
    v = sigmoid_internal_accurate(a, 0, SIGMOID_INTERNAL_DERIV, &K);
    r = sigmoid_internal_round_dd_scaled(v, K);
    /* sigma' <= 1/4; under upward rounding the double-double steps can
     * overshoot 1/4 near x = 0 and round to 1/4 + ulp */
    return r < 0.25 ? r : 0.25;
}

static inline double sigmoid_internal_deriv_f64(double x)
{
    double r;
    if (SIGMOID_INTERNAL_RARELY(!(sigmoid_internal_abs_f64(x) < 660.0)) || !sigmoid_internal_deriv_f64_fast(x, &r))
        return sigmoid_internal_deriv_f64_accurate(x);
    return r < 0.25 ? r : 0.25; /* at most 1/4 under upward rounding too */
}

/* sigmoid_silu_f64 and its array, on every path: x sigma(x).
 * Bound: < 0.5 + 2^-15 ULP, as sigmoid_f64: x (q + c) = P + (Pl + x c),
 * with P + Pl = x q an exact product pair and x c rounded (< 2^-104
 * relative), is within 2^-67.4 of x sigma(x), and Ziv's test with k = 12
 * decides it or sends x to the accurate path, whose double-double value
 * (2^-68) is rounded once, subnormal results included. Measured by make
 * verify against MPFR on 110,013,817 random and edge inputs: 0.500002 ULP
 * (at x = -0x1.d64555aa3c93p+1), the arrays bit for bit on every path. */
#define SIGMOID_INTERNAL_SILU_F64_ULP (0.5 + 3.0517578125e-05) /* 0.5 + 2^-15 */

/* |x| < 2^-960: x/2 + x^2/4 rounds to x/2 where that is a double (exact,
 * x^2/4 is far below half its ulp); below 2^-1021, x/2 may be the midpoint
 * of two subnormals, and the positive x^2/4 breaks the tie: away from zero
 * for x > 0, towards it for x < 0. Below 2^-1021 the bits of |x| are its
 * significand in units of 2^-1074 (the exponent field 1 included). */
static inline double sigmoid_internal_silu_f64_tiny(double x)
{
    uint64_t b = sigmoid_internal_bits_f64(x), a = b & 0x7fffffffffffffffu;
    if (a >= 0x0020000000000000u) /* 2^-1021 */
        return x * 0.5;
    return sigmoid_internal_from_bits_f64(((a >> 1) + (a & 1u & ~(b >> 63))) | (b & 0x8000000000000000u));
}

/* |x| sigma(x) as 2^-K (hi + lo), then one rounding with x's sign. From
 * x = -746 down to -760 sigma is below 2^-1076 but x sigma(x) is not yet
 * below half the smallest subnormal (that happens at x = -751.7); the
 * reduction stays exact there (k < 2^18). */
static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_silu_f64_accurate(double x)
{
    double a = x < 0 ? -x : x, r;
    int K;
    sigmoid_internal_dd v, p;
    if (!(a <= 760.0)) {
        if (sigmoid_internal_isnan_f64(x))
            return sigmoid_internal_quiet_f64(x);
        return x > 0 ? x : -0.0;
    }
    if (a < sigmoid_internal_pow2_neg(960))
        return sigmoid_internal_silu_f64_tiny(x);
    v = sigmoid_internal_accurate(a, x < 0, SIGMOID_INTERNAL_SIGMA, &K);
    /* x v with x's sign, so that under a directed rounding mode the last
       sum rounds the way the signed result should */
    p = sigmoid_internal_two_prod(v.hi, x);
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + v.lo * x);
    r = sigmoid_internal_round_dd_scaled_wide(x < 0 ? sigmoid_internal_dd_neg(p) : p, K); /* |hi| > 2^-128 */
    return x < 0 ? -r : r;
}

static inline int sigmoid_internal_silu_f64_fast(double x, double *r)
{
    sigmoid_internal_dd E, P;
    double c, q = sigmoid_internal_f64_core(x, &c, &E);
    P = sigmoid_internal_two_prod(x, q);
    P = sigmoid_internal_fast_two_sum(P.hi, P.lo + x * c);
    *r = P.hi;
    return sigmoid_internal_f64_rounds(P.hi, P.lo, 1.000244140625) && /* 1 + 2^-12 */
           sigmoid_internal_to_nearest(q);
}

/* The fast path for 2^-960 <= |x| < 660: there the product pair's tail
 * stays a normal double (|x q| > 2^-943), so flush-to-zero cannot drop it. */
static inline double sigmoid_internal_silu_f64(double x)
{
    double r, a = sigmoid_internal_abs_f64(x);
    if (SIGMOID_INTERNAL_RARELY(!(a < 660.0 && a >= sigmoid_internal_pow2_neg(960))) || !sigmoid_internal_silu_f64_fast(x, &r))
        return sigmoid_internal_silu_f64_accurate(x);
    return r;
}

/* sigmoid_silu_deriv_f64 and its array: sigma(x) (1 + x sigma(-x)).
 * Bound: < 0.5 + 2^-15 ULP: the fast path's rounding test decides with an
 * explicit error bound, and the accurate path is within 2^-68.4 of the
 * exact value before its one rounding (below). Measured by make verify
 * against MPFR on 110,013,817 random and edge inputs, 10^7 of them within
 * 1/4 of the zero x0: 0.500004 ULP (at x = -0x1.a6b0b979ddbcep+4), the
 * arrays bit for bit on every path. */
#define SIGMOID_INTERNAL_SILU_DERIV_F64_ULP (0.5 + 3.0517578125e-05) /* 0.5 + 2^-15 */

/* 1 + x + e^x for |x - x0| < 1/4, where it cancels (it is 1.2785 (x - x0)
 * to first order): from h = x - x0 (x - X0_0 is exact, Sterbenz; X0 has
 * three parts, so h is exact to 2^-160) and e^x0 = -(1 + x0) = -C,
 *   1 + x + e^x = h - C expm1(h) = -x0 h - C h^2 (1/2 + h/3! + h^2/4! + h^3 R),
 * R = 1/5! + h/6! + ... + h^10/15!, whose truncation is below 2^-77 of the
 * result. The terms to h^4 are double-doubles; R, below 2^-18.5 of the
 * result, is a double. Relative error < 2^-71. */
static inline sigmoid_internal_dd sigmoid_internal_silu_deriv_near_zero(double x)
{
    sigmoid_internal_dd h = sigmoid_internal_two_sum(x - SIGMOID_INTERNAL_SILU_X0_0, -SIGMOID_INTERNAL_SILU_X0_1);
    sigmoid_internal_dd a, t, c, mx0;
    double R;
    h = sigmoid_internal_fast_two_sum(h.hi, h.lo - SIGMOID_INTERNAL_SILU_X0_2);
    R = SIGMOID_INTERNAL_INV_FACT5 + h.hi * (SIGMOID_INTERNAL_INV_FACT6 + h.hi * (SIGMOID_INTERNAL_INV_FACT7 +
        h.hi * (SIGMOID_INTERNAL_INV_FACT8 + h.hi * (SIGMOID_INTERNAL_INV_FACT9 + h.hi * (SIGMOID_INTERNAL_INV_FACT10 +
        h.hi * (SIGMOID_INTERNAL_INV_FACT11 + h.hi * (SIGMOID_INTERNAL_INV_FACT12 + h.hi * (SIGMOID_INTERNAL_INV_FACT13 +
        h.hi * (SIGMOID_INTERNAL_INV_FACT14 + h.hi * SIGMOID_INTERNAL_INV_FACT15)))))))));
    a.hi = SIGMOID_INTERNAL_INV_FACT4_0;
    a.lo = SIGMOID_INTERNAL_INV_FACT4_1 + h.hi * R;
    t.hi = SIGMOID_INTERNAL_INV_FACT3_0;
    t.lo = SIGMOID_INTERNAL_INV_FACT3_1;
    a = sigmoid_internal_dd_add(t, sigmoid_internal_dd_mul(h, a));
    t.hi = 0.5;
    t.lo = 0.0;
    a = sigmoid_internal_dd_add(t, sigmoid_internal_dd_mul(h, a));
    a = sigmoid_internal_dd_mul(sigmoid_internal_dd_mul(h, h), a); /* expm1(h) - h */
    c.hi = SIGMOID_INTERNAL_SILU_C_0;
    c.lo = SIGMOID_INTERNAL_SILU_C_1;
    mx0.hi = SIGMOID_INTERNAL_SILU_MX0_0;
    mx0.lo = SIGMOID_INTERNAL_SILU_MX0_1;
    return sigmoid_internal_dd_add(sigmoid_internal_dd_mul(h, mx0), sigmoid_internal_dd_neg(sigmoid_internal_dd_mul(c, a)));
}

/* num / den for double-doubles, den > 0: one correction of the double
 * quotient, relative error < 2^-100. */
static inline sigmoid_internal_dd sigmoid_internal_dd_div(sigmoid_internal_dd num, sigmoid_internal_dd den)
{
    double q0 = num.hi / den.hi;
    sigmoid_internal_dd p = sigmoid_internal_two_prod(q0, den.hi);
    double rem = (((num.hi - p.hi) - p.lo) + num.lo) - q0 * den.lo; /* num.hi - p.hi is exact */
    return sigmoid_internal_fast_two_sum(q0, rem / den.hi);
}

/* The accurate path. With m = e^-|x| = 2^-K (hi + lo) (2^-69):
 *   x >= 0: (1 + m (1 + x)) / (1 + m)^2;
 *   x < 0:  m (1 + x + m) / (1 + m)^2, and 1 + x + m from
 *           sigmoid_internal_silu_deriv_near_zero for |x - x0| < 1/4.
 * Every other step is a double-double one (2^-100), so the error is m's
 * times the result's sensitivity to m: at most 1.45 outside that interval
 * (where 1 + x + m no longer cancels much) and 0.6 inside, < 2^-68.4 in
 * all. For K > 960, m only breaks ties beside 1 (it stands in as 2^-961,
 * as in sigmoid_internal_accurate); below x = -760 the result is below
 * 2^-1076, and for |x| < 2^-60 it rounds to 1/2. */
static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_silu_deriv_f64_accurate(double x)
{
    double a = x < 0 ? -x : x, r;
    int K;
    sigmoid_internal_dd m, M, one, d, s, v;
    if (!(a <= 760.0)) {
        if (sigmoid_internal_isnan_f64(x))
            return sigmoid_internal_quiet_f64(x);
        return x > 0 ? 1.0 : -0.0;
    }
    if (a < 8.6736173798840355e-19) /* 2^-60 */
        return 0.5;
    m = sigmoid_internal_exp_neg_accurate(a, &K);
    M.hi = K > 960 ? sigmoid_internal_pow2_neg(961) : sigmoid_internal_scale(m.hi, K);
    M.lo = K > 960 ? 0.0 : sigmoid_internal_scale(m.lo, K);
    d = sigmoid_internal_fast_two_sum(1.0, M.hi);
    d.lo += M.lo;
    d = sigmoid_internal_dd_mul(d, d);                             /* (1 + m)^2 */
    one.hi = 1.0;
    one.lo = 0.0;
    if (x >= 0) {
        v = sigmoid_internal_dd_add(one, sigmoid_internal_dd_mul(M, sigmoid_internal_two_sum(1.0, x)));
        return sigmoid_internal_dd_div(v, d).hi;                   /* in [1/2, 1.1]: hi is the rounding */
    }
    s = a > 1.0285 && a < 1.5285 ? sigmoid_internal_silu_deriv_near_zero(x)
                                 : sigmoid_internal_dd_add(sigmoid_internal_two_sum(1.0, x), M);
    v = sigmoid_internal_dd_div(sigmoid_internal_dd_mul(m, s), d); /* signed: see sigmoid_internal_silu_f64_accurate */
    if (K > 1000) { /* |1 + x| m up to 2^10: keep 2^-K a normal double for the rounding */
        v.hi *= sigmoid_internal_pow2_neg(128);
        v.lo *= sigmoid_internal_pow2_neg(128);
        K -= 128;
    }
    r = sigmoid_internal_round_dd_scaled(s.hi < 0 ? sigmoid_internal_dd_neg(v) : v, K);
    return s.hi < 0 ? -r : r;
}

/* The fast path, for 2^-60 <= |x| < 660: from sigma = q + c and e^-x = E
 * (sigmoid_internal_f64_core), sigma(-x) = E sigma, g = x sigma(-x) and
 * n = 1 + g as exact product and sum pairs, the result p = sigma n. Each of
 * sigma (2^-67.5) and E (2^-68.5) and the pairs' roundings leave p within
 * 2^-66.9 (|p| + sigma |g|) of the exact value: the second term is the
 * cancellation in n near x0. The rounding test takes 2^-65 times that sum
 * and asks whether both ends round alike. Two cross terms are about
 * e^-2|x| at large |x|, E c for x > 0 and q n.lo for x < 0 (n.lo is then
 * about x e^x): below E or q = 2^-500 they are dropped, nothing to the
 * sum, before they underflow. */
static inline int sigmoid_internal_silu_deriv_f64_fast(double x, double *r)
{
    sigmoid_internal_dd E, t, g, n, p;
    double c, q = sigmoid_internal_f64_core(x, &c, &E), err;
    t = sigmoid_internal_two_prod(E.hi, q);
    t.lo += (E.hi > sigmoid_internal_pow2_neg(500) ? E.hi : 0.0) * c + E.lo * q; /* sigma(-x) */
    g = sigmoid_internal_two_prod(x, t.hi);
    g.lo += x * t.lo;
    n = sigmoid_internal_two_sum(1.0, g.hi);
    n = sigmoid_internal_fast_two_sum(n.hi, n.lo + g.lo);
    p = sigmoid_internal_two_prod(q, n.hi);
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + ((q > sigmoid_internal_pow2_neg(500) ? q : 0.0) * n.lo + c * n.hi));
    err = 2.7105054312137611e-20 * (sigmoid_internal_abs_f64(p.hi) + q * sigmoid_internal_abs_f64(g.hi)); /* 2^-65 */
    *r = p.hi;
    return p.hi + (p.lo + err) == p.hi + (p.lo - err) && sigmoid_internal_to_nearest(q);
}

static inline double sigmoid_internal_silu_deriv_f64(double x)
{
    double r, a = sigmoid_internal_abs_f64(x);
    if (SIGMOID_INTERNAL_RARELY(!(a < 660.0 && a >= 8.6736173798840355e-19)) || !sigmoid_internal_silu_deriv_f64_fast(x, &r))
        return sigmoid_internal_silu_deriv_f64_accurate(x);
    return r;
}

/* sigmoid_softplus_f64, sigmoid_log_f64 and their arrays: softplus(x) =
 * max(x, 0) + log(1 + t), t = e^-|x|, and log sigma(x) = -softplus(-x)
 * (bit for bit). Bound: < 0.5 + 2^-15 ULP: the fast path's rounding test
 * decides with the error bound below, and the accurate path is within
 * 2^-68.8 of the exact value before its one rounding. Measured by make
 * verify against MPFR on 13,764,333 random and edge inputs: 0.500001 ULP
 * for softplus (at x = -0x1.68e9472d00f0bp+4), 0.500002 for log sigma (at
 * x = 0x1.037164e08abbp+4). */
#define SIGMOID_INTERNAL_SOFTPLUS_F64_ULP (0.5 + 3.0517578125e-05) /* 0.5 + 2^-15 */

/* log(1 + t) for t = th + tl (th in [0, 1], |tl| small beside it) as a
 * double-double, the steps the fast paths of the double softplus and
 * logit share (their comments give the bound, within 2^-67): r = t c +
 * (c - 1) as a pair, r - r^2/2 with r^2 an exact pair, the rest of the
 * series in double, -log c from the table. Below t = 2^-300 the terms
 * past r are dropped: their squares and cubes would underflow. */
static inline sigmoid_internal_dd sigmoid_internal_log1p_pair(double th, double tl)
{
    int i = SIGMOID_INTERNAL_CAST(int, th * 128.0); /* 0..128 */
    double c = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][0]);
    double Lh = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][1]);
    double Ll = sigmoid_internal_from_bits_f64(sigmoid_internal_log_table[i][2]);
    double r, p, low;
    sigmoid_internal_dd P = sigmoid_internal_two_prod(th, c), R, R2, S;
    R = sigmoid_internal_two_sum(c - 1.0, P.hi); /* c - 1 is exact */
    R = sigmoid_internal_two_sum(R.hi, R.lo + (P.lo + tl * c));
    r = th > 4.9090935652977186e-91 ? R.hi : 0.0; /* 2^-300 */
    R2 = sigmoid_internal_two_prod(r, r);
    p = r * R2.hi *
        (0.33333333333333331 + r * (-0.25 + r * (0.20000000000000001 + r * (-0.16666666666666666 +
         r * (0.14285714285714285 + r * (-0.125 + r * (0.1111111111111111 + r * -0.10000000000000001)))))));
    S = sigmoid_internal_fast_two_sum(R.hi, -0.5 * R2.hi); /* r^2/2 <= 2^-8 |r| */
    low = S.lo + ((R.lo - (0.5 * R2.lo + r * R.lo)) + p);
    S = sigmoid_internal_fast_two_sum(Lh, S.hi); /* Lh is 0 or above |r| */
    return sigmoid_internal_fast_two_sum(S.hi, S.lo + (Ll + low));
}

/* The fast path, |x| < 660: t = E.hi + E.lo within 2^-68.5
 * (sigmoid_internal_f64_exp_neg); with c and -log c from the table (see
 * sigmoid_internal_log1p_fast), r = t c + (c - 1) as a double-double,
 * exactly but for the tail's rounding (2^-105 of r), and
 *   log(1 + r) = r - r^2/2 + r^3 (1/3 - r/4 + ... - r^7/10),
 * r^2 as an exact product pair plus the cross term, the cubic part in
 * double: its rounding is < 2^-52 of r^3/3 < 2^-15.6 r, so < 2^-67.6 of
 * the result, the truncation r^10/11 < 2^-73.4 of it (|r| < 2^-7).
 * Neither sum cancels (-log c >= 2^-7.01 > |r| for i >= 1), nor does the
 * addition of x > 0, so the total, < 2^-67, allows Ziv's test with k = 11.
 * Below t = 2^-300 the terms past r are under 2^-301 of it and are
 * dropped: their squares and cubes would underflow. */
static inline int sigmoid_internal_softplus_f64_fast(double x, double *res)
{
    sigmoid_internal_dd E = sigmoid_internal_f64_exp_neg(sigmoid_internal_abs_f64(x)), P, S;
    uint64_t bx = sigmoid_internal_bits_f64(x);
    S = sigmoid_internal_log1p_pair(E.hi, E.lo);
    P = sigmoid_internal_two_sum(sigmoid_internal_from_bits_f64(bx & ((bx >> 63) - 1u)), S.hi); /* max(x, 0): no branch */
    S = sigmoid_internal_fast_two_sum(P.hi, P.lo + S.lo);
    *res = S.hi;
    return sigmoid_internal_f64_rounds(S.hi, S.lo, 1.00048828125) && /* 1 + 2^-11 */
           sigmoid_internal_to_nearest(S.hi);
}

/* The accurate path: t = 2^-K (E.hi + E.lo) within 2^-69
 * (sigmoid_internal_exp_neg_accurate), then for t >= 2^-26
 * sigmoid_internal_log1p_accurate (2^-72.9); below, log(1 + t) =
 * t (1 - d), d = t/2 - t^2/3 (the rest is under t^3/4 < 2^-80), kept
 * scaled by 2^-K so that a subnormal result rounds once. x > 0 adds x,
 * with t standing in as 2^-600 where it is smaller (it only decides the
 * direction of a directed rounding there). Total < 2^-68.8. */
static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_softplus_f64_accurate(double x)
{
    double a = x < 0 ? -x : x, th, d;
    int K;
    sigmoid_internal_dd E, L, S;
    if (!(a <= 746.0)) { /* t < 2^-1076: x, or +0 */
        if (sigmoid_internal_isnan_f64(x))
            return sigmoid_internal_quiet_f64(x);
        return x > 0 ? x : 0.0;
    }
    E = sigmoid_internal_exp_neg_accurate(a, &K);
    if (K < 27) {
        L = sigmoid_internal_log1p_accurate(E.hi * sigmoid_internal_pow2_neg(K), E.lo * sigmoid_internal_pow2_neg(K));
        if (x > 0)
            L = sigmoid_internal_dd_add(L, sigmoid_internal_fast_two_sum(x, 0.0));
        return L.hi + L.lo;
    }
    th = K < 75 ? E.hi * sigmoid_internal_pow2_neg(K) : 0.0; /* t/2 < 2^-75 is nothing */
    d = th * (0.5 - th * SIGMOID_INTERNAL_THIRD_0);
    L = sigmoid_internal_dd_mul(E, sigmoid_internal_fast_two_sum(1.0, -d));
    if (!(x > 0))
        return sigmoid_internal_round_dd_scaled_wide(L, K);
    if (K > 600) {
        L.hi = sigmoid_internal_pow2_neg(600);
        L.lo = 0.0;
    } else {
        L.hi *= sigmoid_internal_pow2_neg(K);
        L.lo *= sigmoid_internal_pow2_neg(K);
    }
    S = sigmoid_internal_fast_two_sum(x, L.hi); /* x > 18 > t */
    return S.hi + (S.lo + L.lo);
}

static inline double sigmoid_internal_softplus_f64(double x)
{
    double r;
    if (SIGMOID_INTERNAL_RARELY(!(sigmoid_internal_abs_f64(x) < 660.0)) || !sigmoid_internal_softplus_f64_fast(x, &r))
        return sigmoid_internal_softplus_f64_accurate(x);
    return r;
}

static inline double sigmoid_internal_log_f64(double x)
{
    return -sigmoid_internal_softplus_f64(-x);
}

/* sigmoid_logit_f64 and its array: a fast path with Ziv's test, and
 * behind it sigmoid_internal_logit_accurate (2^-72.8) rounded once, so
 * < 0.5 + 2^-19.8 ULP there; the contract below, as for the other double
 * functions, is 0.5 + 2^-15. The tail is the float one's (above). Measured by
 * make verify against MPFR (docs/testing.md). */
#define SIGMOID_INTERNAL_LOGIT_F64_ULP (0.5 + 3.0517578125e-05) /* 0.5 + 2^-15 */

static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_logit_f64_accurate(double m)
{
    sigmoid_internal_dd L = sigmoid_internal_logit_accurate(m);
    return L.hi + L.lo;
}

/* L(m) for a double m in [2^-900, 1/2], the accurate path's steps with
 * log(1 + t) as in sigmoid_internal_softplus_f64_fast: the quotient as a
 * double-double from one reciprocal (the head within 2^-51.4, the
 * remainder exact but for its last rounding, its product with 1/m within
 * 2^-51.4: the pair within 2^-102), then r = t c + (c - 1) as a double-double,
 * r - r^2/2 with r^2 an exact pair, the cubic part in double (its
 * rounding < 2^-67.6 of the result, truncation < 2^-73.4), -log c from the
 * table and k log 2 as double-doubles; no sum cancels. Within 2^-67, so
 * Ziv's test with k = 11, which fails for about one uniform p in 2,000.
 * Where R is a power of two up to its tail (f = 0) the accurate path
 * decides. */
static inline int sigmoid_internal_logit_f64_fast(double m, double *res)
{
    sigmoid_internal_dd N, P, Q, S, K;
    double kd = 0.0, th, tl, inv = 1.0 / m;
    if (m >= SIGMOID_INTERNAL_LOGIT_NEAR_HALF) {
        double n = 1.0 - 2.0 * m; /* exact */
        th = n * inv;
        P = sigmoid_internal_two_prod(th, m);
        tl = ((n - P.hi) - P.lo) * inv;
    } else {
        uint64_t b;
        N = sigmoid_internal_fast_two_sum(1.0, -m);
        Q.hi = N.hi * inv;
        P = sigmoid_internal_two_prod(Q.hi, m);
        Q.lo = (((N.hi - P.hi) - P.lo) + N.lo) * inv;
        Q = sigmoid_internal_fast_two_sum(Q.hi, Q.lo);
        b = sigmoid_internal_bits_f64(Q.hi);
        kd = SIGMOID_INTERNAL_CAST(double, SIGMOID_INTERNAL_CAST(int, b >> 52) - 1023);
        th = sigmoid_internal_from_bits_f64((b & 0x000fffffffffffffu) | 0x3ff0000000000000u) - 1.0;
        if (SIGMOID_INTERNAL_RARELY(th == 0.0))
            return 0;
        tl = Q.lo * sigmoid_internal_from_bits_f64((2046u - (b >> 52)) << 52); /* 2^-k: >= 2^-1060, normal */
        P = sigmoid_internal_fast_two_sum(th, tl); /* th >= 2^-52 >= 2|tl| */
        th = P.hi;
        tl = P.lo;
    }
    S = sigmoid_internal_log1p_pair(th, tl); /* th >= 2^-53 */
    P = sigmoid_internal_two_prod(kd, 128.0 * SIGMOID_INTERNAL_LN2_128_2);
    K = sigmoid_internal_fast_two_sum(kd * 128.0 * SIGMOID_INTERNAL_LN2_128_1, P.hi); /* 0 near 1/2 */
    K.lo += P.lo;
    P = sigmoid_internal_two_sum(K.hi, S.hi);
    S = sigmoid_internal_fast_two_sum(P.hi, P.lo + (S.lo + K.lo));
    *res = S.hi;
    return sigmoid_internal_f64_rounds(S.hi, S.lo, 1.00048828125) && /* 1 + 2^-11 */
           sigmoid_internal_to_nearest(S.hi);
}

static inline double sigmoid_internal_logit_f64(double p)
{
    double m, r;
    if (SIGMOID_INTERNAL_RARELY(sigmoid_internal_bits_f64(p) - 1u >= 0x3fefffffffffffffu)) /* not in (0, 1) */
        return sigmoid_internal_logit_tail(p);
    m = p < 0.5 ? p : 1.0 - p;
    if (SIGMOID_INTERNAL_RARELY(m < sigmoid_internal_pow2_neg(900)) || !sigmoid_internal_logit_f64_fast(m, &r))
        r = sigmoid_internal_logit_f64_accurate(m);
    return p < 0.5 ? -r : r;
}

/* sigmoid_deriv_from_output_f64, sigmoid_backward_f64 and their arrays.
 * Bound: < 0.5 + 2^-50 ULP: the pair is within 2^-104 of the exact value
 * (2^-103 after dy's product) before the one rounding. Measured by make
 * verify on 10^7 random inputs: 0.500000 ULP (y(1-y) at
 * y = 0x1.63e51ab9b019ep-2). */
#define SIGMOID_INTERNAL_PRODUCT_F64_ULP (0.5 + 8.8817841970012523e-16) /* 0.5 + 2^-50 */

/* y - y^2 as a double-double: y^2 = p + e exactly, y - p exactly, then the
 * sum of the tails rounds once (< 2^-105 relative to the result). */
static inline sigmoid_internal_dd sigmoid_internal_y_one_minus_y(double y)
{
    sigmoid_internal_dd sq = sigmoid_internal_two_prod(y, y);
    sigmoid_internal_dd d = sigmoid_internal_two_sum(y, -sq.hi);
    return sigmoid_internal_fast_two_sum(d.hi, d.lo - sq.lo);
}

/* y(1-y) for a double y, with no branch: the product runs on y inside
 * (0, 1) and on 1/2 in its place otherwise, and the result is selected on
 * the bits (+0 outside, or the NaN quieted). GCC at -O3 -march=native
 * (AVX-512) vectorises the array loop by computing both sides of a test in
 * every lane, so with the product on y itself and a test around it, y*y
 * for a huge y raised FE_OVERFLOW (the FP-exception test, built that way
 * in make check-matrix, checks it). With the result selected on the bits,
 * a floating-point select of the operand suffices. The selects cost: at
 * -O2 the array loop takes 1.15x to 1.18x the time of the branching
 * version that raised the flag (1.31x with an integer select of the
 * operand as well). */
static inline double sigmoid_internal_from_output_f64(double y)
{
    uint64_t b = sigmoid_internal_bits_f64(y);
    uint64_t inside = 0u - SIGMOID_INTERNAL_CAST(uint64_t, b - 1u < 0x3fefffffffffffffu); /* 0 < y < 1 */
    uint64_t nan = 0u - SIGMOID_INTERNAL_CAST(uint64_t, (b & 0x7fffffffffffffffu) > 0x7ff0000000000000u);
    double yc = y > 0 && y < 1 ? y : 0.5;
    uint64_t r = sigmoid_internal_bits_f64(sigmoid_internal_y_one_minus_y(yc).hi);
    uint64_t quiet = sigmoid_internal_bits_f64(sigmoid_internal_quiet_f64(y));
    return sigmoid_internal_from_bits_f64((r & inside) | (quiet & nan));
}

/* dx = dy*y(1-y) for doubles, with no branch, so that a compiler can
 * hoist and vectorise it in a user's loop like the plain formula. The pair
 * y(1-y) = g + gl (on 1/2 in place of a y outside (0,1)) times m = |dy|:
 * m*g exactly as a pair, m*gl added to its tail, then one rounding. So
 * that the pair is exact (no product error below 2^-1074, no overflow in
 * Dekker's split), m is first scaled by 2^-300 when m >= 2^995, or by
 * 2^300 when m*g < 2^-900; the one rounding takes the scale back out, to
 * the grid of 2^-1074 for a subnormal result. The cases a floating-point
 * path cannot take are selected on the bits at the end: y outside (0,1)
 * gives +0, or the NaN among y and dy quieted (as y + dy would); dy = 0,
 * +-inf or NaN gives dy*g (exact as is). */
static inline double sigmoid_internal_backward_value_f64(double y, double dy)
{
    uint64_t by = sigmoid_internal_bits_f64(y), bdy = sigmoid_internal_bits_f64(dy);
    uint64_t a_dy = bdy & 0x7fffffffffffffffu;
    uint64_t inside = 0u - SIGMOID_INTERNAL_CAST(uint64_t, by - 1u < 0x3fefffffffffffffu);      /* 0 < y < 1 */
    uint64_t regular = 0u - SIGMOID_INTERNAL_CAST(uint64_t, a_dy - 1u < 0x7fefffffffffffffu); /* finite, non-zero */
    uint64_t nan_y = 0u - SIGMOID_INTERNAL_CAST(uint64_t, (by & 0x7fffffffffffffffu) > 0x7ff0000000000000u);
    uint64_t nan_dy = 0u - SIGMOID_INTERNAL_CAST(uint64_t, a_dy > 0x7ff0000000000000u);
    double yc = sigmoid_internal_from_bits_f64((by & inside) | (0x3fe0000000000000u & ~inside));
    double m = sigmoid_internal_from_bits_f64((a_dy & regular) | (0x3ff0000000000000u & ~regular));
    sigmoid_internal_dd g = sigmoid_internal_y_one_minus_y(yc), p;
    uint64_t down = 0u - SIGMOID_INTERNAL_CAST(uint64_t, a_dy >= 0x7e20000000000000u);       /* m >= 2^995 */
    uint64_t up = ~down & (0u - SIGMOID_INTERNAL_CAST(uint64_t, m * g.hi < sigmoid_internal_pow2_neg(900)));
    int K = SIGMOID_INTERNAL_CAST(int, up & 300u) - SIGMOID_INTERNAL_CAST(int, down & 300u);
    uint64_t r, special, none;
    m *= sigmoid_internal_pow2_neg(-K);
    p = sigmoid_internal_two_prod(m, g.hi);
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + m * g.lo);
    r = sigmoid_internal_bits_f64(sigmoid_internal_round_dd_scaled(p, K)) | (bdy & 0x8000000000000000u);
    special = sigmoid_internal_bits_f64(dy * sigmoid_internal_from_bits_f64((sigmoid_internal_bits_f64(g.hi) & ~regular) |
                                                                            (0x3ff0000000000000u & regular)));
    none = (sigmoid_internal_bits_f64(sigmoid_internal_quiet_f64(y)) & nan_y) |
           (sigmoid_internal_bits_f64(sigmoid_internal_quiet_f64(dy)) & nan_dy & ~nan_y);
    return sigmoid_internal_from_bits_f64((((r & regular) | (special & ~regular)) & inside) | (none & ~inside));
}

/* ---------------------------------------------------------------------------
 * The fast tier: sigma in float arithmetic, within 2.5 ULP, in vector lanes.
 *   a = -|x|, clamped at -104 (below, sigma is 0 or 1 in float anyway);
 *   n = round(a/ln2) by a truncating conversion of a/ln2 - 1/2 (the
 *   1.5*2^23 shift would follow a directed rounding mode, and r leave the
 *   polynomial's interval), r = a - n*ln2 in two steps
 *   (n*LN2_HI is exact), |r| <= ln2/2 + 2^-20;
 *   e = e^a = 2^n p(r), p of degree 6 with float coefficients fitted to
 *   e^r on [-ln2/2, ln2/2] by tools/fast_poly.sollya (fpminimax, relative
 *   error 2^-28.18, far below the float rounding); 2^n into p's exponent,
 *   or, in a block with a subnormal result, e 2^64 (see fast_v);
 *   sigma = num/(1 + e), num = 1 for x >= 0 and e for x < 0, one
 *   division and no correction: d = 1 + e rounds once (<= 2^-24
 *   relative), so the error is that of p (about 1 ULP of e), of d and of
 *   the quotient; over all 2^32 inputs it is 2.40 ULP at worst. A correction
 *   of d's rounding (its error e - (d - 1) is exact, and a reciprocal
 *   estimate scales it) took the worst case to 1.97 ULP for 5 more
 *   operations per vector, 20% of the kernel; the bound does not need it.
 * make verify measures the worst over all 2^32 inputs on every path
 * (README).
 * ------------------------------------------------------------------------- */


/* sigmoid_fast_array_f32 on the vector paths.
 * Contract: <= 2.5 ULP, results in [0, 1], subnormal results kept. Measured
 * by make verify on all 2^32 inputs: 2.402 ULP on the AVX2 and SSE2 paths
 * (worst at x = -0x1.0a111ap+2); NEON within the bound on the test suite's
 * sample under qemu. Directed rounding modes: within 4 ULP (make
 * check-fenv). Not monotone: the result steps down at 209,544 (AVX2) and
 * 197,054 (SSE2) of the 2^32 places. */
#define SIGMOID_INTERNAL_FAST_ARRAY_F32_ULP 2.5

/* In scalar code the float algorithm has no lanes to share its ~40
 * operations, and the double evaluation of sigmoid_f32 is cheaper: without
 * its rounding test it is within 0.5 + 2^-15 ULP (2^-39.14 before the one
 * rounding). The vector paths run the float algorithm (kernels below). */
/* sigmoid_fast_f32, and sigmoid_fast_array_f32 on the scalar path: the
 * float fast path without its rounding test. Bound: 0.5 + 2^-15 ULP (the
 * 2^-39.14 of the double value is 2^-15.14 float ULP). Measured by make
 * verify on all 2^32 inputs: 0.500026 ULP (at x = -0x1.dd7ff4p+4); it is
 * monotone. */
#define SIGMOID_INTERNAL_FAST_F32_ULP (0.5 + 3.0517578125e-05) /* 0.5 + 2^-15 */
static inline float sigmoid_internal_fast_f32(float x)
{
    double z;
    uint64_t zs = sigmoid_internal_f32_reduce(x, &z);
    if (!sigmoid_internal_f32_fast_range(zs, SIGMOID_INTERNAL_SIGMA))
        return sigmoid_internal_f32_tail(x, SIGMOID_INTERNAL_SIGMA);
    return SIGMOID_INTERNAL_CAST(float, sigmoid_internal_f32_fast(1.0, z, zs, SIGMOID_INTERNAL_SIGMA));
}

/* sigmoid_fast_f64, and sigmoid_fast_array_f64 on every path.
 * Bound: <= 2.5 ULP, results in [0, 1], subnormal results kept. Error
 * budget (|x| < 708): 1 + e^-x is carried as d + dl to within 2^-60
 * (relative), so sigma = 1/(d + dl) is within 2^-59; then the quotient
 * 1/d and the final sum round once each (0.5 ULP each): 1 ULP and a
 * little. Measured by make verify against MPFR on 10^8 random inputs and
 * every edge: 1.0047 ULP on every path (at x = -0x1.2d0bef591de9p+4). */
#define SIGMOID_INTERNAL_FAST_F64_ULP 2.5

/* e^-v = 2^-K 2^(-j/128) e^s for |v| <= 746: k = round(v 128/ln2) =
 * 128K + j by adding 1.5*2^52, which leaves k (two's complement) in the low
 * bits of *zb; s = k ln2/128 - v with ln2/128 in two parts (k L1 exact as
 * |k| < 2^18, and k L1 - v exact by Sterbenz's lemma; k L2 and the sum
 * round, < 2^-61.5 absolute). Returns e^s - 1 by its degree-5 Taylor
 * polynomial (|s| <= ln2/256: truncation < 2^-60.6), in Estrin's order
 * (the loop is bound by its latency). */
static inline double sigmoid_internal_exp_reduce5(double v, uint64_t *zb)
{
    double zs = v * SIGMOID_INTERNAL_INV_LN2_128 + SIGMOID_INTERNAL_SHIFT;
    double kd = zs - SIGMOID_INTERNAL_SHIFT;
    double s = (kd * SIGMOID_INTERNAL_LN2_128_1 - v) + kd * SIGMOID_INTERNAL_LN2_128_2, s2 = s * s;
    *zb = sigmoid_internal_bits_f64(zs);
    return s2 * (s2 * (0.041666666666666664 + s * 0.0083333333333333332) + (0.5 + s * 0.16666666666666666)) + s;
}

/* |x| < 708: e^-x from sigmoid_internal_exp_reduce5(x), 2^(-j/128) = Thi +
 * Tlo from the table (< 2^-106), and 2^-K, a normal double for |K| <=
 * 1021, on the bits; e^-x = e + el with lo = Tlo + Thi p (< 2^-61.5) and
 * e = Thi + lo by Fast2Sum. Then d + dl = 1 + e + el (TwoSum: e may
 * exceed 1), q = 1/d, and sigma = 1/(d + dl) = q - q dl q. No select:
 * e^-x rather than e^-|x| serves both signs. The vector paths run these
 * steps in this order. */
static inline double sigmoid_internal_fast_f64_near(double x)
{
    uint64_t zb;
    double p = sigmoid_internal_exp_reduce5(x, &zb);
    double S = sigmoid_internal_from_bits_f64(0x3ff0000000000000u - ((zb << 45) & 0xfff0000000000000u));
    double T = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[zb & 127u][0]);
    double lo = (T * p + sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[zb & 127u][1])) * S;
    double e, d, b, dl, q;
    T *= S;
    e = T + lo;
    d = 1.0 + e;
    b = d - e;
    dl = ((1.0 - b) + (e - (d - b))) + ((T - e) + lo);
    q = 1.0 / d;
    q = q - q * dl * q;
    return q > 1.0 ? 1.0 : q; /* under upward rounding */
}

/* |x| >= 708, or NaN: e^-|x| = 2^-K (hi + lo), scaled in two steps where
 * it is subnormal, and sigma = num/(1 + e^-|x|) with num = 1 or e^-|x|. */
static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_fast_f64_far(double x)
{
    double a = sigmoid_internal_abs_f64(x), p, hi, lo, e, el, d, dl, q;
    uint64_t zb, j;
    int K;
    a = a > 746.0 ? 746.0 : a; /* e^-746 < 2^-1076; +inf too; a NaN passes */
    p = sigmoid_internal_exp_reduce5(a, &zb);
    j = zb & 127u;
    K = SIGMOID_INTERNAL_CAST(int, (zb & 0xfffffu) >> 7);
    hi = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[j][0]);
    lo = sigmoid_internal_scale(sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[j][1]) + hi * p, K);
    hi = sigmoid_internal_scale(hi, K);
    e = hi + lo;
    el = (hi - e) + lo;
    if (!(x < 0)) /* sigma rounds to 1, or x is NaN */
        return 1.0 / (1.0 + e);
    d = 1.0 + e;
    dl = ((1.0 - d) + e) + el;
    q = e / d;
    /* the correction can take a subnormal q below zero under downward
     * rounding; |.| keeps it within the bound */
    return sigmoid_internal_abs_f64(q + (el - q * dl) * (1.0 - q));
}

static inline double sigmoid_internal_fast_f64(double x)
{
    if (SIGMOID_INTERNAL_RARELY(!(sigmoid_internal_abs_f64(x) < 708.0)))
        return sigmoid_internal_fast_f64_far(x);
    return sigmoid_internal_fast_f64_near(x);
}

/* ---------------------------------------------------------------------------
 * Public scalar functions
 *
 * Each is its sigmoid_internal_* body inside the x87 guard, which is empty
 * except on 32-bit x86 computing with the x87 unit (no SSE2 math). There,
 * intermediates live in 80-bit registers with a 64-bit significand and are
 * rounded to double at unpredictable points (GCC's default
 * -fexcess-precision=fast): a double-double sum then loses its exactness
 * and the rounding tests their meaning. The guard sets the x87 precision
 * control to 53 bits for the call, so every operation rounds as an IEEE
 * double does (the wider exponent range is harmless here: no intermediate
 * of the exact paths underflows or overflows, and subnormal results are
 * rounded in integer code), and restores the caller's control word, whose
 * rounding mode and exception masks it leaves untouched. The empty asm
 * statements order the work: x is read after the switch, and the result is
 * stored to memory (so rounded to its type) before the switch back. The
 * guarded functions are not inlined there: the compiler may move a
 * caller's own x87 arithmetic across an asm statement, and it must not run
 * at 53 bits. Windows sets 53-bit precision itself, so MSVC needs no guard.
 * ------------------------------------------------------------------------- */

#if defined(__i386__) && defined(__FLT_EVAL_METHOD__) && (defined(__GNUC__) || defined(__clang__))
#if __FLT_EVAL_METHOD__ != 0
#define SIGMOID_INTERNAL_X87
#endif
#endif

#ifdef SIGMOID_INTERNAL_X87
static inline unsigned short sigmoid_internal_x87_enter(void)
{
    unsigned short saved, precise;
    __asm__ __volatile__("fnstcw %0" : "=m"(saved));
    precise = SIGMOID_INTERNAL_CAST(unsigned short, (saved & 0xfcffu) | 0x0200u);
    __asm__ __volatile__("fldcw %0" : : "m"(precise));
    return saved;
}
#define SIGMOID_INTERNAL_SCALAR static __attribute__((noinline, unused))
#define SIGMOID_INTERNAL_X87_ENTER(x)                                 \
    unsigned short sigmoid_internal_saved = sigmoid_internal_x87_enter(); \
    __asm__ __volatile__("" : "+m"(x))
#define SIGMOID_INTERNAL_X87_ENTER2(x, y) \
    SIGMOID_INTERNAL_X87_ENTER(x);        \
    __asm__ __volatile__("" : "+m"(y))
#define SIGMOID_INTERNAL_X87_LEAVE(type, r)                                    \
    type sigmoid_internal_result = (r);                                        \
    __asm__ __volatile__("fldcw %1" : "+m"(sigmoid_internal_result)           \
                         : "m"(sigmoid_internal_saved));                       \
    return sigmoid_internal_result
#else
#define SIGMOID_INTERNAL_SCALAR static inline
#define SIGMOID_INTERNAL_X87_ENTER(x) (void)0
#define SIGMOID_INTERNAL_X87_ENTER2(x, y) (void)0
#define SIGMOID_INTERNAL_X87_LEAVE(type, r) return (r)
#endif

SIGMOID_INTERNAL_SCALAR float sigmoid_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_sigma_f32(x));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_deriv_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_deriv_f32(x));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_silu_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_silu_f32(x));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_silu_deriv_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_silu_deriv_f32(x));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_softplus_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_softplus_f32(x));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_log_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_log_f32(x));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_logit_f32(float p)
{
    SIGMOID_INTERNAL_X87_ENTER(p);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_logit_f32(p));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_deriv_from_output_f32(float y)
{
    SIGMOID_INTERNAL_X87_ENTER(y);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_from_output_f32(y));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_fast_f32(float x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_fast_f32(x));
}

/* The portable scalar code of the double functions that have a kind. */
static inline double sigmoid_internal_f64_portable(double x, enum sigmoid_internal_kind kind)
{
    return kind == SIGMOID_INTERNAL_SIGMA      ? sigmoid_internal_sigma_f64(x)
         : kind == SIGMOID_INTERNAL_DERIV      ? sigmoid_internal_deriv_f64(x)
         : kind == SIGMOID_INTERNAL_SILU       ? sigmoid_internal_silu_f64(x)
         : kind == SIGMOID_INTERNAL_SILU_DERIV ? sigmoid_internal_silu_deriv_f64(x)
         : kind == SIGMOID_INTERNAL_SOFTPLUS   ? sigmoid_internal_softplus_f64(x)
         : kind == SIGMOID_INTERNAL_LOG_SIGMA  ? sigmoid_internal_log_f64(x)
                                               : sigmoid_internal_logit_f64(x);
}

static inline double sigmoid_internal_f64_scalar(double x, enum sigmoid_internal_kind kind);

SIGMOID_INTERNAL_SCALAR double sigmoid_fast_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_fast_f64(x));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(x, SIGMOID_INTERNAL_SIGMA));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_silu_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(x, SIGMOID_INTERNAL_SILU));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_silu_deriv_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(x, SIGMOID_INTERNAL_SILU_DERIV));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_softplus_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(x, SIGMOID_INTERNAL_SOFTPLUS));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_log_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(x, SIGMOID_INTERNAL_LOG_SIGMA));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_logit_f64(double p)
{
    SIGMOID_INTERNAL_X87_ENTER(p);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(p, SIGMOID_INTERNAL_LOGIT));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_deriv_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_f64_scalar(x, SIGMOID_INTERNAL_DERIV));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_deriv_from_output_f64(double y)
{
    SIGMOID_INTERNAL_X87_ENTER(y);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_from_output_f64(y));
}

SIGMOID_INTERNAL_SCALAR float sigmoid_backward_step_f32(float y, float dy)
{
    SIGMOID_INTERNAL_X87_ENTER2(y, dy);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_backward_value_f32(y, dy));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_backward_step_f64(double y, double dy)
{
    SIGMOID_INTERNAL_X87_ENTER2(y, dy);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_backward_value_f64(y, dy));
}

/* ---------------------------------------------------------------------------
 * Half precision: bfloat16 and IEEE binary16, stored as uint16_t bits
 *
 * bfloat16 is float with its low 16 bits dropped (8 significant bits, the
 * same exponent range); binary16 has 11 significant bits, normal numbers
 * from 2^-14 and subnormals down to 2^-24. The arrays return the exact
 * value correctly rounded to the half format. Rounding a correctly rounded
 * float to half rounds twice and is wrong where the float lands exactly on
 * a half midpoint (make verify counts those inputs); instead each result is
 * rounded once, in one of two ways:
 *   - sigma: an approximation a of sigma(x) with a known error bound gives
 *     floats lo <= sigma(x) <= hi (a's bits minus and plus a margin);
 *     rounding to nearest is monotone, so where lo and hi round to the same
 *     half, so does sigma(x). Elsewhere (a result within the margin of a
 *     half midpoint) a closer evaluation decides.
 *   - y(1-y) (which is dy y(1-y) with dy = 1) and dy y(1-y): the value is
 *     a pair, exactly: in double, S + E (the products of half inputs are
 *     exact), or in float lanes, hi + lo = (|dy| y)(1 - y) with an FMA
 *     (binary16) or by Fast2Sum (bfloat16, whose products fit a float).
 *     The pair is rounded to float by rounding to odd, then to half.
 *     Rounding to odd at a precision two bits or more above the target's,
 *     then to nearest, rounds once (Boldo and Melquiond), subnormal grids
 *     included: float's is finer than either half format's. bfloat16's
 *     float lanes skip the pair: hi alone rounds as the exact value does
 *     unless hi is itself a bfloat16 midpoint (a lane for the doubles).
 * Rounding to half here is always to nearest even in integer code or with
 * a conversion instruction told to do so (F16C), whatever the rounding
 * mode; on AArch64 the conversion follows the current mode.
 * ------------------------------------------------------------------------- */

/* The row types of the function table (both are uint16_t bits). */
typedef uint16_t sigmoid_internal_bf16;
typedef uint16_t sigmoid_internal_f16;
enum sigmoid_internal_half { SIGMOID_INTERNAL_BF16, SIGMOID_INTERNAL_F16 };

/* The float a bfloat16 holds (exact). */
static inline float sigmoid_bf16_to_f32(uint16_t h)
{
    return sigmoid_internal_from_bits_f32(SIGMOID_INTERNAL_CAST(uint32_t, h) << 16);
}

/* x rounded to bfloat16, to nearest even in every rounding mode; a NaN
 * stays NaN (quieted, its sign and leading payload bits kept). */
static inline uint16_t sigmoid_f32_to_bf16(float x)
{
    uint32_t u = sigmoid_internal_bits_f32(x);
    if ((u & 0x7fffffffu) > 0x7f800000u)
        return SIGMOID_INTERNAL_CAST(uint16_t, (u >> 16) | 0x0040u);
    return SIGMOID_INTERNAL_CAST(uint16_t, (u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

/* The float a binary16 holds (exact); a NaN is quieted, as F16C does. */
static inline float sigmoid_f16_to_f32(uint16_t h)
{
    uint32_t sign = SIGMOID_INTERNAL_CAST(uint32_t, h & 0x8000u) << 16, m = h & 0x7fffu;
    if (m >= 0x7c00u) /* inf, NaN */
        return sigmoid_internal_from_bits_f32(sign | 0x7f800000u | ((m & 0x3ffu) << 13) | (m > 0x7c00u ? 0x00400000u : 0u));
    if (m >= 0x0400u) /* normal: the exponent rebiased from 15 to 127 */
        return sigmoid_internal_from_bits_f32(sign | ((m << 13) + 0x38000000u));
    /* subnormal: m 2^-24, exact */
    return sigmoid_internal_from_bits_f32(sign | sigmoid_internal_bits_f32(SIGMOID_INTERNAL_CAST(float, m) * 5.9604644775390625e-08f));
}

/* x rounded to binary16, to nearest even in every rounding mode (integer
 * code); beyond 65520 it gives infinity, and a NaN stays NaN (quieted). */
static inline uint16_t sigmoid_f32_to_f16(float x)
{
    uint32_t u = sigmoid_internal_bits_f32(x), a = u & 0x7fffffffu, h;
    if (a > 0x7f800000u) { /* NaN */
        h = 0x7e00u | ((a >> 13) & 0x3ffu);
    } else if (a >= 0x38800000u) { /* >= 2^-14: drop 13 bits, rebias */
        h = ((a + 0x0fffu + ((a >> 13) & 1u)) >> 13) - 0x1c000u;
        h = h > 0x7c00u ? 0x7c00u : h;
    } else if (a <= 0x33000000u) { /* <= 2^-25: 0 (2^-25 is a tie, to even) */
        h = 0;
    } else { /* subnormal: the significand m, shifted right by s in [14, 24] */
        uint32_t m = (a & 0x007fffffu) | 0x00800000u, s = 126u - (a >> 23);
        uint32_t rest = m & ((1u << s) - 1u), half = 1u << (s - 1u);
        h = m >> s;
        h += SIGMOID_INTERNAL_CAST(uint32_t, rest > half || (rest == half && (h & 1u)));
    }
    return SIGMOID_INTERNAL_CAST(uint16_t, ((u >> 16) & 0x8000u) | h);
}

static inline float sigmoid_internal_half_to_f32(uint16_t h, enum sigmoid_internal_half format)
{
    return format == SIGMOID_INTERNAL_BF16 ? sigmoid_bf16_to_f32(h) : sigmoid_f16_to_f32(h);
}

/* The float with bits u (not NaN) rounded to the half format. */
static inline uint16_t sigmoid_internal_round_half(uint32_t u, enum sigmoid_internal_half format)
{
    return format == SIGMOID_INTERNAL_BF16 ? sigmoid_f32_to_bf16(sigmoid_internal_from_bits_f32(u))
                                           : sigmoid_f32_to_f16(sigmoid_internal_from_bits_f32(u));
}

/* the quiet bit of a half NaN */
static inline uint16_t sigmoid_internal_half_quiet(enum sigmoid_internal_half format)
{
    return format == SIGMOID_INTERNAL_BF16 ? 0x0040u : 0x0200u;
}

/* S + E (0 <= S < 2^128, S + E >= 0, E = 0 or the error of a Fast2Sum
 * that gave S) rounded to float by rounding to odd: truncated, with the
 * last bit set if anything was cut off. f = |S| rounded by the conversion
 * (in any mode: the test corrects it; |S|, as 0 - 0 is -0 when rounding
 * downward), and the sign of v - f decides:
 * S - f is exact or far larger than E, so the computed sum has the sign of
 * the exact one, and is zero only where that is. The vector paths run the
 * same steps (round_odd_f32 in the kernels). */
static inline uint32_t sigmoid_internal_round_odd_f32(double S, double E)
{
    uint32_t f = sigmoid_internal_bits_f32(SIGMOID_INTERNAL_CAST(float, S)) & 0x7fffffffu;
    double diff = (S - SIGMOID_INTERNAL_CAST(double, sigmoid_internal_from_bits_f32(f))) + E;
    return (f - SIGMOID_INTERNAL_CAST(uint32_t, diff < 0.0)) | SIGMOID_INTERNAL_CAST(uint32_t, diff != 0.0);
}

/* sigmoid_array_bf16, sigmoid_array_f16, on every path.
 * Contract: correctly rounded (<= 0.5 ULP of the half format) for every
 * input. Proof: make verify, all 2^16 inputs of each format against MPFR,
 * every path: 0 misrounded. The scalar code starts from the correctly
 * rounded float r: sigma(x) lies strictly between r's neighbours, so the
 * bracket needs a margin of one float step (three: in the directed modes
 * r is within 1 + 2^-10.4 ULP, two steps across a binade's edge); where
 * it cannot decide, r is near a half midpoint, and sigmoid_f64 (within
 * 0.5 + 2^-15 ULP of double) rounded to odd and then to half decides:
 * only a half midpoint within 2^-52 of sigma(x) could mislead it, and
 * make verify shows that none is. The vector paths start from the fast
 * tier (see SIGMOID_INTERNAL_HALF_MARGIN). */
#define SIGMOID_INTERNAL_HALF_ULP 0.5
/* The vector paths' margin, in float steps: the fast tier is within 2.40
 * ULP in round-to-nearest and 4 in the directed modes (make check-fenv),
 * and an approximation in the binade below sigma(x) counts twice as many
 * steps. */
#define SIGMOID_INTERNAL_HALF_MARGIN 8

static inline uint16_t sigmoid_internal_sigma_half(uint16_t h, enum sigmoid_internal_half format)
{
    float x = sigmoid_internal_half_to_f32(h, format);
    uint32_t r = sigmoid_internal_bits_f32(sigmoid_f32(x));
    uint16_t lo, hi;
    if (sigmoid_internal_isnan_f32(x))
        return SIGMOID_INTERNAL_CAST(uint16_t, h | sigmoid_internal_half_quiet(format));
    lo = sigmoid_internal_round_half(r < 3u ? 0u : r - 3u, format);
    hi = sigmoid_internal_round_half(r + 3u, format);
    if (lo == hi)
        return lo;
    return sigmoid_internal_round_half(sigmoid_internal_round_odd_f32(sigmoid_f64(SIGMOID_INTERNAL_CAST(double, x)), 0.0), format);
}

/* sigmoid_backward_bf16 and _f16, on every path.
 * Contract: dy y(1-y) correctly rounded to the half format, for every pair
 * (y, dy); the special cases are those of sigmoid_backward_f32 (a y outside
 * (0, 1) passes +0; an infinite dy gives an infinity, NaNs propagate).
 * Proof: make verify, all 2^32 pairs of each format against exact integer
 * arithmetic, every path. Why it is exact: with D = |dy|, A = D y (at most
 * 22 bits) and B = A y (at most 33 bits) are exact in double (all values
 * lie in [2^-399, 2^126]), and Fast2Sum(A, -B) gives D y(1-y) = S + E
 * exactly (A >= B). A compiler that fuses a product into the difference
 * computes the same values, since the products are exact. */
static inline uint16_t sigmoid_internal_backward_half(uint16_t hy, uint16_t hdy, enum sigmoid_internal_half format)
{
    float y = sigmoid_internal_half_to_f32(hy, format), dy = sigmoid_internal_half_to_f32(hdy, format);
    uint32_t by = sigmoid_internal_bits_f32(y), ad = sigmoid_internal_bits_f32(dy) & 0x7fffffffu;
    double Y, A, B, S, E;
    if (!(by - 1u < 0x3f7fffffu && ad < 0x7f800000u)) /* zeros, infinities, NaNs: as in float */
        return sigmoid_internal_round_half(sigmoid_internal_bits_f32(sigmoid_internal_backward_value_f32(y, dy)), format);
    Y = SIGMOID_INTERNAL_CAST(double, y);
    A = SIGMOID_INTERNAL_CAST(double, sigmoid_internal_from_bits_f32(ad)) * Y;
    B = A * Y;
    S = A - B;
    E = (A - S) - B;
    return SIGMOID_INTERNAL_CAST(uint16_t, (hdy & 0x8000u) | sigmoid_internal_round_half(sigmoid_internal_round_odd_f32(S, E), format));
}

/* sigmoid_deriv_from_output_array_bf16 and _f16, on every path: the
 * backward step with dy = 1 (a y outside (0, 1) gives +0, as in float).
 * Contract and proof: correctly rounded y(1-y), make verify on all 2^16
 * inputs of each format, every path. */
static inline uint16_t sigmoid_internal_from_output_half(uint16_t h, enum sigmoid_internal_half format)
{
    return sigmoid_internal_backward_half(h, format == SIGMOID_INTERNAL_BF16 ? 0x3f80u : 0x3c00u, format);
}

/* The row elements: one half element each, under the x87 guard (the pairs
 * above need double rounding, not the x87's 64 bits). */
SIGMOID_INTERNAL_SCALAR uint16_t sigmoid_internal_sigma_bf16(uint16_t x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(uint16_t, sigmoid_internal_sigma_half(x, SIGMOID_INTERNAL_BF16));
}
SIGMOID_INTERNAL_SCALAR uint16_t sigmoid_internal_sigma_f16(uint16_t x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(uint16_t, sigmoid_internal_sigma_half(x, SIGMOID_INTERNAL_F16));
}
SIGMOID_INTERNAL_SCALAR uint16_t sigmoid_internal_from_output_bf16(uint16_t y)
{
    SIGMOID_INTERNAL_X87_ENTER(y);
    SIGMOID_INTERNAL_X87_LEAVE(uint16_t, sigmoid_internal_from_output_half(y, SIGMOID_INTERNAL_BF16));
}
SIGMOID_INTERNAL_SCALAR uint16_t sigmoid_internal_from_output_f16(uint16_t y)
{
    SIGMOID_INTERNAL_X87_ENTER(y);
    SIGMOID_INTERNAL_X87_LEAVE(uint16_t, sigmoid_internal_from_output_half(y, SIGMOID_INTERNAL_F16));
}
SIGMOID_INTERNAL_SCALAR uint16_t sigmoid_internal_backward_bf16(uint16_t y, uint16_t dy)
{
    SIGMOID_INTERNAL_X87_ENTER2(y, dy);
    SIGMOID_INTERNAL_X87_LEAVE(uint16_t, sigmoid_internal_backward_half(y, dy, SIGMOID_INTERNAL_BF16));
}
SIGMOID_INTERNAL_SCALAR uint16_t sigmoid_internal_backward_f16(uint16_t y, uint16_t dy)
{
    SIGMOID_INTERNAL_X87_ENTER2(y, dy);
    SIGMOID_INTERNAL_X87_LEAVE(uint16_t, sigmoid_internal_backward_half(y, dy, SIGMOID_INTERNAL_F16));
}

/* ---------------------------------------------------------------------------
 * Vector paths: the operation layer
 *
 * The kernels (at the end of the file) are written once, over a thin layer
 * of operations that each instruction set defines under its own prefix:
 *   sigmoid_internal_sse2_*   x86-64 baseline, 4 float / 2 double lanes
 *   sigmoid_internal_avx2_*   AVX2 + FMA, 8 float / 4 double lanes,
 *                             compiled with a target attribute and chosen
 *                             at run time (CPUID), so a plain -O2 build has it
 *   sigmoid_internal_neon_*   AArch64 NEON, 4 float / 2 double lanes
 * Every layer provides these, each in every lane, rounding to nearest in
 * the current mode unless said otherwise:
 *   types      vf (float lanes), vi (int32 lanes, as many), vd (double
 *              lanes); wf, wd: the lane counts; target: the attribute of the
 *              layer's kernels; inline: that of its operations
 *   float      load, store (unaligned); set(c) (broadcast); add, sub, mul,
 *              div (IEEE, NaN in gives NaN); fma(a, b, c) = a*b + c (fused
 *              where the layer has fma: AVX2, NEON; SSE2 rounds the product
 *              first); at_least(a, c) = max(a, c), and c where a is NaN;
 *              sel_neg(s, n, p): n where s has its sign bit set, else p;
 *              fne(a, b): the int32 mask of a != b
 *   int32      bits, float (reinterpret, no conversion); trunc (to int32
 *              toward zero, whatever the rounding mode); ifloat (int32 to
 *              float, exact below 2^24); iset, iadd, isub, ior, isra1
 *              (arithmetic shift right by 1), ishl23 (left by 23); igt
 *              (signed a > b, all ones or zero); ieq, ine (a == b, !=); iand;
 *              isel(m, a, b): b where m is all ones, else a; iany: nonzero
 *              if any lane of m is set; exact_fma (a constant: 1 where fma
 *              and fms(a, b, c) = a*b - c are fused, so that a*b - RN(a*b)
 *              is exact; 0 on SSE2, where kernels must not rely on them)
 *   double     dset, dadd, dsub, dmul, ddiv, dfma (fused where the layer has
 *              fma); dneg, dabs (on the sign bit); dat_most(a, c) = min;
 *              dsel(m, a, b) (a where m is all ones);
 *              dkeep(m, a) (a where m, else +0); dbelow(a, c): the lanes
 *              with |a| < c (a not NaN); dsign_of(r, s): r >= +0 with the
 *              sign of s; dkeep_positive(g) (g where
 *              g > 0 or NaN, else +0); dinside01(y) (the mask of 0 < y < 1);
 *              dwithin01(y) (of 0 <= y <= 1, -0 included, NaN not);
 *              dtwo_prod(a, b, &lo): hi + lo = a*b exactly (an FMA, or
 *              Dekker's product where the build has none); dunsure(hi, lo,
 *              m): the lanes where hi + lo*m does not round to hi (Ziv's
 *              test); dbits, double (reinterpret as int64 and back);
 *              dsplit_exp(q, &k, &two_to_minus_k): for a normal q > 0,
 *              its significand in [1, 2), its exponent k as a double and,
 *              where the last pointer is not null, 2^-k (k >= -1022),
 *              exactly in every rounding mode;
 *              scaled_table(j): in each lane the bits of
 *              sigmoid_internal_exp_scale(j) (a gather or two loads);
 *              log_table(t, &minus_log_c, &minus_log_c_lo): for 0 <= t <=
 *              1, c and -log c (its high part, and its low part where the
 *              last pointer is not null) of row floor(128 t) of
 *              sigmoid_internal_log_table, in every rounding mode;
 *              exp_table(zs, &lo, &scale): 2^(-j/128) as hi and lo and 2^-K
 *              for k = 128K + j in the low bits of zs (two's complement)
 *   memory     load_f32(p, &bad): wd floats widened to double, lanes with
 *              |x| >= 120 or NaN zeroed and set in bad (bit i for lane i);
 *              widen(p): wd floats widened to double; store_f32(p, r): r
 *              rounded to float and stored; unsure_f32(r, E): the lanes
 *              where r(1 - E) and r(1 + E) round to different floats;
 *              store_f32_checked(p, r, E): r(1 - E) rounded to float and
 *              stored, returning the lanes where r(1 + E) rounds otherwise;
 *              load_u16(p), store_u16(p, v): wf uint16_t, zero-extended
 *              into int32 lanes and back (the low 16 bits); load_bf16x2(p,
 *              &second), store_u16x2(p, a, b): 2 wf bfloat16 as float bits
 *              (in a lane order of the layer's choosing), and 2 wf uint16_t
 *              (each < 2^16) back in the order read; load_f16(p):
 *              wf binary16 as floats (exact); to_f16(a): a >= +0, not NaN,
 *              as binary16 bits, to nearest even (AArch64: in the current
 *              mode); ishl16, isrl16 (logical); dlo(a), dhi(a): the float
 *              lanes' low and high halves widened to double; dnarrow(lo,
 *              hi): two double vectors rounded into one of floats;
 *              dsigns(lo, hi, &nonzero): as int32 lanes in the order of
 *              lo then hi, all ones where the double lane is < 0 (and in
 *              nonzero where it is != 0; no NaN lanes);
 *              load_backward(y, dy, &yd, &dyd): wd pairs widened, lanes
 *              with y outside (0, 1) zeroed (dx = +0), lanes with a NaN or
 *              an infinite dy returned for the scalar code; dload_near(p,
 *              top, &far): wd doubles, lanes with |x| >= c or NaN zeroed
 *              and set in far (c's high word is top, its low word zero);
 *              dstore
 *   leave      called right before a kernel runs scalar code: clears the
 *              upper halves of the vector registers (AVX2's vzeroupper;
 *              nothing on SSE2 and NEON). SSE code that runs while they
 *              are set waits for them to be saved: 175 ns each time on an
 *              Intel Xeon (family 6, model 207), measured. GCC clears them
 *              itself before a call only from -O2 on, and even there not
 *              before a small static function whose registers it tracks
 *              (-fipa-ra). make check-vzeroupper checks the machine code
 * No operation raises a floating-point exception for a non-NaN input that
 * the scalar code would not raise it for: the kernels compare on integer
 * bits or zero the lanes they hand to the scalar code. (A few compares
 * raise FE_INVALID for a NaN lane, which the scalar code may too.)
 * ------------------------------------------------------------------------- */

#if !defined(SIGMOID_NO_SIMD) && !defined(__TINYC__) && \
    (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define SIGMOID_INTERNAL_X86
#include <cpuid.h>
#include <immintrin.h>
#elif !defined(SIGMOID_NO_SIMD) && !defined(__TINYC__) && \
    (defined(__GNUC__) || defined(__clang__)) && defined(__aarch64__)
#define SIGMOID_INTERNAL_NEON
#include <arm_neon.h>
#endif

#ifdef __cplusplus
#define SIGMOID_INTERNAL_PTR_CAST(type, p) reinterpret_cast<type>(p)
#else
#define SIGMOID_INTERNAL_PTR_CAST(type, p) ((type)(p))
#endif

/* The vector paths evaluate the fast path for |x| < 120 (the scalar code
 * sends |x| >= 87 to its tail function instead, where results can be
 * subnormal: the test below handles those too). */
#define SIGMOID_INTERNAL_F32_VECTOR_LIMIT 0x42f00000u /* 120.0f */
/* 2^-48: the rounding test's margin for dy*y(1-y) in double */
#define SIGMOID_INTERNAL_PRODUCT_MARGIN 3.5527136788005009e-15

/* The paths; sigmoid_internal_path() picks the best one once. */
enum sigmoid_internal_path_id {
    SIGMOID_INTERNAL_PATH_SCALAR,
    SIGMOID_INTERNAL_PATH_SSE2,
    SIGMOID_INTERNAL_PATH_AVX2,
    SIGMOID_INTERNAL_PATH_NEON,
    SIGMOID_INTERNAL_PATH_COUNT
};

/* The kernels' operations and steps are inlined into their kernel, where
 * the compiler optimises. Unoptimised (-O0), inlining them only makes one
 * huge function per kernel, which took gcc and clang 15 to 18 s to compile
 * for a file calling every function (0.01 s by tcc): there they stay
 * calls (unused means inline, which no compiler treats as an error). */
#if defined(__OPTIMIZE__)
#define SIGMOID_INTERNAL_OPERATION_INLINE always_inline
#else
#define SIGMOID_INTERNAL_OPERATION_INLINE unused
#endif

#ifdef SIGMOID_INTERNAL_X86
/* Per layer: the attribute of its kernels, and of its inlined operations
 * (lower case, since kernels paste them from the prefix). */
#define sigmoid_internal_sse2_target
#define sigmoid_internal_sse2_inline static inline __attribute__((SIGMOID_INTERNAL_OPERATION_INLINE))
#if defined(__clang__)
#define SIGMOID_INTERNAL_AVX2_ATTRIBUTES target("avx2,fma,f16c")
#else
#define SIGMOID_INTERNAL_AVX2_ATTRIBUTES target("avx2,fma,f16c"), optimize("no-ipa-ra")
#endif
#define sigmoid_internal_avx2_target __attribute__((SIGMOID_INTERNAL_AVX2_ATTRIBUTES))
#define sigmoid_internal_avx2_inline static inline __attribute__((SIGMOID_INTERNAL_OPERATION_INLINE, SIGMOID_INTERNAL_AVX2_ATTRIBUTES))

/* SSE2 ------------------------------------------------------------------ */
typedef __m128 sigmoid_internal_sse2_vf;
typedef __m128i sigmoid_internal_sse2_vi;
typedef __m128d sigmoid_internal_sse2_vd;
#define sigmoid_internal_sse2_wf 4
#define sigmoid_internal_sse2_wd 2

sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_load(const float *p) { return _mm_loadu_ps(p); }
sigmoid_internal_sse2_inline void sigmoid_internal_sse2_store(float *p, __m128 v) { _mm_storeu_ps(p, v); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_set(float c) { return _mm_set1_ps(c); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_add(__m128 a, __m128 b) { return _mm_add_ps(a, b); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_sub(__m128 a, __m128 b) { return _mm_sub_ps(a, b); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_mul(__m128 a, __m128 b) { return _mm_mul_ps(a, b); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_div(__m128 a, __m128 b) { return _mm_div_ps(a, b); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_fma(__m128 a, __m128 b, __m128 c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_trunc(__m128 a) { return _mm_cvttps_epi32(a); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_ifloat(__m128i a) { return _mm_cvtepi32_ps(a); }
/* max(a, c), and c where a is NaN */
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_at_least(__m128 a, __m128 c) { return _mm_max_ps(a, c); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_fne(__m128 a, __m128 b) { return _mm_castps_si128(_mm_cmpneq_ps(a, b)); }
/* lanes where s has its sign bit set take if_neg, the others if_pos */
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_sel_neg(__m128 s, __m128 if_neg, __m128 if_pos)
{
    __m128 m = _mm_castsi128_ps(_mm_srai_epi32(_mm_castps_si128(s), 31));
    return _mm_or_ps(_mm_and_ps(m, if_neg), _mm_andnot_ps(m, if_pos));
}
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_bits(__m128 a) { return _mm_castps_si128(a); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_float(__m128i a) { return _mm_castsi128_ps(a); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_iset(int32_t c) { return _mm_set1_epi32(c); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_iadd(__m128i a, __m128i b) { return _mm_add_epi32(a, b); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_isub(__m128i a, __m128i b) { return _mm_sub_epi32(a, b); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_ior(__m128i a, __m128i b) { return _mm_or_si128(a, b); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_iand(__m128i a, __m128i b) { return _mm_and_si128(a, b); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_ine(__m128i a, __m128i b) { return _mm_xor_si128(_mm_cmpeq_epi32(a, b), _mm_set1_epi32(-1)); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_ieq(__m128i a, __m128i b) { return _mm_cmpeq_epi32(a, b); }
/* SSE2 has no fused multiply-add: the kernels that need an exact product
 * in float lanes do not run on this layer (fms is then never called) */
#define sigmoid_internal_sse2_exact_fma 0
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_fms(__m128 a, __m128 b, __m128 c) { return _mm_sub_ps(_mm_mul_ps(a, b), c); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_isra1(__m128i a) { return _mm_srai_epi32(a, 1); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_ishl23(__m128i a) { return _mm_slli_epi32(a, 23); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_igt(__m128i a, __m128i b) { return _mm_cmpgt_epi32(a, b); }
/* lanes of m (all ones or zero) take b, the others a */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_isel(__m128i m, __m128i a, __m128i b) { return _mm_or_si128(_mm_andnot_si128(m, a), _mm_and_si128(m, b)); }
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_iany(__m128i m) { return _mm_movemask_ps(_mm_castsi128_ps(m)); }
sigmoid_internal_sse2_inline void sigmoid_internal_sse2_leave(void) {}

/* Two floats as the low 64 bits of a vector, at any alignment (memcpy:
 * the pointer may not be cast to double, whose alignment it need not
 * have); store_f32_checked writes two the same way. */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_load2(const float *p)
{
    int64_t v;
    memcpy(&v, p, sizeof v);
    return _mm_cvtsi64_si128(v);
}
/* r(1 - margin) rounded to float, stored; bit i set when r(1 + margin)
 * rounds differently in lane i (the rounding test: see the kernels). */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_store_f32_checked(float *p, __m128d r, double margin)
{
    __m128 lo = _mm_cvtpd_ps(_mm_mul_pd(r, _mm_set1_pd(1.0 - margin)));
    __m128 hi = _mm_cvtpd_ps(_mm_mul_pd(r, _mm_set1_pd(1.0 + margin)));
    int64_t v = _mm_cvtsi128_si64(_mm_castps_si128(lo));
    memcpy(p, &v, sizeof v);
    return _mm_movemask_ps(_mm_cmpneq_ps(lo, hi)) & 3;
}
/* Two floats x as doubles. Lanes with |x| >= 120 or NaN are zeroed (so that
 * nothing can overflow) and set in *bad, bit i for lane i. */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_load_f32(const float *p, int *bad)
{
    __m128i b = sigmoid_internal_sse2_load2(p);
    __m128i m = _mm_cmpgt_epi32(_mm_and_si128(b, _mm_set1_epi32(0x7fffffff)), _mm_set1_epi32(SIGMOID_INTERNAL_F32_VECTOR_LIMIT - 1));
    *bad = _mm_movemask_ps(_mm_castsi128_ps(m)) & 3;
    return _mm_cvtps_pd(_mm_castsi128_ps(_mm_andnot_si128(m, b)));
}
/* The lane masks of load_backward on the bits of four y and dy, shared by
 * the SSE2 and AVX2 layers: returns the lanes for the scalar code, and in
 * *keep those whose y and dy enter the product (the others become 0). */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_x86_backward_lanes(__m128i yb, __m128i db, __m128i *keep)
{
    __m128i abs = _mm_set1_epi32(0x7fffffff), inf = _mm_set1_epi32(0x7f800000);
    __m128i y_in = _mm_and_si128(_mm_cmpgt_epi32(yb, _mm_setzero_si128()), _mm_cmpgt_epi32(_mm_set1_epi32(0x3f800000), yb));
    __m128i d_abs = _mm_and_si128(db, abs);
    __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpgt_epi32(_mm_and_si128(yb, abs), inf), _mm_cmpgt_epi32(d_abs, inf)),
                               _mm_and_si128(y_in, _mm_cmpeq_epi32(d_abs, inf)));
    *keep = _mm_andnot_si128(bad, y_in);
    return bad;
}

/* y and dy for the backward step. A y outside
 * (0,1) passes no gradient: its lane gets y = dy = 0, so r = +0 exactly.
 * Lanes with a NaN, or an infinite dy against a y inside, are set in the
 * returned bits (the scalar code decides) and zeroed too. */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_load_backward(const float *y, const float *dy, __m128d *yd, __m128d *dyd)
{
    __m128i yb = sigmoid_internal_sse2_load2(y);
    __m128i db = sigmoid_internal_sse2_load2(dy);
    __m128i keep, bad = sigmoid_internal_x86_backward_lanes(yb, db, &keep);
    *yd = _mm_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, yb)));
    *dyd = _mm_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, db)));
    return _mm_movemask_ps(_mm_castsi128_ps(bad)) & 3;
}
/* The lanes where r(1 - margin) and r(1 + margin) round to different
 * floats (the rounding test of a fast path: see the kernels). */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_unsure_f32(__m128d r, double margin)
{
    __m128 lo = _mm_cvtpd_ps(_mm_mul_pd(r, _mm_set1_pd(1.0 - margin)));
    __m128 hi = _mm_cvtpd_ps(_mm_mul_pd(r, _mm_set1_pd(1.0 + margin)));
    return _mm_movemask_ps(_mm_cmpneq_ps(lo, hi)) & 3;
}
sigmoid_internal_sse2_inline void sigmoid_internal_sse2_store_f32(float *p, __m128d r)
{
    int64_t v = _mm_cvtsi128_si64(_mm_castps_si128(_mm_cvtpd_ps(r)));
    memcpy(p, &v, sizeof v);
}
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dset(double c) { return _mm_set1_pd(c); }
sigmoid_internal_sse2_inline void sigmoid_internal_sse2_dstore(double *p, __m128d v) { _mm_storeu_pd(p, v); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dat_most(__m128d a, __m128d c) { return _mm_min_pd(a, c); }
/* wd doubles; lanes with |x| >= c or NaN, for a c whose low word is zero
 * (given as its high word, top), are zeroed and set in *far, bit i for
 * lane i. Compared on the high words of the bits. */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dload_near(const double *p, int32_t top, int *far)
{
    __m128d x = _mm_loadu_pd(p);
    __m128i hi = _mm_and_si128(_mm_shuffle_epi32(_mm_castpd_si128(x), 0xf5), _mm_set1_epi32(0x7fffffff));
    __m128d m = _mm_castsi128_pd(_mm_cmpgt_epi32(hi, _mm_set1_epi32(top - 1)));
    *far = _mm_movemask_pd(m);
    return _mm_andnot_pd(m, x);
}
/* hi + lo = a b exactly: Dekker's product, or an FMA where the build has
 * one (then the compiler may contract Dekker's steps and break them) */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dtwo_prod(__m128d a, __m128d b, __m128d *lo)
{
#ifdef SIGMOID_INTERNAL_HAS_FMA
    __m128d hi = _mm_mul_pd(a, b);
    *lo = _mm_fmsub_pd(a, b, hi);
    return hi;
#else
    __m128d split = _mm_set1_pd(134217729.0), hi = _mm_mul_pd(a, b);
    __m128d ca = _mm_mul_pd(split, a), cb = _mm_mul_pd(split, b);
    __m128d a1 = _mm_sub_pd(ca, _mm_sub_pd(ca, a)), b1 = _mm_sub_pd(cb, _mm_sub_pd(cb, b));
    __m128d a2 = _mm_sub_pd(a, a1), b2 = _mm_sub_pd(b, b1);
    *lo = _mm_add_pd(_mm_add_pd(_mm_add_pd(_mm_sub_pd(_mm_mul_pd(a1, b1), hi), _mm_mul_pd(a1, b2)), _mm_mul_pd(a2, b1)),
                     _mm_mul_pd(a2, b2));
    return hi;
#endif
}
/* two floats widened to double */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_widen(const float *p) { return _mm_cvtps_pd(_mm_castsi128_ps(sigmoid_internal_sse2_load2(p))); }
/* g where g > 0 or NaN, else +0 (a NaN raises FE_INVALID here) */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dkeep_positive(__m128d g) { return _mm_and_pd(_mm_cmpnle_pd(g, _mm_setzero_pd()), g); }
/* all ones in the lanes with 0 < y < 1 (a NaN raises FE_INVALID here) */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dinside01(__m128d y) { return _mm_and_pd(_mm_cmpgt_pd(y, _mm_setzero_pd()), _mm_cmplt_pd(y, _mm_set1_pd(1.0))); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dwithin01(__m128d y) { return _mm_and_pd(_mm_cmpge_pd(y, _mm_setzero_pd()), _mm_cmple_pd(y, _mm_set1_pd(1.0))); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dsel(__m128d m, __m128d a, __m128d b) { return _mm_or_pd(_mm_and_pd(m, a), _mm_andnot_pd(m, b)); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dkeep(__m128d m, __m128d a) { return _mm_and_pd(m, a); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dabove(__m128d a, double c) { return _mm_cmpgt_pd(a, _mm_set1_pd(c)); }
/* the lanes with |a| < c (a is not NaN) */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_dbelow(__m128d a, double c)
{
    return _mm_movemask_pd(_mm_cmplt_pd(_mm_andnot_pd(_mm_set1_pd(-0.0), a), _mm_set1_pd(c)));
}
/* r (>= +0) with the sign of s */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dsign_of(__m128d r, __m128d s) { return _mm_or_pd(r, _mm_and_pd(s, _mm_set1_pd(-0.0))); }
/* the lanes where hi + lo m does not round to hi (Ziv's test) */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_dunsure(__m128d hi, __m128d lo, double m)
{
    return _mm_movemask_pd(_mm_cmpneq_pd(hi, _mm_add_pd(hi, _mm_mul_pd(lo, _mm_set1_pd(m)))));
}
/* The bits of zs hold k = 128K + j in two's complement: 2^(-j/128) (its
 * leading double) and, in *scale, 2^-K, for |K| <= 1021 */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_exp_table(__m128d zs, __m128d *lo, __m128d *scale)
{
    __m128i b = _mm_castpd_si128(zs);
    long long j0 = _mm_cvtsi128_si64(b) & 127, j1 = _mm_cvtsi128_si64(_mm_unpackhi_epi64(b, b)) & 127;
    __m128i K52 = _mm_and_si128(_mm_slli_epi64(b, 45), _mm_set1_epi64x(SIGMOID_INTERNAL_CAST(long long, 0xfff0000000000000u)));
    *scale = _mm_castsi128_pd(_mm_sub_epi64(_mm_set1_epi64x(0x3ff0000000000000), K52));
    *lo = _mm_castsi128_pd(_mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_table[j1][1]), SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_table[j0][1])));
    return _mm_castsi128_pd(_mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_table[j1][0]), SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_table[j0][0])));
}
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dneg(__m128d a) { return _mm_xor_pd(a, _mm_set1_pd(-0.0)); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dabs(__m128d a) { return _mm_andnot_pd(_mm_set1_pd(-0.0), a); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dadd(__m128d a, __m128d b) { return _mm_add_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dsub(__m128d a, __m128d b) { return _mm_sub_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dmul(__m128d a, __m128d b) { return _mm_mul_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_ddiv(__m128d a, __m128d b) { return _mm_div_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dfma(__m128d a, __m128d b, __m128d c) { return _mm_add_pd(_mm_mul_pd(a, b), c); }

/* Half precision: wf uint16_t loaded zero-extended into int32 lanes, and
 * the low 16 bits of each lane stored (memcpy: any alignment) */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_load_u16(const uint16_t *p)
{
    long long t;
    memcpy(&t, p, 8);
    return _mm_unpacklo_epi16(_mm_cvtsi64_si128(t), _mm_setzero_si128());
}
sigmoid_internal_sse2_inline void sigmoid_internal_sse2_store_u16(uint16_t *p, __m128i v)
{
    long long t = _mm_cvtsi128_si64(_mm_packs_epi32(_mm_srai_epi32(_mm_slli_epi32(v, 16), 16), _mm_setzero_si128()));
    memcpy(p, &t, 8);
}
/* 2 wf bfloat16 as the bits of their floats (the halves in the high 16
 * bits), the first wf lanes returned, in the order store_u16x2 restores */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_load_bf16x2(const uint16_t *p, __m128i *second)
{
    __m128i v = _mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, p)));
    *second = _mm_unpackhi_epi16(_mm_setzero_si128(), v);
    return _mm_unpacklo_epi16(_mm_setzero_si128(), v);
}
sigmoid_internal_sse2_inline void sigmoid_internal_sse2_store_u16x2(uint16_t *p, __m128i a, __m128i b)
{
    _mm_storeu_si128(SIGMOID_INTERNAL_PTR_CAST(__m128i *, SIGMOID_INTERNAL_PTR_CAST(void *, p)),
                     _mm_packs_epi32(_mm_srai_epi32(_mm_slli_epi32(a, 16), 16), _mm_srai_epi32(_mm_slli_epi32(b, 16), 16)));
}
/* binary16 bits (int32 lanes) to float, exact: the exponent rebiased (by
 * 112, or 224 for inf and NaN), subnormals as m 2^-24 */
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_from_f16(__m128i h)
{
    __m128i m = _mm_and_si128(h, _mm_set1_epi32(0x7fff)), sign = _mm_slli_epi32(_mm_and_si128(h, _mm_set1_epi32(0x8000)), 16);
    __m128i special = _mm_cmpgt_epi32(m, _mm_set1_epi32(0x7bff)), small = _mm_cmpgt_epi32(_mm_set1_epi32(0x400), m);
    __m128i normal = _mm_add_epi32(_mm_slli_epi32(m, 13), _mm_add_epi32(_mm_set1_epi32(0x38000000), _mm_and_si128(special, _mm_set1_epi32(0x38000000))));
    __m128i sub = _mm_castps_si128(_mm_mul_ps(_mm_cvtepi32_ps(m), _mm_set1_ps(5.9604644775390625e-08f)));
    return _mm_castsi128_ps(_mm_or_si128(sign, _mm_or_si128(_mm_and_si128(small, sub), _mm_andnot_si128(small, normal))));
}
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_load_f16(const uint16_t *p) { return sigmoid_internal_sse2_from_f16(sigmoid_internal_sse2_load_u16(p)); }
/* a (>= +0, not NaN) rounded to binary16 bits, to nearest even in every
 * rounding mode: 13 bits dropped in integer code from 2^-14 up (clamped at
 * infinity); below, a 2^24 < 1024 exactly, split into its integer part
 * (a truncating conversion) and the exact rest, which rounds it */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_to_f16(__m128 a)
{
    __m128i b = _mm_castps_si128(a), small = _mm_cmpgt_epi32(_mm_set1_epi32(0x38800000), b);
    __m128i n = _mm_sub_epi32(_mm_srli_epi32(_mm_add_epi32(_mm_add_epi32(b, _mm_set1_epi32(0x0fff)), _mm_and_si128(_mm_srli_epi32(b, 13), _mm_set1_epi32(1))), 13),
                              _mm_set1_epi32(0x1c000));
    __m128i inf = _mm_cmpgt_epi32(n, _mm_set1_epi32(0x7c00));
    __m128 t = _mm_mul_ps(_mm_castsi128_ps(_mm_and_si128(b, small)), _mm_set1_ps(16777216.0f));
    __m128i i = _mm_cvttps_epi32(t), rest = _mm_castps_si128(_mm_sub_ps(t, _mm_cvtepi32_ps(i)));
    __m128i up = _mm_or_si128(_mm_cmpgt_epi32(rest, _mm_set1_epi32(0x3f000000)),
                              _mm_and_si128(_mm_cmpeq_epi32(rest, _mm_set1_epi32(0x3f000000)), _mm_srai_epi32(_mm_slli_epi32(i, 31), 31)));
    n = _mm_or_si128(_mm_andnot_si128(inf, n), _mm_and_si128(inf, _mm_set1_epi32(0x7c00)));
    return _mm_or_si128(_mm_andnot_si128(small, n), _mm_and_si128(small, _mm_sub_epi32(i, up)));
}
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_ishl16(__m128i a) { return _mm_slli_epi32(a, 16); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_isrl16(__m128i a) { return _mm_srli_epi32(a, 16); }
/* the float lanes' halves widened to double, and two double vectors
 * rounded (current mode) into one of floats */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dlo(__m128 a) { return _mm_cvtps_pd(a); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dhi(__m128 a) { return _mm_cvtps_pd(_mm_movehl_ps(a, a)); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_dnarrow(__m128d lo, __m128d hi) { return _mm_movelh_ps(_mm_cvtpd_ps(lo), _mm_cvtpd_ps(hi)); }
/* for the double lanes of lo, then hi (not NaN), as int32 lanes: all ones
 * where the lane is < 0, and in *nonzero where it is != 0 */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_dsigns(__m128d lo, __m128d hi, __m128i *nonzero)
{
    __m128d z = _mm_setzero_pd();
    *nonzero = _mm_castps_si128(_mm_shuffle_ps(_mm_castpd_ps(_mm_cmpneq_pd(lo, z)), _mm_castpd_ps(_mm_cmpneq_pd(hi, z)), _MM_SHUFFLE(2, 0, 2, 0)));
    return _mm_castps_si128(_mm_shuffle_ps(_mm_castpd_ps(_mm_cmplt_pd(lo, z)), _mm_castpd_ps(_mm_cmplt_pd(hi, z)), _MM_SHUFFLE(2, 0, 2, 0)));
}
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_dbits(__m128d a) { return _mm_castpd_si128(a); }
/* the sign bits of a mask's lanes, as an int */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_dmask_bits(__m128d m) { return _mm_movemask_pd(m); }
/* q = 2^k (1 + f) for a positive normal q: 1 + f, and k as a double
 * (the exponent field or'ed into 2^52, less 2^52 + 1023: exact) */
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dsplit_exp(__m128d q, __m128d *k, __m128d *two_to_minus_k)
{
    __m128i b = _mm_castpd_si128(q);
    if (two_to_minus_k)
        *two_to_minus_k = _mm_castsi128_pd(_mm_sub_epi64(_mm_set1_epi64x(0x7fe0000000000000),
                                                         _mm_and_si128(b, _mm_set1_epi64x(0x7ff0000000000000))));
    *k = _mm_sub_pd(_mm_castsi128_pd(_mm_or_si128(_mm_srli_epi64(b, 52), _mm_set1_epi64x(0x4330000000000000))),
                    _mm_set1_pd(4503599627371519.0));
    return _mm_castsi128_pd(_mm_or_si128(_mm_and_si128(b, _mm_set1_epi64x(0x000fffffffffffff)),
                                         _mm_set1_epi64x(0x3ff0000000000000)));
}
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_double(__m128i a) { return _mm_castsi128_pd(a); }
/* sigmoid_internal_exp_scale in each lane */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_scaled_table(__m128i j)
{
    __m128i t = _mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_fast_table[_mm_cvtsi128_si64(_mm_unpackhi_epi64(j, j)) & SIGMOID_INTERNAL_FAST_TABLE_MASK]),
                               SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_fast_table[_mm_cvtsi128_si64(j) & SIGMOID_INTERNAL_FAST_TABLE_MASK]));
    return _mm_sub_epi64(t, _mm_slli_epi64(j, 52 - SIGMOID_INTERNAL_FAST_TABLE_BITS));
}

sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_log_table(__m128d t, __m128d *minus_log_c, __m128d *minus_log_c_lo)
{
    __m128i j = _mm_cvttpd_epi32(_mm_mul_pd(t, _mm_set1_pd(128.0))); /* truncated, whatever the mode */
    int i0 = _mm_cvtsi128_si32(j) & 255, i1 = _mm_cvtsi128_si32(_mm_srli_si128(j, 4)) & 255;
    if (minus_log_c_lo)
        *minus_log_c_lo = _mm_castsi128_pd(_mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_log_table[i1][2]),
                                                          SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_log_table[i0][2])));
    *minus_log_c = _mm_castsi128_pd(_mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_log_table[i1][1]),
                                                   SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_log_table[i0][1])));
    return _mm_castsi128_pd(_mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_log_table[i1][0]),
                                           SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_log_table[i0][0])));
}

/* AVX2 + FMA ------------------------------------------------------------ */
typedef __m256 sigmoid_internal_avx2_vf;
typedef __m256i sigmoid_internal_avx2_vi;
typedef __m256d sigmoid_internal_avx2_vd;
#define sigmoid_internal_avx2_wf 8
#define sigmoid_internal_avx2_wd 4

sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_load(const float *p) { return _mm256_loadu_ps(p); }
sigmoid_internal_avx2_inline void sigmoid_internal_avx2_store(float *p, __m256 v) { _mm256_storeu_ps(p, v); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_set(float c) { return _mm256_set1_ps(c); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_add(__m256 a, __m256 b) { return _mm256_add_ps(a, b); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_sub(__m256 a, __m256 b) { return _mm256_sub_ps(a, b); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_mul(__m256 a, __m256 b) { return _mm256_mul_ps(a, b); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_div(__m256 a, __m256 b) { return _mm256_div_ps(a, b); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_fma(__m256 a, __m256 b, __m256 c) { return _mm256_fmadd_ps(a, b, c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_trunc(__m256 a) { return _mm256_cvttps_epi32(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_ifloat(__m256i a) { return _mm256_cvtepi32_ps(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_at_least(__m256 a, __m256 c) { return _mm256_max_ps(a, c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_fne(__m256 a, __m256 b) { return _mm256_castps_si256(_mm256_cmp_ps(a, b, _CMP_NEQ_UQ)); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_sel_neg(__m256 s, __m256 if_neg, __m256 if_pos) { return _mm256_blendv_ps(if_pos, if_neg, s); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_bits(__m256 a) { return _mm256_castps_si256(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_float(__m256i a) { return _mm256_castsi256_ps(a); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_iset(int32_t c) { return _mm256_set1_epi32(c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_iadd(__m256i a, __m256i b) { return _mm256_add_epi32(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isub(__m256i a, __m256i b) { return _mm256_sub_epi32(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ior(__m256i a, __m256i b) { return _mm256_or_si256(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_iand(__m256i a, __m256i b) { return _mm256_and_si256(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ine(__m256i a, __m256i b) { return _mm256_xor_si256(_mm256_cmpeq_epi32(a, b), _mm256_set1_epi32(-1)); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ieq(__m256i a, __m256i b) { return _mm256_cmpeq_epi32(a, b); }
#define sigmoid_internal_avx2_exact_fma 1
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_fms(__m256 a, __m256 b, __m256 c) { return _mm256_fmsub_ps(a, b, c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isra1(__m256i a) { return _mm256_srai_epi32(a, 1); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ishl23(__m256i a) { return _mm256_slli_epi32(a, 23); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_igt(__m256i a, __m256i b) { return _mm256_cmpgt_epi32(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isel(__m256i m, __m256i a, __m256i b) { return _mm256_blendv_epi8(a, b, m); }
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_iany(__m256i m) { return _mm256_movemask_ps(_mm256_castsi256_ps(m)); }
sigmoid_internal_avx2_inline void sigmoid_internal_avx2_leave(void) { _mm256_zeroupper(); }

sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_load_f32(const float *p, int *bad)
{
    __m128i b = _mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, p)));
    __m128i m = _mm_cmpgt_epi32(_mm_and_si128(b, _mm_set1_epi32(0x7fffffff)), _mm_set1_epi32(SIGMOID_INTERNAL_F32_VECTOR_LIMIT - 1));
    *bad = _mm_movemask_ps(_mm_castsi128_ps(m));
    return _mm256_cvtps_pd(_mm_castsi128_ps(_mm_andnot_si128(m, b)));
}
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_store_f32_checked(float *p, __m256d r, double margin)
{
    __m128 lo = _mm256_cvtpd_ps(_mm256_mul_pd(r, _mm256_set1_pd(1.0 - margin)));
    __m128 hi = _mm256_cvtpd_ps(_mm256_mul_pd(r, _mm256_set1_pd(1.0 + margin)));
    _mm_storeu_ps(p, lo);
    return _mm_movemask_ps(_mm_cmpneq_ps(lo, hi));
}
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_load_backward(const float *y, const float *dy, __m256d *yd, __m256d *dyd)
{
    __m128i yb = _mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, y)));
    __m128i db = _mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, dy)));
    __m128i keep, bad = sigmoid_internal_x86_backward_lanes(yb, db, &keep);
    *yd = _mm256_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, yb)));
    *dyd = _mm256_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, db)));
    return _mm_movemask_ps(_mm_castsi128_ps(bad));
}
sigmoid_internal_avx2_inline void sigmoid_internal_avx2_store_f32(float *p, __m256d r) { _mm_storeu_ps(p, _mm256_cvtpd_ps(r)); }
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_unsure_f32(__m256d r, double margin)
{
    __m128 lo = _mm256_cvtpd_ps(_mm256_mul_pd(r, _mm256_set1_pd(1.0 - margin)));
    __m128 hi = _mm256_cvtpd_ps(_mm256_mul_pd(r, _mm256_set1_pd(1.0 + margin)));
    return _mm_movemask_ps(_mm_cmpneq_ps(lo, hi));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dset(double c) { return _mm256_set1_pd(c); }
sigmoid_internal_avx2_inline void sigmoid_internal_avx2_dstore(double *p, __m256d v) { _mm256_storeu_pd(p, v); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dat_most(__m256d a, __m256d c) { return _mm256_min_pd(a, c); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dload_near(const double *p, int32_t top, int *far)
{
    __m256d x = _mm256_loadu_pd(p);
    __m256i a = _mm256_and_si256(_mm256_castpd_si256(x), _mm256_set1_epi64x(0x7fffffffffffffff));
    __m256d m = _mm256_castsi256_pd(_mm256_cmpgt_epi64(a, _mm256_set1_epi64x((SIGMOID_INTERNAL_CAST(long long, top) << 32) - 1)));
    *far = _mm256_movemask_pd(m);
    return _mm256_andnot_pd(m, x);
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dtwo_prod(__m256d a, __m256d b, __m256d *lo)
{
    __m256d hi = _mm256_mul_pd(a, b);
    *lo = _mm256_fmsub_pd(a, b, hi);
    return hi;
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_widen(const float *p) { return _mm256_cvtps_pd(_mm_loadu_ps(p)); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dkeep_positive(__m256d g) { return _mm256_and_pd(_mm256_cmp_pd(g, _mm256_setzero_pd(), _CMP_NLE_UQ), g); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dinside01(__m256d y)
{
    return _mm256_and_pd(_mm256_cmp_pd(y, _mm256_setzero_pd(), _CMP_GT_OQ), _mm256_cmp_pd(y, _mm256_set1_pd(1.0), _CMP_LT_OQ));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dwithin01(__m256d y)
{
    return _mm256_and_pd(_mm256_cmp_pd(y, _mm256_setzero_pd(), _CMP_GE_OQ), _mm256_cmp_pd(y, _mm256_set1_pd(1.0), _CMP_LE_OQ));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dsel(__m256d m, __m256d a, __m256d b) { return _mm256_blendv_pd(b, a, m); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dkeep(__m256d m, __m256d a) { return _mm256_and_pd(m, a); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dabove(__m256d a, double c) { return _mm256_cmp_pd(a, _mm256_set1_pd(c), _CMP_GT_OQ); }
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_dbelow(__m256d a, double c)
{
    return _mm256_movemask_pd(_mm256_cmp_pd(_mm256_andnot_pd(_mm256_set1_pd(-0.0), a), _mm256_set1_pd(c), _CMP_LT_OQ));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dsign_of(__m256d r, __m256d s) { return _mm256_or_pd(r, _mm256_and_pd(s, _mm256_set1_pd(-0.0))); }
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_dunsure(__m256d hi, __m256d lo, double m)
{
    return _mm256_movemask_pd(_mm256_cmp_pd(hi, _mm256_add_pd(hi, _mm256_mul_pd(lo, _mm256_set1_pd(m))), _CMP_NEQ_UQ));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_exp_table(__m256d zs, __m256d *lo, __m256d *scale)
{
    const double *base = SIGMOID_INTERNAL_PTR_CAST(const double *, SIGMOID_INTERNAL_PTR_CAST(const void *, sigmoid_internal_exp_table));
    __m256i b = _mm256_castpd_si256(zs);
    __m256i j = _mm256_slli_epi64(_mm256_and_si256(b, _mm256_set1_epi64x(127)), 1); /* rows of two */
    __m256i K52 = _mm256_and_si256(_mm256_slli_epi64(b, 45), _mm256_set1_epi64x(SIGMOID_INTERNAL_CAST(long long, 0xfff0000000000000u)));
    __m128i j01 = _mm256_castsi256_si128(j), j23 = _mm256_extracti128_si256(j, 1);
    __m256d r02, r13;
    *scale = _mm256_castsi256_pd(_mm256_sub_epi64(_mm256_set1_epi64x(0x3ff0000000000000), K52));
    /* each row's (hi, lo) as one 16-byte load, then transposed, as in
       log_table: two gathers took 0.8 ns per element on an AMD EPYC
       (Zen 4), the loads 0.4 */
    r02 = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_loadu_pd(base + _mm_cvtsi128_si32(j01))),
                               _mm_loadu_pd(base + _mm_cvtsi128_si32(j23)), 1);
    r13 = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_loadu_pd(base + _mm_extract_epi32(j01, 2))),
                               _mm_loadu_pd(base + _mm_extract_epi32(j23, 2)), 1);
    *lo = _mm256_unpackhi_pd(r02, r13);
    return _mm256_unpacklo_pd(r02, r13);
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dneg(__m256d a) { return _mm256_xor_pd(a, _mm256_set1_pd(-0.0)); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dabs(__m256d a) { return _mm256_andnot_pd(_mm256_set1_pd(-0.0), a); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dadd(__m256d a, __m256d b) { return _mm256_add_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dsub(__m256d a, __m256d b) { return _mm256_sub_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dmul(__m256d a, __m256d b) { return _mm256_mul_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_ddiv(__m256d a, __m256d b) { return _mm256_div_pd(a, b); }

/* Half precision (see the SSE2 layer); binary16 with F16C, whose
 * conversion rounds to nearest even whatever the mode (immediate 0) */
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_load_u16(const uint16_t *p)
{
    return _mm256_cvtepu16_epi32(_mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, p))));
}
sigmoid_internal_avx2_inline void sigmoid_internal_avx2_store_u16(uint16_t *p, __m256i v)
{
    v = _mm256_and_si256(v, _mm256_set1_epi32(0xffff)); /* packus saturates: a mask lane must not read as -1 */
    _mm_storeu_si128(SIGMOID_INTERNAL_PTR_CAST(__m128i *, SIGMOID_INTERNAL_PTR_CAST(void *, p)),
                     _mm_packus_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1)));
}
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_load_f16(const uint16_t *p)
{
    return _mm256_cvtph_ps(_mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, p))));
}
/* the unpacks and the pack work within 128-bit halves: the lane order they
 * give is undone by the pack */
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_load_bf16x2(const uint16_t *p, __m256i *second)
{
    __m256i v = _mm256_loadu_si256(SIGMOID_INTERNAL_PTR_CAST(const __m256i *, SIGMOID_INTERNAL_PTR_CAST(const void *, p)));
    *second = _mm256_unpackhi_epi16(_mm256_setzero_si256(), v);
    return _mm256_unpacklo_epi16(_mm256_setzero_si256(), v);
}
sigmoid_internal_avx2_inline void sigmoid_internal_avx2_store_u16x2(uint16_t *p, __m256i a, __m256i b)
{
    _mm256_storeu_si256(SIGMOID_INTERNAL_PTR_CAST(__m256i *, SIGMOID_INTERNAL_PTR_CAST(void *, p)), _mm256_packus_epi32(a, b));
}
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_to_f16(__m256 a) { return _mm256_cvtepu16_epi32(_mm256_cvtps_ph(a, 0)); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ishl16(__m256i a) { return _mm256_slli_epi32(a, 16); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isrl16(__m256i a) { return _mm256_srli_epi32(a, 16); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dlo(__m256 a) { return _mm256_cvtps_pd(_mm256_castps256_ps128(a)); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dhi(__m256 a) { return _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1)); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_dnarrow(__m256d lo, __m256d hi)
{
    return _mm256_insertf128_ps(_mm256_castps128_ps256(_mm256_cvtpd_ps(lo)), _mm256_cvtpd_ps(hi), 1);
}
/* the low words of the masks, in lane order (a shuffle within halves,
 * then the 64-bit quarters put in order) */
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_dmasks(__m256d lo, __m256d hi)
{
    __m256 w = _mm256_shuffle_ps(_mm256_castpd_ps(lo), _mm256_castpd_ps(hi), 0x88);
    return _mm256_permute4x64_epi64(_mm256_castps_si256(w), 0xd8);
}
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_dsigns(__m256d lo, __m256d hi, __m256i *nonzero)
{
    __m256d z = _mm256_setzero_pd();
    *nonzero = sigmoid_internal_avx2_dmasks(_mm256_cmp_pd(lo, z, _CMP_NEQ_OQ), _mm256_cmp_pd(hi, z, _CMP_NEQ_OQ));
    return sigmoid_internal_avx2_dmasks(_mm256_cmp_pd(lo, z, _CMP_LT_OQ), _mm256_cmp_pd(hi, z, _CMP_LT_OQ));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dfma(__m256d a, __m256d b, __m256d c) { return _mm256_fmadd_pd(a, b, c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_dbits(__m256d a) { return _mm256_castpd_si256(a); }
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_dmask_bits(__m256d m) { return _mm256_movemask_pd(m); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dsplit_exp(__m256d q, __m256d *k, __m256d *two_to_minus_k)
{
    __m256i b = _mm256_castpd_si256(q);
    if (two_to_minus_k)
        *two_to_minus_k = _mm256_castsi256_pd(_mm256_sub_epi64(_mm256_set1_epi64x(0x7fe0000000000000),
                                                               _mm256_and_si256(b, _mm256_set1_epi64x(0x7ff0000000000000))));
    *k = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(_mm256_srli_epi64(b, 52), _mm256_set1_epi64x(0x4330000000000000))),
                       _mm256_set1_pd(4503599627371519.0));
    return _mm256_castsi256_pd(_mm256_or_si256(_mm256_and_si256(b, _mm256_set1_epi64x(0x000fffffffffffff)),
                                               _mm256_set1_epi64x(0x3ff0000000000000)));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_double(__m256i a) { return _mm256_castsi256_pd(a); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_scaled_table(__m256i j)
{
    __m256i t = _mm256_i64gather_epi64(SIGMOID_INTERNAL_PTR_CAST(const long long *, SIGMOID_INTERNAL_PTR_CAST(const void *, sigmoid_internal_exp_fast_table)),
                                       _mm256_and_si256(j, _mm256_set1_epi64x(SIGMOID_INTERNAL_FAST_TABLE_MASK)), 8);
    return _mm256_sub_epi64(t, _mm256_slli_epi64(j, 52 - SIGMOID_INTERNAL_FAST_TABLE_BITS));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_log_table(__m256d t, __m256d *minus_log_c, __m256d *minus_log_c_lo)
{
    const long long *row = SIGMOID_INTERNAL_PTR_CAST(const long long *, SIGMOID_INTERNAL_PTR_CAST(const void *, sigmoid_internal_log_table[0]));
    __m128i k = _mm_and_si128(_mm256_cvttpd_epi32(_mm256_mul_pd(t, _mm256_set1_pd(128.0))), _mm_set1_epi32(255));
    const double *base = SIGMOID_INTERNAL_PTR_CAST(const double *, SIGMOID_INTERNAL_PTR_CAST(const void *, row));
    __m256d r02, r13;
    k = _mm_add_epi32(k, _mm_add_epi32(k, k)); /* rows of three */
    if (minus_log_c_lo)
        *minus_log_c_lo = _mm256_set_pd(base[_mm_extract_epi32(k, 3) + 2], base[_mm_extract_epi32(k, 2) + 2],
                                        base[_mm_extract_epi32(k, 1) + 2], base[_mm_cvtsi128_si32(k) + 2]);
    /* each row's (c, -log c) as one 16-byte load, then transposed: on AMD
       Zen a gather of four costs more than four loads */
    r02 = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_loadu_pd(base + _mm_cvtsi128_si32(k))),
                               _mm_loadu_pd(base + _mm_extract_epi32(k, 2)), 1);
    r13 = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_loadu_pd(base + _mm_extract_epi32(k, 1))),
                               _mm_loadu_pd(base + _mm_extract_epi32(k, 3)), 1);
    *minus_log_c = _mm256_unpackhi_pd(r02, r13);
    return _mm256_unpacklo_pd(r02, r13);
}
#endif /* SIGMOID_INTERNAL_X86 */

#ifdef SIGMOID_INTERNAL_NEON
/* NEON (AArch64) -------------------------------------------------------- */
#define sigmoid_internal_neon_target
#define sigmoid_internal_neon_inline static inline __attribute__((SIGMOID_INTERNAL_OPERATION_INLINE))
typedef float32x4_t sigmoid_internal_neon_vf;
typedef int32x4_t sigmoid_internal_neon_vi;
typedef float64x2_t sigmoid_internal_neon_vd;
#define sigmoid_internal_neon_wf 4
#define sigmoid_internal_neon_wd 2

sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_load(const float *p) { return vld1q_f32(p); }
sigmoid_internal_neon_inline void sigmoid_internal_neon_store(float *p, float32x4_t v) { vst1q_f32(p, v); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_set(float c) { return vdupq_n_f32(c); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_add(float32x4_t a, float32x4_t b) { return vaddq_f32(a, b); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_sub(float32x4_t a, float32x4_t b) { return vsubq_f32(a, b); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_mul(float32x4_t a, float32x4_t b) { return vmulq_f32(a, b); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_div(float32x4_t a, float32x4_t b) { return vdivq_f32(a, b); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_fma(float32x4_t a, float32x4_t b, float32x4_t c) { return vfmaq_f32(c, a, b); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_trunc(float32x4_t a) { return vcvtq_s32_f32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_ifloat(int32x4_t a) { return vcvtq_f32_s32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_at_least(float32x4_t a, float32x4_t c) { return vmaxnmq_f32(a, c); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_fne(float32x4_t a, float32x4_t b) { return vreinterpretq_s32_u32(vmvnq_u32(vceqq_f32(a, b))); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_sel_neg(float32x4_t s, float32x4_t if_neg, float32x4_t if_pos)
{
    return vbslq_f32(vreinterpretq_u32_s32(vshrq_n_s32(vreinterpretq_s32_f32(s), 31)), if_neg, if_pos);
}
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_bits(float32x4_t a) { return vreinterpretq_s32_f32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_float(int32x4_t a) { return vreinterpretq_f32_s32(a); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_iset(int32_t c) { return vdupq_n_s32(c); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_iadd(int32x4_t a, int32x4_t b) { return vaddq_s32(a, b); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_isub(int32x4_t a, int32x4_t b) { return vsubq_s32(a, b); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_ior(int32x4_t a, int32x4_t b) { return vorrq_s32(a, b); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_iand(int32x4_t a, int32x4_t b) { return vandq_s32(a, b); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_ine(int32x4_t a, int32x4_t b) { return vreinterpretq_s32_u32(vmvnq_u32(vceqq_s32(a, b))); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_ieq(int32x4_t a, int32x4_t b) { return vreinterpretq_s32_u32(vceqq_s32(a, b)); }
#define sigmoid_internal_neon_exact_fma 1
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_fms(float32x4_t a, float32x4_t b, float32x4_t c) { return vfmaq_f32(vnegq_f32(c), a, b); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_isra1(int32x4_t a) { return vshrq_n_s32(a, 1); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_ishl23(int32x4_t a) { return vshlq_n_s32(a, 23); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_igt(int32x4_t a, int32x4_t b) { return vreinterpretq_s32_u32(vcgtq_s32(a, b)); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_isel(int32x4_t m, int32x4_t a, int32x4_t b) { return vbslq_s32(vreinterpretq_u32_s32(m), b, a); }
sigmoid_internal_neon_inline int sigmoid_internal_neon_iany(int32x4_t m) { return vmaxvq_u32(vreinterpretq_u32_s32(m)) != 0; }
sigmoid_internal_neon_inline void sigmoid_internal_neon_leave(void) {}

sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_load_f32(const float *p, int *bad)
{
    int32x2_t b = vreinterpret_s32_f32(vld1_f32(p));
    uint32x2_t m = vcgt_s32(vand_s32(b, vdup_n_s32(0x7fffffff)), vdup_n_s32(SIGMOID_INTERNAL_F32_VECTOR_LIMIT - 1));
    *bad = SIGMOID_INTERNAL_CAST(int, (vget_lane_u32(m, 0) & 1u) | (vget_lane_u32(m, 1) & 2u));
    return vcvt_f64_f32(vreinterpret_f32_s32(vbic_s32(b, vreinterpret_s32_u32(m))));
}
sigmoid_internal_neon_inline int sigmoid_internal_neon_store_f32_checked(float *p, float64x2_t r, double margin)
{
    float32x2_t lo = vcvt_f32_f64(vmulq_f64(r, vdupq_n_f64(1.0 - margin)));
    float32x2_t hi = vcvt_f32_f64(vmulq_f64(r, vdupq_n_f64(1.0 + margin)));
    uint32x2_t same = vceq_f32(lo, hi);
    vst1_f32(p, lo);
    return SIGMOID_INTERNAL_CAST(int, (~vget_lane_u32(same, 0) & 1u) | (~vget_lane_u32(same, 1) & 2u));
}
sigmoid_internal_neon_inline int sigmoid_internal_neon_load_backward(const float *y, const float *dy, float64x2_t *yd, float64x2_t *dyd)
{
    int32x2_t yb = vreinterpret_s32_f32(vld1_f32(y));
    int32x2_t db = vreinterpret_s32_f32(vld1_f32(dy));
    int32x2_t abs = vdup_n_s32(0x7fffffff), inf = vdup_n_s32(0x7f800000);
    uint32x2_t y_in = vand_u32(vcgt_s32(yb, vdup_n_s32(0)), vcgt_s32(vdup_n_s32(0x3f800000), yb));
    int32x2_t d_abs = vand_s32(db, abs);
    uint32x2_t bad = vorr_u32(vorr_u32(vcgt_s32(vand_s32(yb, abs), inf), vcgt_s32(d_abs, inf)),
                              vand_u32(y_in, vceq_s32(d_abs, inf)));
    int32x2_t keep = vreinterpret_s32_u32(vbic_u32(y_in, bad));
    *yd = vcvt_f64_f32(vreinterpret_f32_s32(vand_s32(keep, yb)));
    *dyd = vcvt_f64_f32(vreinterpret_f32_s32(vand_s32(keep, db)));
    return SIGMOID_INTERNAL_CAST(int, (vget_lane_u32(bad, 0) & 1u) | (vget_lane_u32(bad, 1) & 2u));
}
sigmoid_internal_neon_inline void sigmoid_internal_neon_store_f32(float *p, float64x2_t r) { vst1_f32(p, vcvt_f32_f64(r)); }
sigmoid_internal_neon_inline int sigmoid_internal_neon_unsure_f32(float64x2_t r, double margin)
{
    uint32x2_t same = vceq_f32(vcvt_f32_f64(vmulq_f64(r, vdupq_n_f64(1.0 - margin))), vcvt_f32_f64(vmulq_f64(r, vdupq_n_f64(1.0 + margin))));
    return SIGMOID_INTERNAL_CAST(int, (~vget_lane_u32(same, 0) & 1u) | (~vget_lane_u32(same, 1) & 2u));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dset(double c) { return vdupq_n_f64(c); }
sigmoid_internal_neon_inline void sigmoid_internal_neon_dstore(double *p, float64x2_t v) { vst1q_f64(p, v); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dat_most(float64x2_t a, float64x2_t c) { return vminq_f64(a, c); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dload_near(const double *p, int32_t top, int *far)
{
    float64x2_t x = vld1q_f64(p);
    uint64x2_t m = vcgtq_u64(vandq_u64(vreinterpretq_u64_f64(x), vdupq_n_u64(0x7fffffffffffffffu)),
                             vdupq_n_u64((SIGMOID_INTERNAL_CAST(uint64_t, top) << 32) - 1));
    *far = SIGMOID_INTERNAL_CAST(int, (vgetq_lane_u64(m, 0) & 1u) | (vgetq_lane_u64(m, 1) & 2u));
    return vreinterpretq_f64_u64(vbicq_u64(vreinterpretq_u64_f64(x), m));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dtwo_prod(float64x2_t a, float64x2_t b, float64x2_t *lo)
{
    float64x2_t hi = vmulq_f64(a, b);
    *lo = vfmaq_f64(vnegq_f64(hi), a, b);
    return hi;
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_widen(const float *p) { return vcvt_f64_f32(vld1_f32(p)); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dkeep_positive(float64x2_t g)
{
    return vreinterpretq_f64_u64(vbicq_u64(vreinterpretq_u64_f64(g), vcleq_f64(g, vdupq_n_f64(0.0))));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dinside01(float64x2_t y)
{
    return vreinterpretq_f64_u64(vandq_u64(vcgtq_f64(y, vdupq_n_f64(0.0)), vcltq_f64(y, vdupq_n_f64(1.0))));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dwithin01(float64x2_t y)
{
    return vreinterpretq_f64_u64(vandq_u64(vcgeq_f64(y, vdupq_n_f64(0.0)), vcleq_f64(y, vdupq_n_f64(1.0))));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dsel(float64x2_t m, float64x2_t a, float64x2_t b) { return vbslq_f64(vreinterpretq_u64_f64(m), a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dabove(float64x2_t a, double c)
{
    return vreinterpretq_f64_u64(vcgtq_f64(a, vdupq_n_f64(c)));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dkeep(float64x2_t m, float64x2_t a)
{
    return vreinterpretq_f64_u64(vandq_u64(vreinterpretq_u64_f64(m), vreinterpretq_u64_f64(a)));
}
sigmoid_internal_neon_inline int sigmoid_internal_neon_dunsure(float64x2_t hi, float64x2_t lo, double m)
{
    uint64x2_t same = vceqq_f64(hi, vaddq_f64(hi, vmulq_f64(lo, vdupq_n_f64(m))));
    return SIGMOID_INTERNAL_CAST(int, (~vgetq_lane_u64(same, 0) & 1u) | (~vgetq_lane_u64(same, 1) & 2u));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_exp_table(float64x2_t zs, float64x2_t *lo, float64x2_t *scale)
{
    uint64x2_t b = vreinterpretq_u64_f64(zs);
    uint64_t j0 = vgetq_lane_u64(b, 0) & 127u, j1 = vgetq_lane_u64(b, 1) & 127u;
    uint64x2_t K52 = vandq_u64(vshlq_n_u64(b, 45), vdupq_n_u64(0xfff0000000000000u));
    *scale = vreinterpretq_f64_u64(vsubq_u64(vdupq_n_u64(0x3ff0000000000000u), K52));
    *lo = vreinterpretq_f64_u64(vcombine_u64(vcreate_u64(sigmoid_internal_exp_table[j0][1]), vcreate_u64(sigmoid_internal_exp_table[j1][1])));
    return vreinterpretq_f64_u64(vcombine_u64(vcreate_u64(sigmoid_internal_exp_table[j0][0]), vcreate_u64(sigmoid_internal_exp_table[j1][0])));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dneg(float64x2_t a) { return vnegq_f64(a); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dabs(float64x2_t a) { return vabsq_f64(a); }
sigmoid_internal_neon_inline int sigmoid_internal_neon_dbelow(float64x2_t a, double c)
{
    uint64x2_t below = vcaltq_f64(a, vdupq_n_f64(c));
    return SIGMOID_INTERNAL_CAST(int, (vgetq_lane_u64(below, 0) & 1u) | (vgetq_lane_u64(below, 1) & 2u));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dsign_of(float64x2_t r, float64x2_t s)
{
    return vreinterpretq_f64_u64(vorrq_u64(vreinterpretq_u64_f64(r), vandq_u64(vreinterpretq_u64_f64(s), vdupq_n_u64(0x8000000000000000u))));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dadd(float64x2_t a, float64x2_t b) { return vaddq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dsub(float64x2_t a, float64x2_t b) { return vsubq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dmul(float64x2_t a, float64x2_t b) { return vmulq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_ddiv(float64x2_t a, float64x2_t b) { return vdivq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dfma(float64x2_t a, float64x2_t b, float64x2_t c) { return vfmaq_f64(c, a, b); }

/* Half precision (see the SSE2 layer); binary16 with the conversion
 * instructions, which follow the current rounding mode */
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_load_u16(const uint16_t *p) { return vreinterpretq_s32_u32(vmovl_u16(vld1_u16(p))); }
sigmoid_internal_neon_inline void sigmoid_internal_neon_store_u16(uint16_t *p, int32x4_t v) { vst1_u16(p, vmovn_u32(vreinterpretq_u32_s32(v))); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_load_bf16x2(const uint16_t *p, int32x4_t *second)
{
    uint16x8_t v = vld1q_u16(p);
    *second = vreinterpretq_s32_u32(vshll_high_n_u16(v, 16));
    return vreinterpretq_s32_u32(vshll_n_u16(vget_low_u16(v), 16));
}
sigmoid_internal_neon_inline void sigmoid_internal_neon_store_u16x2(uint16_t *p, int32x4_t a, int32x4_t b)
{
    vst1q_u16(p, vcombine_u16(vmovn_u32(vreinterpretq_u32_s32(a)), vmovn_u32(vreinterpretq_u32_s32(b))));
}
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_load_f16(const uint16_t *p) { return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p))); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_to_f16(float32x4_t a) { return vreinterpretq_s32_u32(vmovl_u16(vreinterpret_u16_f16(vcvt_f16_f32(a)))); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_ishl16(int32x4_t a) { return vshlq_n_s32(a, 16); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_isrl16(int32x4_t a) { return vreinterpretq_s32_u32(vshrq_n_u32(vreinterpretq_u32_s32(a), 16)); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dlo(float32x4_t a) { return vcvt_f64_f32(vget_low_f32(a)); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dhi(float32x4_t a) { return vcvt_high_f64_f32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_dnarrow(float64x2_t lo, float64x2_t hi) { return vcvt_high_f32_f64(vcvt_f32_f64(lo), hi); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_dsigns(float64x2_t lo, float64x2_t hi, int32x4_t *nonzero)
{
    *nonzero = vreinterpretq_s32_u32(vmvnq_u32(vcombine_u32(vmovn_u64(vceqzq_f64(lo)), vmovn_u64(vceqzq_f64(hi)))));
    return vreinterpretq_s32_u32(vcombine_u32(vmovn_u64(vcltzq_f64(lo)), vmovn_u64(vcltzq_f64(hi))));
}
sigmoid_internal_neon_inline int64x2_t sigmoid_internal_neon_dbits(float64x2_t a) { return vreinterpretq_s64_f64(a); }
sigmoid_internal_neon_inline int sigmoid_internal_neon_dmask_bits(float64x2_t m)
{
    uint64x2_t b = vreinterpretq_u64_f64(m);
    return SIGMOID_INTERNAL_CAST(int, (vgetq_lane_u64(b, 0) >> 63) | ((vgetq_lane_u64(b, 1) >> 62) & 2u));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dsplit_exp(float64x2_t q, float64x2_t *k,
                                                                            float64x2_t *two_to_minus_k)
{
    uint64x2_t b = vreinterpretq_u64_f64(q);
    if (two_to_minus_k)
        *two_to_minus_k = vreinterpretq_f64_u64(vsubq_u64(vdupq_n_u64(0x7fe0000000000000u),
                                                          vandq_u64(b, vdupq_n_u64(0x7ff0000000000000u))));
    *k = vsubq_f64(vreinterpretq_f64_u64(vorrq_u64(vshrq_n_u64(b, 52), vdupq_n_u64(0x4330000000000000u))),
                   vdupq_n_f64(4503599627371519.0));
    return vreinterpretq_f64_u64(vorrq_u64(vandq_u64(b, vdupq_n_u64(0x000fffffffffffffu)), vdupq_n_u64(0x3ff0000000000000u)));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_double(int64x2_t a) { return vreinterpretq_f64_s64(a); }
sigmoid_internal_neon_inline int64x2_t sigmoid_internal_neon_scaled_table(int64x2_t j)
{
    int64x2_t t = vcombine_s64(vcreate_s64(sigmoid_internal_exp_fast_table[vgetq_lane_s64(j, 0) & SIGMOID_INTERNAL_FAST_TABLE_MASK]),
                               vcreate_s64(sigmoid_internal_exp_fast_table[vgetq_lane_s64(j, 1) & SIGMOID_INTERNAL_FAST_TABLE_MASK]));
    return vsubq_s64(t, vshlq_n_s64(j, 52 - SIGMOID_INTERNAL_FAST_TABLE_BITS));
}
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_log_table(float64x2_t t, float64x2_t *minus_log_c,
                                                                           float64x2_t *minus_log_c_lo)
{
    int64x2_t j = vcvtq_s64_f64(vmulq_f64(t, vdupq_n_f64(128.0))); /* toward zero */
    int64_t i0 = vgetq_lane_s64(j, 0) & 255, i1 = vgetq_lane_s64(j, 1) & 255;
    if (minus_log_c_lo)
        *minus_log_c_lo = vreinterpretq_f64_u64(vcombine_u64(vcreate_u64(sigmoid_internal_log_table[i0][2]),
                                                             vcreate_u64(sigmoid_internal_log_table[i1][2])));
    *minus_log_c = vreinterpretq_f64_u64(vcombine_u64(vcreate_u64(sigmoid_internal_log_table[i0][1]),
                                                      vcreate_u64(sigmoid_internal_log_table[i1][1])));
    return vreinterpretq_f64_u64(vcombine_u64(vcreate_u64(sigmoid_internal_log_table[i0][0]),
                                              vcreate_u64(sigmoid_internal_log_table[i1][0])));
}
#endif /* SIGMOID_INTERNAL_NEON */

/* ---------------------------------------------------------------------------
 * Instantiating the kernels
 *
 * The kernels are written once, at the end of this file, over the
 * operation layer above; the header includes itself once per instruction
 * set with SIGMOID_INTERNAL_ISA naming the set's prefix, which selects that
 * text (so its lines are ordinary lines to a debugger, grep and a linter).
 * SIGMOID_HEADER_NAME is this file's name as an include finds it from its
 * own directory.
 * ------------------------------------------------------------------------- */

#if defined(SIGMOID_INTERNAL_X86) || defined(SIGMOID_INTERNAL_NEON)
/* The kernels' fallback for a double lane: not inlined, since in a kernel
 * compiled for AVX2+FMA the compiler may contract the steps of Dekker's
 * product and break it. */
static inline float sigmoid_internal_f32_lane(float x, enum sigmoid_internal_kind kind)
{
    return kind == SIGMOID_INTERNAL_SIGMA      ? sigmoid_f32(x)
         : kind == SIGMOID_INTERNAL_DERIV      ? sigmoid_deriv_f32(x)
         : kind == SIGMOID_INTERNAL_SILU       ? sigmoid_silu_f32(x)
         : kind == SIGMOID_INTERNAL_SOFTPLUS   ? sigmoid_softplus_f32(x)
         : kind == SIGMOID_INTERNAL_LOG_SIGMA  ? sigmoid_log_f32(x)
                                               : sigmoid_silu_deriv_f32(x);
}

static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_f64_lane(double x, enum sigmoid_internal_kind kind)
{
    return sigmoid_internal_f64_portable(x, kind);
}

static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_from_output_f64_lane(double y)
{
    return sigmoid_internal_from_output_f64(y);
}

static SIGMOID_INTERNAL_NOINLINE double sigmoid_internal_backward_f64_lane(double y, double dy)
{
    return sigmoid_internal_backward_value_f64(y, dy);
}

static SIGMOID_INTERNAL_NOINLINE uint16_t sigmoid_internal_sigma_half_lane(uint16_t x, enum sigmoid_internal_half format)
{
    return sigmoid_internal_sigma_half(x, format);
}

/* The lanes of a backward block whose y is NaN or whose dy is not finite,
 * redone from copies of the inputs (dx may be y or dy). */
static SIGMOID_INTERNAL_NOINLINE void sigmoid_internal_backward_half_specials(const uint16_t *y, const uint16_t *dy,
                                                                             uint16_t *dx, int n,
                                                                             enum sigmoid_internal_half format)
{
    int k;
    for (k = 0; k < n; k++) {
        uint32_t ay = sigmoid_internal_bits_f32(sigmoid_internal_half_to_f32(y[k], format)) & 0x7fffffffu;
        uint32_t ad = sigmoid_internal_bits_f32(sigmoid_internal_half_to_f32(dy[k], format)) & 0x7fffffffu;
        if (ay > 0x7f800000u || ad >= 0x7f800000u)
            dx[k] = sigmoid_internal_backward_half(y[k], dy[k], format);
    }
}
#endif

#define SIGMOID_INTERNAL_UNROLL 4
/* The statements once for each u in 0..3, a constant, so arrays indexed by
 * u stay in registers and the four copies interleave. */
#define SIGMOID_INTERNAL_EACH(...)                                   \
    { enum { u = 0 }; __VA_ARGS__ } { enum { u = 1 }; __VA_ARGS__ } \
    { enum { u = 2 }; __VA_ARGS__ } { enum { u = 3 }; __VA_ARGS__ }

#ifndef SIGMOID_HEADER_NAME
#define SIGMOID_HEADER_NAME "sigmoid.h"
#endif

#ifdef SIGMOID_INTERNAL_X86
#define SIGMOID_INTERNAL_ISA sigmoid_internal_sse2_
#include SIGMOID_HEADER_NAME
#undef SIGMOID_INTERNAL_ISA
#define SIGMOID_INTERNAL_ISA sigmoid_internal_avx2_
#include SIGMOID_HEADER_NAME
#undef SIGMOID_INTERNAL_ISA
#endif
#ifdef SIGMOID_INTERNAL_NEON
#define SIGMOID_INTERNAL_ISA sigmoid_internal_neon_
#include SIGMOID_HEADER_NAME
#undef SIGMOID_INTERNAL_ISA
#endif

/* ---------------------------------------------------------------------------
 * Dispatch: the best path this build has and this CPU runs, found once.
 * The cached word is the only global state; a race on it stores the same
 * value twice.
 * ------------------------------------------------------------------------- */

#ifdef SIGMOID_INTERNAL_X86
/* Whether this CPU runs the AVX2 path: AVX2 and FMA, and F16C for the
 * binary16 conversions (every AVX2 CPU so far has it; CPUID leaf 1, ECX
 * bit 29, as Clang's builtin does not know it). CPUID is slow under a
 * hypervisor (it traps): sigmoid_internal_path() asks once and keeps it. */
static inline int sigmoid_internal_cpu_runs_avx2(void)
{
    unsigned eax, ebx, ecx = 0, edx;
    __builtin_cpu_init();
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return 0;
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && ((ecx >> 29) & 1u);
}
#endif

static inline int sigmoid_internal_path(void)
{
#if defined(SIGMOID_INTERNAL_X86)
    static int cached; /* path + 1; 0 until known */
    int p = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (p == 0) {
        p = 1 + (sigmoid_internal_cpu_runs_avx2() ? SIGMOID_INTERNAL_PATH_AVX2 : SIGMOID_INTERNAL_PATH_SSE2);
        __atomic_store_n(&cached, p, __ATOMIC_RELAXED);
    }
    return p - 1;
#elif defined(SIGMOID_INTERNAL_NEON)
    return SIGMOID_INTERNAL_PATH_NEON;
#else
    return SIGMOID_INTERNAL_PATH_SCALAR;
#endif
}

/* Whether path is compiled in and runs on this CPU. */
static inline int sigmoid_internal_path_ok(int path)
{
    if (path == SIGMOID_INTERNAL_PATH_SCALAR)
        return 1;
#ifdef SIGMOID_INTERNAL_X86
    if (path == SIGMOID_INTERNAL_PATH_SSE2)
        return 1;
    if (path == SIGMOID_INTERNAL_PATH_AVX2)
        return sigmoid_internal_path() == SIGMOID_INTERNAL_PATH_AVX2;
#endif
#ifdef SIGMOID_INTERNAL_NEON
    if (path == SIGMOID_INTERNAL_PATH_NEON)
        return 1;
#endif
    return 0;
}

/* sigmoid_f64, sigmoid_deriv_f64, sigmoid_silu_f64, sigmoid_silu_deriv_f64,
 * sigmoid_softplus_f64, sigmoid_log_f64 and sigmoid_logit_f64 (p for x:
 * the kernel sends p outside (0, 1) back). A build without an FMA in its
 * baseline (plain x86-64) computes each exact product of their fast paths
 * by Dekker's split, 17 operations, and with SSE's two-operand
 * instructions the fast path of sigma is about 165 instructions. Where the
 * CPU runs the AVX2 path, the scalar functions run the AVX2 kernel's fast
 * path instead, on one vector with x in every lane (exact products in two
 * instructions): one call, and the CPU test is a load of the cached path.
 * The results are the same bits: Ziv's test passes only on the correctly
 * rounded value, and both ends fall back to the same scalar code. */
static inline double sigmoid_internal_f64_scalar(double x, enum sigmoid_internal_kind kind)
{
#if defined(SIGMOID_INTERNAL_X86) && !defined(SIGMOID_INTERNAL_HAS_FMA)
    if (sigmoid_internal_abs_f64(x) < 660.0 && sigmoid_internal_path() == SIGMOID_INTERNAL_PATH_AVX2)
        return sigmoid_internal_avx2_one_f64(x, kind);
#endif
    return sigmoid_internal_f64_portable(x, kind);
}

/* ---------------------------------------------------------------------------
 * The function table: every array function once.
 *
 *   X(name, type, element, paths, tier, ref, ulp)
 *     name     the public function is sigmoid_<name>; the kernels of a
 *              VECTOR row are sigmoid_internal_<isa>_<name>
 *     type     the element type
 *     element  what one element gets in the scalar loop (and in tests)
 *     paths    VECTOR (a kernel on every vector path) or SCALAR (the loop)
 *     tier     EXACT (bit-identical to element on every path) or FAST
 *     ref      the mathematical function, for tests and make verify
 *     ulp      the contract in ULP, a macro defined beside the algorithm
 *
 * From it come sigmoid_internal_<name>_on(path, ...), which the public
 * functions call with the dispatched path and tests and make verify with
 * each path; the test suite, make verify, the fuzzer, the FP-environment
 * check and the benchmark loop over the same rows.
 * ------------------------------------------------------------------------- */

#define SIGMOID_INTERNAL_UNARY_ARRAYS(X)                                                                     \
    X(array_f32, float, sigmoid_f32, VECTOR, EXACT, sigma, SIGMOID_INTERNAL_SIGMA_F32_ULP)                     \
    X(deriv_array_f32, float, sigmoid_deriv_f32, VECTOR, EXACT, deriv, SIGMOID_INTERNAL_DERIV_F32_ULP)         \
    X(silu_array_f32, float, sigmoid_silu_f32, VECTOR, EXACT, silu, SIGMOID_INTERNAL_SILU_F32_ULP)             \
    X(silu_deriv_array_f32, float, sigmoid_silu_deriv_f32, VECTOR, EXACT, silu_deriv,                        \
      SIGMOID_INTERNAL_SILU_DERIV_F32_ULP)                                                                   \
    X(softplus_array_f32, float, sigmoid_softplus_f32, VECTOR, EXACT, softplus, SIGMOID_INTERNAL_SOFTPLUS_F32_ULP) \
    X(log_array_f32, float, sigmoid_log_f32, VECTOR, EXACT, log, SIGMOID_INTERNAL_SOFTPLUS_F32_ULP)           \
    X(logit_array_f32, float, sigmoid_logit_f32, VECTOR, EXACT, logit, SIGMOID_INTERNAL_LOGIT_F32_ULP)        \
    X(deriv_from_output_array_f32, float, sigmoid_deriv_from_output_f32, VECTOR, EXACT, from_output,         \
      SIGMOID_INTERNAL_FROM_OUTPUT_F32_ULP)                                                                  \
    X(fast_array_f32, float, sigmoid_fast_f32, VECTOR, FAST, sigma, SIGMOID_INTERNAL_FAST_ARRAY_F32_ULP)      \
    X(fast_array_f64, double, sigmoid_fast_f64, VECTOR, FAST, sigma, SIGMOID_INTERNAL_FAST_F64_ULP)           \
    X(array_f64, double, sigmoid_f64, VECTOR, EXACT, sigma, SIGMOID_INTERNAL_SIGMA_F64_ULP)                    \
    X(deriv_array_f64, double, sigmoid_deriv_f64, VECTOR, EXACT, deriv, SIGMOID_INTERNAL_SIGMA_F64_ULP)        \
    X(silu_array_f64, double, sigmoid_silu_f64, VECTOR, EXACT, silu, SIGMOID_INTERNAL_SILU_F64_ULP)            \
    X(silu_deriv_array_f64, double, sigmoid_silu_deriv_f64, VECTOR, EXACT, silu_deriv,                       \
      SIGMOID_INTERNAL_SILU_DERIV_F64_ULP)                                                                   \
    X(softplus_array_f64, double, sigmoid_softplus_f64, VECTOR, EXACT, softplus, SIGMOID_INTERNAL_SOFTPLUS_F64_ULP) \
    X(log_array_f64, double, sigmoid_log_f64, VECTOR, EXACT, log, SIGMOID_INTERNAL_SOFTPLUS_F64_ULP)           \
    X(logit_array_f64, double, sigmoid_logit_f64, VECTOR, EXACT, logit, SIGMOID_INTERNAL_LOGIT_F64_ULP)        \
    X(deriv_from_output_array_f64, double, sigmoid_deriv_from_output_f64, VECTOR, EXACT, from_output,        \
      SIGMOID_INTERNAL_PRODUCT_F64_ULP)                                                                      \
    X(array_bf16, sigmoid_internal_bf16, sigmoid_internal_sigma_bf16, VECTOR, EXACT, sigma, SIGMOID_INTERNAL_HALF_ULP) \
    X(array_f16, sigmoid_internal_f16, sigmoid_internal_sigma_f16, VECTOR, EXACT, sigma, SIGMOID_INTERNAL_HALF_ULP)    \
    X(deriv_from_output_array_bf16, sigmoid_internal_bf16, sigmoid_internal_from_output_bf16, VECTOR, EXACT,  \
      from_output, SIGMOID_INTERNAL_HALF_ULP)                                                                \
    X(deriv_from_output_array_f16, sigmoid_internal_f16, sigmoid_internal_from_output_f16, VECTOR, EXACT,     \
      from_output, SIGMOID_INTERNAL_HALF_ULP)

/* The same for the functions of two arrays (y, dy). */
#define SIGMOID_INTERNAL_BINARY_ARRAYS(X)                                                                    \
    X(backward_f32, float, sigmoid_backward_step_f32, VECTOR, EXACT, backward,                       \
      SIGMOID_INTERNAL_BACKWARD_F32_ULP)                                                                     \
    X(backward_f64, double, sigmoid_backward_step_f64, VECTOR, EXACT, backward,                      \
      SIGMOID_INTERNAL_PRODUCT_F64_ULP)                                                                      \
    X(backward_bf16, sigmoid_internal_bf16, sigmoid_internal_backward_bf16, VECTOR, EXACT, backward,         \
      SIGMOID_INTERNAL_HALF_ULP)                                                                             \
    X(backward_f16, sigmoid_internal_f16, sigmoid_internal_backward_f16, VECTOR, EXACT, backward,            \
      SIGMOID_INTERNAL_HALF_ULP)

/* A VECTOR row runs its kernel when the build has the path; a SCALAR row,
 * and every row on the scalar path, runs the loop. */
#if defined(SIGMOID_INTERNAL_X86)
/* After an AVX2 kernel, before the caller's code, which may be SSE: see
 * leave in the layer's list. GCC below -O2 does not do it. */
static SIGMOID_INTERNAL_NOINLINE sigmoid_internal_avx2_target void sigmoid_internal_avx2_return(void)
{
    sigmoid_internal_avx2_leave();
}
#define SIGMOID_INTERNAL_ON_VECTOR(path, name, args)                                                                      \
    if ((path) == SIGMOID_INTERNAL_PATH_AVX2) { sigmoid_internal_avx2_##name args; sigmoid_internal_avx2_return(); return; } \
    if ((path) == SIGMOID_INTERNAL_PATH_SSE2) { sigmoid_internal_sse2_##name args; return; }
#elif defined(SIGMOID_INTERNAL_NEON)
#define SIGMOID_INTERNAL_ON_VECTOR(path, name, args)                                              \
    if ((path) == SIGMOID_INTERNAL_PATH_NEON) { sigmoid_internal_neon_##name args; return; }
#else
#define SIGMOID_INTERNAL_ON_VECTOR(path, name, args)
#endif
#define SIGMOID_INTERNAL_ON_SCALAR(path, name, args)

#define SIGMOID_INTERNAL_DEFINE_UNARY_ON(name, type, element, paths, tier, ref, ulp)           \
    static inline void sigmoid_internal_##name##_on(int path, const type *x, type *y, size_t n) \
    {                                                                                           \
        size_t i;                                                                               \
        SIGMOID_INTERNAL_ON_##paths(path, name, (x, y, n))                                      \
        (void)path;                                                                             \
        for (i = 0; i < n; i++)                                                                 \
            y[i] = element(x[i]);                                                               \
    }
#define SIGMOID_INTERNAL_DEFINE_BINARY_ON(name, type, element, paths, tier, ref, ulp)                        \
    static inline void sigmoid_internal_##name##_on(int path, const type *y, const type *dy, type *dx, size_t n) \
    {                                                                                                         \
        size_t i;                                                                                             \
        SIGMOID_INTERNAL_ON_##paths(path, name, (y, dy, dx, n))                                               \
        (void)path;                                                                                           \
        for (i = 0; i < n; i++)                                                                               \
            dx[i] = element(y[i], dy[i]);                                                                     \
    }
SIGMOID_INTERNAL_UNARY_ARRAYS(SIGMOID_INTERNAL_DEFINE_UNARY_ON)
SIGMOID_INTERNAL_BINARY_ARRAYS(SIGMOID_INTERNAL_DEFINE_BINARY_ON)

/* ---------------------------------------------------------------------------
 * Public array functions (the rules are in the manual at the top)
 * ------------------------------------------------------------------------- */

static inline void sigmoid_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_fast_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_fast_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_fast_array_f64(const double *x, double *y, size_t n)
{
    sigmoid_internal_fast_array_f64_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_deriv_array_f32(const float *x, float *d, size_t n)
{
    sigmoid_internal_deriv_array_f32_on(sigmoid_internal_path(), x, d, n);
}

static inline void sigmoid_silu_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_silu_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_silu_deriv_array_f32(const float *x, float *d, size_t n)
{
    sigmoid_internal_silu_deriv_array_f32_on(sigmoid_internal_path(), x, d, n);
}

static inline void sigmoid_softplus_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_softplus_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_log_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_log_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_logit_array_f32(const float *p, float *y, size_t n)
{
    sigmoid_internal_logit_array_f32_on(sigmoid_internal_path(), p, y, n);
}

static inline void sigmoid_deriv_from_output_array_f32(const float *y, float *d, size_t n)
{
    sigmoid_internal_deriv_from_output_array_f32_on(sigmoid_internal_path(), y, d, n);
}

static inline void sigmoid_backward_f32(const float *y, const float *dy, float *dx, size_t n)
{
    sigmoid_internal_backward_f32_on(sigmoid_internal_path(), y, dy, dx, n);
}

static inline void sigmoid_array_f64(const double *x, double *y, size_t n)
{
    sigmoid_internal_array_f64_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_silu_array_f64(const double *x, double *y, size_t n)
{
    sigmoid_internal_silu_array_f64_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_silu_deriv_array_f64(const double *x, double *d, size_t n)
{
    sigmoid_internal_silu_deriv_array_f64_on(sigmoid_internal_path(), x, d, n);
}

static inline void sigmoid_softplus_array_f64(const double *x, double *y, size_t n)
{
    sigmoid_internal_softplus_array_f64_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_log_array_f64(const double *x, double *y, size_t n)
{
    sigmoid_internal_log_array_f64_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_logit_array_f64(const double *p, double *y, size_t n)
{
    sigmoid_internal_logit_array_f64_on(sigmoid_internal_path(), p, y, n);
}

static inline void sigmoid_deriv_array_f64(const double *x, double *d, size_t n)
{
    sigmoid_internal_deriv_array_f64_on(sigmoid_internal_path(), x, d, n);
}

static inline void sigmoid_deriv_from_output_array_f64(const double *y, double *d, size_t n)
{
    sigmoid_internal_deriv_from_output_array_f64_on(sigmoid_internal_path(), y, d, n);
}

static inline void sigmoid_backward_f64(const double *y, const double *dy, double *dx, size_t n)
{
    sigmoid_internal_backward_f64_on(sigmoid_internal_path(), y, dy, dx, n);
}

static inline void sigmoid_array_bf16(const uint16_t *x, uint16_t *y, size_t n)
{
    sigmoid_internal_array_bf16_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_array_f16(const uint16_t *x, uint16_t *y, size_t n)
{
    sigmoid_internal_array_f16_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_deriv_from_output_array_bf16(const uint16_t *y, uint16_t *d, size_t n)
{
    sigmoid_internal_deriv_from_output_array_bf16_on(sigmoid_internal_path(), y, d, n);
}

static inline void sigmoid_deriv_from_output_array_f16(const uint16_t *y, uint16_t *d, size_t n)
{
    sigmoid_internal_deriv_from_output_array_f16_on(sigmoid_internal_path(), y, d, n);
}

static inline void sigmoid_backward_bf16(const uint16_t *y, const uint16_t *dy, uint16_t *dx, size_t n)
{
    sigmoid_internal_backward_bf16_on(sigmoid_internal_path(), y, dy, dx, n);
}

static inline void sigmoid_backward_f16(const uint16_t *y, const uint16_t *dy, uint16_t *dx, size_t n)
{
    sigmoid_internal_backward_f16_on(sigmoid_internal_path(), y, dy, dx, n);
}

#ifdef SIGMOID_INTERNAL_FP_PUSHED
#if defined(__clang__)
#pragma float_control(pop)
#else
#pragma GCC pop_options
#endif
#undef SIGMOID_INTERNAL_FP_PUSHED
#endif

#endif /* SIGMOID_INTERNAL_STANDARD_OK */
#endif /* SIGMOID_H */

#else /* SIGMOID_INTERNAL_ISA defined: the kernel pass */
/* ---------------------------------------------------------------------------
 * The vector kernels, written once.
 *
 * sigmoid.h includes itself once for each instruction set its build has
 * (see "Instantiating the kernels"), with SIGMOID_INTERNAL_ISA set to that
 * set's prefix. SIGMOID_INTERNAL_V(name) is then that set's operation or
 * kernel called name, so this text defines, for isa = sse2, avx2, neon:
 *   sigmoid_internal_<isa>_fast_array_f32               the fast tier
 *   sigmoid_internal_<isa>_array_f32, _deriv_array_f32  exact sigma, sigma'
 *   sigmoid_internal_<isa>_deriv_from_output_array_f32  exact y(1-y)
 *   sigmoid_internal_<isa>_backward_f32                 exact dy*y(1-y)
 *   and the double and half precision rows (_f64, _bf16, _f16),
 * one per row of SIGMOID_INTERNAL_ARRAYS whose paths are VECTOR.
 * Each takes U = SIGMOID_INTERNAL_UNROLL vectors per step, one statement
 * across all of them at a time (SIGMOID_INTERNAL_EACH): the chain of one
 * vector is long (about 80 cycles), and interleaving gives the CPU
 * independent work.
 * ------------------------------------------------------------------------- */

#define SIGMOID_INTERNAL_CAT2(a, b) a##b
#define SIGMOID_INTERNAL_CAT(a, b) SIGMOID_INTERNAL_CAT2(a, b)
#define SIGMOID_INTERNAL_V(name) SIGMOID_INTERNAL_CAT(SIGMOID_INTERNAL_ISA, name)
#define SIGMOID_INTERNAL_VF SIGMOID_INTERNAL_V(vf)
#define SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(vi)
#define SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(vd)
#define SIGMOID_INTERNAL_WF SIGMOID_INTERNAL_V(wf)
#define SIGMOID_INTERNAL_WD SIGMOID_INTERNAL_V(wd)
#define SIGMOID_INTERNAL_KERNEL static inline SIGMOID_INTERNAL_V(target)
#define SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_V(inline)

/* The core of the fast tier: e = e^-|x| in float lanes, 2^n p(r) (see "The
 * fast tier" for the reduction, the polynomial and its error: e is within
 * one rounding of p, about 1 ULP, of e^-|x|). Every lane of the narrow
 * variant (wide = 0) must have |x| <= 87, so that e is normal and 2^n goes
 * into p's exponent bits; the wide variant takes any input, clamps -|x| at
 * -104 (where sigma is 0 in float anyway; at -87 for x > 0, where sigma is
 * 1) and returns e 2^64, normal in every lane: no operation on it makes a
 * subnormal, which Intel cores compute in microcode, a hundred cycles or
 * more each. A NaN stays NaN. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(exp_neg_abs)(const SIGMOID_INTERNAL_VF *x,
                                                           SIGMOID_INTERNAL_VF *e, int wide)
{
    SIGMOID_INTERNAL_VF one = SIGMOID_INTERNAL_V(set)(1.0f), half = SIGMOID_INTERNAL_V(set)(-0.5f);
    SIGMOID_INTERNAL_VF a[SIGMOID_INTERNAL_UNROLL], r[SIGMOID_INTERNAL_UNROLL], p[SIGMOID_INTERNAL_UNROLL], n;
    SIGMOID_INTERNAL_VI k[SIGMOID_INTERNAL_UNROLL];
    SIGMOID_INTERNAL_EACH(
        a[u] = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(bits)(x[u]),
                                                                 SIGMOID_INTERNAL_V(iset)(-0x7fffffff - 1)));
        if (wide) {
            /* the bound by x's sign; a NaN, whose bits exceed -inf's, stays.
               In int32 compares: no flag for any input. */
            SIGMOID_INTERNAL_VI ai = SIGMOID_INTERNAL_V(bits)(a[u]);
            SIGMOID_INTERNAL_VI neg = SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iset)(0), SIGMOID_INTERNAL_V(bits)(x[u]));
            SIGMOID_INTERNAL_VI bound = SIGMOID_INTERNAL_V(isel)(neg, SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ae0000u)),
                                                                 SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xc2d00000u)));
            SIGMOID_INTERNAL_VI nan = SIGMOID_INTERNAL_V(igt)(ai, SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xff800000u)));
            SIGMOID_INTERNAL_VI clamped = SIGMOID_INTERNAL_V(isel)(SIGMOID_INTERNAL_V(igt)(ai, bound), ai, bound);
            a[u] = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(nan, clamped, ai));
        } else {
            /* a no-op here (every a >= -87), but a compiler may compute this
               variant before the test, and then a huge |x| must not overflow */
            a[u] = SIGMOID_INTERNAL_V(at_least)(a[u], SIGMOID_INTERNAL_V(set)(-87.0f));
        }
    )
    /* n = round(a/ln2) as trunc(a/ln2 - 1/2) (a <= 0): a truncating
       conversion, so that n does not follow a directed rounding mode */
    SIGMOID_INTERNAL_EACH(k[u] = SIGMOID_INTERNAL_V(trunc)(SIGMOID_INTERNAL_V(fma)(a[u], SIGMOID_INTERNAL_V(set)(SIGMOID_INTERNAL_FAST_LOG2E), half));)
    SIGMOID_INTERNAL_EACH(
        n = SIGMOID_INTERNAL_V(ifloat)(k[u]);
        r[u] = SIGMOID_INTERNAL_V(fma)(n, SIGMOID_INTERNAL_V(set)(-SIGMOID_INTERNAL_FAST_LN2_HI), a[u]);
        r[u] = SIGMOID_INTERNAL_V(fma)(n, SIGMOID_INTERNAL_V(set)(-SIGMOID_INTERNAL_FAST_LN2_LO), r[u]);
    )
    SIGMOID_INTERNAL_EACH(p[u] = SIGMOID_INTERNAL_V(fma)(SIGMOID_INTERNAL_V(set)(SIGMOID_INTERNAL_FAST_C6), r[u], SIGMOID_INTERNAL_V(set)(SIGMOID_INTERNAL_FAST_C5));)
    SIGMOID_INTERNAL_EACH(p[u] = SIGMOID_INTERNAL_V(fma)(p[u], r[u], SIGMOID_INTERNAL_V(set)(SIGMOID_INTERNAL_FAST_C4));)
    SIGMOID_INTERNAL_EACH(p[u] = SIGMOID_INTERNAL_V(fma)(p[u], r[u], SIGMOID_INTERNAL_V(set)(SIGMOID_INTERNAL_FAST_C3));)
    SIGMOID_INTERNAL_EACH(p[u] = SIGMOID_INTERNAL_V(fma)(p[u], r[u], SIGMOID_INTERNAL_V(set)(SIGMOID_INTERNAL_FAST_C2));)
    SIGMOID_INTERNAL_EACH(p[u] = SIGMOID_INTERNAL_V(fma)(p[u], r[u], one);)
    SIGMOID_INTERNAL_EACH(p[u] = SIGMOID_INTERNAL_V(fma)(p[u], r[u], one);)
    SIGMOID_INTERNAL_EACH(
        if (wide) { /* 2^(n+64), normal for n >= -150; a NaN p stays NaN */
            e[u] = SIGMOID_INTERNAL_V(mul)(p[u], SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(ishl23)(
                                                      SIGMOID_INTERNAL_V(iadd)(k[u], SIGMOID_INTERNAL_V(iset)(127 + 64)))));
        } else { /* n << 23 into p's exponent */
            e[u] = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(iadd)(SIGMOID_INTERNAL_V(bits)(p[u]),
                                                                      SIGMOID_INTERNAL_V(ishl23)(k[u])));
        }
    )
}

/* The fast tier's ending: sigma = num/(1 + e), num = 1 for x >= 0 and e for
 * x < 0. The result lies in [+0, 1] in every rounding mode with no clamp:
 * e >= +0, and d = 1 + e rounds to a float >= max(1, e), so num/d <= 1
 * rounds to at most 1. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(fast_v)(const SIGMOID_INTERNAL_VF *x, SIGMOID_INTERNAL_VF *y, int wide)
{
    SIGMOID_INTERNAL_VF one = SIGMOID_INTERNAL_V(set)(1.0f), e[SIGMOID_INTERNAL_UNROLL];
    SIGMOID_INTERNAL_V(exp_neg_abs)(x, e, wide);
    if (wide) {
        /* e 2^64 in: d = 1 + e by one fma, and q = (e/d) 2^64 or 1/d, all
           normal. sigma = q 2^-64 (or q) where that is normal; scaling by
           2^64 commutes with rounding there, so a lane gives the narrow
           variant's bits wherever that accepts it. Below 2^-62, q + 2^-62
           rounds q to a multiple of 2^-85, the subnormal grid scaled by
           2^64, and its bits less those of 2^-62 are the subnormal result's
           bits: no instruction makes a subnormal (but on SSE2, which has no
           fma, the product e 2^-64 can; 1 + e is the same, only slower). */
        SIGMOID_INTERNAL_VF down = SIGMOID_INTERNAL_V(set)(5.42101086242752217e-20f); /* 2^-64 */
        SIGMOID_INTERNAL_VI tiny = SIGMOID_INTERNAL_V(iset)(0x20800000);            /* 2^-62 */
        SIGMOID_INTERNAL_EACH(
            SIGMOID_INTERNAL_VF q = SIGMOID_INTERNAL_V(div)(SIGMOID_INTERNAL_V(sel_neg)(x[u], e[u], one),
                                                            SIGMOID_INTERNAL_V(fma)(e[u], down, one));
            SIGMOID_INTERNAL_VI qb = SIGMOID_INTERNAL_V(bits)(q);
            SIGMOID_INTERNAL_VI sub = SIGMOID_INTERNAL_V(igt)(tiny, SIGMOID_INTERNAL_V(iand)(qb, SIGMOID_INTERNAL_V(iset)(0x7fffffff)));
            /* sub: q < 2^-62, and not a NaN of either sign */
            SIGMOID_INTERNAL_VF normal = SIGMOID_INTERNAL_V(mul)(SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(sub, qb, tiny)),
                                                                 SIGMOID_INTERNAL_V(sel_neg)(x[u], down, one));
            SIGMOID_INTERNAL_VI grid = SIGMOID_INTERNAL_V(isub)(
                SIGMOID_INTERNAL_V(bits)(SIGMOID_INTERNAL_V(add)(q, SIGMOID_INTERNAL_V(float)(tiny))), tiny);
            y[u] = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(sub, SIGMOID_INTERNAL_V(bits)(normal), grid));
        )
    } else {
        SIGMOID_INTERNAL_EACH(
            y[u] = SIGMOID_INTERNAL_V(div)(SIGMOID_INTERNAL_V(sel_neg)(x[u], e[u], one), SIGMOID_INTERNAL_V(add)(one, e[u]));
        )
    }
}

SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(fast_block)(const float *x, float *y)
{
    SIGMOID_INTERNAL_VF v[SIGMOID_INTERNAL_UNROLL], r[SIGMOID_INTERNAL_UNROLL];
    SIGMOID_INTERNAL_VI big = SIGMOID_INTERNAL_V(iset)(0);
    /* any lane with a = -|x| < -87 or NaN: as int32, bits above -87's */
    SIGMOID_INTERNAL_EACH(
        v[u] = SIGMOID_INTERNAL_V(load)(x + u * SIGMOID_INTERNAL_WF);
        big = SIGMOID_INTERNAL_V(ior)(big, SIGMOID_INTERNAL_V(igt)(
            SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(bits)(v[u]), SIGMOID_INTERNAL_V(iset)(-0x7fffffff - 1)),
            SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ae0000u))));
    )
    if (SIGMOID_INTERNAL_V(iany)(big))
        SIGMOID_INTERNAL_V(fast_v)(v, r, 1);
    else
        SIGMOID_INTERNAL_V(fast_v)(v, r, 0);
    SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store)(y + u * SIGMOID_INTERNAL_WF, r[u]);)
}

/* The tail runs the same code on a zero-padded copy, so that no result
 * depends on its position or on the array's length. */
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(fast_array_f32)(const float *x, float *y, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WF };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block)
        SIGMOID_INTERNAL_V(fast_block)(x + i, y + i);
    if (i < n) {
        float buf[block] = {0};
        memcpy(buf, x + i, (n - i) * sizeof(float));
        SIGMOID_INTERNAL_V(fast_block)(buf, buf);
        memcpy(y + i, buf, (n - i) * sizeof(float));
    }
}

/* sigmoid_internal_fast_f64_near in each lane, the same steps in the same
 * order (see it for the error analysis; with FMA the products and sums
 * fuse, so the last bit can differ from the scalar function's), in two
 * steps: fast_f64_exp gives e^-x = T + lo, fast_f64_end sigma. The kernel
 * runs the first step on all its vectors before the second: each vector
 * is one long chain of dependent operations (reduction, table, division,
 * correction), and four chains side by side keep the out-of-order core
 * busy where one after another would leave it waiting (on an AMD EPYC
 * (Zen 4), 0.87 to 0.89 of the time of the chains one after another,
 * docs/speed.md). */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(fast_f64_exp)(SIGMOID_INTERNAL_VD x, SIGMOID_INTERNAL_VD *lo)
{
    SIGMOID_INTERNAL_VD shift = SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_SHIFT);
    SIGMOID_INTERNAL_VD T, scale, kd, s, p;
    SIGMOID_INTERNAL_VD zs = SIGMOID_INTERNAL_V(dfma)(x, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_INV_LN2_128), shift);
    kd = SIGMOID_INTERNAL_V(dsub)(zs, shift);
    s = SIGMOID_INTERNAL_V(dfma)(kd, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_LN2_128_2),
                                 SIGMOID_INTERNAL_V(dfma)(kd, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_LN2_128_1), SIGMOID_INTERNAL_V(dneg)(x)));
    /* e^s - 1 by Estrin's scheme: fewer dependent steps than Horner's */
    p = SIGMOID_INTERNAL_V(dmul)(s, s);
    p = SIGMOID_INTERNAL_V(dfma)(p, SIGMOID_INTERNAL_V(dfma)(p, SIGMOID_INTERNAL_V(dfma)(s, SIGMOID_INTERNAL_V(dset)(0.0083333333333333332), SIGMOID_INTERNAL_V(dset)(0.041666666666666664)),
                                                          SIGMOID_INTERNAL_V(dfma)(s, SIGMOID_INTERNAL_V(dset)(0.16666666666666666), SIGMOID_INTERNAL_V(dset)(0.5))), s);
    T = SIGMOID_INTERNAL_V(exp_table)(zs, lo, &scale);
    *lo = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dfma)(T, p, *lo), scale);
    return SIGMOID_INTERNAL_V(dmul)(T, scale);
}

SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(fast_f64_end)(SIGMOID_INTERNAL_VD T, SIGMOID_INTERNAL_VD lo)
{
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), e, d, b, dl, q;
    e = SIGMOID_INTERNAL_V(dadd)(T, lo);
    d = SIGMOID_INTERNAL_V(dadd)(one, e);
    b = SIGMOID_INTERNAL_V(dsub)(d, e);
    dl = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(one, b), SIGMOID_INTERNAL_V(dsub)(e, SIGMOID_INTERNAL_V(dsub)(d, b))),
                                  SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(T, e), lo));
    q = SIGMOID_INTERNAL_V(ddiv)(one, d);
    q = SIGMOID_INTERNAL_V(dfma)(SIGMOID_INTERNAL_V(dneg)(SIGMOID_INTERNAL_V(dmul)(q, dl)), q, q);
    return SIGMOID_INTERNAL_V(dat_most)(q, one);
}

/* Lanes with |x| >= 708, or NaN, enter as +0 (dload_near) and take the
 * scalar code afterwards. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(fast_f64_block)(const double *x, double *y)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    SIGMOID_INTERNAL_VD T[SIGMOID_INTERNAL_UNROLL], lo[SIGMOID_INTERNAL_UNROLL];
    double in[block];
    int far = 0, k;
    SIGMOID_INTERNAL_EACH(int f; SIGMOID_INTERNAL_VD v = SIGMOID_INTERNAL_V(dload_near)(x + u * SIGMOID_INTERNAL_WD, 0x40862000, &f);
                          far |= f << (u * SIGMOID_INTERNAL_WD); T[u] = SIGMOID_INTERNAL_V(fast_f64_exp)(v, &lo[u]);)
    if (SIGMOID_INTERNAL_RARELY(far))
        memcpy(in, x, sizeof in); /* y may be x */
    SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(dstore)(y + u * SIGMOID_INTERNAL_WD, SIGMOID_INTERNAL_V(fast_f64_end)(T[u], lo[u]));)
    for (k = 0; far; k++, far >>= 1)
        if (far & 1) {
            SIGMOID_INTERNAL_V(leave)();
            y[k] = sigmoid_internal_fast_f64(in[k]);
        }
}

/* The tail runs the same code on a zero-padded copy: where the vector
 * steps fuse multiply-adds (AVX2, NEON) and the scalar code was compiled
 * without, the two can differ in the last bit, and no result may depend on
 * its position or on the array's length. */
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(fast_array_f64)(const double *x, double *y, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block)
        SIGMOID_INTERNAL_V(fast_f64_block)(x + i, y + i);
    if (i < n) {
        double buf[block] = {0};
        memcpy(buf, x + i, (n - i) * sizeof(double));
        SIGMOID_INTERNAL_V(fast_f64_block)(buf, buf);
        memcpy(y + i, buf, (n - i) * sizeof(double));
    }
}

/* sigmoid_internal_f64_core in each lane: the same operations in the same
 * order, so the same bits (the exact products are exact either way), in
 * two steps. f64_start gives e^-x = Eh + El and 1 + e^-x = Dh + Dl;
 * f64_quotient gives q = 1/Dh and the correction c. The double kernels run
 * the first step on all their vectors before the second, as the fast tier
 * does (see fast_f64_exp). */
typedef struct {
    SIGMOID_INTERNAL_VD Dh, Dl, Eh, El;
} SIGMOID_INTERNAL_V(f64_parts);

SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_V(f64_parts) SIGMOID_INTERNAL_V(f64_start)(SIGMOID_INTERNAL_VD x)
{
    SIGMOID_INTERNAL_V(f64_parts) D;
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), shift = SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_SHIFT);
    SIGMOID_INTERNAL_VD zs = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dmul)(x, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_INV_LN2_128)), shift);
    SIGMOID_INTERNAL_VD kd = SIGMOID_INTERNAL_V(dsub)(zs, shift);
    SIGMOID_INTERNAL_VD t = SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dmul)(kd, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_LN2_128_1)), x);
    SIGMOID_INTERNAL_VD u = SIGMOID_INTERNAL_V(dmul)(kd, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_LN2_128_2));
    SIGMOID_INTERNAL_VD sh = SIGMOID_INTERNAL_V(dadd)(t, u), sl = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(t, sh), u);
    SIGMOID_INTERNAL_VD s2 = SIGMOID_INTERNAL_V(dmul)(sh, sh), Q, S, Th, Tl, Al, A, b;
    Q = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dset)(0.041666666666666664), SIGMOID_INTERNAL_V(dmul)(sh, SIGMOID_INTERNAL_V(dset)(0.0083333333333333332)));
    Q = SIGMOID_INTERNAL_V(dadd)(Q, SIGMOID_INTERNAL_V(dmul)(s2, SIGMOID_INTERNAL_V(dset)(0.0013888888888888889)));
    Q = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dset)(0.5), SIGMOID_INTERNAL_V(dmul)(sh, SIGMOID_INTERNAL_V(dset)(0.16666666666666666))),
                                 SIGMOID_INTERNAL_V(dmul)(s2, Q));
    Q = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dmul)(s2, Q), sl);
    Th = SIGMOID_INTERNAL_V(exp_table)(zs, &Tl, &S);
    A = SIGMOID_INTERNAL_V(dtwo_prod)(Th, sh, &Al);
    D.Eh = SIGMOID_INTERNAL_V(dadd)(Th, A);                            /* Fast2Sum(Th, A) */
    D.El = SIGMOID_INTERNAL_V(dsub)(A, SIGMOID_INTERNAL_V(dsub)(D.Eh, Th));
    D.El = SIGMOID_INTERNAL_V(dadd)(D.El, SIGMOID_INTERNAL_V(dadd)(Al, SIGMOID_INTERNAL_V(dadd)(Tl, SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dmul)(Th, Q), SIGMOID_INTERNAL_V(dmul)(Tl, sh)))));
    A = SIGMOID_INTERNAL_V(dadd)(D.Eh, D.El);                           /* Fast2Sum(Eh, El) */
    D.El = SIGMOID_INTERNAL_V(dsub)(D.El, SIGMOID_INTERNAL_V(dsub)(A, D.Eh));
    D.Eh = SIGMOID_INTERNAL_V(dmul)(A, S);
    D.El = SIGMOID_INTERNAL_V(dmul)(D.El, S);
    D.Dh = SIGMOID_INTERNAL_V(dadd)(one, D.Eh);                        /* TwoSum(1, Eh) */
    b = SIGMOID_INTERNAL_V(dsub)(D.Dh, one);
    D.Dl = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(one, SIGMOID_INTERNAL_V(dsub)(D.Dh, b)), SIGMOID_INTERNAL_V(dsub)(D.Eh, b));
    return D;
}

SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(f64_quotient)(SIGMOID_INTERNAL_V(f64_parts) D, SIGMOID_INTERNAL_VD *c)
{
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), Pl;
    SIGMOID_INTERNAL_VD q = SIGMOID_INTERNAL_V(ddiv)(one, D.Dh);
    SIGMOID_INTERNAL_VD P = SIGMOID_INTERNAL_V(dtwo_prod)(q, D.Dh, &Pl);
    *c = SIGMOID_INTERNAL_V(dmul)(q, SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsub)(one, P), Pl),
                                                              SIGMOID_INTERNAL_V(dmul)(q, SIGMOID_INTERNAL_V(dadd)(D.Dl, D.El))));
    return q;
}

/* Nonzero outside round-to-nearest, as sigmoid_internal_to_nearest tests
 * it: q nudged by 2^-60 of itself either way moves in a directed mode. */
SIGMOID_INTERNAL_STEP int SIGMOID_INTERNAL_V(not_to_nearest)(SIGMOID_INTERNAL_VD q)
{
    return SIGMOID_INTERNAL_V(dunsure)(q, q, 8.6736173798840355e-19) | SIGMOID_INTERNAL_V(dunsure)(q, q, -8.6736173798840355e-19);
}

/* The first step of sigmoid_f64 (kind SIGMA) or its kin on one vector v:
 * sigma', softplus and log sigma work on |v|. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_V(f64_parts) SIGMOID_INTERNAL_V(exact_f64_start)(SIGMOID_INTERNAL_VD v, enum sigmoid_internal_kind kind)
{
    int on_abs = kind == SIGMOID_INTERNAL_DERIV || kind == SIGMOID_INTERNAL_SOFTPLUS || kind == SIGMOID_INTERNAL_LOG_SIGMA;
    if (kind == SIGMOID_INTERNAL_LOGIT) { /* no exponential */
        SIGMOID_INTERNAL_V(f64_parts) none;
        none.Dh = none.Dl = none.Eh = none.El = SIGMOID_INTERNAL_V(dset)(0.0);
        return none;
    }
    return SIGMOID_INTERNAL_V(f64_start)(on_abs ? SIGMOID_INTERNAL_V(dabs)(v) : v);
}

/* TwoSum: a + b = hi + *lo exactly (in round-to-nearest) */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(dtwo_sum)(SIGMOID_INTERNAL_VD a, SIGMOID_INTERNAL_VD b, SIGMOID_INTERNAL_VD *lo)
{
    SIGMOID_INTERNAL_VD hi = SIGMOID_INTERNAL_V(dadd)(a, b), bb = SIGMOID_INTERNAL_V(dsub)(hi, a);
    *lo = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(a, SIGMOID_INTERNAL_V(dsub)(hi, bb)), SIGMOID_INTERNAL_V(dsub)(b, bb));
    return hi;
}

/* Fast2Sum: a + b = hi + *lo exactly where |a| >= |b| (or a is 0) */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(dfast_two_sum)(SIGMOID_INTERNAL_VD a, SIGMOID_INTERNAL_VD b, SIGMOID_INTERNAL_VD *lo)
{
    SIGMOID_INTERNAL_VD hi = SIGMOID_INTERNAL_V(dadd)(a, b);
    *lo = SIGMOID_INTERNAL_V(dsub)(b, SIGMOID_INTERNAL_V(dsub)(hi, a));
    return hi;
}

/* sigmoid_internal_log1p_pair in each lane, the same steps (see it for the
 * bound; the series' products are fused where the layer has fma, which
 * only lowers its rounding error): log(1 + th + tl) as a head and *lo. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(log1p_pair)(SIGMOID_INTERNAL_VD th, SIGMOID_INTERNAL_VD tl, SIGMOID_INTERNAL_VD *lo)
{
    SIGMOID_INTERNAL_VD Lh, Ll, c = SIGMOID_INTERNAL_V(log_table)(th, &Lh, &Ll), Pl, Rl, R2l, Sl, r, p, low;
    SIGMOID_INTERNAL_VD P = SIGMOID_INTERNAL_V(dtwo_prod)(th, c, &Pl);
    SIGMOID_INTERNAL_VD Rh = SIGMOID_INTERNAL_V(dtwo_sum)(SIGMOID_INTERNAL_V(dsub)(c, SIGMOID_INTERNAL_V(dset)(1.0)), P, &Rl);
    SIGMOID_INTERNAL_VD R2h, Sh;
    Rh = SIGMOID_INTERNAL_V(dtwo_sum)(Rh, SIGMOID_INTERNAL_V(dadd)(Rl, SIGMOID_INTERNAL_V(dadd)(Pl, SIGMOID_INTERNAL_V(dmul)(tl, c))), &Rl);
    r = SIGMOID_INTERNAL_V(dkeep)(SIGMOID_INTERNAL_V(dabove)(th, 4.9090935652977186e-91), Rh); /* 2^-300 */
    R2h = SIGMOID_INTERNAL_V(dtwo_prod)(r, r, &R2l);
    p = SIGMOID_INTERNAL_V(dfma)(r, SIGMOID_INTERNAL_V(dset)(-0.10000000000000001), SIGMOID_INTERNAL_V(dset)(0.1111111111111111));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(-0.125));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(0.14285714285714285));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(-0.16666666666666666));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(0.20000000000000001));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(-0.25));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(0.33333333333333331));
    p = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dmul)(r, R2h), p);
    Sh = SIGMOID_INTERNAL_V(dfast_two_sum)(Rh, SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dset)(-0.5), R2h), &Sl);
    low = SIGMOID_INTERNAL_V(dadd)(Sl, SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(Rl, SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dset)(0.5), R2l),
                                                                                                           SIGMOID_INTERNAL_V(dmul)(r, Rl))), p));
    Sh = SIGMOID_INTERNAL_V(dfast_two_sum)(Lh, Sh, &Sl);
    return SIGMOID_INTERNAL_V(dfast_two_sum)(Sh, SIGMOID_INTERNAL_V(dadd)(Sl, SIGMOID_INTERNAL_V(dadd)(Ll, low)), lo);
}

/* logit on one vector of p, sigmoid_internal_logit_f64_fast in each lane:
 * m = min(p, 1 - p), both of its ways to log(1 + t) (near 1/2, and
 * 2^k (1 + t) for (1 - m)/m below) selected per lane, then log1p_pair, k
 * log 2 and Ziv's test with its bound. Lanes with p outside (0, 1), m <
 * 2^-900 or t = 0 take the scalar code (computing on m = 1/4 here).
 * Where only the head of (1 - m)/m is a power of two (the scalar code
 * sends that to its accurate path), t is the tail alone, |t| <= 2^-53, of
 * either sign: log1p_pair takes row 0 of the table, and for t < 0 drops
 * the terms past t, under t^2/2 < 2^-105 of log(1 + t): the test's bound
 * holds.
 * *q0 is 1/m, which is never 0, for the rounding-mode test. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(logit_f64_v)(SIGMOID_INTERNAL_VD p, int *far, SIGMOID_INTERNAL_VD *q0)
{
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), upper = SIGMOID_INTERNAL_V(dabove)(p, 0.49999999999999994);
    SIGMOID_INTERNAL_VD m = SIGMOID_INTERNAL_V(dsel)(upper, SIGMOID_INTERNAL_V(dsub)(one, p), p); /* exact */
    SIGMOID_INTERNAL_VD ok = SIGMOID_INTERNAL_V(dkeep)(SIGMOID_INTERNAL_V(dinside01)(p), SIGMOID_INTERNAL_V(dabove)(m, 1.1830521861667746e-271));
    SIGMOID_INTERNAL_VD inv, n, th, tl, P, Pl, N, Nl, Q, Ql, k, two_to_minus_k, near, Sh, Sl, K, Kl, hi, lo;
    int bad = SIGMOID_INTERNAL_V(dbelow)(SIGMOID_INTERNAL_V(dkeep)(ok, one), 0.5); /* m >= 2^-900 */
    m = SIGMOID_INTERNAL_V(dsel)(ok, m, SIGMOID_INTERNAL_V(dset)(0.25));
    inv = SIGMOID_INTERNAL_V(ddiv)(one, m);
    /* near 1/2: t = (1 - 2m)/m */
    n = SIGMOID_INTERNAL_V(dsub)(one, SIGMOID_INTERNAL_V(dadd)(m, m));
    th = SIGMOID_INTERNAL_V(dmul)(n, inv);
    P = SIGMOID_INTERNAL_V(dtwo_prod)(th, m, &Pl);
    tl = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsub)(n, P), Pl), inv);
    /* below: (1 - m)/m = Q + Ql = 2^k (1 + t) */
    N = SIGMOID_INTERNAL_V(dfast_two_sum)(one, SIGMOID_INTERNAL_V(dneg)(m), &Nl);
    Q = SIGMOID_INTERNAL_V(dmul)(N, inv);
    P = SIGMOID_INTERNAL_V(dtwo_prod)(Q, m, &Pl);
    Ql = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsub)(N, P), Pl), Nl), inv);
    Q = SIGMOID_INTERNAL_V(dfast_two_sum)(Q, Ql, &Ql);
    Q = SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsplit_exp)(Q, &k, &two_to_minus_k), one);
    Q = SIGMOID_INTERNAL_V(dfast_two_sum)(Q, SIGMOID_INTERNAL_V(dmul)(Ql, two_to_minus_k), &Ql); /* t >= 2^-52 >= 2|tl|, or t = 0 */
    near = SIGMOID_INTERNAL_V(dabove)(m, 0.33593749999999994); /* m >= 43/128 */
    bad |= SIGMOID_INTERNAL_V(dbelow)(SIGMOID_INTERNAL_V(dsel)(near, one, Q), 4.9406564584124654e-324); /* t = 0 */
    th = SIGMOID_INTERNAL_V(dsel)(near, th, Q);
    tl = SIGMOID_INTERNAL_V(dsel)(near, tl, Ql);
    k = SIGMOID_INTERNAL_V(dsel)(near, SIGMOID_INTERNAL_V(dset)(0.0), k);
    Sh = SIGMOID_INTERNAL_V(log1p_pair)(th, tl, &Sl);
    P = SIGMOID_INTERNAL_V(dtwo_prod)(k, SIGMOID_INTERNAL_V(dset)(128.0 * SIGMOID_INTERNAL_LN2_128_2), &Pl);
    K = SIGMOID_INTERNAL_V(dfast_two_sum)(SIGMOID_INTERNAL_V(dmul)(k, SIGMOID_INTERNAL_V(dset)(128.0 * SIGMOID_INTERNAL_LN2_128_1)), P, &Kl);
    Kl = SIGMOID_INTERNAL_V(dadd)(Kl, Pl);
    P = SIGMOID_INTERNAL_V(dtwo_sum)(K, Sh, &Pl);
    hi = SIGMOID_INTERNAL_V(dfast_two_sum)(P, SIGMOID_INTERNAL_V(dadd)(Pl, SIGMOID_INTERNAL_V(dadd)(Sl, Kl)), &lo);
    *far = bad | SIGMOID_INTERNAL_V(dunsure)(hi, lo, 1.00048828125); /* 1 + 2^-11 */
    *q0 = inv;
    return SIGMOID_INTERNAL_V(dsel)(upper, hi, SIGMOID_INTERNAL_V(dneg)(hi));
}

/* softplus (kind SOFTPLUS) or log sigma = -softplus(-v) on one vector,
 * sigmoid_internal_softplus_f64_fast in each lane: max(w, 0) + log(1 + t),
 * t = e^-|w| from D, and Ziv's test with its bound. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(softplus_f64_v)(SIGMOID_INTERNAL_VD v, enum sigmoid_internal_kind kind,
                                                                           SIGMOID_INTERNAL_V(f64_parts) D, int *far,
                                                                           SIGMOID_INTERNAL_VD *q0)
{
    SIGMOID_INTERNAL_VD w = kind == SIGMOID_INTERNAL_LOG_SIGMA ? SIGMOID_INTERNAL_V(dneg)(v) : v, Sl, Pl, hi, lo;
    SIGMOID_INTERNAL_VD Sh = SIGMOID_INTERNAL_V(log1p_pair)(D.Eh, D.El, &Sl);
    SIGMOID_INTERNAL_VD Ph = SIGMOID_INTERNAL_V(dtwo_sum)(SIGMOID_INTERNAL_V(dkeep_positive)(w), Sh, &Pl);
    hi = SIGMOID_INTERNAL_V(dfast_two_sum)(Ph, SIGMOID_INTERNAL_V(dadd)(Pl, Sl), &lo);
    *far = SIGMOID_INTERNAL_V(dunsure)(hi, lo, 1.00048828125); /* 1 + 2^-11 */
    *q0 = hi;
    return kind == SIGMOID_INTERNAL_LOG_SIGMA ? SIGMOID_INTERNAL_V(dneg)(hi) : hi;
}

/* The second step (|v| < 660; D from exact_f64_start): the results, in
 * *far the lanes that Ziv's test cannot decide (and those the kind sends to
 * the scalar code), in *q0 the q for the rounding-mode test. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(exact_f64_v)(SIGMOID_INTERNAL_VD v, enum sigmoid_internal_kind kind,
                                                                        SIGMOID_INTERNAL_V(f64_parts) D, int *far,
                                                                        SIGMOID_INTERNAL_VD *q0)
{
    SIGMOID_INTERNAL_VD c, Eh = D.Eh, El = D.El, q, hi, lo, m;
    if (kind == SIGMOID_INTERNAL_SOFTPLUS || kind == SIGMOID_INTERNAL_LOG_SIGMA)
        return SIGMOID_INTERNAL_V(softplus_f64_v)(v, kind, D, far, q0);
    if (kind == SIGMOID_INTERNAL_LOGIT)
        return SIGMOID_INTERNAL_V(logit_f64_v)(v, far, q0);
    q = SIGMOID_INTERNAL_V(f64_quotient)(D, &c);
    *q0 = q;
    if (kind == SIGMOID_INTERNAL_SIGMA) {
        hi = SIGMOID_INTERNAL_V(dadd)(q, c);
        lo = SIGMOID_INTERNAL_V(dsub)(c, SIGMOID_INTERNAL_V(dsub)(hi, q));
        *far = SIGMOID_INTERNAL_V(dunsure)(hi, lo, 1.000244140625);
    } else if (kind == SIGMOID_INTERNAL_SILU_DERIV) { /* see sigmoid_internal_silu_deriv_f64_fast */
        SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), t, tl, g, gl, b, err;
        t = SIGMOID_INTERNAL_V(dtwo_prod)(Eh, q, &tl);
        tl = SIGMOID_INTERNAL_V(dadd)(tl, SIGMOID_INTERNAL_V(dadd)(
            SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dkeep)(SIGMOID_INTERNAL_V(dabove)(Eh, sigmoid_internal_pow2_neg(500)), Eh), c),
            SIGMOID_INTERNAL_V(dmul)(El, q)));
        g = SIGMOID_INTERNAL_V(dtwo_prod)(v, t, &gl);
        gl = SIGMOID_INTERNAL_V(dadd)(gl, SIGMOID_INTERNAL_V(dmul)(v, tl));
        hi = SIGMOID_INTERNAL_V(dadd)(one, g); /* TwoSum(1, g) */
        b = SIGMOID_INTERNAL_V(dsub)(hi, one);
        lo = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(one, SIGMOID_INTERNAL_V(dsub)(hi, b)),
                                      SIGMOID_INTERNAL_V(dsub)(g, b));
        lo = SIGMOID_INTERNAL_V(dadd)(lo, gl);
        m = SIGMOID_INTERNAL_V(dadd)(hi, lo);  /* Fast2Sum: n = m + nl */
        lo = SIGMOID_INTERNAL_V(dsub)(lo, SIGMOID_INTERNAL_V(dsub)(m, hi));
        hi = SIGMOID_INTERNAL_V(dtwo_prod)(q, m, &b); /* p = q n */
        b = SIGMOID_INTERNAL_V(dadd)(b, SIGMOID_INTERNAL_V(dadd)(
            SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dkeep)(SIGMOID_INTERNAL_V(dabove)(q, sigmoid_internal_pow2_neg(500)), q), lo),
            SIGMOID_INTERNAL_V(dmul)(c, m)));
        m = hi;
        hi = SIGMOID_INTERNAL_V(dadd)(m, b);
        lo = SIGMOID_INTERNAL_V(dsub)(b, SIGMOID_INTERNAL_V(dsub)(hi, m));
        err = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dset)(2.7105054312137611e-20), /* 2^-65 */
                                       SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dabs)(hi),
                                                                SIGMOID_INTERNAL_V(dmul)(q, SIGMOID_INTERNAL_V(dabs)(g))));
        m = SIGMOID_INTERNAL_V(dadd)(hi, SIGMOID_INTERNAL_V(dadd)(lo, err));
        b = SIGMOID_INTERNAL_V(dadd)(hi, SIGMOID_INTERNAL_V(dsub)(lo, err));
        *far = SIGMOID_INTERNAL_V(dunsure)(m, SIGMOID_INTERNAL_V(dsub)(b, m), 1.0) |
               SIGMOID_INTERNAL_V(dbelow)(v, 8.6736173798840355e-19); /* 2^-60 */
    } else if (kind == SIGMOID_INTERNAL_SILU) {
        hi = SIGMOID_INTERNAL_V(dtwo_prod)(v, q, &lo);
        m = SIGMOID_INTERNAL_V(dadd)(lo, SIGMOID_INTERNAL_V(dmul)(v, c)); /* Fast2Sum(hi, lo + x c) */
        lo = hi;
        hi = SIGMOID_INTERNAL_V(dadd)(lo, m);
        lo = SIGMOID_INTERNAL_V(dsub)(m, SIGMOID_INTERNAL_V(dsub)(hi, lo));
        *far = SIGMOID_INTERNAL_V(dunsure)(hi, lo, 1.000244140625) |
               SIGMOID_INTERNAL_V(dbelow)(v, sigmoid_internal_pow2_neg(960));
    } else {
        hi = SIGMOID_INTERNAL_V(dtwo_prod)(q, q, &lo);
        m = SIGMOID_INTERNAL_V(dadd)(lo, SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dset)(2.0), q), c));
        m = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dkeep)(SIGMOID_INTERNAL_V(dabove)(Eh, sigmoid_internal_pow2_neg(500)), Eh), m),
                                     SIGMOID_INTERNAL_V(dmul)(El, hi)); /* see sigmoid_internal_deriv_f64_fast */
        hi = SIGMOID_INTERNAL_V(dtwo_prod)(Eh, hi, &lo);
        q = SIGMOID_INTERNAL_V(dadd)(lo, m);                       /* Fast2Sum(hi, lo + m) */
        lo = hi;
        hi = SIGMOID_INTERNAL_V(dadd)(lo, q);
        lo = SIGMOID_INTERNAL_V(dsub)(q, SIGMOID_INTERNAL_V(dsub)(hi, lo));
        *far = SIGMOID_INTERNAL_V(dunsure)(hi, lo, 1.0009765625);
        hi = SIGMOID_INTERNAL_V(dat_most)(hi, SIGMOID_INTERNAL_V(dset)(0.25));
    }
    return hi;
}

/* sigmoid_f64 (kind SIGMA) or sigmoid_deriv_f64 on one block: the scalar
 * fast path in each lane; lanes with |x| >= 660 or NaN, or where Ziv's
 * test cannot decide, take the scalar function afterwards. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(exact_f64_block)(const double *x, double *y, enum sigmoid_internal_kind kind)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    SIGMOID_INTERNAL_VD v[SIGMOID_INTERNAL_UNROLL], r[SIGMOID_INTERNAL_UNROLL], q0;
    SIGMOID_INTERNAL_V(f64_parts) D[SIGMOID_INTERNAL_UNROLL];
    double in[block];
    int redo = 0, i;
    SIGMOID_INTERNAL_EACH(
        int far;
        v[u] = SIGMOID_INTERNAL_V(dload_near)(x + u * SIGMOID_INTERNAL_WD, 0x4084a000, &far); /* 660 */
        D[u] = SIGMOID_INTERNAL_V(exact_f64_start)(v[u], kind);
        redo |= far << (u * SIGMOID_INTERNAL_WD);
    )
    SIGMOID_INTERNAL_EACH(
        int unsure;
        SIGMOID_INTERNAL_VD q;
        r[u] = SIGMOID_INTERNAL_V(exact_f64_v)(v[u], kind, D[u], &unsure, &q);
        if (u == 0)
            q0 = q;
        redo |= unsure << (u * SIGMOID_INTERNAL_WD);
    )
    /* the rounding mode, as sigmoid_internal_to_nearest tests it: outside
       round-to-nearest, the whole block goes to the scalar code */
    if (SIGMOID_INTERNAL_V(not_to_nearest)(q0))
        redo = (1 << block) - 1;
    if (SIGMOID_INTERNAL_RARELY(redo))
        memcpy(in, x, sizeof in); /* y may be x */
    SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(dstore)(y + u * SIGMOID_INTERNAL_WD, r[u]);)
    for (i = 0; redo; i++, redo >>= 1)
        if (redo & 1) {
            SIGMOID_INTERNAL_V(leave)();
            y[i] = sigmoid_internal_f64_lane(in[i], kind);
        }
}

/* sigmoid_f64 (kind SIGMA) or its kin on one x, |x| < 660, in every lane
 * of one vector: see sigmoid_internal_f64_scalar. One_f64 has a copy for
 * each kind, so that a call runs only its kind's steps. */
SIGMOID_INTERNAL_STEP double SIGMOID_INTERNAL_V(one_f64_of)(double x, enum sigmoid_internal_kind kind)
{
    double out[SIGMOID_INTERNAL_WD];
    SIGMOID_INTERNAL_VD q;
    int unsure;
    SIGMOID_INTERNAL_VD v = SIGMOID_INTERNAL_V(dset)(x);
    SIGMOID_INTERNAL_V(dstore)(out, SIGMOID_INTERNAL_V(exact_f64_v)(v, kind, SIGMOID_INTERNAL_V(exact_f64_start)(v, kind), &unsure, &q));
    unsure |= SIGMOID_INTERNAL_V(not_to_nearest)(q);
    SIGMOID_INTERNAL_V(leave)();
    return unsure ? sigmoid_internal_f64_lane(x, kind) : out[0];
}

SIGMOID_INTERNAL_KERNEL double SIGMOID_INTERNAL_V(one_f64)(double x, enum sigmoid_internal_kind kind)
{
    switch (kind) {
    case SIGMOID_INTERNAL_SIGMA:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_SIGMA);
    case SIGMOID_INTERNAL_DERIV:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_DERIV);
    case SIGMOID_INTERNAL_SILU:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_SILU);
    case SIGMOID_INTERNAL_SILU_DERIV:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_SILU_DERIV);
    case SIGMOID_INTERNAL_SOFTPLUS:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_SOFTPLUS);
    case SIGMOID_INTERNAL_LOG_SIGMA:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_LOG_SIGMA);
    default:
        return SIGMOID_INTERNAL_V(one_f64_of)(x, SIGMOID_INTERNAL_LOGIT);
    }
}

SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(exact_f64_array)(const double *x, double *y, size_t n, enum sigmoid_internal_kind kind)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block)
        SIGMOID_INTERNAL_V(exact_f64_block)(x + i, y + i, kind);
    for (; i < n; i++) {
        SIGMOID_INTERNAL_V(leave)();
        y[i] = sigmoid_internal_f64_lane(x[i], kind);
    }
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(array_f64)(const double *x, double *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(x, y, n, SIGMOID_INTERNAL_SIGMA);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(silu_array_f64)(const double *x, double *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(x, y, n, SIGMOID_INTERNAL_SILU);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(silu_deriv_array_f64)(const double *x, double *d, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(x, d, n, SIGMOID_INTERNAL_SILU_DERIV);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(deriv_array_f64)(const double *x, double *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(x, y, n, SIGMOID_INTERNAL_DERIV);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(softplus_array_f64)(const double *x, double *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(x, y, n, SIGMOID_INTERNAL_SOFTPLUS);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(log_array_f64)(const double *x, double *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(x, y, n, SIGMOID_INTERNAL_LOG_SIGMA);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(logit_array_f64)(const double *p, double *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_f64_array)(p, y, n, SIGMOID_INTERNAL_LOGIT);
}

/* sigmoid_internal_y_one_minus_y in each lane, the same steps: y^2 = sh +
 * sl exactly, TwoSum(v, -sh) = h + lo, then h + (lo - sl) by Fast2Sum:
 * returns its leading double, its tail in *tail. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(dy_one_minus_y)(SIGMOID_INTERNAL_VD v, SIGMOID_INTERNAL_VD *tail)
{
    SIGMOID_INTERNAL_VD sl, sh = SIGMOID_INTERNAL_V(dtwo_prod)(v, v, &sl);
    SIGMOID_INTERNAL_VD h = SIGMOID_INTERNAL_V(dsub)(v, sh), b = SIGMOID_INTERNAL_V(dsub)(h, v);
    SIGMOID_INTERNAL_VD t = SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(v, SIGMOID_INTERNAL_V(dsub)(h, b)),
                                                                             SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dneg)(sh), b)), sl);
    SIGMOID_INTERNAL_VD g = SIGMOID_INTERNAL_V(dadd)(h, t);
    *tail = SIGMOID_INTERNAL_V(dsub)(t, SIGMOID_INTERNAL_V(dsub)(g, h));
    return g;
}

/* sigmoid_internal_from_output_f64 in each lane, the same steps: y - y^2
 * as a pair (dy_one_minus_y), on y inside (0,1) and on 1/2 elsewhere, and
 * +0 for those lanes; a block with a NaN or an infinity takes the scalar
 * code. */
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(deriv_from_output_array_f64)(const double *y, double *d, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, k, full = n - n % block;
    for (i = 0; i < full; i += block) {
        SIGMOID_INTERNAL_VD r[SIGMOID_INTERNAL_UNROLL];
        int far = 0;
        SIGMOID_INTERNAL_EACH(
            int f;
            SIGMOID_INTERNAL_VD v = SIGMOID_INTERNAL_V(dload_near)(y + i + u * SIGMOID_INTERNAL_WD, 0x7ff00000, &f);
            SIGMOID_INTERNAL_VD m = SIGMOID_INTERNAL_V(dinside01)(v), lo;
            v = SIGMOID_INTERNAL_V(dsel)(m, v, SIGMOID_INTERNAL_V(dset)(0.5));
            r[u] = SIGMOID_INTERNAL_V(dkeep)(m, SIGMOID_INTERNAL_V(dy_one_minus_y)(v, &lo));
            far |= f;
        )
        if (SIGMOID_INTERNAL_RARELY(far)) {
            for (k = i; k < i + block; k++) {
                SIGMOID_INTERNAL_V(leave)();
                d[k] = sigmoid_internal_from_output_f64_lane(y[k]);
            }
            continue;
        }
        SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(dstore)(d + i + u * SIGMOID_INTERNAL_WD, r[u]);)
    }
    for (; i < n; i++) {
        SIGMOID_INTERNAL_V(leave)();
        d[i] = sigmoid_internal_from_output_f64_lane(y[i]);
    }
}

/* sigmoid_internal_backward_value_f64 in each lane, the same steps where
 * it needs no scaling: y(1-y) as a pair (as above), m = |dy| times it as an
 * exact pair plus m times its tail, one rounding, dy's sign; +0 where y is
 * outside (0,1). A block with a lane the scalar code scales (|dy| >= 2^995,
 * or m*g < 2^-900 with dy != 0) or with an infinity or a NaN takes the
 * scalar code. The tail m*gl is added with an FMA where the layer has one
 * (compilers contract it there anyway), and rounded first where it has
 * none, as in the scalar code of a build without FMA: the two can differ
 * in the last bit only where dy*y(1-y) lies within 2^-104 (relative) of a
 * rounding boundary, both within the bound (make verify compares every
 * path with the scalar step on 10^7 pairs). */
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(backward_f64)(const double *y, const double *dy, double *dx, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, k, full = n - n % block;
    for (i = 0; i < full; i += block) {
        SIGMOID_INTERNAL_VD r[SIGMOID_INTERNAL_UNROLL];
        int far = 0;
        SIGMOID_INTERNAL_EACH(
            int fy, fd;
            SIGMOID_INTERNAL_VD v = SIGMOID_INTERNAL_V(dload_near)(y + i + u * SIGMOID_INTERNAL_WD, 0x7ff00000, &fy);
            SIGMOID_INTERNAL_VD d = SIGMOID_INTERNAL_V(dload_near)(dy + i + u * SIGMOID_INTERNAL_WD, 0x7e200000, &fd);
            SIGMOID_INTERNAL_VD in = SIGMOID_INTERNAL_V(dinside01)(v), m = SIGMOID_INTERNAL_V(dabs)(d);
            SIGMOID_INTERNAL_VD t, gh, gl, ph, pl;
            v = SIGMOID_INTERNAL_V(dsel)(in, v, SIGMOID_INTERNAL_V(dset)(0.5));
            gh = SIGMOID_INTERNAL_V(dy_one_minus_y)(v, &gl);
            ph = SIGMOID_INTERNAL_V(dtwo_prod)(m, gh, &pl);
            t = SIGMOID_INTERNAL_V(dfma)(m, gl, pl);
            r[u] = SIGMOID_INTERNAL_V(dkeep)(in, SIGMOID_INTERNAL_V(dsign_of)(SIGMOID_INTERNAL_V(dadd)(ph, t), d));
            far |= fy | fd | (SIGMOID_INTERNAL_V(dbelow)(ph, sigmoid_internal_pow2_neg(900)) &
                              ~SIGMOID_INTERNAL_V(dbelow)(m, sigmoid_internal_from_bits_f64(1u))); /* m*g < 2^-900, m != 0 */
        )
        if (SIGMOID_INTERNAL_RARELY(far)) {
            for (k = i; k < i + block; k++) {
                SIGMOID_INTERNAL_V(leave)();
                dx[k] = sigmoid_internal_backward_f64_lane(y[k], dy[k]);
            }
            continue;
        }
        SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(dstore)(dx + i + u * SIGMOID_INTERNAL_WD, r[u]);)
    }
    for (; i < n; i++) {
        SIGMOID_INTERNAL_V(leave)();
        dx[i] = sigmoid_internal_backward_f64_lane(y[i], dy[i]);
    }
}

/* The core of the exact arrays: e^-x = T(1 + q) in double lanes, the
 * scalar fast path's reduction, table and polynomial (see
 * sigmoid_internal_f32_fast for the error: within 2^-39.14 after the
 * ending), fma where the layer has it. x must be zeroed where |x| >= 120. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(exp_neg_table)(SIGMOID_INTERNAL_VD x, SIGMOID_INTERNAL_VD *T,
                                                             SIGMOID_INTERNAL_VD *q, enum sigmoid_internal_kind kind)
{
    SIGMOID_INTERNAL_VD shift = SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_SHIFT);
    SIGMOID_INTERNAL_VD z = SIGMOID_INTERNAL_V(dmul)(x, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_INV_LN2_1024));
    SIGMOID_INTERNAL_VD zs = SIGMOID_INTERNAL_V(dadd)(z, shift);
    SIGMOID_INTERNAL_VD w = SIGMOID_INTERNAL_V(dsub)(z, SIGMOID_INTERNAL_V(dsub)(zs, shift));
    if (kind == SIGMOID_INTERNAL_SILU_DERIV) { /* the cubic: see sigmoid_internal_silu_deriv_fast */
        *q = SIGMOID_INTERNAL_V(dfma)(SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_EXP_B3), w,
                                      SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_EXP_A2));
        *q = SIGMOID_INTERNAL_V(dfma)(*q, w, SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_EXP_B1));
    } else {
        *q = SIGMOID_INTERNAL_V(dfma)(SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_EXP_A2), w,
                                      SIGMOID_INTERNAL_V(dset)(SIGMOID_INTERNAL_EXP_A1));
    }
    *q = SIGMOID_INTERNAL_V(dmul)(*q, w);
    *T = SIGMOID_INTERNAL_V(double)(SIGMOID_INTERNAL_V(scaled_table)(SIGMOID_INTERNAL_V(dbits)(zs)));
}

/* log(1 + t), t in [0, 1], in each lane: sigmoid_internal_log1p_fast's
 * table and series, r's product fused where the layer has fma (within
 * 2^-45.4 as there); softplus and logit end here. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(log1p_v)(SIGMOID_INTERNAL_VD t)
{
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), lc, c, r, p;
    c = SIGMOID_INTERNAL_V(log_table)(t, &lc, NULL);
    r = SIGMOID_INTERNAL_V(dfma)(t, c, SIGMOID_INTERNAL_V(dsub)(c, one));
    p = SIGMOID_INTERNAL_V(dfma)(r, SIGMOID_INTERNAL_V(dset)(-0.16666666666666666), SIGMOID_INTERNAL_V(dset)(0.20000000000000001));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(-0.25));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(0.33333333333333331));
    p = SIGMOID_INTERNAL_V(dfma)(r, p, SIGMOID_INTERNAL_V(dset)(-0.5));
    p = SIGMOID_INTERNAL_V(dfma)(SIGMOID_INTERNAL_V(dmul)(r, r), p, r);
    return SIGMOID_INTERNAL_V(dadd)(lc, p);
}

/* softplus from e^-|x| = T(1 + q): max(x, 0) + log(1 + t), the scalar
 * sigmoid_internal_softplus_fast in each lane, r's product fused where the
 * layer has fma: within 2^-39.05 as there. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VD SIGMOID_INTERNAL_V(softplus_end)(SIGMOID_INTERNAL_VD x, SIGMOID_INTERNAL_VD T,
                                                                          SIGMOID_INTERNAL_VD q)
{
    return SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dkeep_positive)(x),
                                    SIGMOID_INTERNAL_V(log1p_v)(SIGMOID_INTERNAL_V(dfma)(T, q, T)));
}

/* sigma, sigma', silu, silu', softplus or log sigma of U * wd floats, then
 * the rounding test of the scalar tail function: r(1 - E) and r(1 + E), E = 2^-37, both rounded to float;
 * where they agree, that float is the correctly rounded result (also when
 * it is subnormal). Lanes that disagree, and lanes with |x| >= 120 or NaN
 * (zeroed before they could overflow), are redone by the scalar function,
 * so every result is the scalar one. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(exact_block)(const float *x, float *y, enum sigmoid_internal_kind kind)
{
    enum { lanes = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), xd[SIGMOID_INTERNAL_UNROLL], r[SIGMOID_INTERNAL_UNROLL];
    SIGMOID_INTERNAL_VD T[SIGMOID_INTERNAL_UNROLL], q[SIGMOID_INTERNAL_UNROLL], t, d, num;
    float out[lanes];
    int bad = 0, i, log_family = kind == SIGMOID_INTERNAL_SOFTPLUS || kind == SIGMOID_INTERNAL_LOG_SIGMA;
    SIGMOID_INTERNAL_EACH(
        int far;
        xd[u] = SIGMOID_INTERNAL_V(load_f32)(x + u * SIGMOID_INTERNAL_WD, &far);
        bad |= far << (u * SIGMOID_INTERNAL_WD);
    )
    SIGMOID_INTERNAL_EACH(
        if (log_family) /* e^-|x|; log sigma(x) = -softplus(-x) */
            SIGMOID_INTERNAL_V(exp_neg_table)(SIGMOID_INTERNAL_V(dabs)(xd[u]), &T[u], &q[u], SIGMOID_INTERNAL_SIGMA);
        else
            SIGMOID_INTERNAL_V(exp_neg_table)(xd[u], &T[u], &q[u], kind);
    )
    SIGMOID_INTERNAL_EACH(
        if (kind == SIGMOID_INTERNAL_SILU_DERIV) { /* see sigmoid_internal_silu_deriv_fast */
            t = SIGMOID_INTERNAL_V(dfma)(T[u], q[u], T[u]);
            d = SIGMOID_INTERNAL_V(dadd)(one, t);
            num = SIGMOID_INTERNAL_V(dfma)(t, SIGMOID_INTERNAL_V(dadd)(one, xd[u]), one);
            bad |= SIGMOID_INTERNAL_V(dbelow)(num, 0.001953125) << (u * SIGMOID_INTERNAL_WD); /* 2^-9 */
            r[u] = SIGMOID_INTERNAL_V(ddiv)(num, SIGMOID_INTERNAL_V(dmul)(d, d));
        } else if (kind == SIGMOID_INTERNAL_DERIV) {
            t = SIGMOID_INTERNAL_V(dfma)(T[u], q[u], T[u]);
            d = SIGMOID_INTERNAL_V(dadd)(one, t);
            r[u] = SIGMOID_INTERNAL_V(ddiv)(t, SIGMOID_INTERNAL_V(dmul)(d, d));
        } else if (kind == SIGMOID_INTERNAL_SOFTPLUS) {
            r[u] = SIGMOID_INTERNAL_V(softplus_end)(xd[u], T[u], q[u]);
        } else if (kind == SIGMOID_INTERNAL_LOG_SIGMA) {
            r[u] = SIGMOID_INTERNAL_V(dneg)(SIGMOID_INTERNAL_V(softplus_end)(SIGMOID_INTERNAL_V(dneg)(xd[u]), T[u], q[u]));
        } else {
            r[u] = SIGMOID_INTERNAL_V(ddiv)(kind == SIGMOID_INTERNAL_SILU ? xd[u] : one,
                                            SIGMOID_INTERNAL_V(dfma)(T[u], q[u], SIGMOID_INTERNAL_V(dadd)(one, T[u])));
        }
    )
    /* into out first: y may be x, whose failed lanes are still needed */
    SIGMOID_INTERNAL_EACH(
        bad |= SIGMOID_INTERNAL_V(store_f32_checked)(out + u * SIGMOID_INTERNAL_WD, r[u], SIGMOID_INTERNAL_F32_MARGIN)
               << (u * SIGMOID_INTERNAL_WD);
    )
    for (i = 0; bad; i++, bad >>= 1)
        if (bad & 1) {
            SIGMOID_INTERNAL_V(leave)();
            out[i] = sigmoid_internal_f32_lane(x[i], kind);
        }
    memcpy(y, out, sizeof out);
}

SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(exact_array)(const float *x, float *y, size_t n,
                                                           enum sigmoid_internal_kind kind)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block)
        SIGMOID_INTERNAL_V(exact_block)(x + i, y + i, kind);
    for (; i < n; i++) { /* results are exact: the tail may as well be scalar */
        SIGMOID_INTERNAL_V(leave)();
        y[i] = sigmoid_internal_f32_lane(x[i], kind);
    }
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(array_f32)(const float *x, float *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_array)(x, y, n, SIGMOID_INTERNAL_SIGMA);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(deriv_array_f32)(const float *x, float *d, size_t n)
{
    SIGMOID_INTERNAL_V(exact_array)(x, d, n, SIGMOID_INTERNAL_DERIV);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(silu_array_f32)(const float *x, float *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_array)(x, y, n, SIGMOID_INTERNAL_SILU);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(silu_deriv_array_f32)(const float *x, float *d, size_t n)
{
    SIGMOID_INTERNAL_V(exact_array)(x, d, n, SIGMOID_INTERNAL_SILU_DERIV);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(softplus_array_f32)(const float *x, float *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_array)(x, y, n, SIGMOID_INTERNAL_SOFTPLUS);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(log_array_f32)(const float *x, float *y, size_t n)
{
    SIGMOID_INTERNAL_V(exact_array)(x, y, n, SIGMOID_INTERNAL_LOG_SIGMA);
}

/* logit of U * wd floats: sigmoid_internal_logit_fast in double lanes
 * (within 2^-45.3; fma where the layer has it only shrinks that), the two
 * choices as selects, then the rounding test of exact_block. At p = +-0
 * and 1, m = min(p, 1 - p) is +-0: the quotient's 1/m raises
 * FE_DIVBYZERO, as logit does there, and the lane takes +-inf. Lanes
 * outside [0, 1], and NaN, compute on 1/4 instead (no flag) and, with the
 * lanes the test cannot decide, are redone by the scalar function, which
 * gives their NaN and its flags. (p = 1 is common, sigma(x) for x >= 17,
 * and the scalar code would cost about 50 ns a lane.) */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(logit_block)(const float *x, float *y)
{
    enum { lanes = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), r[SIGMOID_INTERNAL_UNROLL];
    float out[lanes];
    int bad = 0, i;
    SIGMOID_INTERNAL_EACH(
        SIGMOID_INTERNAL_VD v = SIGMOID_INTERNAL_V(widen)(x + u * SIGMOID_INTERNAL_WD);
        SIGMOID_INTERNAL_VD in = SIGMOID_INTERNAL_V(dwithin01)(v), m, near_half, q, k, t, p;
        bad |= (((1 << SIGMOID_INTERNAL_WD) - 1) ^ SIGMOID_INTERNAL_V(dmask_bits)(in)) << (u * SIGMOID_INTERNAL_WD);
        v = SIGMOID_INTERNAL_V(dsel)(in, v, SIGMOID_INTERNAL_V(dset)(0.25));
        m = SIGMOID_INTERNAL_V(dat_most)(v, SIGMOID_INTERNAL_V(dsub)(one, v)); /* min(p, 1 - p) */
        near_half = SIGMOID_INTERNAL_V(dabove)(m, 0.33593749999999994); /* m >= 43/128 */
        q = SIGMOID_INTERNAL_V(ddiv)(SIGMOID_INTERNAL_V(dsel)(near_half, SIGMOID_INTERNAL_V(dsub)(one, SIGMOID_INTERNAL_V(dadd)(m, m)),
                                                             SIGMOID_INTERNAL_V(dsub)(one, m)), m);
        t = SIGMOID_INTERNAL_V(dsplit_exp)(q, &k, NULL);
        t = SIGMOID_INTERNAL_V(dsel)(near_half, q, SIGMOID_INTERNAL_V(dsub)(t, one));
        k = SIGMOID_INTERNAL_V(dsel)(near_half, SIGMOID_INTERNAL_V(dset)(0.0), k);
        p = SIGMOID_INTERNAL_V(log1p_v)(t);
        p = SIGMOID_INTERNAL_V(dfma)(k, SIGMOID_INTERNAL_V(dset)(128.0 * SIGMOID_INTERNAL_LN2_128_2), p);
        p = SIGMOID_INTERNAL_V(dfma)(k, SIGMOID_INTERNAL_V(dset)(128.0 * SIGMOID_INTERNAL_LN2_128_1), p);
        p = SIGMOID_INTERNAL_V(dsel)(SIGMOID_INTERNAL_V(dabove)(m, 0.0), p, SIGMOID_INTERNAL_V(dset)(sigmoid_internal_from_bits_f64(0x7ff0000000000000u))); /* +inf */
        r[u] = SIGMOID_INTERNAL_V(dsel)(SIGMOID_INTERNAL_V(dabove)(v, 0.49999999999999994), p, SIGMOID_INTERNAL_V(dneg)(p)); /* p >= 1/2 */
    )
    SIGMOID_INTERNAL_EACH(
        bad |= SIGMOID_INTERNAL_V(store_f32_checked)(out + u * SIGMOID_INTERNAL_WD, r[u], SIGMOID_INTERNAL_F32_MARGIN)
               << (u * SIGMOID_INTERNAL_WD);
    )
    for (i = 0; bad; i++, bad >>= 1)
        if (bad & 1) {
            SIGMOID_INTERNAL_V(leave)();
            out[i] = sigmoid_logit_f32(x[i]);
        }
    memcpy(y, out, sizeof out);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(logit_array_f32)(const float *p, float *y, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block)
        SIGMOID_INTERNAL_V(logit_block)(p + i, y + i);
    for (; i < n; i++) {
        SIGMOID_INTERNAL_V(leave)();
        y[i] = sigmoid_logit_f32(p[i]);
    }
}

/* dx = dy*y(1-y), or y(1-y) when dy is NULL: the scalar code's product
 * r = dy*(y*(1-y)) in double lanes (relative error < 2^-51.4), then the
 * rounding test with margin 2^-48. Lanes with y outside (0,1), a
 * non-finite dy or a failed test are redone by the scalar function. */
/* One block of the backward step. dy*y(1-y) in double rounds at most
 * three times (< 2^-51.4 relative), so where r(1 - 2^-48) and r(1 + 2^-48)
 * round to the same float, so does the exact value. A block with any other
 * lane (one lane in 2^23 with y = sigma(x), x uniform in [-20, 20], dy in
 * [-0.5, 0.5]), or with a lane the load hands back (a NaN, or an infinite
 * dy against a y inside (0,1)), takes the scalar code, whose branch-free
 * exact evaluation gives the same bits. */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(backward_block)(const float *y, const float *dy, float *dx)
{
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0), r[SIGMOID_INTERNAL_UNROLL];
    int bad = 0, i;
    SIGMOID_INTERNAL_EACH(
        SIGMOID_INTERNAL_VD yd, dyd;
        bad |= SIGMOID_INTERNAL_V(load_backward)(y + u * SIGMOID_INTERNAL_WD, dy + u * SIGMOID_INTERNAL_WD, &yd, &dyd);
        r[u] = SIGMOID_INTERNAL_V(dmul)(dyd, SIGMOID_INTERNAL_V(dmul)(yd, SIGMOID_INTERNAL_V(dsub)(one, yd)));
        bad |= SIGMOID_INTERNAL_V(unsure_f32)(r[u], SIGMOID_INTERNAL_PRODUCT_MARGIN);
    )
    if (SIGMOID_INTERNAL_RARELY(bad)) {
        for (i = 0; i < SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD; i++) {
            SIGMOID_INTERNAL_V(leave)();
            dx[i] = sigmoid_backward_step_f32(y[i], dy[i]);
        }
        return;
    }
    SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_f32)(dx + u * SIGMOID_INTERNAL_WD, r[u]);)
}

/* The backward step in float lanes, where the layer has a fused
 * multiply-add: y^2 = q + ql and |dy| h = P + Pl as exact product pairs,
 * y - q = h + hl by Fast2Sum, so |dy| y(1-y) = P + Pl + |dy| (hl - ql);
 * gl = hl - ql rounds at < 2^-48 h, and Pl + |dy| gl as one fma rounds at
 * < 2^-48 P: P + Pl2 is within 2^-47 P of the exact value, which therefore
 * rounds as P + Pl2 (1 - 2^-20) and P + Pl2 (1 + 2^-20) do where those two
 * round alike (for |Pl2| >= 2^-26 P the margin covers the error; below,
 * all three are within a quarter ulp of P). The pairs are exact only
 * away from underflow, and a subnormal float (even an error term) costs an
 * Intel core a microcode assist: blocks with a product in (0, 2^-70) or an
 * undecided lane return 1 and take the double lanes, as do blocks with a
 * y in (0, 2^-40), a NaN or an infinite dy, before any arithmetic (so that
 * nothing raises a flag); a y outside (0,1) gives +0. */
SIGMOID_INTERNAL_STEP int SIGMOID_INTERNAL_V(backward_fv)(const float *y, const float *dy, SIGMOID_INTERNAL_VF *out)
{
    SIGMOID_INTERNAL_VI by = SIGMOID_INTERNAL_V(bits)(SIGMOID_INTERNAL_V(load)(y));
    SIGMOID_INTERNAL_VI bd = SIGMOID_INTERNAL_V(bits)(SIGMOID_INTERNAL_V(load)(dy));
    SIGMOID_INTERNAL_VI ad = SIGMOID_INTERNAL_V(iand)(bd, SIGMOID_INTERNAL_V(iset)(0x7fffffff)), zero = SIGMOID_INTERNAL_V(iset)(0);
    SIGMOID_INTERNAL_VI below1 = SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iset)(0x3f800000), by);
    SIGMOID_INTERNAL_VI inside = SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(by, zero), below1);
    SIGMOID_INTERNAL_VI use = SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(by, SIGMOID_INTERNAL_V(iset)(0x2b7fffff)), below1); /* 2^-40 */
    SIGMOID_INTERNAL_VF yc, m, q, ql, h, gl, P, Pl, lo, hi;
    SIGMOID_INTERNAL_VI pb, bad = SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(ine)(inside, use), /* y in (0, 2^-40) */
                                                          SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(igt)(ad, SIGMOID_INTERNAL_V(iset)(0x7f7fffff)),
                                                                                  SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iand)(by, SIGMOID_INTERNAL_V(iset)(0x7fffffff)),
                                                                                                          SIGMOID_INTERNAL_V(iset)(0x7f800000))));
    *out = SIGMOID_INTERNAL_V(set)(0.0f);
    if (SIGMOID_INTERNAL_V(iany)(bad))
        return 1;
    yc = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(use, SIGMOID_INTERNAL_V(iset)(0x3f000000), by));
    m = SIGMOID_INTERNAL_V(float)(ad);
    q = SIGMOID_INTERNAL_V(mul)(yc, yc);
    ql = SIGMOID_INTERNAL_V(fms)(yc, yc, q);
    h = SIGMOID_INTERNAL_V(sub)(yc, q);
    gl = SIGMOID_INTERNAL_V(sub)(SIGMOID_INTERNAL_V(sub)(SIGMOID_INTERNAL_V(sub)(yc, h), q), ql);
    P = SIGMOID_INTERNAL_V(mul)(m, h);
    Pl = SIGMOID_INTERNAL_V(fma)(m, gl, SIGMOID_INTERNAL_V(fms)(m, h, P));
    lo = SIGMOID_INTERNAL_V(fma)(Pl, SIGMOID_INTERNAL_V(set)(0.99999904632568359375f), P); /* 1 - 2^-20 */
    hi = SIGMOID_INTERNAL_V(fma)(Pl, SIGMOID_INTERNAL_V(set)(1.00000095367431640625f), P); /* 1 + 2^-20 */
    pb = SIGMOID_INTERNAL_V(bits)(P);
    bad = SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(fne)(lo, hi),
                                  SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(pb, zero),
                                                           SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iset)(0x1c800000), pb))); /* 2^-70 */
    /* dy's sign, and +0 outside (0,1) */
    *out = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(iand)(inside, SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(bits)(lo),
                                                                                              SIGMOID_INTERNAL_V(iand)(bd, SIGMOID_INTERNAL_V(iset)(-0x7fffffff - 1)))));
    return SIGMOID_INTERNAL_V(iany)(bad);
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(backward_f32)(const float *y, const float *dy, float *dx, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block) {
        /* a block is two float vectors where the layer has an exact fma */
        if (SIGMOID_INTERNAL_V(exact_fma) && block == 2 * SIGMOID_INTERNAL_WF) {
            SIGMOID_INTERNAL_VF r0, r1;
            int bad = SIGMOID_INTERNAL_V(backward_fv)(y + i, dy + i, &r0);
            bad |= SIGMOID_INTERNAL_V(backward_fv)(y + i + SIGMOID_INTERNAL_WF, dy + i + SIGMOID_INTERNAL_WF, &r1);
            if (!SIGMOID_INTERNAL_RARELY(bad)) {
                SIGMOID_INTERNAL_V(store)(dx + i, r0);
                SIGMOID_INTERNAL_V(store)(dx + i + SIGMOID_INTERNAL_WF, r1);
                continue;
            }
        }
        SIGMOID_INTERNAL_V(backward_block)(y + i, dy + i, dx + i);
    }
    for (; i < n; i++) {
        SIGMOID_INTERNAL_V(leave)();
        dx[i] = sigmoid_backward_step_f32(y[i], dy[i]);
    }
}

/* y(1-y) in each lane as sigmoid_internal_from_output_f32 computes it: the
 * product in double, +0 where it is not positive (y outside (0,1); a NaN
 * stays), then one rounding. No lane needs the scalar code: nothing is
 * converted to float before the select, so nothing can overflow. */
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(deriv_from_output_array_f32)(const float *y, float *d, size_t n)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WD };
    SIGMOID_INTERNAL_VD one = SIGMOID_INTERNAL_V(dset)(1.0);
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block) {
        SIGMOID_INTERNAL_VD v[SIGMOID_INTERNAL_UNROLL];
        SIGMOID_INTERNAL_EACH(v[u] = SIGMOID_INTERNAL_V(widen)(y + i + u * SIGMOID_INTERNAL_WD);)
        SIGMOID_INTERNAL_EACH(v[u] = SIGMOID_INTERNAL_V(dkeep_positive)(SIGMOID_INTERNAL_V(dmul)(v[u], SIGMOID_INTERNAL_V(dsub)(one, v[u])));)
        SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_f32)(d + i + u * SIGMOID_INTERNAL_WD, v[u]);)
    }
    for (; i < n; i++) {
        SIGMOID_INTERNAL_V(leave)();
        d[i] = sigmoid_deriv_from_output_f32(y[i]);
    }
}

/* ---- Half precision (see "Half precision" for the method) ---- */

/* wf half values: their float values, and their bits in *h */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VF SIGMOID_INTERNAL_V(half_load)(const uint16_t *p, SIGMOID_INTERNAL_VI *h,
                                                                       enum sigmoid_internal_half format)
{
    *h = SIGMOID_INTERNAL_V(load_u16)(p);
    if (format == SIGMOID_INTERNAL_BF16)
        return SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(ishl16)(*h));
    return SIGMOID_INTERNAL_V(load_f16)(p);
}

/* the float with bits b (>= +0, not NaN) rounded to the half format */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(half_round)(SIGMOID_INTERNAL_VI b, enum sigmoid_internal_half format)
{
    if (format == SIGMOID_INTERNAL_BF16) /* to nearest even: add 0x7fff and the last kept bit, drop 16 bits */
        return SIGMOID_INTERNAL_V(isrl16)(SIGMOID_INTERNAL_V(iadd)(
            SIGMOID_INTERNAL_V(iadd)(b, SIGMOID_INTERNAL_V(iset)(0x7fff)),
            SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(isrl16)(b), SIGMOID_INTERNAL_V(iset)(1))));
    return SIGMOID_INTERNAL_V(to_f16)(SIGMOID_INTERNAL_V(float)(b));
}

/* r, and h quieted where h is a NaN */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(half_nan)(SIGMOID_INTERNAL_VI h, SIGMOID_INTERNAL_VI r,
                                                                      enum sigmoid_internal_half format)
{
    SIGMOID_INTERNAL_VI nan = SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iand)(h, SIGMOID_INTERNAL_V(iset)(0x7fff)),
                                                      SIGMOID_INTERNAL_V(iset)(format == SIGMOID_INTERNAL_BF16 ? 0x7f80 : 0x7c00));
    return SIGMOID_INTERNAL_V(isel)(nan, r, SIGMOID_INTERNAL_V(ior)(h, SIGMOID_INTERNAL_V(iset)(sigmoid_internal_half_quiet(format))));
}

/* sigmoid_internal_round_odd_f32 in each float lane, from the pairs
 * S + E of its two halves of double lanes (the same steps) */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(round_odd_f32)(SIGMOID_INTERNAL_VD Slo, SIGMOID_INTERNAL_VD Shi,
                                                                           SIGMOID_INTERNAL_VD Elo, SIGMOID_INTERNAL_VD Ehi)
{
    SIGMOID_INTERNAL_VF f = SIGMOID_INTERNAL_V(dnarrow)(Slo, Shi);
    SIGMOID_INTERNAL_VD dlo = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(Slo, SIGMOID_INTERNAL_V(dlo)(f)), Elo);
    SIGMOID_INTERNAL_VD dhi = SIGMOID_INTERNAL_V(dadd)(SIGMOID_INTERNAL_V(dsub)(Shi, SIGMOID_INTERNAL_V(dhi)(f)), Ehi);
    SIGMOID_INTERNAL_VI nonzero, negative = SIGMOID_INTERNAL_V(dsigns)(dlo, dhi, &nonzero);
    return SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(iadd)(SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(bits)(f), SIGMOID_INTERNAL_V(iset)(0x7fffffff)), negative),
                                   SIGMOID_INTERNAL_V(iand)(nonzero, SIGMOID_INTERNAL_V(iset)(1)));
}

/* the mask of float lanes with 0 < y < 1 (y's bits b; int32 compares) */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(inside01)(SIGMOID_INTERNAL_VI b)
{
    return SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(b, SIGMOID_INTERNAL_V(iset)(0)),
                                    SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iset)(0x3f800000), b));
}

/* sigma: the fast tier's value a, and whether a half midpoint lies within
 * the margin of it (in steps of a's bits). bfloat16's midpoints are the
 * floats whose low 16 bits are 0x8000, a test on a's bits, and where none
 * is near, a rounded half up (no tie can occur) is the result. binary16's
 * grid changes at 2^-14, so there a - margin and a + margin are rounded
 * (one instruction each with F16C), and where they agree that is the
 * result. Lanes near a midpoint take the scalar code's result, from the
 * inputs kept for them (x and y may be the same array). Below |x| = 87, a
 * is normal (>= 2^-126, above the margin) and x is not NaN. A block with a
 * lane beyond first clamps x where sigma rounds to 0 or 1 in the half
 * format anyway (binary16: |x| to 87; bfloat16: x to 87 above and to -93
 * below, where sigma < 2^-134), and where a lane is NaN, its result is x
 * quieted. A bfloat16 x in [-93, -87) (twelve values, all
 * exact in float with 44 added) has a subnormal result, sigma(x) = e^x to
 * 2^-125 relative, a count of 2^-133 below 110: the fast tier's a at
 * x + 44 (a normal float, e^(x+44) to 2^-63), times C = e^-44 2^133
 * (rounded) plus 1/2, gives that count u plus 1/2 within 7.2e-5 (a within
 * 4 ULP in any mode: 2^-21; C's rounding and the product's: 2^-23; the
 * sum's: 2^-18 absolute); truncated, it is the result, as each of the
 * twelve counts lies at least 0.056 from a half-integer (from 0.44 at -93
 * to 108.70 at -87.5; make verify checks all twelve in every mode). */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(sigma_half_block)(const uint16_t *x, uint16_t *y, enum sigmoid_internal_half format)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WF };
    SIGMOID_INTERNAL_VF v[SIGMOID_INTERNAL_UNROLL], s[SIGMOID_INTERNAL_UNROLL];
    SIGMOID_INTERNAL_VI h[SIGMOID_INTERNAL_UNROLL], r[SIGMOID_INTERNAL_UNROLL], differ[SIGMOID_INTERNAL_UNROLL];
    SIGMOID_INTERNAL_VI big = SIGMOID_INTERNAL_V(iset)(0), zero = SIGMOID_INTERNAL_V(iset)(0), any = SIGMOID_INTERNAL_V(iset)(0);
    SIGMOID_INTERNAL_VI margin = SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_HALF_MARGIN);
    SIGMOID_INTERNAL_VI low[SIGMOID_INTERNAL_UNROLL] = {SIGMOID_INTERNAL_V(iset)(0), SIGMOID_INTERNAL_V(iset)(0),
                                                        SIGMOID_INTERNAL_V(iset)(0), SIGMOID_INTERNAL_V(iset)(0)};
    int nan = 0, subnormal = 0;
    SIGMOID_INTERNAL_EACH(
        v[u] = SIGMOID_INTERNAL_V(half_load)(x + u * SIGMOID_INTERNAL_WF, &h[u], format);
        big = SIGMOID_INTERNAL_V(ior)(big, SIGMOID_INTERNAL_V(igt)(
            SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(bits)(v[u]), SIGMOID_INTERNAL_V(iset)(-0x7fffffff - 1)),
            SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ae0000u))));
    )
    if (SIGMOID_INTERNAL_V(iany)(big)) { /* a lane with |x| > 87 or NaN */
        SIGMOID_INTERNAL_VI limit = SIGMOID_INTERNAL_V(iset)(0x42ae0000), nans = zero; /* 87 */
        SIGMOID_INTERNAL_EACH(nans = SIGMOID_INTERNAL_V(ior)(nans, SIGMOID_INTERNAL_V(fne)(v[u], v[u]));)
        nan = SIGMOID_INTERNAL_V(iany)(nans) != 0;
        if (format == SIGMOID_INTERNAL_BF16) { /* x > 87 (or NaN) to 87; x < -87 to max(x, -93) + 44 */
            SIGMOID_INTERNAL_VI seen = zero;
            SIGMOID_INTERNAL_EACH(
                SIGMOID_INTERNAL_VI b = SIGMOID_INTERNAL_V(bits)(v[u]);
                SIGMOID_INTERNAL_VI m93 = SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ba0000u)); /* -93 */
                /* max(x, -93) on the bits (kept for x < -87 only; a NaN raises nothing) */
                SIGMOID_INTERNAL_VF shifted = SIGMOID_INTERNAL_V(add)(SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(SIGMOID_INTERNAL_V(igt)(b, m93), b, m93)),
                                                                      SIGMOID_INTERNAL_V(set)(44.0f));
                low[u] = SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(zero, b), /* negative, beyond -87 (as int32) */
                                                  SIGMOID_INTERNAL_V(igt)(b, SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ae0000u))));
                b = SIGMOID_INTERNAL_V(isel)(SIGMOID_INTERNAL_V(igt)(b, limit), b, limit);
                v[u] = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(low[u], b, SIGMOID_INTERNAL_V(bits)(shifted)));
                seen = SIGMOID_INTERNAL_V(ior)(seen, low[u]);
            )
            subnormal = SIGMOID_INTERNAL_V(iany)(seen) != 0;
        } else { /* |x| > 87 (or NaN) to 87 with x's sign */
            SIGMOID_INTERNAL_EACH(
                SIGMOID_INTERNAL_VI b = SIGMOID_INTERNAL_V(bits)(v[u]);
                SIGMOID_INTERNAL_VI over = SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iand)(b, SIGMOID_INTERNAL_V(iset)(0x7fffffff)), limit);
                v[u] = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(
                    over, b, SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(iand)(b, SIGMOID_INTERNAL_V(iset)(-0x7fffffff - 1)), limit)));
            )
        }
    }
    SIGMOID_INTERNAL_V(fast_v)(v, s, 0);
    SIGMOID_INTERNAL_EACH(
        SIGMOID_INTERNAL_VI b = SIGMOID_INTERNAL_V(bits)(s[u]);
        SIGMOID_INTERNAL_VI lo = SIGMOID_INTERNAL_V(isub)(b, margin), rlo;
        if (format == SIGMOID_INTERNAL_BF16) {
            rlo = SIGMOID_INTERNAL_V(isrl16)(SIGMOID_INTERNAL_V(iadd)(b, SIGMOID_INTERNAL_V(iset)(0x8000)));
            differ[u] = SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iset)(2 * SIGMOID_INTERNAL_HALF_MARGIN + 1),
                SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(iadd)(b, SIGMOID_INTERNAL_V(iset)(SIGMOID_INTERNAL_HALF_MARGIN - 0x8000)),
                                         SIGMOID_INTERNAL_V(iset)(0xffff)));
            if (subnormal) { /* the count a C of 2^-133, rounded, where x < -87 (other
                                lanes: a = 0, as a count of 2^31 or more would raise FE_INVALID) */
                SIGMOID_INTERNAL_VF t = SIGMOID_INTERNAL_V(fma)(SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(iand)(b, low[u])),
                                                                SIGMOID_INTERNAL_V(set)(8.472902750261383e+20f), SIGMOID_INTERNAL_V(set)(0.5f));
                rlo = SIGMOID_INTERNAL_V(isel)(low[u], rlo, SIGMOID_INTERNAL_V(trunc)(t));
                differ[u] = SIGMOID_INTERNAL_V(isel)(low[u], differ[u], zero);
            }
        } else {
            rlo = SIGMOID_INTERNAL_V(half_round)(lo, format);
            differ[u] = SIGMOID_INTERNAL_V(ine)(rlo, SIGMOID_INTERNAL_V(half_round)(SIGMOID_INTERNAL_V(iadd)(b, margin), format));
        }
        r[u] = rlo;
        if (nan) { /* NaN lanes are settled: x quieted */
            r[u] = SIGMOID_INTERNAL_V(half_nan)(h[u], rlo, format);
            differ[u] = SIGMOID_INTERNAL_V(isel)(SIGMOID_INTERNAL_V(ine)(r[u], rlo), differ[u], zero);
        }
        any = SIGMOID_INTERNAL_V(ior)(any, differ[u]);
    )
    if (SIGMOID_INTERNAL_RARELY(SIGMOID_INTERNAL_V(iany)(any))) {
        uint16_t in[block], redo[block];
        int k;
        SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_u16)(in + u * SIGMOID_INTERNAL_WF, h[u]);
                              SIGMOID_INTERNAL_V(store_u16)(redo + u * SIGMOID_INTERNAL_WF, differ[u]);
                              SIGMOID_INTERNAL_V(store_u16)(y + u * SIGMOID_INTERNAL_WF, r[u]);)
        for (k = 0; k < block; k++)
            if (redo[k]) {
                SIGMOID_INTERNAL_V(leave)();
                y[k] = sigmoid_internal_sigma_half_lane(in[k], format);
            }
        return;
    }
    SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_u16)(y + u * SIGMOID_INTERNAL_WF, r[u]);)
}

/* The backward step in half precision: dy y(1-y), with D = |dy|, rounded
 * once to half, with dy's sign. In float lanes:
 *   bfloat16 (any layer): A = D y (16 bits) and B = A y (24 bits) are exact
 *     while B >= 2^-126, so hi = A - B is the exact value rounded once to
 *     float (subnormal differences are exact), in any mode within one
 *     float step of it. Below y = 2^-24, B = A 2^-24 instead: the exact
 *     value lies strictly between A and the float below it (A y < A 2^-24,
 *     at most the gap below A), and A - A 2^-24, however it and its product
 *     round, is one of those two floats (a lane whose A is below 2^-134,
 *     and inexact, rounds to 0 from either, or meets the midpoint test).
 *     Rounded to bfloat16 on its bits (add 0x7fff and the last kept bit,
 *     drop 16 bits), hi rounds as the exact value does, unless a bfloat16
 *     midpoint lies between the two or on one of them; being a float, the
 *     midpoint is then hi itself (low 16 bits 0x8000). Such lanes (about
 *     one in 2^16), and those with y >= 2^-24 and 0 < B < 2^-126, take the
 *     double lanes below.
 *   binary16 (where the layer has an exact FMA): every y in (0, 1) is a
 *     multiple of 2^-24, so W = 1 - y is exact in float; A = D y (at most
 *     22 bits, >= 2^-48) is exact, and A W = hi + lo exactly (lo = the
 *     FMA's remainder: A W >= 2^-59 keeps lo's bits above 2^-149). The
 *     pair rounded to odd (right for a hi rounded either way, so in every
 *     mode) and then to binary16 rounds once.
 * A y outside (0, 1) enters as 0 and gives +0. A NaN y, or an infinite or
 * NaN dy (masked to 0 first, so that nothing raises a flag), sets *bad. */
/* The backward step's inputs, from the float bits b of y and db of dy:
 * *inside, the lanes with 0 < y < 1; *Y, y there and 0 elsewhere; the
 * return, |dy| with 0 for an infinite or NaN dy; and in *bad (or-ed) the
 * lanes with such a dy or a NaN y, which the scalar code redoes. Nothing
 * here raises a flag for a quiet NaN. */
SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VF SIGMOID_INTERNAL_V(backward_half_in)(SIGMOID_INTERNAL_VI b, SIGMOID_INTERNAL_VI db,
                                                                              SIGMOID_INTERNAL_VI *inside, SIGMOID_INTERNAL_VF *Y,
                                                                              SIGMOID_INTERNAL_VI *bad)
{
    SIGMOID_INTERNAL_VI ad = SIGMOID_INTERNAL_V(iand)(db, SIGMOID_INTERNAL_V(iset)(0x7fffffff));
    SIGMOID_INTERNAL_VI other = SIGMOID_INTERNAL_V(igt)(ad, SIGMOID_INTERNAL_V(iset)(0x7f7fffff));
    *inside = SIGMOID_INTERNAL_V(inside01)(b);
    *Y = SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(iand)(b, *inside));
    *bad = SIGMOID_INTERNAL_V(ior)(*bad, SIGMOID_INTERNAL_V(ior)(other, SIGMOID_INTERNAL_V(fne)(SIGMOID_INTERNAL_V(float)(b), SIGMOID_INTERNAL_V(float)(b))));
    return SIGMOID_INTERNAL_V(float)(SIGMOID_INTERNAL_V(isel)(other, ad, SIGMOID_INTERNAL_V(iset)(0)));
}

SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(backward_bf16_lanes)(SIGMOID_INTERNAL_VI b, SIGMOID_INTERNAL_VI db,
                                                                                 SIGMOID_INTERNAL_VI *bad)
{
    SIGMOID_INTERNAL_VI inside, bb, r;
    SIGMOID_INTERNAL_VF Y, A = SIGMOID_INTERNAL_V(backward_half_in)(b, db, &inside, &Y, bad), B;
    A = SIGMOID_INTERNAL_V(mul)(A, Y);
    B = SIGMOID_INTERNAL_V(mul)(A, SIGMOID_INTERNAL_V(at_least)(Y, SIGMOID_INTERNAL_V(set)(5.9604644775390625e-08f))); /* 2^-24 */
    bb = SIGMOID_INTERNAL_V(bits)(B);
    /* |hi| (rounding downward, 0 - 0 is -0) with dy's sign where y is in (0, 1) */
    r = SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(bits)(SIGMOID_INTERNAL_V(sub)(A, B)), SIGMOID_INTERNAL_V(iset)(0x7fffffff)),
                                SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(iand)(db, inside), SIGMOID_INTERNAL_V(iset)(-0x7fffffff - 1)));
    *bad = SIGMOID_INTERNAL_V(ior)(*bad, SIGMOID_INTERNAL_V(ior)(
        SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(bits)(A), bb), SIGMOID_INTERNAL_V(igt)(SIGMOID_INTERNAL_V(iset)(0x00800000), bb)),
                                 SIGMOID_INTERNAL_V(igt)(b, SIGMOID_INTERNAL_V(iset)(0x337fffff))),
        SIGMOID_INTERNAL_V(ieq)(SIGMOID_INTERNAL_V(iand)(r, SIGMOID_INTERNAL_V(iset)(0xffff)), SIGMOID_INTERNAL_V(iset)(0x8000))));
    return SIGMOID_INTERNAL_V(half_round)(r, SIGMOID_INTERNAL_BF16);
}

SIGMOID_INTERNAL_STEP SIGMOID_INTERNAL_VI SIGMOID_INTERNAL_V(backward_f16_lanes)(SIGMOID_INTERNAL_VF yf, SIGMOID_INTERNAL_VF dyf,
                                                                                SIGMOID_INTERNAL_VI *bad)
{
    SIGMOID_INTERNAL_VI db = SIGMOID_INTERNAL_V(bits)(dyf), zero = SIGMOID_INTERNAL_V(iset)(0), inside, nonzero, below, odd;
    SIGMOID_INTERNAL_VF Y, A = SIGMOID_INTERNAL_V(backward_half_in)(SIGMOID_INTERNAL_V(bits)(yf), db, &inside, &Y, bad), W, hi, lo;
    A = SIGMOID_INTERNAL_V(mul)(A, Y);
    W = SIGMOID_INTERNAL_V(sub)(SIGMOID_INTERNAL_V(set)(1.0f), Y);
    hi = SIGMOID_INTERNAL_V(mul)(A, W); /* >= +0 in every mode */
    lo = SIGMOID_INTERNAL_V(fms)(A, W, hi);
    /* rounded to odd: lo < 0 and lo != 0 on the bits (rounding downward,
       an exact fms gives -0) */
    nonzero = SIGMOID_INTERNAL_V(fne)(lo, SIGMOID_INTERNAL_V(set)(0.0f));
    below = SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(igt)(zero, SIGMOID_INTERNAL_V(bits)(lo)), nonzero);
    odd = SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(iadd)(SIGMOID_INTERNAL_V(bits)(hi), below), SIGMOID_INTERNAL_V(iand)(nonzero, SIGMOID_INTERNAL_V(iset)(1)));
    return SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(half_round)(odd, SIGMOID_INTERNAL_F16),
                                   SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(isrl16)(SIGMOID_INTERNAL_V(iand)(db, inside)), SIGMOID_INTERNAL_V(iset)(0x8000)));
}

/* A block of the backward step: the float lanes above where they serve,
 * else double lanes, where A = D y and B = A y are exact (all values lie
 * in [2^-399, 2^126]) and Fast2Sum(A, -B) gives the exact pair, rounded to
 * odd and then to half; an infinite or NaN dy, or a NaN y, is redone by
 * the scalar code (the inputs are kept for it: dx may be y or dy).
 * dy = NULL stands for an array of ones: y(1-y). */
SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(backward_half_block)(const uint16_t *y, const uint16_t *dy, uint16_t *dx,
                                                                  enum sigmoid_internal_half format)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WF };
    SIGMOID_INTERNAL_VI odd[SIGMOID_INTERNAL_UNROLL], sign[SIGMOID_INTERNAL_UNROLL], h, bad = SIGMOID_INTERNAL_V(iset)(0);
    SIGMOID_INTERNAL_VF Y[SIGMOID_INTERNAL_UNROLL], D[SIGMOID_INTERNAL_UNROLL];
    int k;
    if (format == SIGMOID_INTERNAL_BF16) { /* in pairs of vectors (the unroll is 4) */
        SIGMOID_INTERNAL_VI b[SIGMOID_INTERNAL_UNROLL], db[SIGMOID_INTERNAL_UNROLL];
        b[0] = SIGMOID_INTERNAL_V(load_bf16x2)(y, &b[1]);
        b[2] = SIGMOID_INTERNAL_V(load_bf16x2)(y + 2 * SIGMOID_INTERNAL_WF, &b[3]);
        if (dy) {
            db[0] = SIGMOID_INTERNAL_V(load_bf16x2)(dy, &db[1]);
            db[2] = SIGMOID_INTERNAL_V(load_bf16x2)(dy + 2 * SIGMOID_INTERNAL_WF, &db[3]);
        } else {
            SIGMOID_INTERNAL_EACH(db[u] = SIGMOID_INTERNAL_V(iset)(0x3f800000);)
        }
        SIGMOID_INTERNAL_EACH(odd[u] = SIGMOID_INTERNAL_V(backward_bf16_lanes)(b[u], db[u], &bad);)
        if (!SIGMOID_INTERNAL_RARELY(SIGMOID_INTERNAL_V(iany)(bad))) {
            SIGMOID_INTERNAL_V(store_u16x2)(dx, odd[0], odd[1]);
            SIGMOID_INTERNAL_V(store_u16x2)(dx + 2 * SIGMOID_INTERNAL_WF, odd[2], odd[3]);
            return;
        }
    } else if (SIGMOID_INTERNAL_V(exact_fma)) {
        SIGMOID_INTERNAL_EACH(odd[u] = SIGMOID_INTERNAL_V(backward_f16_lanes)(
                                  SIGMOID_INTERNAL_V(half_load)(y + u * SIGMOID_INTERNAL_WF, &h, format),
                                  dy ? SIGMOID_INTERNAL_V(half_load)(dy + u * SIGMOID_INTERNAL_WF, &h, format) : SIGMOID_INTERNAL_V(set)(1.0f), &bad);)
        if (!SIGMOID_INTERNAL_RARELY(SIGMOID_INTERNAL_V(iany)(bad))) {
            SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_u16)(dx + u * SIGMOID_INTERNAL_WF, odd[u]);)
            return;
        }
    }
    bad = SIGMOID_INTERNAL_V(iset)(0);
    SIGMOID_INTERNAL_EACH(
        SIGMOID_INTERNAL_VI b = SIGMOID_INTERNAL_V(bits)(SIGMOID_INTERNAL_V(half_load)(y + u * SIGMOID_INTERNAL_WF, &h, format));
        SIGMOID_INTERNAL_VI db = SIGMOID_INTERNAL_V(iset)(0x3f800000), inside;
        if (dy)
            db = SIGMOID_INTERNAL_V(bits)(SIGMOID_INTERNAL_V(half_load)(dy + u * SIGMOID_INTERNAL_WF, &h, format));
        D[u] = SIGMOID_INTERNAL_V(backward_half_in)(b, db, &inside, &Y[u], &bad);
        sign[u] = SIGMOID_INTERNAL_V(iand)(SIGMOID_INTERNAL_V(isrl16)(SIGMOID_INTERNAL_V(iand)(db, inside)), SIGMOID_INTERNAL_V(iset)(0x8000));
    )
    SIGMOID_INTERNAL_EACH(
        SIGMOID_INTERNAL_VD Ylo = SIGMOID_INTERNAL_V(dlo)(Y[u]), Yhi = SIGMOID_INTERNAL_V(dhi)(Y[u]), Alo, Ahi, Blo, Bhi, Slo, Shi;
        Alo = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dlo)(D[u]), Ylo), Ahi = SIGMOID_INTERNAL_V(dmul)(SIGMOID_INTERNAL_V(dhi)(D[u]), Yhi);
        Blo = SIGMOID_INTERNAL_V(dmul)(Alo, Ylo), Bhi = SIGMOID_INTERNAL_V(dmul)(Ahi, Yhi);
        Slo = SIGMOID_INTERNAL_V(dsub)(Alo, Blo), Shi = SIGMOID_INTERNAL_V(dsub)(Ahi, Bhi);
        odd[u] = SIGMOID_INTERNAL_V(round_odd_f32)(Slo, Shi, SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsub)(Alo, Slo), Blo),
                                                   SIGMOID_INTERNAL_V(dsub)(SIGMOID_INTERNAL_V(dsub)(Ahi, Shi), Bhi));
    )
    SIGMOID_INTERNAL_EACH(odd[u] = SIGMOID_INTERNAL_V(ior)(SIGMOID_INTERNAL_V(half_round)(odd[u], format), sign[u]);)
    if (SIGMOID_INTERNAL_RARELY(SIGMOID_INTERNAL_V(iany)(bad))) {
        uint16_t in_y[block], in_dy[block];
        uint16_t one = format == SIGMOID_INTERNAL_BF16 ? 0x3f80 : 0x3c00;
        memcpy(in_y, y, sizeof in_y);
        for (k = 0; k < block; k++)
            in_dy[k] = dy ? dy[k] : one;
        SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_u16)(dx + u * SIGMOID_INTERNAL_WF, odd[u]);)
        SIGMOID_INTERNAL_V(leave)();
        sigmoid_internal_backward_half_specials(in_y, in_dy, dx, block, format);
        return;
    }
    SIGMOID_INTERNAL_EACH(SIGMOID_INTERNAL_V(store_u16)(dx + u * SIGMOID_INTERNAL_WF, odd[u]);)
}

SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(half_unary)(const uint16_t *x, uint16_t *y, size_t n,
                                                         enum sigmoid_internal_half format, int from_output)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WF };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block) {
        if (from_output) /* y(1-y) = 1 y(1-y), the special cases included */
            SIGMOID_INTERNAL_V(backward_half_block)(x + i, NULL, y + i, format);
        else
            SIGMOID_INTERNAL_V(sigma_half_block)(x + i, y + i, format);
    }
    if (i < n) { /* the same code on a zero-padded copy */
        uint16_t buf[block] = {0};
        memcpy(buf, x + i, (n - i) * sizeof(uint16_t));
        if (from_output)
            SIGMOID_INTERNAL_V(backward_half_block)(buf, NULL, buf, format);
        else
            SIGMOID_INTERNAL_V(sigma_half_block)(buf, buf, format);
        memcpy(y + i, buf, (n - i) * sizeof(uint16_t));
    }
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(array_bf16)(const uint16_t *x, uint16_t *y, size_t n)
{
    SIGMOID_INTERNAL_V(half_unary)(x, y, n, SIGMOID_INTERNAL_BF16, 0);
}
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(array_f16)(const uint16_t *x, uint16_t *y, size_t n)
{
    SIGMOID_INTERNAL_V(half_unary)(x, y, n, SIGMOID_INTERNAL_F16, 0);
}
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(deriv_from_output_array_bf16)(const uint16_t *y, uint16_t *d, size_t n)
{
    SIGMOID_INTERNAL_V(half_unary)(y, d, n, SIGMOID_INTERNAL_BF16, 1);
}
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(deriv_from_output_array_f16)(const uint16_t *y, uint16_t *d, size_t n)
{
    SIGMOID_INTERNAL_V(half_unary)(y, d, n, SIGMOID_INTERNAL_F16, 1);
}

SIGMOID_INTERNAL_STEP void SIGMOID_INTERNAL_V(backward_half)(const uint16_t *y, const uint16_t *dy, uint16_t *dx, size_t n,
                                                            enum sigmoid_internal_half format)
{
    enum { block = SIGMOID_INTERNAL_UNROLL * SIGMOID_INTERNAL_WF };
    size_t i, full = n - n % block;
    for (i = 0; i < full; i += block)
        SIGMOID_INTERNAL_V(backward_half_block)(y + i, dy + i, dx + i, format);
    if (i < n) {
        uint16_t by[block] = {0}, bdy[block] = {0};
        memcpy(by, y + i, (n - i) * sizeof(uint16_t));
        memcpy(bdy, dy + i, (n - i) * sizeof(uint16_t));
        SIGMOID_INTERNAL_V(backward_half_block)(by, bdy, by, format);
        memcpy(dx + i, by, (n - i) * sizeof(uint16_t));
    }
}

SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(backward_bf16)(const uint16_t *y, const uint16_t *dy, uint16_t *dx, size_t n)
{
    SIGMOID_INTERNAL_V(backward_half)(y, dy, dx, n, SIGMOID_INTERNAL_BF16);
}
SIGMOID_INTERNAL_KERNEL void SIGMOID_INTERNAL_V(backward_f16)(const uint16_t *y, const uint16_t *dy, uint16_t *dx, size_t n)
{
    SIGMOID_INTERNAL_V(backward_half)(y, dy, dx, n, SIGMOID_INTERNAL_F16);
}

#undef SIGMOID_INTERNAL_CAT2
#undef SIGMOID_INTERNAL_CAT
#undef SIGMOID_INTERNAL_V
#undef SIGMOID_INTERNAL_VF
#undef SIGMOID_INTERNAL_VI
#undef SIGMOID_INTERNAL_VD
#undef SIGMOID_INTERNAL_WF
#undef SIGMOID_INTERNAL_WD
#undef SIGMOID_INTERNAL_KERNEL
#undef SIGMOID_INTERNAL_STEP
#endif /* SIGMOID_INTERNAL_ISA */

/*
MIT License

Copyright (c) 2026 The sigmoid.h authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/
