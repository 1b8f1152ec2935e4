/* sigmoid.h - the logistic sigmoid, its derivative and the backward step,
 * correctly rounded, in one header.                       SPDX-License-Identifier: MIT
 *
 * WHAT IT IS
 *   sigma(x) = 1/(1+e^-x) for float and double, its derivative
 *   sigma'(x) = sigma(x)(1-sigma(x)), and the fused backward step of a network
 *   dx = dy*y(1-y). Every float result is the exact value rounded to nearest
 *   (correctly rounded), so results are identical on every machine and
 *   compiler. No libm, no allocation, no global state, C99 and C++11 clean.
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
 *   sigmoid_array_f32(x, y, n), _f64             y[i] = sigma(x[i])
 *   sigmoid_deriv_array_f32(x, d, n), _f64       d[i] = sigma'(x[i])
 *   sigmoid_deriv_from_output_array_f32(y, d, n), _f64
 *                                                d[i] = y[i](1-y[i])
 *   sigmoid_backward_f32(y, dy, dx, n), _f64     dx[i] = dy[i]*y[i](1-y[i]);
 *                                                a saturated y (<= 0 or >= 1)
 *                                                passes no gradient: dx = +0
 *   Arrays take inputs, then the output, then n. The output may be the same
 *   array as an input (in place); partial overlap is not supported. n = 0
 *   does nothing, and then any pointer may be NULL. Any alignment works, and
 *   an array result is bit-identical to the scalar function on that element.
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
 *   sigmoid_backward_f32: correctly rounded but for exact values within
 *   2^-104 (relative) of a rounding boundary; <= 0.5 + 2^-70 ULP always.
 *   sigmoid_f64, sigmoid_deriv_f64: < 0.5 + 2^-13 ULP (double-double core).
 *   sigmoid_deriv_from_output_f64, sigmoid_backward_f64: < 0.5 + 2^-50 ULP.
 *   ULP of a subnormal result is that of the subnormal grid: nothing is
 *   flushed to zero (sigmoid_f32(-89) = 0x1.840fcp-129).
 *
 * SPECIAL VALUES
 *   NaN in gives NaN out. sigma(+inf) = 1, sigma(-inf) = +0, sigma(+-0) = 0.5,
 *   sigma'(+-inf) = +0, sigma'(+-0) = 0.25. sigma stays in [0,1] and sigma' in
 *   [0,0.25]. No non-NaN input raises FE_INVALID, FE_DIVBYZERO or FE_OVERFLOW
 *   (only FE_INEXACT, and FE_UNDERFLOW for tiny results, as IEEE requires).
 *
 * OPTIONS (define before including)
 *   SIGMOID_NO_SIMD   reserved: force the portable scalar path (today the
 *                     only path; vector paths come in a later version).
 *
 * COMPILER NOTES
 *   The exact paths rely on IEEE double arithmetic evaluated as written.
 *   -ffast-math (reassociation) and x87 excess precision (i386 without SSE2)
 *   can cost correct rounding in rare hard cases; results then stay within
 *   about 0.5 + 2^-40 ULP and in range. Under flush-to-zero (set by -ffast-math
 *   on x86) the hardware flushes subnormal results to zero.
 *
 * THREAD SAFETY
 *   Every function is pure: no state, safe from any number of threads.
 *
 * HOW IT WORKS
 *   Everything is evaluated through t = e^-|x| in (0,1], which never
 *   overflows: sigma(x) = 1/(1+t) for x >= 0, t/(1+t) for x < 0, and
 *   sigma'(x) = t/(1+t)^2. float: a fast path in double with a proved error
 *   bound, then a rounding test (Ziv): if the result rounds to the same float
 *   at both ends of its error interval it is correctly rounded; otherwise (about
 *   one input in 2^20) an accurate double-double evaluation decides. double:
 *   the double-double evaluation, rounded once.
 *
 * LICENSE
 *   MIT; the full text is at the end of this file.
 */
#ifndef SIGMOID_H
#define SIGMOID_H

