/* sigmoid.h - the logistic sigmoid, its derivative and the backward step,
 * correctly rounded, in one header.                       SPDX-License-Identifier: MIT
 *
 * WHAT IT IS
 *   sigma(x) = 1/(1+e^-x) for float and double, its derivative
 *   sigma'(x) = sigma(x)(1-sigma(x)), and the fused backward step of a network
 *   dx = dy*y(1-y). Every float result is the exact value rounded to nearest
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
 *   sigmoid_fast_f32(x)                          sigma(x), fast tier: <= 2.5 ULP
 *                                                (this scalar form: <= 0.5 + 2^-14)
 *   sigmoid_array_f32(x, y, n), _f64             y[i] = sigma(x[i])
 *   sigmoid_fast_array_f32(x, y, n)              y[i] = sigma(x[i]), fast tier
 *   sigmoid_deriv_array_f32(x, d, n), _f64       d[i] = sigma'(x[i])
 *   sigmoid_deriv_from_output_array_f32(y, d, n), _f64
 *                                                d[i] = y[i](1-y[i])
 *   sigmoid_backward_f32(y, dy, dx, n), _f64     dx[i] = dy[i]*y[i](1-y[i]);
 *                                                a saturated y (<= 0 or >= 1)
 *                                                passes no gradient: dx = +0
 *   Arrays take inputs, then the output, then n. The output may be the same
 *   array as an input (in place); partial overlap is not supported. n = 0
 *   does nothing, and then any pointer may be NULL. Any alignment works, no
 *   element past n is read or written, and an exact array's result is
 *   bit-identical to the scalar function on that element. A fast-tier
 *   array's result does not depend on the element's position, the length
 *   or the alignment; it may differ from sigmoid_fast_f32 (a different
 *   evaluation) and between paths, each within the bound.
 *
 * WHICH DERIVATIVE
 *   y(1-y) from a rounded float y loses accuracy as y -> 1: relative error
 *   about 1e-6 for x in [1,4), 5e-3 in [8,12), 0.2 in [12,16), and exactly 0
 *   from x = 17.33 on, where sigma'(x) is still 3e-8. Use sigmoid_deriv_*(x)
 *   when you have x and need sigma' in the tails; use the _from_output form or
 *   sigmoid_backward_* in backpropagation, where only y is kept (it is exact
 *   for the y it is given and costs one multiply-add).
 *
 * ACCURACY (round-to-nearest mode; proved by make verify against MPFR)
 *   sigmoid_f32, sigmoid_deriv_f32, sigmoid_deriv_from_output_f32, and their
 *   arrays: correctly rounded (<= 0.5 ULP) for every one of the 2^32 inputs.
 *   sigmoid_backward_f32: <= 0.5 + 2^-78 ULP, so correctly rounded unless the
 *   exact value lies within 2^-104 (relative) of a rounding boundary; none
 *   was found (make verify: 0 misrounded of 5.7e6 random inputs).
 *   sigmoid_f64, sigmoid_deriv_f64: < 0.5 + 2^-15 ULP (measured 0.500002).
 *   sigmoid_deriv_from_output_f64, sigmoid_backward_f64: < 0.5 + 2^-50 ULP.
 *   sigmoid_fast_array_f32: <= 2.5 ULP on every input (make verify, all
 *   2^32 inputs: 2.07 with AVX2, 2.27 with SSE2; NEON 1.94 on a sample);
 *   sigmoid_fast_f32: <= 0.5 + 2^-14 ULP. sigma(0) = 0.5 exactly, results
 *   in [0,1], subnormal results not flushed; the vector paths are not
 *   monotone (make verify: the result steps down at ~0.7 million places).
 *   ULP of a subnormal result is that of the subnormal grid: nothing is
 *   flushed to zero (sigmoid_f32(-89) = 0x1.840fcp-129).
 *   Directed rounding modes (FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO): every
 *   exact function within 1 ULP and in range, the fast tier within 4 ULP
 *   (3.74 in make check-fenv, 3.84 on every 61st float). No function
 *   changes the rounding mode or clears a flag.
 *
 * SPECIAL VALUES
 *   NaN in gives NaN out. sigma(+inf) = 1, sigma(-inf) = +0, sigma(+-0) = 0.5,
 *   sigma'(+-inf) = +0, sigma'(+-0) = 0.25. sigma stays in [0,1] and sigma' in
 *   [0,0.25]. No non-NaN input raises FE_INVALID, FE_DIVBYZERO or FE_OVERFLOW
 *   (only FE_INEXACT, and FE_UNDERFLOW for tiny results, as IEEE requires),
 *   with any compiler's optimisation: Clang is told exceptions(maytrap).
 *
 * OPTIONS (define before including)
 *   SIGMOID_NO_SIMD   use only the portable scalar code: no intrinsics
 *                     headers, no target attributes, no CPU detection.
 *
 * DISPATCH
 *   On x86-64 with GCC or Clang, the float arrays (sigma, sigma', the fast
 *   tier, y(1-y), the backward step) have an SSE2 path and an AVX2+FMA path
 *   compiled with a target attribute; the first call picks AVX2 if CPUID
 *   (and the OS) support it, so a plain -O2 build gets it. On AArch64 they
 *   use NEON. Other compilers and targets (tcc, MSVC, 32-bit x86) run the
 *   portable loops, as do the double arrays everywhere. Exact arrays give
 *   the same bits on every path.
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
 *   128-entry table and a degree-3 polynomial, 2^-38.6), then a rounding test
 *   (Ziv): if no float midpoint lies within the error bound of the result, it
 *   is correctly rounded; otherwise (one input in 35,000) an accurate
 *   double-double evaluation (2^-68) decides, rounded to odd and then to
 *   float. double: the double-double evaluation, rounded once. y(1-y) and
 *   the backward step: the product in double, the same test, and an exact
 *   double-double fallback. The fast tier: e^-|x| in float (2^n times a
 *   degree-6 polynomial), then 1/(1+e) or e/(1+e) with the rounding error of
 *   1+e corrected. Vector paths run the same steps on 2 to 8 lanes.
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
#ifndef SIGMOID_H
#define SIGMOID_H

#define SIGMOID_VERSION_MAJOR 0
#define SIGMOID_VERSION_MINOR 3
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
 * source would not raise (no measured cost). GCC assumes trapping math
 * unless told otherwise, and no-fast-math restores that. */
#if defined(__clang__) && ((!defined(__apple_build_version__) && __clang_major__ >= 11) || \
                           __clang_major__ >= 13)
#pragma float_control(precise, on, push)
#pragma clang fp exceptions(maytrap)
#define SIGMOID_INTERNAL_FP_PUSHED
#elif !defined(__clang__) && defined(__GNUC__) && defined(__FAST_MATH__)
#pragma GCC push_options
#pragma GCC optimize("no-fast-math")
#define SIGMOID_INTERNAL_FP_PUSHED
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

/* 2^-k for 0 <= k <= 1022, built from its bits (no libm ldexp). */
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

/* (hi + lo) * 2^-K rounded once to double, for hi > 0 normal, K >= -1000.
 * A normal result is hi * 2^-K, exact. A subnormal one would round twice
 * through floating point (and a tie at the first rounding can go the wrong
 * way), so its rounding to the grid of 2^-1074 is done on the integer
 * significand, with lo breaking ties. */
