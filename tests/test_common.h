/* Shared helpers of the sigmoid.h test suite. */
#ifndef SIGMOID_TEST_COMMON_H
#define SIGMOID_TEST_COMMON_H

/* mmap and mprotect (test_memory.c) under -std=c99; first include of every
 * test file, so before any system header. */
#if !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE 1
#endif

#include "../sigmoid.h"
#include "fn_table.h"

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

/* bit casts: the header's own */
#define f32_from_bits sigmoid_internal_from_bits_f32
#define f32_bits sigmoid_internal_bits_f32
#define f64_bits sigmoid_internal_bits_f64
#define f64_from_bits sigmoid_internal_from_bits_f64

/* ASSERT that says why: when cond fails, the printf-style context (the
 * input, the values, the index) is printed before greatest's report. */
#define ASSERT_OR_SAY(cond, ...)                    \
    do {                                            \
        int assert_or_say_ok = (cond);              \
        if (!assert_or_say_ok) {                    \
            printf("\n  ");                         \
            printf(__VA_ARGS__);                    \
            printf("\n");                           \
        }                                           \
        ASSERTm(#cond, assert_or_say_ok);           \
    } while (0)

static inline int same_f32(float a, float b) { return f32_bits(a) == f32_bits(b); }
static inline int same_f64(double a, double b) { return f64_bits(a) == f64_bits(b); }

#include "reference.h"

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
SUITE_EXTERN(memory_safety);
SUITE_EXTERN(half_precision);
SUITE_EXTERN(logistic_family);

#endif