#define SIGMOID_VERSION_MAJOR 0
#define SIGMOID_VERSION_MINOR 1
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
    if (v.lo != 0.0 && (u & 1u) == 0)
        u = v.lo > 0.0 ? u + 1u : u - 1u;
    return SIGMOID_INTERNAL_CAST(float, sigmoid_internal_from_bits_f64(u));
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

/* ---------------------------------------------------------------------------
 * The exp core: e^-a = 2^-K * m for 0 <= a <= 746, m in (0.49, 1.01].
 *
 * Reduction: k = round(a*64/ln2), a = k*ln2/64 + r with |r| <= ln2/128
 * (+ 2^-40), K = k/64, j = k mod 64, so e^-a = 2^-K * 2^(-j/64) * e^-r.
 * ln2/64 = L1 + L2 + L3 (tools/gen_constants.c): L1 has 36 bits, so k*L1 is
 * exact for k < 2^17, and a - k*L1 is exact by Sterbenz's lemma. The table
 * holds 2^(-j/64) as double-doubles (error < 2^-106).
 * ------------------------------------------------------------------------- */

/* Constants whose every bit matters are given as IEEE bit patterns. */
#define SIGMOID_INTERNAL_INV_LN2_64 92.332482616893658       /* 64/ln2, 0x1.71547652b82fep+6 */
#define SIGMOID_INTERNAL_LN2_64_1 sigmoid_internal_from_bits_f64(0x3f862e42fefa0000u)
                                              /* ln2/64 to 36 bits, 0x1.62e42fefap-7 */
#define SIGMOID_INTERNAL_LN2_64_2 sigmoid_internal_from_bits_f64(0x3d1cf79abc9e3b3au)
                                              /* next 53 bits, 0x1.cf79abc9e3b3ap-46 */
#define SIGMOID_INTERNAL_LN2_64_3 sigmoid_internal_from_bits_f64(0xb9bff0342542fc33u)
                                              /* the rest, -0x1.ff0342542fc33p-100 */

/* 2^(-j/64) = hi + lo, j = 0..63, as IEEE bit patterns (hex floats are not
 * C++11). */