static inline double sigmoid_internal_round_dd_scaled(sigmoid_internal_dd v, int K)
{
    uint64_t u = sigmoid_internal_bits_f64(v.hi);
    int e = SIGMOID_INTERNAL_CAST(int, u >> 52) - 1023;   /* hi in [2^e, 2^(e+1)) */
    int s = K - e - 1022;                                 /* bits below 2^-1074 */
    uint64_t m, q, rem, half;
    if (s <= 0)
        return v.hi * sigmoid_internal_pow2_neg(K);
    if (s >= 54)  /* below 2^-1075: rounds to zero */
        return 0.0;
    m = (u & 0x000fffffffffffffu) | 0x0010000000000000u;
    q = m >> s;
    rem = m & ((SIGMOID_INTERNAL_CAST(uint64_t, 1) << s) - 1);
    half = SIGMOID_INTERNAL_CAST(uint64_t, 1) << (s - 1);
    if (rem > half || (rem == half && (v.lo > 0.0 || (v.lo == 0.0 && (q & 1u)))))
        q++;
    return sigmoid_internal_from_bits_f64(q); /* q <= 2^52: subnormal or 2^-1022 */
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
 * Sterbenz's lemma; 2^(-j/128) as double-doubles (error < 2^-106).
 * ------------------------------------------------------------------------- */

/* Constants whose every bit matters are given as IEEE bit patterns. */
#define SIGMOID_INTERNAL_INV_LN2_128 184.66496523378731       /* 128/ln2 */
#define SIGMOID_INTERNAL_LN2_128_1 sigmoid_internal_from_bits_f64(0x3f762e42fefc0000u)
                                            /* ln2/128 to 35 bits, 0x1.62e42fefcp-8 */
#define SIGMOID_INTERNAL_LN2_128_2 sigmoid_internal_from_bits_f64(0xbd3c610ca86c3899u)
                                            /* next 53 bits, -0x1.c610ca86c3899p-44 */
#define SIGMOID_INTERNAL_LN2_128_3 sigmoid_internal_from_bits_f64(0x39c803f2f6af40f3u)
                                            /* the rest, 0x1.803f2f6af40f3p-99 */

/* 2^(-j/128) = hi + lo, j = 0..127, as IEEE bit patterns (hex floats are
 * not C++11). */
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

/* The fast path's table: the bits of hi + (j << 45). With k = 128K + j,
 * subtracting k << 45 leaves the bits of 2^-K * hi: one shift, one
 * subtract, no separate scaling. */
static const uint64_t sigmoid_internal_exp_fast_table[128] = {
    0x3ff0000000000000u,
    0x3feff3c22b8f71f1u,
    0x3fefe7c1819e90d8u,
    0x3fefdbfdad9cbe14u,
    0x3fefd0765b6e4540u,
    0x3fefc52b376bba97u,
    0x3fefba1bee615a27u,
    0x3fefaf482d8e67f1u,
    0x3fefa4afa2a490dau,
    0x3fef9a51fbc74c83u,
    0x3fef902ee78b3ff6u,
    0x3fef864614f5a129u,
    0x3fef7c97337b9b5fu,
    0x3fef7321f301b460u,
    0x3fef69e603db3285u,
    0x3fef60e316c98398u,
    0x3fef5818dcfba487u,
    0x3fef4f87080d89f2u,
    0x3fef472d4a07897cu,
    0x3fef3f0b555dc3fau,
    0x3fef3720dcef9069u,
    0x3fef2f6d9406e7b5u,
    0x3fef27f12e57d14bu,
    0x3fef20ab5fffd07au,
    0x3fef199bdd85529cu,
    0x3fef12c25bd71e09u,
    0x3fef0c1e904bc1d2u,
    0x3fef05b030a1064au,
    0x3feeff76f2fb5e47u,
    0x3feef9728de5593au,
    0x3feef3a2b84f15fbu,
    0x3feeee07298db666u,
    0x3feee89f995ad3adu,
    0x3feee36bbfd3f37au,
    0x3feede6b5579fdbfu,
    0x3feed99e1330b358u,
    0x3feed503b23e255du,
    0x3feed09bec4a2d33u,
    0x3feecc667b5de565u,
    0x3feec86319e32323u,
    0x3feec49182a3f090u,
    0x3feec0f170ca07bau,
    0x3feebd829fde4e50u,
    0x3feeba44cbc8520fu,
    0x3feeb737b0cdc5e5u,
    0x3feeb45b0b91ffc6u,
    0x3feeb1ae99157736u,
    0x3feeaf3216b5448cu,
    0x3feeace5422aa0dbu,
    0x3feeaac7d98a6699u,
    0x3feea8d99b4492edu,
    0x3feea71a4623c7adu,
    0x3feea589994cce13u,
    0x3feea427543e1a12u,
    0x3feea2f336cf4e62u,
    0x3feea1ed0130c132u,
    0x3feea11473eb0187u,
    0x3feea0694fde5d3fu,
    0x3fee9feb564267c9u,
    0x3fee9f9a48a58174u,
    0x3fee9f75e8ec5f74u,
    0x3fee9f7df9519484u,
    0x3fee9fb23c651a2fu,
    0x3feea012750bdabfu,
    0x3feea09e667f3bcdu,
    0x3feea155d44ca973u,
    0x3feea23882552225u,
    0x3feea34634ccc320u,
    0x3feea47eb03a5585u,
    0x3feea5e1b976dc09u,
    0x3feea76f15ad2148u,
    0x3feea9268a5946b7u,
    0x3feeab07dd485429u,
    0x3feead12d497c7fdu,
    0x3feeaf4736b527dau,
    0x3feeb1a4ca5d920fu,
    0x3feeb42b569d4f82u,
    0x3feeb6daa2cf6642u,
    0x3feeb9b2769d2ca7u,
    0x3feebcb299fddd0du,
    0x3feebfdad5362a27u,
    0x3feec32af0d7d3deu,
    0x3feec6a2b5c13cd0u,
    0x3feeca41ed1d0057u,
    0x3feece086061892du,
    0x3feed1f5d950a897u,
    0x3feed60a21f72e2au,
    0x3feeda4504ac801cu,
    0x3feedea64c123422u,
    0x3feee32dc313a8e5u,
    0x3feee7db34e59ff7u,
    0x3feeecae6d05d866u,
    0x3feef1a7373aa9cbu,
    0x3feef6c55f929ff1u,
    0x3feefc08b26416ffu,
    0x3fef0170fc4cd831u,
    0x3fef06fe0a31b715u,
    0x3fef0cafa93e2f56u,
    0x3fef1285a6e4030bu,
    0x3fef187fd0dad990u,
    0x3fef1e9df51fdee1u,
    0x3fef24dfe1f56381u,
    0x3fef2b4565e27cddu,
    0x3fef31ce4fb2a63fu,
    0x3fef387a6e756238u,
    0x3fef3f49917ddc96u,
    0x3fef463b88628cd6u,
    0x3fef4d5022fcd91du,
    0x3fef54873168b9aau,
    0x3fef5be084045cd4u,
    0x3fef635beb6fcb75u,
    0x3fef6af9388c8deau,
    0x3fef72b83c7d517bu,
    0x3fef7a98c8a58e51u,
    0x3fef829aaea92de0u,
    0x3fef8abdc06c31ccu,
    0x3fef9301d0125b51u,
    0x3fef9b66affed31bu,
    0x3fefa3ec32d3d1a2u,
    0x3fefac922b7247f7u,
    0x3fefb5586cf9890fu,
    0x3fefbe3ecac6f383u,
    0x3fefc74518759bc8u,
    0x3fefd06b29ddf6deu,
    0x3fefd9b0d3158574u,
    0x3fefe315e86e7f85u,
    0x3fefec9a3e778061u,
    0x3feff63da9fb3335u,
};

/* k = round(a*128/ln2); conversion truncates, a >= 0, so +0.5 rounds. */
static inline int sigmoid_internal_exp_index(double a)
{
    return SIGMOID_INTERNAL_CAST(int, a * SIGMOID_INTERNAL_INV_LN2_128 + 0.5);
}

/* Fast: e^-x in double for |x| < 120 (either sign: no overflow below
 * 2^174), relative error < 2^-38.6, in about a dozen operations.
 *   z = x*128/ln2 rounds twice (the constant, the product): |z| < 2^14.5,
 *     so z is off by < 2^-37.5, which moves e^-x by < 2^-45.1 relative.
 *   k = round(z) by adding 1.5*2^52, which leaves k in the low bits; the
 *     rounded z is read back from the stored bits so that excess precision
 *     cannot make it disagree with k. w = z - k is exact, |w| <= 1/2.
 *   e^-x = 2^(-k/128) 2^(-w/128) = 2^-K 2^(-j/128) p(w), k = 128K + j; p is
 *     the Taylor polynomial of e^-u, u = w ln2/128, to degree 3: truncation
 *     u^4/24 < 2^-38.7, evaluation < 2^-52.
 *   2^-K 2^(-j/128) comes from the fast table (< 2^-53); the product rounds
 *     once (< 2^-53). */
static inline double sigmoid_internal_exp_neg_fast(double x)
{
    const double shift = 6755399441055744.0; /* 1.5 * 2^52 */
    double z = x * SIGMOID_INTERNAL_INV_LN2_128;
    uint64_t zb = sigmoid_internal_bits_f64(z + shift);
    double w = z - (sigmoid_internal_from_bits_f64(zb) - shift);
    double p = 1.0 + w * (-0.0054152123481245725 + w * (1.4662262387640425e-05 + w * -2.646642144433097e-08)); /* (-ln2/128)^n/n! */
    return sigmoid_internal_from_bits_f64(sigmoid_internal_exp_fast_table[zb & 127] - (zb << 45)) * p;
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
    SIGMOID_INTERNAL_DERIV
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
    /* 1 + t: below 2^-1077, t vanishes into the rounding of 1 + t anyway. */
    d = sigmoid_internal_fast_two_sum(1.0, sigmoid_internal_scale(m.hi, *K));
    d.lo += sigmoid_internal_scale(m.lo, *K);
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

/* The slow path of the float functions: |x| <= 120, so K <= 174 and scaling
 * hi and lo by 2^-K is exact; then one rounding to float. */
static SIGMOID_INTERNAL_NOINLINE float
sigmoid_internal_f32_accurate(float x, enum sigmoid_internal_kind kind)
{
    double a = SIGMOID_INTERNAL_CAST(double, x < 0 ? -x : x);
    int K;
    sigmoid_internal_dd v = sigmoid_internal_accurate(a, x < 0, kind, &K);
    v.hi *= sigmoid_internal_pow2_neg(K);
    v.lo *= sigmoid_internal_pow2_neg(K);
    return sigmoid_internal_round_dd_to_f32(v);
}

/* The fast path for |x| < 120: sigma or sigma' in double. With t = e^-x
 * (not e^-|x|: t < 2^174 here) sigma = 1/(1+t) needs no select on the sign.
 * Error: t < 2^-38.6, then 1+t, the quotient and (sigma') the square add
 * < 4*2^-53: r is within 2^-38.5 of the exact value. */
static inline double sigmoid_internal_f32_fast(float x, enum sigmoid_internal_kind kind)
{
    double t = sigmoid_internal_exp_neg_fast(SIGMOID_INTERNAL_CAST(double, x));
    double d = 1.0 + t;
    return kind == SIGMOID_INTERNAL_DERIV ? t / (d * d) : 1.0 / d;
}

/* The rounding test allows 2^-37, 2.8 times the bound. For |x| < 87 the
 * result is a normal float (sigma(-87) and sigma'(87) exceed 2^-126), and
 * r rounds correctly unless the 29 bits below float precision lie within
 * 2^-37 r (<= 2^16 units in the last place of r) of the midpoint pattern
 * 0x10000000: a mask, a subtract and a compare. make verify counts the
 * inputs that fail it and take the accurate path: 122,613 of 2^32 for
 * sigma, 77,047 for sigma'. */
#define SIGMOID_INTERNAL_F32_MARGIN 7.2759576141834259e-12 /* 2^-37 */
#define SIGMOID_INTERNAL_F32_MARGIN_ULPS 65536u
#define SIGMOID_INTERNAL_F32_FAST_LIMIT 0x42ae0000u /* 87.0f */

static inline float sigmoid_internal_f32_round(double r, float x, enum sigmoid_internal_kind kind)
{
    uint32_t below = SIGMOID_INTERNAL_CAST(uint32_t, sigmoid_internal_bits_f64(r)) & 0x1fffffffu;
    if (below - (0x10000000u - SIGMOID_INTERNAL_F32_MARGIN_ULPS) > 2 * SIGMOID_INTERNAL_F32_MARGIN_ULPS)
        return SIGMOID_INTERNAL_CAST(float, r);
    return sigmoid_internal_f32_accurate(x, kind);
}

/* |x| >= 87 or NaN, off the inlined path. From |x| = 120 (e^-120 < 2^-173)
 * sigma is 1 or 0 and sigma' is 0. Between, the result may be subnormal, so
 * the test rounds both ends of [r(1-E), r(1+E)] to float instead. */
static SIGMOID_INTERNAL_NOINLINE float sigmoid_internal_f32_tail(float x,
                                                                enum sigmoid_internal_kind kind)
{
    uint32_t ax = sigmoid_internal_bits_f32(x) & 0x7fffffffu;
    double r;
    float lo;
    if (ax > 0x7f800000u)
        return sigmoid_internal_quiet_f32(x);
    if (ax >= 0x42f00000u) /* 120.0f */
        return kind == SIGMOID_INTERNAL_SIGMA && x > 0 ? 1.0f : 0.0f;
    r = sigmoid_internal_f32_fast(x, kind);
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

static inline float sigmoid_internal_sigma_f32(float x)
{
    int in_range = (sigmoid_internal_bits_f32(x) & 0x7fffffffu) < SIGMOID_INTERNAL_F32_FAST_LIMIT;
    /* 0 for the others: Clang may evaluate the fast path before the test */
    float xs = in_range ? x : 0.0f;
    if (!in_range)
        return sigmoid_internal_f32_tail(x, SIGMOID_INTERNAL_SIGMA);
    return sigmoid_internal_f32_round(sigmoid_internal_f32_fast(xs, SIGMOID_INTERNAL_SIGMA), xs,
                                      SIGMOID_INTERNAL_SIGMA);
}

static inline float sigmoid_internal_deriv_f32(float x)
{
    int in_range = (sigmoid_internal_bits_f32(x) & 0x7fffffffu) < SIGMOID_INTERNAL_F32_FAST_LIMIT;
    /* 0 for the others: Clang may evaluate the fast path before the test */
    float xs = in_range ? x : 0.0f;
    if (!in_range)
        return sigmoid_internal_f32_tail(x, SIGMOID_INTERNAL_DERIV);
    return sigmoid_internal_f32_round(sigmoid_internal_f32_fast(xs, SIGMOID_INTERNAL_DERIV), xs,
                                      SIGMOID_INTERNAL_DERIV);
}

/* y(1-y) = y - y^2, exactly: y^2 is exact in double (48 bits, >= 2^-298)
 * and the difference is split exactly, so one rounding to odd, then to
 * float, gives the correctly rounded value for every float y in (0,1). */
static SIGMOID_INTERNAL_NOINLINE float sigmoid_internal_from_output_exact_f32(float y)
{
    double yd = SIGMOID_INTERNAL_CAST(double, y);
    return sigmoid_internal_round_dd_to_f32(sigmoid_internal_fast_two_sum(yd, -(yd * yd)));
}

/* Fast: r = y * (1 - y) in double rounds at most twice (< 2^-52), and is
 * correct unless its low 29 bits are within 2^-49 (16 units in its last
 * place) of the midpoint pattern, or it is below 2^-126; then the exact
 * path decides. For y >= 1/2 r is exact and the test never fails. */
static inline float sigmoid_internal_from_output_f32(float y)
{
    double yd = SIGMOID_INTERNAL_CAST(double, y), r;
    uint64_t u;
    if (!(y > 0 && y < 1))
        return sigmoid_internal_isnan_f32(y) ? sigmoid_internal_quiet_f32(y) : 0.0f;
    r = yd * (1.0 - yd);
    u = sigmoid_internal_bits_f64(r);
    if (u >= 0x3810000000000000u && /* r >= 2^-126 */
        (SIGMOID_INTERNAL_CAST(uint32_t, u) & 0x1fffffffu) - (0x10000000u - 16u) > 32u)
        return SIGMOID_INTERNAL_CAST(float, r);
    return sigmoid_internal_from_output_exact_f32(y);
}

static inline double sigmoid_internal_sigma_f64(double x)
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

static inline double sigmoid_internal_deriv_f64(double x)
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

/* y - y^2 as a double-double: y^2 = p + e exactly, y - p exactly, then the
 * sum of the tails rounds once (< 2^-105 relative to the result). */
static inline sigmoid_internal_dd sigmoid_internal_y_one_minus_y(double y)
{
    sigmoid_internal_dd sq = sigmoid_internal_two_prod(y, y);
    sigmoid_internal_dd d = sigmoid_internal_two_sum(y, -sq.hi);
    return sigmoid_internal_fast_two_sum(d.hi, d.lo - sq.lo);
}

static inline double sigmoid_internal_from_output_f64(double y)
{
    if (!(y > 0 && y < 1))
        return sigmoid_internal_isnan_f64(y) ? sigmoid_internal_quiet_f64(y) : 0.0;
    return sigmoid_internal_y_one_minus_y(y).hi;
}

/* The result for a y outside (0,1): 0, or the NaN among y and dy, quieted,
 * as y + dy would give it (without its FE_INVALID for inf - inf or
 * FE_OVERFLOW, should the compiler compute it before the range test). */
static inline float sigmoid_internal_no_gradient_f32(float y, float dy)
{
    if (sigmoid_internal_isnan_f32(y))
        return sigmoid_internal_quiet_f32(y);
    return sigmoid_internal_isnan_f32(dy) ? sigmoid_internal_quiet_f32(dy) : 0.0f;
}

static inline double sigmoid_internal_no_gradient_f64(double y, double dy)
{
    if (sigmoid_internal_isnan_f64(y))
        return sigmoid_internal_quiet_f64(y);
    return sigmoid_internal_isnan_f64(dy) ? sigmoid_internal_quiet_f64(dy) : 0.0;
}

/* dx = dy*y(1-y) for one element. A y outside (0,1) is saturated (or not a
 * sigmoid output) and passes no gradient.
 * float, exact: g = y - y^2 exact as hi + lo; dy*hi an exact product pair;
 * dy*lo and the tail sum round at < 2^-104 of the result, which is then
 * rounded to odd and to float. A zero or non-finite dy takes the plain
 * product, which is then exact (0, inf or NaN). */
static SIGMOID_INTERNAL_NOINLINE float sigmoid_internal_backward_exact_f32(float y, float dy)
{
    uint32_t a_dy = sigmoid_internal_bits_f32(dy) & 0x7fffffffu;
    double m = sigmoid_internal_abs_f64(SIGMOID_INTERNAL_CAST(double, dy));
    float r;
    sigmoid_internal_dd g, p;
    if (!(y > 0 && y < 1))
        return sigmoid_internal_no_gradient_f32(y, dy);
    g = sigmoid_internal_y_one_minus_y(SIGMOID_INTERNAL_CAST(double, y));
    if (a_dy == 0 || a_dy >= 0x7f800000u)
        return SIGMOID_INTERNAL_CAST(float, SIGMOID_INTERNAL_CAST(double, dy) * g.hi);
    p = sigmoid_internal_two_prod(m, g.hi);   /* >= 2^-298: no underflow */
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + m * g.lo);
    /* |dx| > 0 from |dy|, then dy's sign bit (no branch on random data) */
    r = sigmoid_internal_round_dd_to_f32(p);
    return sigmoid_internal_from_bits_f32(sigmoid_internal_bits_f32(r) |
                                          (sigmoid_internal_bits_f32(dy) & 0x80000000u));
}

/* float, fast: r = dy * (y * (1 - y)) in double rounds at most three times
 * (1 - y is exact for y >= 2^-29), so |r - dx| < 2^-51.4 |dx|; it rounds
 * correctly unless its 29 bits below float precision are within 2^-48 (32
 * units in its last place) of the midpoint pattern, the same test as the
 * forward pass. Otherwise, or for |r| < 2^-126 (dy = 0, subnormal results),
 * or y outside (0,1), the exact path decides. */
static inline float sigmoid_internal_backward_value_f32(float y, float dy)
{
    double yd = SIGMOID_INTERNAL_CAST(double, y), r;
    uint64_t u;
    if (!(y > 0 && y < 1)) /* saturated: no gradient; NaN stays NaN */
        return sigmoid_internal_no_gradient_f32(y, dy);
    r = SIGMOID_INTERNAL_CAST(double, dy) * (yd * (1.0 - yd));
    u = sigmoid_internal_bits_f64(r);
    if ((u << 1) >= (0x3810000000000000u << 1) && /* |r| >= 2^-126 */
        (SIGMOID_INTERNAL_CAST(uint32_t, u) & 0x1fffffffu) - (0x10000000u - 32u) > 64u)
        return SIGMOID_INTERNAL_CAST(float, r);
    return sigmoid_internal_backward_exact_f32(y, dy);
}

static inline double sigmoid_internal_backward_value_f64(double y, double dy)
{
    uint64_t a_dy = sigmoid_internal_bits_f64(dy) & 0x7fffffffffffffffu;
    double m = dy < 0 ? -dy : dy, r;
    int K = 0;
    sigmoid_internal_dd g, p;
    if (!(y > 0 && y < 1))
        return sigmoid_internal_no_gradient_f64(y, dy);
    g = sigmoid_internal_y_one_minus_y(y);
    if (a_dy == 0 || a_dy >= 0x7ff0000000000000u) /* 0, inf, NaN: exact as is */
        return dy * g.hi;
    /* Scale |dy| so that the product pair neither underflows nor overflows
     * in Dekker's split; the scale comes back out in the one rounding. */
    if (a_dy >= 0x7e20000000000000u) {                  /* |dy| >= 2^995 */
        m *= sigmoid_internal_pow2_neg(300);
        K = -300;
    } else if (m * g.hi < sigmoid_internal_pow2_neg(900)) {
        m *= sigmoid_internal_from_bits_f64(0x52b0000000000000u); /* 2^300 */
        K = 300;
    }
    p = sigmoid_internal_two_prod(m, g.hi);
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + m * g.lo);
    r = sigmoid_internal_round_dd_scaled(p, K);
    return dy < 0 ? -r : r;
}

/* ---------------------------------------------------------------------------
 * The fast tier: sigma in float arithmetic, within 2.5 ULP, in vector lanes.
 *   a = -|x|, clamped at -104 (below, sigma is 0 or 1 in float anyway);
 *   n = round(a/ln2) by a truncating conversion of a/ln2 - 1/2 (the
 *   1.5*2^23 shift would follow a directed rounding mode, and r leave the
 *   polynomial's interval), r = a - n*ln2 in two steps
 *   (n*LN2_HI is exact), |r| <= ln2/2 + 2^-20;
 *   e = e^a = 2^n p(r), p of degree 6 fitted by Remez to e^r on
 *   [-ln2/2, ln2/2] (relative error 2^-28.5); 2^n as two normal factors,
 *   so that a subnormal e rounds once;
 *   sigma = num/(1 + e), num = 1 for x >= 0 and e for x < 0. d = 1 + e
 *   rounds, but its error dlo = e - (d - 1) is exact, and the quotient is
 *   corrected: num/(d + dlo) = q(1 - dlo/d) to 2^-48, with 1/d from the
 *   hardware's reciprocal estimate.
 * What remains is the rounding of p (<= 1 ULP of e), of the quotient and of
 * the correction: make verify measures the worst over all 2^32 inputs on
 * every path (README).
 * ------------------------------------------------------------------------- */

#define SIGMOID_INTERNAL_FAST_LOG2E 1.44269502f
#define SIGMOID_INTERNAL_FAST_LN2_HI 0.693145751953125f  /* 16 bits */
#define SIGMOID_INTERNAL_FAST_LN2_LO 1.42860677e-06f     /* ln2 - LN2_HI */
#define SIGMOID_INTERNAL_FAST_C6 0.00140612409f
#define SIGMOID_INTERNAL_FAST_C5 0.00837901141f
#define SIGMOID_INTERNAL_FAST_C4 0.0416647755f
#define SIGMOID_INTERNAL_FAST_C3 0.166663662f
#define SIGMOID_INTERNAL_FAST_C2 0.50000006f

/* In scalar code the float algorithm has no lanes to share its ~40
 * operations, and the double evaluation of sigmoid_f32 is cheaper: without
 * its rounding test it is within 0.5 + 2^-14 ULP (2^-38.5 before the one
 * rounding). The vector paths run the float algorithm (kernels below). */
static inline float sigmoid_internal_fast_f32(float x)
{
    int in_range = (sigmoid_internal_bits_f32(x) & 0x7fffffffu) < SIGMOID_INTERNAL_F32_FAST_LIMIT;
    float xs = in_range ? x : 0.0f; /* as in sigmoid_f32 */
    if (!in_range)
        return sigmoid_internal_f32_tail(x, SIGMOID_INTERNAL_SIGMA);
    return SIGMOID_INTERNAL_CAST(float, sigmoid_internal_f32_fast(xs, SIGMOID_INTERNAL_SIGMA));
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

SIGMOID_INTERNAL_SCALAR double sigmoid_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_sigma_f64(x));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_deriv_f64(double x)
{
    SIGMOID_INTERNAL_X87_ENTER(x);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_deriv_f64(x));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_deriv_from_output_f64(double y)
{
    SIGMOID_INTERNAL_X87_ENTER(y);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_from_output_f64(y));
}

