/* Shared helpers of the sigmoid.h test suite. */
#ifndef SIGMOID_TEST_COMMON_H
#define SIGMOID_TEST_COMMON_H

/* mmap and mprotect (test_memory.c) under -std=c99; first include of every
 * test file, so before any system header. */
#if !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE 1
#endif

#include "../sigmoid.h"

#ifdef SIGMOID_REAL_GREATEST
#include "greatest.h"
#else
#include "greatest_subset.h"
#endif

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static inline float f32_from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline uint32_t f32_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static inline uint64_t f64_bits(double f)
{
    uint64_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static inline int same_f32(float a, float b) { return f32_bits(a) == f32_bits(b); }
static inline int same_f64(double a, double b) { return f64_bits(a) == f64_bits(b); }

/* Long double reference, through t = e^-|x| so nothing overflows.
 * On x86 long double has a 64-bit significand; glibc's expl is within 1 ulp
 * of it, and 1 + t, the quotient and the product add 3 roundings of 2^-64:
 * relative error < 2^-61.5. In float ULP (ulp >= 2^-24 of the value) that
 * is < 2^-37.5; in double ULP (ulp >= 2^-53 of the value) < 2^-8.5.
 * Where long double is no wider than double the accuracy tests skip. */
#define REF_IS_EXTENDED ref_is_extended()
#define REF_ERR_F32_ULP 9.3132257461547852e-10 /* 2^-30 > 2^-37.5, a wide margin */
#define REF_ERR_F64_ULP 0.0028   /* > 2^-8.5 */

/* The width is checked by arithmetic too, not only by LDBL_MANT_DIG:
 * valgrind runs the x87 at double precision, and then the reference is no
 * better than the functions under test. */
static inline int ref_is_extended(void)
{
    volatile long double one = 1.0L, tiny = 8.673617379884035472e-19L; /* 2^-60 */
    return LDBL_MANT_DIG >= 64 && one + tiny != one;
}

static inline long double ref_sigma(long double x)
{
    long double t = expl(-fabsl(x));
    return x >= 0 ? 1.0L / (1.0L + t) : t / (1.0L + t);
}

static inline long double ref_deriv(long double x)
{
    long double t = expl(-fabsl(x));
    return t / ((1.0L + t) * (1.0L + t));
}

/* dy * y(1-y) in long double, one conversion or product per statement:
 * tcc 0.9.27 miscompiles (long double)dy * (y * (1 - y)) written as one
 * expression, and long double casts passed as arguments. */
static inline long double ref_backward(double y, double dy)
{
    long double ly = y, ldy = dy;
    long double g = ly * (1.0L - ly);
    return ldy * g;
}

/* ULP of float (or double) at the exact value v: the spacing of the format
 * at |v|, the subnormal spacing below the normal range. */
static inline long double ulp_f32_at(long double v)
{
    int e;
    v = fabsl(v);
    if (v < (long double)FLT_MIN)
        return ldexpl(1.0L, -149);
    frexpl(v, &e);
    return ldexpl(1.0L, e - 24);
}

static inline long double ulp_f64_at(long double v)
{
    int e;
    v = fabsl(v);
    if (v < (long double)DBL_MIN)
        return ldexpl(1.0L, -1074);
    frexpl(v, &e);
    return ldexpl(1.0L, e - 53);
}

static inline double err_ulp_f32(float got, long double exact)
{
    return (double)(fabsl((long double)got - exact) / ulp_f32_at(exact));
}

static inline double err_ulp_f64(double got, long double exact)
{
    return (double)(fabsl((long double)got - exact) / ulp_f64_at(exact));
}

/* v as the double it is in memory. With x87 arithmetic (32-bit x86),
 * Clang may keep a double variable in an 80-bit register with more bits
 * than the copy a function receives; a reference must start from the
 * stored value. */
static inline double stored_f64(double v)
{
    volatile double s = v;
    return s;
}

/* The pointer of the n = 0 calls, which the API allows to be NULL.
 * cppcheck (make lint) follows a NULL into the kernels without seeing the
 * n = 0 guard before any access; it is shown an array instead. */
#ifdef __CPPCHECK__
static double no_array_storage[1];
#define NO_ARRAY ((void *)no_array_storage)
#else
#define NO_ARRAY NULL
#endif

/* A small deterministic generator (splitmix64), so every run checks the
 * same inputs and a failure can be reproduced. */
static inline uint64_t test_rng(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static inline double test_uniform(uint64_t *state)
{
    return (double)(test_rng(state) >> 11) * 1.1102230246251565e-16; /* 2^-53 */
}

SUITE_EXTERN(special_values);
SUITE_EXTERN(accuracy);
SUITE_EXTERN(derivatives);
SUITE_EXTERN(backward);
SUITE_EXTERN(arrays);
SUITE_EXTERN(fp_exceptions);
SUITE_EXTERN(paths);
SUITE_EXTERN(memory_safety);

#endif