static const uint64_t sigmoid_internal_exp_table[64][2] = {
    {0x3ff0000000000000u, 0x0000000000000000u},
    {0x3fefa7c1819e90d8u, 0x3c774853f3a5931eu},
    {0x3fef50765b6e4540u, 0x3c89d3e12dd8a18bu},
    {0x3feefa1bee615a27u, 0x3c8dc7f486a4b6b0u},
    {0x3feea4afa2a490dau, 0xbc8e9c23179c2893u},
    {0x3fee502ee78b3ff6u, 0x3c739e8980a9cc8fu},
    {0x3fedfc97337b9b5fu, 0xbc81a5cd4f184b5cu},
    {0x3feda9e603db3285u, 0x3c8c2300696db532u},
    {0x3fed5818dcfba487u, 0x3c72ed02d75b3707u},
    {0x3fed072d4a07897cu, 0xbc8cbc3743797a9cu},
    {0x3fecb720dcef9069u, 0x3c6503cbd1e949dbu},
    {0x3fec67f12e57d14bu, 0x3c82884dff483cadu},
    {0x3fec199bdd85529cu, 0x3c711065895048ddu},
    {0x3febcc1e904bc1d2u, 0x3c723dd07a2d9e84u},
    {0x3feb7f76f2fb5e47u, 0xbc65584f7e54ac3bu},
    {0x3feb33a2b84f15fbu, 0xbc52805e3084d708u},
    {0x3feae89f995ad3adu, 0x3c87a1cd345dcc81u},
    {0x3fea9e6b5579fdbfu, 0x3c80fac90ef7fd31u},
    {0x3fea5503b23e255du, 0xbc8d2f6edb8d41e1u},
    {0x3fea0c667b5de565u, 0xbc8359495d1cd533u},
    {0x3fe9c49182a3f090u, 0x3c6c7c46b071f2beu},
    {0x3fe97d829fde4e50u, 0xbc8d185b7c1b85d1u},
    {0x3fe93737b0cdc5e5u, 0xbc575fc781b57ebcu},
    {0x3fe8f1ae99157736u, 0x3c75cc13a2e3976cu},
    {0x3fe8ace5422aa0dbu, 0x3c86e9f156864b27u},
    {0x3fe868d99b4492edu, 0xbc8fc6f89bd4f6bau},
    {0x3fe82589994cce13u, 0xbc8d4c1dd41532d8u},
    {0x3fe7e2f336cf4e62u, 0x3c605d02ba15797eu},
    {0x3fe7a11473eb0187u, 0xbc741577ee04992fu},
    {0x3fe75feb564267c9u, 0xbc80245957316dd3u},
    {0x3fe71f75e8ec5f74u, 0xbc716e4786887a99u},
    {0x3fe6dfb23c651a2fu, 0xbc5bbe3a683c88abu},
    {0x3fe6a09e667f3bcdu, 0xbc8bdd3413b26456u},
    {0x3fe6623882552225u, 0xbc8bb60987591c34u},
    {0x3fe6247eb03a5585u, 0xbc8383c17e40b497u},
    {0x3fe5e76f15ad2148u, 0x3c8ba6f93080e65eu},
    {0x3fe5ab07dd485429u, 0x3c86324c054647adu},
    {0x3fe56f4736b527dau, 0x3c89bb2c011d93adu},
    {0x3fe5342b569d4f82u, 0xbc707abe1db13cadu},
    {0x3fe4f9b2769d2ca7u, 0xbc84b309d25957e3u},
    {0x3fe4bfdad5362a27u, 0x3c6d4397afec42e2u},
    {0x3fe486a2b5c13cd0u, 0x3c63c1a3b69062f0u},
    {0x3fe44e086061892du, 0x3c389b7a04ef80d0u},
    {0x3fe4160a21f72e2au, 0xbc4ef3691c309278u},
    {0x3fe3dea64c123422u, 0x3c7ada0911f09ebcu},
    {0x3fe3a7db34e59ff7u, 0xbc65e436d661f5e3u},
    {0x3fe371a7373aa9cbu, 0xbc863aeabf42eae2u},
    {0x3fe33c08b26416ffu, 0x3c832721843659a6u},
    {0x3fe306fe0a31b715u, 0x3c76f46ad23182e4u},
    {0x3fe2d285a6e4030bu, 0x3c80024754db41d5u},
    {0x3fe29e9df51fdee1u, 0x3c7612e8afad1255u},
    {0x3fe26b4565e27cddu, 0x3c72bd339940e9d9u},
    {0x3fe2387a6e756238u, 0x3c89b07eb6c70573u},
    {0x3fe2063b88628cd6u, 0x3c7dc775814a8495u},
    {0x3fe1d4873168b9aau, 0x3c8e016e00a2643cu},
    {0x3fe1a35beb6fcb75u, 0x3c7e5b4c7b4968e4u},
    {0x3fe172b83c7d517bu, 0xbc719041b9d78a76u},
    {0x3fe1429aaea92de0u, 0xbc832fbf9af1369eu},
    {0x3fe11301d0125b51u, 0xbc86c51039449b3au},
    {0x3fe0e3ec32d3d1a2u, 0x3c303a1727c57b53u},
    {0x3fe0b5586cf9890fu, 0x3c88a62e4adc610bu},
    {0x3fe0874518759bc8u, 0x3c5186be4bb284ffu},
    {0x3fe059b0d3158574u, 0x3c7d73e2a475b465u},
    {0x3fe02c9a3e778061u, 0xbc619083535b085du},
};

/* k = round(a*64/ln2); conversion truncates, a >= 0, so +0.5 rounds. */
static inline int sigmoid_internal_exp_index(double a)
{
    return SIGMOID_INTERNAL_CAST(int, a * SIGMOID_INTERNAL_INV_LN2_64 + 0.5);
}