/* One element of the backward step (the arrays' scalar loop and fallback). */
SIGMOID_INTERNAL_SCALAR float sigmoid_internal_backward_one_f32(float y, float dy)
{
    SIGMOID_INTERNAL_X87_ENTER2(y, dy);
    SIGMOID_INTERNAL_X87_LEAVE(float, sigmoid_internal_backward_value_f32(y, dy));
}

SIGMOID_INTERNAL_SCALAR double sigmoid_internal_backward_one_f64(double y, double dy)
{
    SIGMOID_INTERNAL_X87_ENTER2(y, dy);
    SIGMOID_INTERNAL_X87_LEAVE(double, sigmoid_internal_backward_value_f64(y, dy));
}

/* ---------------------------------------------------------------------------
 * Vector paths
 *
 * Each kernel below is written once, over a thin layer of vector
 * operations that every instruction set defines under its own prefix:
 *   sigmoid_internal_sse2_*   x86-64 baseline, 4 float / 2 double lanes
 *   sigmoid_internal_avx2_*   AVX2 + FMA, 8 float / 4 double lanes,
 *                             compiled with a target attribute and chosen
 *                             at run time (CPUID), so a plain -O2 build has it
 *   sigmoid_internal_neon_*   AArch64 NEON, 4 float / 2 double lanes
 * and SIGMOID_INTERNAL_KERNELS(prefix) instantiates the kernels for one.
 * In each layer, vf is a vector of float lanes and vi of int32 lanes (the
 * fast tier), vd a vector of double lanes (the exact arrays, which compute
 * in double like the scalar path); wf and wd are their lane counts.
 * ------------------------------------------------------------------------- */