/* Fast: e^-a = 2^-K * m in double, relative error < 2^-51.
 * r = (a - k*L1) - k*L2 has error < 2^-60; e^-r - 1 by its Taylor polynomial
 * of degree 5 (truncation |r|^6/720 < 2^-54.7 for |r| < 2^-7.5), rounding
 * error of the evaluation < 2^-60 absolute; the table's hi part < 2^-53; the
 * final multiply-add < 2^-53. */
static inline double sigmoid_internal_exp_neg_fast(double a, int *K)
{
    int k = sigmoid_internal_exp_index(a);
    double kd = SIGMOID_INTERNAL_CAST(double, k);
    double s = (kd * SIGMOID_INTERNAL_LN2_64_1 - a) + kd * SIGMOID_INTERNAL_LN2_64_2;
    double q = s + s * s * (0.5 + s * (0.16666666666666666 + s * (0.041666666666666664 +
                                       s * 0.0083333333333333332)));
    double T = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[k & 63][0]);
    *K = k >> 6;
    return T + T * q;
}

/* Accurate: e^-a = 2^-K * (hi + lo), relative error < 2^-67.
 * s = -r as a double-double: a - k*L1 exact, k*L2 by an exact product, k*L3
 * rounded (< 2^-120). e^s = 1 + s_hi + u with
 *   u = s_hi^2 (1/2 + s_hi/6 + ... + s_hi^5/5040) + s_lo (1 + s_hi),
 * truncation |s|^8/8! < 2^-75.5, rounding error of u < 3.5*2^-53*|u| with
 * |u| < 2^-16, so < 2^-67.3 absolute; 1 + s_hi is split exactly, and the
 * table product adds < 2^-102. */
static inline sigmoid_internal_dd sigmoid_internal_exp_neg_accurate(double a, int *K)
{
    int k = sigmoid_internal_exp_index(a);
    double kd = SIGMOID_INTERNAL_CAST(double, k);
    double s0 = kd * SIGMOID_INTERNAL_LN2_64_1 - a;            /* exact */
    sigmoid_internal_dd p = sigmoid_internal_two_prod(kd, SIGMOID_INTERNAL_LN2_64_2);
    sigmoid_internal_dd s = sigmoid_internal_two_sum(s0, p.hi);
    double u;
    sigmoid_internal_dd e, T;
    s = sigmoid_internal_fast_two_sum(s.hi, s.lo + p.lo + kd * SIGMOID_INTERNAL_LN2_64_3);
    u = s.hi * s.hi * (0.5 + s.hi * (0.16666666666666666 + s.hi * (0.041666666666666664 +
                       s.hi * (0.0083333333333333332 + s.hi * (0.0013888888888888889 +
                       s.hi * 0.00019841269841269841)))))
        + s.lo * (1.0 + s.hi);
    e = sigmoid_internal_fast_two_sum(1.0, s.hi);
    e = sigmoid_internal_fast_two_sum(e.hi, e.lo + u);
    T.hi = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[k & 63][0]);
    T.lo = sigmoid_internal_from_bits_f64(sigmoid_internal_exp_table[k & 63][1]);
    *K = k >> 6;
    return sigmoid_internal_dd_mul(T, e);
}

/* ---------------------------------------------------------------------------
 * The accurate evaluation shared by every exact path: sigma or sigma' as
 * 2^-K * (hi + lo), relative error < 2^-66.
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

/* The fast path's bound: exp < 2^-51, 1+t, the quotient and (for sigma')
 * the square add < 6*2^-53, so the double result is within 2^-50 relative.
 * The test uses 2^-46: a 16x margin for compilers that reassociate or use a
 * reciprocal. If both ends of [r(1-E), r(1+E)] round to the same float, that
 * float is the correctly rounded sigma; else the accurate path decides. */
#define SIGMOID_INTERNAL_F32_MARGIN 1.4210854715202004e-14 /* 2^-46 */