#if !defined(SIGMOID_NO_SIMD) && !defined(__TINYC__) && \
    (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define SIGMOID_INTERNAL_X86
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
/* 2^-48: the rounding test's margin for the products y(1-y) and dy*y(1-y) */
#define SIGMOID_INTERNAL_PRODUCT_MARGIN 3.5527136788005009e-15
#ifdef __cplusplus
#define SIGMOID_INTERNAL_NULL_F32 static_cast<const float *>(nullptr)
#else
#define SIGMOID_INTERNAL_NULL_F32 ((const float *)0)
#endif

/* The paths; sigmoid_internal_path() picks the best one once. */
enum sigmoid_internal_path_id {
    SIGMOID_INTERNAL_PATH_SCALAR,
    SIGMOID_INTERNAL_PATH_SSE2,
    SIGMOID_INTERNAL_PATH_AVX2,
    SIGMOID_INTERNAL_PATH_NEON,
    SIGMOID_INTERNAL_PATH_COUNT
};

#ifdef SIGMOID_INTERNAL_X86
/* Per layer: the attribute of its kernels, and of its always-inlined
 * operations (lower case, since kernels paste them from the prefix). */
#define sigmoid_internal_sse2_target
#define sigmoid_internal_sse2_inline static inline __attribute__((always_inline))
#define sigmoid_internal_avx2_target __attribute__((target("avx2,fma")))
#define sigmoid_internal_avx2_inline static inline __attribute__((always_inline, target("avx2,fma")))

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
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_fnma(__m128 a, __m128 b, __m128 c) { return _mm_sub_ps(c, _mm_mul_ps(a, b)); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_abs(__m128 a) { return _mm_andnot_ps(_mm_set1_ps(-0.0f), a); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_trunc(__m128 a) { return _mm_cvttps_epi32(a); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_ifloat(__m128i a) { return _mm_cvtepi32_ps(a); }
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_rcp(__m128 a) { return _mm_rcp_ps(a); }
/* max(a, c), and c where a is NaN */
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_at_least(__m128 a, __m128 c) { return _mm_max_ps(a, c); }
/* min(a, c), a NaN a kept (minps returns its second operand when unordered) */
sigmoid_internal_sse2_inline __m128 sigmoid_internal_sse2_at_most(__m128 a, __m128 c) { return _mm_min_ps(c, a); }
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
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_isra1(__m128i a) { return _mm_srai_epi32(a, 1); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_ishl23(__m128i a) { return _mm_slli_epi32(a, 23); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_igt(__m128i a, __m128i b) { return _mm_cmpgt_epi32(a, b); }
/* lanes of m (all ones or zero) take b, the others a */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_isel(__m128i m, __m128i a, __m128i b) { return _mm_or_si128(_mm_andnot_si128(m, a), _mm_and_si128(m, b)); }
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_iany(__m128i m) { return _mm_movemask_ps(_mm_castsi128_ps(m)); }

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

/* y and dy (dy may be NULL: then 1) for the backward step. A y outside
 * (0,1) passes no gradient: its lane gets y = dy = 0, so r = +0 exactly.
 * Lanes with a NaN, or an infinite dy against a y inside, are set in the
 * returned bits (the scalar code decides) and zeroed too. */
sigmoid_internal_sse2_inline int sigmoid_internal_sse2_load_backward(const float *y, const float *dy, __m128d *yd, __m128d *dyd)
{
    __m128i yb = sigmoid_internal_sse2_load2(y);
    __m128i db = dy ? sigmoid_internal_sse2_load2(dy) : _mm_set1_epi32(0x3f800000);
    __m128i keep, bad = sigmoid_internal_x86_backward_lanes(yb, db, &keep);
    *yd = _mm_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, yb)));
    *dyd = _mm_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, db)));
    return _mm_movemask_ps(_mm_castsi128_ps(bad)) & 3;
}
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dset(double c) { return _mm_set1_pd(c); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dadd(__m128d a, __m128d b) { return _mm_add_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dsub(__m128d a, __m128d b) { return _mm_sub_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dmul(__m128d a, __m128d b) { return _mm_mul_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_ddiv(__m128d a, __m128d b) { return _mm_div_pd(a, b); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_dfma(__m128d a, __m128d b, __m128d c) { return _mm_add_pd(_mm_mul_pd(a, b), c); }
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_dbits(__m128d a) { return _mm_castpd_si128(a); }
sigmoid_internal_sse2_inline __m128d sigmoid_internal_sse2_double(__m128i a) { return _mm_castsi128_pd(a); }
/* T[j & 127] - (j << 45), the pre-shifted table of the scalar fast path */
sigmoid_internal_sse2_inline __m128i sigmoid_internal_sse2_scaled_table(__m128i j)
{
    __m128i t = _mm_set_epi64x(SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_fast_table[_mm_cvtsi128_si64(_mm_unpackhi_epi64(j, j)) & 127]),
                               SIGMOID_INTERNAL_CAST(long long, sigmoid_internal_exp_fast_table[_mm_cvtsi128_si64(j) & 127]));
    return _mm_sub_epi64(t, _mm_slli_epi64(j, 45));
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
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_fnma(__m256 a, __m256 b, __m256 c) { return _mm256_fnmadd_ps(a, b, c); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_abs(__m256 a) { return _mm256_andnot_ps(_mm256_set1_ps(-0.0f), a); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_trunc(__m256 a) { return _mm256_cvttps_epi32(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_ifloat(__m256i a) { return _mm256_cvtepi32_ps(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_rcp(__m256 a) { return _mm256_rcp_ps(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_at_least(__m256 a, __m256 c) { return _mm256_max_ps(a, c); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_at_most(__m256 a, __m256 c) { return _mm256_min_ps(c, a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_sel_neg(__m256 s, __m256 if_neg, __m256 if_pos) { return _mm256_blendv_ps(if_pos, if_neg, s); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_bits(__m256 a) { return _mm256_castps_si256(a); }
sigmoid_internal_avx2_inline __m256 sigmoid_internal_avx2_float(__m256i a) { return _mm256_castsi256_ps(a); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_iset(int32_t c) { return _mm256_set1_epi32(c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_iadd(__m256i a, __m256i b) { return _mm256_add_epi32(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isub(__m256i a, __m256i b) { return _mm256_sub_epi32(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ior(__m256i a, __m256i b) { return _mm256_or_si256(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isra1(__m256i a) { return _mm256_srai_epi32(a, 1); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_ishl23(__m256i a) { return _mm256_slli_epi32(a, 23); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_igt(__m256i a, __m256i b) { return _mm256_cmpgt_epi32(a, b); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_isel(__m256i m, __m256i a, __m256i b) { return _mm256_blendv_epi8(a, b, m); }
sigmoid_internal_avx2_inline int sigmoid_internal_avx2_iany(__m256i m) { return _mm256_movemask_ps(_mm256_castsi256_ps(m)); }

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
    __m128i db = dy ? _mm_loadu_si128(SIGMOID_INTERNAL_PTR_CAST(const __m128i *, SIGMOID_INTERNAL_PTR_CAST(const void *, dy))) : _mm_set1_epi32(0x3f800000);
    __m128i keep, bad = sigmoid_internal_x86_backward_lanes(yb, db, &keep);
    *yd = _mm256_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, yb)));
    *dyd = _mm256_cvtps_pd(_mm_castsi128_ps(_mm_and_si128(keep, db)));
    return _mm_movemask_ps(_mm_castsi128_ps(bad));
}
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dset(double c) { return _mm256_set1_pd(c); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dadd(__m256d a, __m256d b) { return _mm256_add_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dsub(__m256d a, __m256d b) { return _mm256_sub_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dmul(__m256d a, __m256d b) { return _mm256_mul_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_ddiv(__m256d a, __m256d b) { return _mm256_div_pd(a, b); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_dfma(__m256d a, __m256d b, __m256d c) { return _mm256_fmadd_pd(a, b, c); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_dbits(__m256d a) { return _mm256_castpd_si256(a); }
sigmoid_internal_avx2_inline __m256d sigmoid_internal_avx2_double(__m256i a) { return _mm256_castsi256_pd(a); }
sigmoid_internal_avx2_inline __m256i sigmoid_internal_avx2_scaled_table(__m256i j)
{
    __m256i t = _mm256_i64gather_epi64(SIGMOID_INTERNAL_PTR_CAST(const long long *, SIGMOID_INTERNAL_PTR_CAST(const void *, sigmoid_internal_exp_fast_table)),
                                       _mm256_and_si256(j, _mm256_set1_epi64x(127)), 8);
    return _mm256_sub_epi64(t, _mm256_slli_epi64(j, 45));
}
#endif /* SIGMOID_INTERNAL_X86 */

#ifdef SIGMOID_INTERNAL_NEON
/* NEON (AArch64) -------------------------------------------------------- */
#define sigmoid_internal_neon_target
#define sigmoid_internal_neon_inline static inline __attribute__((always_inline))
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
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_fnma(float32x4_t a, float32x4_t b, float32x4_t c) { return vfmsq_f32(c, a, b); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_abs(float32x4_t a) { return vabsq_f32(a); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_trunc(float32x4_t a) { return vcvtq_s32_f32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_ifloat(int32x4_t a) { return vcvtq_f32_s32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_rcp(float32x4_t a) { return vrecpeq_f32(a); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_at_least(float32x4_t a, float32x4_t c) { return vmaxnmq_f32(a, c); }
sigmoid_internal_neon_inline float32x4_t sigmoid_internal_neon_at_most(float32x4_t a, float32x4_t c) { return vminq_f32(a, c); }
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
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_isra1(int32x4_t a) { return vshrq_n_s32(a, 1); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_ishl23(int32x4_t a) { return vshlq_n_s32(a, 23); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_igt(int32x4_t a, int32x4_t b) { return vreinterpretq_s32_u32(vcgtq_s32(a, b)); }
sigmoid_internal_neon_inline int32x4_t sigmoid_internal_neon_isel(int32x4_t m, int32x4_t a, int32x4_t b) { return vbslq_s32(vreinterpretq_u32_s32(m), b, a); }
sigmoid_internal_neon_inline int sigmoid_internal_neon_iany(int32x4_t m) { return vmaxvq_u32(vreinterpretq_u32_s32(m)) != 0; }

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
    int32x2_t db = dy ? vreinterpret_s32_f32(vld1_f32(dy)) : vdup_n_s32(0x3f800000);
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
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dset(double c) { return vdupq_n_f64(c); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dadd(float64x2_t a, float64x2_t b) { return vaddq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dsub(float64x2_t a, float64x2_t b) { return vsubq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dmul(float64x2_t a, float64x2_t b) { return vmulq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_ddiv(float64x2_t a, float64x2_t b) { return vdivq_f64(a, b); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_dfma(float64x2_t a, float64x2_t b, float64x2_t c) { return vfmaq_f64(c, a, b); }
sigmoid_internal_neon_inline int64x2_t sigmoid_internal_neon_dbits(float64x2_t a) { return vreinterpretq_s64_f64(a); }
sigmoid_internal_neon_inline float64x2_t sigmoid_internal_neon_double(int64x2_t a) { return vreinterpretq_f64_s64(a); }
sigmoid_internal_neon_inline int64x2_t sigmoid_internal_neon_scaled_table(int64x2_t j)
{
    int64x2_t t = vcombine_s64(vcreate_s64(sigmoid_internal_exp_fast_table[vgetq_lane_s64(j, 0) & 127]),
                               vcreate_s64(sigmoid_internal_exp_fast_table[vgetq_lane_s64(j, 1) & 127]));
    return vsubq_s64(t, vshlq_n_s64(j, 45));
}
#endif /* SIGMOID_INTERNAL_NEON */

/* ---------------------------------------------------------------------------
 * The kernels, once for every layer
 *
 * Fast tier: the float algorithm described above, with fma where the layer
 * has it, and 2^n added to the exponent bits of p. That addition needs a
 * normal e, true when every lane has a >= -87; a group of vectors with a
 * lane beyond (or a NaN) takes the "wide" variant, which clamps a at -104
 * (at -87 for x > 0, where sigma is 1 anyway) and scales by two factors.
 * For the other lanes both variants give the same bits, so no result
 * depends on its neighbours; the tail runs the same code on a zero-padded
 * copy.
 *
 * Exact arrays: the scalar fast path in double lanes (the same table, the
 * same polynomial, fma where the layer has it, within the same 2^-38.5) for
 * |x| < 120, then the rounding test of the scalar tail function: r(1 - E)
 * and r(1 + E), E = 2^-37, both rounded to float; where they agree, that
 * float is the correctly rounded result (also when it is subnormal). Lanes
 * that disagree, and lanes with |x| >= 120 or NaN (zeroed before they
 * could overflow), are redone by the scalar function, so every result is
 * the scalar one.
 * ------------------------------------------------------------------------- */

#define SIGMOID_INTERNAL_UNROLL 4
/* The statements once for each u in 0..3, a constant, so arrays indexed by
 * u stay in registers and the four copies interleave. */
#define SIGMOID_INTERNAL_EACH(...)                                   \
    { enum { u = 0 }; __VA_ARGS__ } { enum { u = 1 }; __VA_ARGS__ } \
    { enum { u = 2 }; __VA_ARGS__ } { enum { u = 3 }; __VA_ARGS__ }

#define SIGMOID_INTERNAL_KERNELS(isa)                                                            \
/* U vectors at a time, each step across all of them: the chain of one                          \
   vector is long (about 80 cycles), and interleaving gives the CPU                             \
   independent work. */                                                                         \
isa##_inline void isa##_fast_v(const isa##_vf *x, isa##_vf *y, int wide)                        \
{                                                                                               \
    isa##_vf one = isa##_set(1.0f), half = isa##_set(-0.5f);                                    \
    isa##_vf a[SIGMOID_INTERNAL_UNROLL], n, r[SIGMOID_INTERNAL_UNROLL];                         \
    isa##_vf p[SIGMOID_INTERNAL_UNROLL], e[SIGMOID_INTERNAL_UNROLL], d, dlo, q;                 \
    isa##_vi k[SIGMOID_INTERNAL_UNROLL];                                                        \
    SIGMOID_INTERNAL_EACH(                                                                      \
        a[u] = isa##_float(isa##_ior(isa##_bits(x[u]), isa##_iset(-0x7fffffff - 1)));           \
        if (wide) {                                                                             \
            /* a below -104 (x < 0) or -87 (x > 0, where sigma is 1 anyway and                  \
               e stays normal) to that bound; a NaN, whose bits exceed                          \
               -inf's, stays. In int32 compares: no flag for any input. */                      \
            isa##_vi ai = isa##_bits(a[u]);                                                     \
            isa##_vi bound = isa##_isel(isa##_igt(isa##_iset(0), isa##_bits(x[u])),             \
                                        isa##_iset(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ae0000u)),\
                                        isa##_iset(SIGMOID_INTERNAL_CAST(int32_t, 0xc2d00000u)));\
            isa##_vi nan = isa##_igt(ai, isa##_iset(SIGMOID_INTERNAL_CAST(int32_t, 0xff800000u)));\
            a[u] = isa##_float(isa##_isel(nan, isa##_isel(isa##_igt(ai, bound), ai, bound), ai));\
        } else {                                                                                \
            /* a no-op here (every a >= -87), but a compiler may compute                        \
               this variant before the test, and then a huge |x| must not                       \
               overflow */                                                                      \
            a[u] = isa##_at_least(a[u], isa##_set(-87.0f));                                     \
        }                                                                                       \
    )                                                                                           \
    /* n = round(a/ln2) as trunc(a/ln2 - 1/2) (a <= 0): a truncating                            \
       conversion, so that n does not follow a directed rounding mode */                        \
    SIGMOID_INTERNAL_EACH(k[u] = isa##_trunc(isa##_fma(a[u], isa##_set(SIGMOID_INTERNAL_FAST_LOG2E), half));)\
    SIGMOID_INTERNAL_EACH(                                                                      \
        n = isa##_ifloat(k[u]);                                                                 \
        r[u] = isa##_fma(n, isa##_set(-SIGMOID_INTERNAL_FAST_LN2_HI), a[u]);                    \
        r[u] = isa##_fma(n, isa##_set(-SIGMOID_INTERNAL_FAST_LN2_LO), r[u]);                    \
    )                                                                                           \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_fma(isa##_set(SIGMOID_INTERNAL_FAST_C6), r[u], isa##_set(SIGMOID_INTERNAL_FAST_C5));)\
    SIGMOID_INTERNAL_EACH(p[u] = isa##_fma(p[u], r[u], isa##_set(SIGMOID_INTERNAL_FAST_C4));)   \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_fma(p[u], r[u], isa##_set(SIGMOID_INTERNAL_FAST_C3));)   \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_fma(p[u], r[u], isa##_set(SIGMOID_INTERNAL_FAST_C2));)   \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_fma(p[u], r[u], one);)                                   \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_fma(p[u], r[u], one);)                                   \
    SIGMOID_INTERNAL_EACH(                                                                      \
        if (wide) {                                                                             \
            isa##_vi k1 = isa##_isra1(k[u]);                                                    \
            isa##_vi bias = isa##_iset(127);                                                    \
            e[u] = isa##_mul(isa##_mul(p[u], isa##_float(isa##_ishl23(isa##_iadd(k1, bias)))),  \
                             isa##_float(isa##_ishl23(isa##_iadd(isa##_isub(k[u], k1), bias))));\
        } else { /* n << 23 into p's exponent */                                                \
            e[u] = isa##_float(isa##_iadd(isa##_bits(p[u]), isa##_ishl23(k[u])));               \
        }                                                                                       \
    )                                                                                           \
    SIGMOID_INTERNAL_EACH(                                                                      \
        d = isa##_add(one, e[u]);                                                               \
        dlo = isa##_sub(e[u], isa##_sub(d, one));                                               \
        q = isa##_div(isa##_sel_neg(x[u], e[u], one), d);                                       \
        /* q(1 - dlo/d) as one fma, since q*dlo could underflow (slow); then                  \
           kept in [+0, 1]: the sign cleared, so that sigma(-inf) is +0                         \
           whatever an fma makes of -(0*t) + 0 (valgrind's emulation gives                      \
           -0), and at most 1, which rounding upward can pass */                                \
        y[u] = isa##_at_most(isa##_abs(isa##_fnma(q, isa##_mul(dlo, isa##_rcp(d)), q)), one);   \
    )                                                                                           \
}                                                                                               \
                                                                                                \
isa##_inline void isa##_fast_block(const float *x, float *y)                                    \
{                                                                                               \
    isa##_vf v[SIGMOID_INTERNAL_UNROLL], r[SIGMOID_INTERNAL_UNROLL];                            \
    isa##_vi big = isa##_iset(0);                                                               \
    /* any lane with a = -|x| < -87 or NaN: as int32, bits above -87's */                       \
    SIGMOID_INTERNAL_EACH(                                                                      \
        v[u] = isa##_load(x + u * isa##_wf);                                                    \
        big = isa##_ior(big, isa##_igt(isa##_ior(isa##_bits(v[u]), isa##_iset(-0x7fffffff - 1)),\
                                       isa##_iset(SIGMOID_INTERNAL_CAST(int32_t, 0xc2ae0000u))));\
    )                                                                                           \
    if (isa##_iany(big))                                                                        \
        isa##_fast_v(v, r, 1);                                                                  \
    else                                                                                        \
        isa##_fast_v(v, r, 0);                                                                  \
    SIGMOID_INTERNAL_EACH(isa##_store(y + u * isa##_wf, r[u]);)                                 \
}                                                                                               \
                                                                                                \
                                                                                                \
static isa##_target void isa##_fast_array_f32(const float *x, float *y, size_t n)               \
{                                                                                               \
    enum { block = SIGMOID_INTERNAL_UNROLL * isa##_wf };                                        \
    size_t i, full = n - n % block;                                                             \
    for (i = 0; i < full; i += block)                                                           \
        isa##_fast_block(x + i, y + i);                                                         \
    if (i < n) {                                                                                \
        float buf[block] = {0};                                                                 \
        memcpy(buf, x + i, (n - i) * sizeof(float));                                            \
        isa##_fast_block(buf, buf);                                                             \
        memcpy(y + i, buf, (n - i) * sizeof(float));                                            \
    }                                                                                           \
}                                                                                               \
                                                                                                \
                                                                                                \
/* sigma or sigma' of U * isa##_wd floats, U groups interleaved as in the                       \
   fast tier; lanes it could not round are redone by the scalar function */                     \
isa##_inline void isa##_exact_block(const float *x, float *y, enum sigmoid_internal_kind kind)  \
{                                                                                               \
    const double shift = 6755399441055744.0; /* 1.5 * 2^52 */                                   \
    enum { lanes = SIGMOID_INTERNAL_UNROLL * isa##_wd };                                        \
    isa##_vd one = isa##_dset(1.0), xd[SIGMOID_INTERNAL_UNROLL], zs[SIGMOID_INTERNAL_UNROLL];   \
    isa##_vd w[SIGMOID_INTERNAL_UNROLL], p[SIGMOID_INTERNAL_UNROLL], t, d, r[SIGMOID_INTERNAL_UNROLL];\
    float out[lanes];                                                                           \
    int bad = 0, i;                                                                             \
    SIGMOID_INTERNAL_EACH(                                                                      \
        int far;                                                                                \
        xd[u] = isa##_load_f32(x + u * isa##_wd, &far);                                         \
        bad |= far << (u * isa##_wd);                                                           \
    )                                                                                           \
    SIGMOID_INTERNAL_EACH(                                                                      \
        isa##_vd z = isa##_dmul(xd[u], isa##_dset(SIGMOID_INTERNAL_INV_LN2_128));               \
        zs[u] = isa##_dadd(z, isa##_dset(shift));                                               \
        w[u] = isa##_dsub(z, isa##_dsub(zs[u], isa##_dset(shift)));                             \
    )                                                                                           \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_dfma(isa##_dset(-2.646642144433097e-08), w[u], isa##_dset(1.4662262387640425e-05));)\
    SIGMOID_INTERNAL_EACH(p[u] = isa##_dfma(p[u], w[u], isa##_dset(-0.0054152123481245725));)   \
    SIGMOID_INTERNAL_EACH(p[u] = isa##_dfma(p[u], w[u], one);)                                  \
    SIGMOID_INTERNAL_EACH(                                                                      \
        t = isa##_dmul(isa##_double(isa##_scaled_table(isa##_dbits(zs[u]))), p[u]);             \
        d = isa##_dadd(one, t);                                                                 \
        r[u] = kind == SIGMOID_INTERNAL_DERIV ? isa##_ddiv(t, isa##_dmul(d, d)) : isa##_ddiv(one, d);\
    )                                                                                           \
    /* into out first: y may be x, whose failed lanes are still needed */                       \
    SIGMOID_INTERNAL_EACH(bad |= isa##_store_f32_checked(out + u * isa##_wd, r[u], SIGMOID_INTERNAL_F32_MARGIN) << (u * isa##_wd);)\
    for (i = 0; bad; i++, bad >>= 1)                                                            \
        if (bad & 1)                                                                            \
            out[i] = kind == SIGMOID_INTERNAL_DERIV ? sigmoid_deriv_f32(x[i]) : sigmoid_f32(x[i]);\
    memcpy(y, out, sizeof out);                                                                 \
}                                                                                               \
                                                                                                \
isa##_inline void isa##_exact_array(const float *x, float *y, size_t n,                         \
                                    enum sigmoid_internal_kind kind)                            \
{                                                                                               \
    enum { block = SIGMOID_INTERNAL_UNROLL * isa##_wd };                                        \
    size_t i, full = n - n % block;                                                             \
    for (i = 0; i < full; i += block)                                                           \
        isa##_exact_block(x + i, y + i, kind);                                                  \
    for (; i < n; i++) /* results are exact: the tail may as well be scalar */                  \
        y[i] = kind == SIGMOID_INTERNAL_DERIV ? sigmoid_deriv_f32(x[i]) : sigmoid_f32(x[i]);    \
}                                                                                               \
                                                                                                \
                                                                                                \
/* dx = dy*y(1-y), or y(1-y) when dy is NULL: the scalar code's product                         \
   r = dy*(y*(1-y)) in double lanes (relative error < 2^-51.4), then the                        \
   rounding test with margin 2^-48. Lanes with y outside (0,1), a                               \
   non-finite dy or a failed test are redone by the scalar function. */                         \
isa##_inline void isa##_product_block(const float *y, const float *dy, float *dx)               \
{                                                                                               \
    enum { lanes = SIGMOID_INTERNAL_UNROLL * isa##_wd };                                        \
    isa##_vd one = isa##_dset(1.0), r[SIGMOID_INTERNAL_UNROLL];                                 \
    float out[lanes];                                                                           \
    int bad = 0, i;                                                                             \
    SIGMOID_INTERNAL_EACH(                                                                      \
        isa##_vd yd, dyd;                                                                       \
        bad |= isa##_load_backward(y + u * isa##_wd, dy ? dy + u * isa##_wd : dy, &yd, &dyd) << (u * isa##_wd);\
        r[u] = isa##_dmul(dyd, isa##_dmul(yd, isa##_dsub(one, yd)));                            \
    )                                                                                           \
    SIGMOID_INTERNAL_EACH(bad |= isa##_store_f32_checked(out + u * isa##_wd, r[u], SIGMOID_INTERNAL_PRODUCT_MARGIN) << (u * isa##_wd);)\
    for (i = 0; bad; i++, bad >>= 1)                                                            \
        if (bad & 1)                                                                            \
            out[i] = dy ? sigmoid_internal_backward_one_f32(y[i], dy[i]) : sigmoid_deriv_from_output_f32(y[i]);\
    memcpy(dx, out, sizeof out);                                                                \
}                                                                                               \
                                                                                                \
isa##_inline void isa##_product_array(const float *y, const float *dy, float *dx, size_t n)     \
{                                                                                               \
    enum { block = SIGMOID_INTERNAL_UNROLL * isa##_wd };                                        \
    size_t i, full = n - n % block;                                                             \
    for (i = 0; i < full; i += block)                                                           \
        isa##_product_block(y + i, dy ? dy + i : dy, dx + i);                                   \
    for (; i < n; i++)                                                                          \
        dx[i] = dy ? sigmoid_internal_backward_one_f32(y[i], dy[i]) : sigmoid_deriv_from_output_f32(y[i]);\
}                                                                                               \
                                                                                                \
static isa##_target void isa##_backward_f32(const float *y, const float *dy, float *dx, size_t n)\
{                                                                                               \
    isa##_product_array(y, dy, dx, n);                                                          \
}                                                                                               \
                                                                                                \
static isa##_target void isa##_from_output_array_f32(const float *y, float *d, size_t n)        \
{                                                                                               \
    isa##_product_array(y, SIGMOID_INTERNAL_NULL_F32, d, n);                                    \
}                                                                                               \
                                                                                                \
                                                                                                \
static isa##_target void isa##_array_f32(const float *x, float *y, size_t n)                    \
{                                                                                               \
    isa##_exact_array(x, y, n, SIGMOID_INTERNAL_SIGMA);                                         \
}                                                                                               \
                                                                                                \
static isa##_target void isa##_deriv_array_f32(const float *x, float *y, size_t n)              \
{                                                                                               \
    isa##_exact_array(x, y, n, SIGMOID_INTERNAL_DERIV);                                         \
}

/* Each expansion is one source line to cppcheck, whose cross-function
 * analysis then mixes up the arguments of the kernels on it (it reports
 * product_array's dy, NULL by design for y(1-y), as fast_v's, and an
 * argument filled by the unrolling macro as uninitialised). */
#ifdef SIGMOID_INTERNAL_X86
/* cppcheck-suppress [ctuPointerArith, ctunullpointer] */
SIGMOID_INTERNAL_KERNELS(sigmoid_internal_sse2)
/* cppcheck-suppress [ctuPointerArith, ctunullpointer] */
SIGMOID_INTERNAL_KERNELS(sigmoid_internal_avx2)
#endif
#ifdef SIGMOID_INTERNAL_NEON
/* cppcheck-suppress [ctuPointerArith, ctunullpointer] */
SIGMOID_INTERNAL_KERNELS(sigmoid_internal_neon)
#endif

/* ---------------------------------------------------------------------------
 * Dispatch: the best path this build has and this CPU runs, found once.
 * The cached word is the only global state; a race on it stores the same
 * value twice.
 * ------------------------------------------------------------------------- */

/* Whether path is compiled in and runs on this CPU. */
static inline int sigmoid_internal_path_ok(int path)
{
    if (path == SIGMOID_INTERNAL_PATH_SCALAR)
        return 1;
#ifdef SIGMOID_INTERNAL_X86
    if (path == SIGMOID_INTERNAL_PATH_SSE2)
        return 1;
    if (path == SIGMOID_INTERNAL_PATH_AVX2) {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
#endif
#ifdef SIGMOID_INTERNAL_NEON
    if (path == SIGMOID_INTERNAL_PATH_NEON)
        return 1;
#endif
    return 0;
}

static inline int sigmoid_internal_path(void)
{
#if defined(SIGMOID_INTERNAL_X86)
    static int cached; /* path + 1; 0 until known */
    int p = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (p == 0) {
        p = 1 + (sigmoid_internal_path_ok(SIGMOID_INTERNAL_PATH_AVX2) ? SIGMOID_INTERNAL_PATH_AVX2
                                                                       : SIGMOID_INTERNAL_PATH_SSE2);
        __atomic_store_n(&cached, p, __ATOMIC_RELAXED);
    }
    return p - 1;
#elif defined(SIGMOID_INTERNAL_NEON)
    return SIGMOID_INTERNAL_PATH_NEON;
#else
    return SIGMOID_INTERNAL_PATH_SCALAR;
#endif
}

/* The array functions on a given path (tests and make verify run each):
 * the vector kernel when the build has that path, else the scalar loop. */
#if defined(SIGMOID_INTERNAL_X86)
#define SIGMOID_INTERNAL_ON_VECTOR_PATH(path, kernel, args)                                    \
    do {                                                                                        \
        if ((path) == SIGMOID_INTERNAL_PATH_AVX2) { sigmoid_internal_avx2_##kernel args; return; } \
        if ((path) == SIGMOID_INTERNAL_PATH_SSE2) { sigmoid_internal_sse2_##kernel args; return; } \
    } while (0)
#elif defined(SIGMOID_INTERNAL_NEON)
#define SIGMOID_INTERNAL_ON_VECTOR_PATH(path, kernel, args)                                    \
    do {                                                                                        \
        if ((path) == SIGMOID_INTERNAL_PATH_NEON) { sigmoid_internal_neon_##kernel args; return; } \
    } while (0)
#else
#define SIGMOID_INTERNAL_ON_VECTOR_PATH(path, kernel, args) ((void)(path))
#endif

static inline void sigmoid_internal_array_f32_on(int path, const float *x, float *y, size_t n)
{
    size_t i;
    SIGMOID_INTERNAL_ON_VECTOR_PATH(path, array_f32, (x, y, n));
    for (i = 0; i < n; i++)
        y[i] = sigmoid_f32(x[i]);
}

static inline void sigmoid_internal_deriv_array_f32_on(int path, const float *x, float *d, size_t n)
{
    size_t i;
    SIGMOID_INTERNAL_ON_VECTOR_PATH(path, deriv_array_f32, (x, d, n));
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_f32(x[i]);
}

static inline void sigmoid_internal_backward_f32_on(int path, const float *y, const float *dy, float *dx,
                                                     size_t n)
{
    size_t i;
    SIGMOID_INTERNAL_ON_VECTOR_PATH(path, backward_f32, (y, dy, dx, n));
    for (i = 0; i < n; i++)
        dx[i] = sigmoid_internal_backward_one_f32(y[i], dy[i]);
}

static inline void sigmoid_internal_from_output_array_f32_on(int path, const float *y, float *d, size_t n)
{
    size_t i;
    SIGMOID_INTERNAL_ON_VECTOR_PATH(path, from_output_array_f32, (y, d, n));
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_from_output_f32(y[i]);
}

static inline void sigmoid_internal_fast_array_f32_on(int path, const float *x, float *y, size_t n)
{
    size_t i;
    SIGMOID_INTERNAL_ON_VECTOR_PATH(path, fast_array_f32, (x, y, n));
    for (i = 0; i < n; i++)
        y[i] = sigmoid_fast_f32(x[i]);
}

/* ---------------------------------------------------------------------------
 * Arrays
 * ------------------------------------------------------------------------- */

static inline void sigmoid_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_fast_array_f32(const float *x, float *y, size_t n)
{
    sigmoid_internal_fast_array_f32_on(sigmoid_internal_path(), x, y, n);
}

static inline void sigmoid_array_f64(const double *x, double *y, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        y[i] = sigmoid_f64(x[i]);
}

static inline void sigmoid_deriv_array_f32(const float *x, float *d, size_t n)
{
    sigmoid_internal_deriv_array_f32_on(sigmoid_internal_path(), x, d, n);
}

static inline void sigmoid_deriv_array_f64(const double *x, double *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_f64(x[i]);
}

static inline void sigmoid_deriv_from_output_array_f32(const float *y, float *d, size_t n)
{
    sigmoid_internal_from_output_array_f32_on(sigmoid_internal_path(), y, d, n);
}

static inline void sigmoid_deriv_from_output_array_f64(const double *y, double *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_from_output_f64(y[i]);
}

static inline void sigmoid_backward_f32(const float *y, const float *dy, float *dx, size_t n)
{
    sigmoid_internal_backward_f32_on(sigmoid_internal_path(), y, dy, dx, n);
}

static inline void sigmoid_backward_f64(const double *y, const double *dy, double *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = sigmoid_internal_backward_one_f64(y[i], dy[i]);
}

#ifdef SIGMOID_INTERNAL_FP_PUSHED
#if defined(__clang__)
#pragma float_control(pop)
#else
#pragma GCC pop_options
#endif
#undef SIGMOID_INTERNAL_FP_PUSHED
#endif

#endif /* SIGMOID_H */

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