static inline float sigmoid_internal_round_or_retry(double r, float x,
                                                    enum sigmoid_internal_kind kind)
{
    float lo = SIGMOID_INTERNAL_CAST(float, r * (1.0 - SIGMOID_INTERNAL_F32_MARGIN));
    float hi = SIGMOID_INTERNAL_CAST(float, r * (1.0 + SIGMOID_INTERNAL_F32_MARGIN));
    return lo == hi ? lo : sigmoid_internal_f32_accurate(x, kind);
}

/* |x| >= 120 (bits 0x42f00000) or NaN: sigma is 1 or 0 and sigma' is 0 in
 * float (e^-120 < 2^-173); one integer compare keeps this off the hot path. */
#define SIGMOID_INTERNAL_F32_SATURATED 0x42f00000u

/* ---------------------------------------------------------------------------
 * Public scalar functions
 * ------------------------------------------------------------------------- */

static inline float sigmoid_f32(float x)
{
    uint32_t ax = sigmoid_internal_bits_f32(x) & 0x7fffffffu;
    double t, r;
    int K;
    if (ax >= SIGMOID_INTERNAL_F32_SATURATED) {
        if (ax > 0x7f800000u)
            return x + x;
        return x > 0 ? 1.0f : 0.0f;
    }
    t = sigmoid_internal_exp_neg_fast(SIGMOID_INTERNAL_CAST(double, x < 0 ? -x : x), &K);
    t *= sigmoid_internal_pow2_neg(K);
    r = (x < 0 ? t : 1.0) / (1.0 + t);
    return sigmoid_internal_round_or_retry(r, x, SIGMOID_INTERNAL_SIGMA);
}

static inline float sigmoid_deriv_f32(float x)
{
    uint32_t ax = sigmoid_internal_bits_f32(x) & 0x7fffffffu;
    double t, d;
    int K;
    if (ax >= SIGMOID_INTERNAL_F32_SATURATED)
        return ax > 0x7f800000u ? x + x : 0.0f;
    t = sigmoid_internal_exp_neg_fast(SIGMOID_INTERNAL_CAST(double, x < 0 ? -x : x), &K);
    t *= sigmoid_internal_pow2_neg(K);
    d = 1.0 + t;
    return sigmoid_internal_round_or_retry(t / (d * d), x, SIGMOID_INTERNAL_DERIV);
}

/* y(1-y) = y - y^2: y^2 is exact in double (48 bits, >= 2^-298), and the
 * difference is split exactly, so the one rounding is to odd and then to
 * float: correctly rounded for every float y. */
static inline float sigmoid_deriv_from_output_f32(float y)
{
    double yd = SIGMOID_INTERNAL_CAST(double, y);
    if (!(y > 0 && y < 1))
        return sigmoid_internal_isnan_f32(y) ? y + y : 0.0f;
    return sigmoid_internal_round_dd_to_f32(sigmoid_internal_fast_two_sum(yd, -(yd * yd)));
}

static inline double sigmoid_f64(double x)
{
    double a = x < 0 ? -x : x;
    int K;
    sigmoid_internal_dd v;
    if (!(a <= 746.0)) { /* e^-746 < 2^-1076: sigma rounds to 1 or 0 */
        if (sigmoid_internal_isnan_f64(x))
            return x + x;
        return x > 0 ? 1.0 : 0.0;
    }
    v = sigmoid_internal_accurate(a, x < 0, SIGMOID_INTERNAL_SIGMA, &K);
    return sigmoid_internal_round_dd_scaled(v, K);
}

static inline double sigmoid_deriv_f64(double x)
{
    double a = x < 0 ? -x : x;
    int K;
    sigmoid_internal_dd v;
    if (!(a <= 746.0))
        return sigmoid_internal_isnan_f64(x) ? x + x : 0.0;
    v = sigmoid_internal_accurate(a, 0, SIGMOID_INTERNAL_DERIV, &K);
    return sigmoid_internal_round_dd_scaled(v, K);
}

/* y - y^2 as a double-double: y^2 = p + e exactly, y - p exactly, then the
 * sum of the tails rounds once (< 2^-105 relative to the result). */
static inline sigmoid_internal_dd sigmoid_internal_y_one_minus_y(double y)
{
    sigmoid_internal_dd sq = sigmoid_internal_two_prod(y, y);
    sigmoid_internal_dd d = sigmoid_internal_two_sum(y, -sq.hi);
    return sigmoid_internal_fast_two_sum(d.hi, d.lo - sq.lo);
}

static inline double sigmoid_deriv_from_output_f64(double y)
{
    if (!(y > 0 && y < 1))
        return sigmoid_internal_isnan_f64(y) ? y + y : 0.0;
    return sigmoid_internal_y_one_minus_y(y).hi;
}

/* ---------------------------------------------------------------------------
 * Arrays
 * ------------------------------------------------------------------------- */

static inline void sigmoid_array_f32(const float *x, float *y, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        y[i] = sigmoid_f32(x[i]);
}

static inline void sigmoid_array_f64(const double *x, double *y, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        y[i] = sigmoid_f64(x[i]);
}

static inline void sigmoid_deriv_array_f32(const float *x, float *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_f32(x[i]);
}

static inline void sigmoid_deriv_array_f64(const double *x, double *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_f64(x[i]);
}

static inline void sigmoid_deriv_from_output_array_f32(const float *y, float *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_from_output_f32(y[i]);
}

static inline void sigmoid_deriv_from_output_array_f64(const double *y, double *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_from_output_f64(y[i]);
}

/* dx = dy*y(1-y) for one element. A y outside (0,1) is saturated (or not a
 * sigmoid output) and passes no gradient. g = y - y^2 is exact as hi + lo.
 * float: dy*hi is an exact product pair, dy*lo and the tail sum round at
 * < 2^-104 of the result, which is then rounded to odd and to float.
 * double: the same sum rounded once, < 0.5 + 2^-50 ULP, subnormal results
 * included. A zero or non-finite dy takes the plain product, which is then
 * exact (0, inf or NaN). */
static inline float sigmoid_internal_backward_one_f32(float y, float dy)
{
    uint32_t a_dy = sigmoid_internal_bits_f32(dy) & 0x7fffffffu;
    double m = SIGMOID_INTERNAL_CAST(double, dy < 0 ? -dy : dy);
    float r;
    sigmoid_internal_dd g, p;
    if (!(y > 0 && y < 1))
        return sigmoid_internal_isnan_f32(y) || sigmoid_internal_isnan_f32(dy) ? y + dy : 0.0f;
    g = sigmoid_internal_y_one_minus_y(SIGMOID_INTERNAL_CAST(double, y));
    if (a_dy == 0 || a_dy >= 0x7f800000u) /* 0, inf, NaN: exact as is */
        return SIGMOID_INTERNAL_CAST(float, SIGMOID_INTERNAL_CAST(double, dy) * g.hi);
    p = sigmoid_internal_two_prod(m, g.hi);   /* >= 2^-298: no underflow */
    p = sigmoid_internal_fast_two_sum(p.hi, p.lo + m * g.lo);
    r = sigmoid_internal_round_dd_to_f32(p);
    return dy < 0 ? -r : r;
}

static inline double sigmoid_internal_backward_one_f64(double y, double dy)
{
    uint64_t a_dy = sigmoid_internal_bits_f64(dy) & 0x7fffffffffffffffu;
    double m = dy < 0 ? -dy : dy, r;
    int K = 0;
    sigmoid_internal_dd g, p;
    if (!(y > 0 && y < 1))
        return sigmoid_internal_isnan_f64(y) || sigmoid_internal_isnan_f64(dy) ? y + dy : 0.0;
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

static inline void sigmoid_backward_f32(const float *y, const float *dy, float *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = sigmoid_internal_backward_one_f32(y[i], dy[i]);
}

static inline void sigmoid_backward_f64(const double *y, const double *dy, double *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = sigmoid_internal_backward_one_f64(y[i], dy[i]);
}

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
