/* fn_table.h: the header's function table (SIGMOID_INTERNAL_UNARY_ARRAYS and
 * SIGMOID_INTERNAL_BINARY_ARRAYS) as data, for the test suite, the fuzzer,
 * make verify, make check-fenv and the benchmark. A row added to the
 * header appears in all of them; each maps the row's reference (fn_ref) to
 * its own exact value (long double in the suite, MPFR in make verify).
 *
 * Elements are handled through void pointers and the row's element size,
 * so one loop serves float and double rows, unary and binary: fn_run calls
 * the array on a path, fn_elem the element function, fn_get/fn_set read
 * and write an element as a double, fn_bits gives its bits. */
#ifndef SIGMOID_FN_TABLE_H
#define SIGMOID_FN_TABLE_H

#include "../sigmoid.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Clang assumes by default that floating-point operations cannot trap and
 * may compute both sides of a branch: fn_set would then convert a huge
 * double to float for a double row, raising FE_OVERFLOW in the tests that
 * check that nothing does. As in the header, exceptions(maytrap) forbids
 * that for these helpers. */
#if defined(__clang__) && ((!defined(__apple_build_version__) && __clang_major__ >= 11) || __clang_major__ >= 13)
#pragma float_control(precise, on, push)
#pragma clang fp exceptions(maytrap)
#define FN_TABLE_FP_PUSHED
#endif

/* The mathematical function of a row. */
enum fn_ref { FN_REF_sigma, FN_REF_deriv, FN_REF_from_output, FN_REF_backward, FN_REF_silu, FN_REF_silu_deriv, FN_REF_softplus, FN_REF_log,
              FN_REF_logit,
              FN_REFS };

typedef void (*fn_unary_f32)(int, const float *, float *, size_t);
typedef void (*fn_unary_f64)(int, const double *, double *, size_t);
typedef void (*fn_binary_f32)(int, const float *, const float *, float *, size_t);
typedef void (*fn_binary_f64)(int, const double *, const double *, double *, size_t);
typedef void (*fn_unary_u16)(int, const uint16_t *, uint16_t *, size_t);
typedef void (*fn_binary_u16)(int, const uint16_t *, const uint16_t *, uint16_t *, size_t);

/* The element format of a row. */
enum fn_format { FN_FLOAT, FN_DOUBLE, FN_BF16, FN_F16 };

typedef struct fn_row {
    const char *name;  /* the public function, "sigmoid_array_f32" */
    size_t size;       /* sizeof an element: 2, 4 or 8 */
    int binary;        /* two input arrays (y, dy) */
    int vector;        /* a kernel on every vector path (else the scalar loop) */
    int fast;          /* fast tier: within ulp, not bit-identical to element */
    enum fn_ref ref;
    double ulp;        /* the contract, from the header */
    fn_unary_f32 unary_f32;
    fn_unary_f64 unary_f64;
    fn_binary_f32 binary_f32;
    fn_binary_f64 binary_f64;
    float (*elem_f32)(float);
    double (*elem_f64)(double);
    float (*elem2_f32)(float, float);
    double (*elem2_f64)(double, double);
    /* the public function itself, sigmoid_<name> (one is set) */
    void (*public_unary_f32)(const float *, float *, size_t);
    void (*public_unary_f64)(const double *, double *, size_t);
    void (*public_binary_f32)(const float *, const float *, float *, size_t);
    void (*public_binary_f64)(const double *, const double *, double *, size_t);
    /* half precision rows (uint16_t bits; format says which) */
    enum fn_format format;
    fn_unary_u16 unary_u16;
    fn_binary_u16 binary_u16;
    uint16_t (*elem_u16)(uint16_t);
    uint16_t (*elem2_u16)(uint16_t, uint16_t);
    void (*public_unary_u16)(const uint16_t *, uint16_t *, size_t);
    void (*public_binary_u16)(const uint16_t *, const uint16_t *, uint16_t *, size_t);
} fn_row;

#define FN_VECTOR 1
#define FN_SCALAR 0
#define FN_EXACT 0
#define FN_FAST 1
#define FN_UNARY_float(name, element, paths, tier, ref, ulp)                                         \
    {"sigmoid_" #name, 4, 0, FN_##paths, FN_##tier, FN_REF_##ref, ulp,                                \
     sigmoid_internal_##name##_on, NULL, NULL, NULL, element, NULL, NULL, NULL,                        \
     sigmoid_##name, NULL, NULL, NULL, FN_FLOAT, NULL, NULL, NULL, NULL, NULL, NULL},
#define FN_UNARY_double(name, element, paths, tier, ref, ulp)                                        \
    {"sigmoid_" #name, 8, 0, FN_##paths, FN_##tier, FN_REF_##ref, ulp,                                \
     NULL, sigmoid_internal_##name##_on, NULL, NULL, NULL, element, NULL, NULL,                        \
     NULL, sigmoid_##name, NULL, NULL, FN_DOUBLE, NULL, NULL, NULL, NULL, NULL, NULL},
#define FN_BINARY_float(name, element, paths, tier, ref, ulp)                                        \
    {"sigmoid_" #name, 4, 1, FN_##paths, FN_##tier, FN_REF_##ref, ulp,                                \
     NULL, NULL, sigmoid_internal_##name##_on, NULL, NULL, NULL, element, NULL,                        \
     NULL, NULL, sigmoid_##name, NULL, FN_FLOAT, NULL, NULL, NULL, NULL, NULL, NULL},
#define FN_BINARY_double(name, element, paths, tier, ref, ulp)                                       \
    {"sigmoid_" #name, 8, 1, FN_##paths, FN_##tier, FN_REF_##ref, ulp,                                \
     NULL, NULL, NULL, sigmoid_internal_##name##_on, NULL, NULL, NULL, element,                        \
     NULL, NULL, NULL, sigmoid_##name, FN_DOUBLE, NULL, NULL, NULL, NULL, NULL, NULL},
#define FN_UNARY_HALF(name, format, element, paths, tier, ref, ulp)                                  \
    {"sigmoid_" #name, 2, 0, FN_##paths, FN_##tier, FN_REF_##ref, ulp,                                \
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,                           \
     format, sigmoid_internal_##name##_on, NULL, element, NULL, sigmoid_##name, NULL},
#define FN_BINARY_HALF(name, format, element, paths, tier, ref, ulp)                                 \
    {"sigmoid_" #name, 2, 1, FN_##paths, FN_##tier, FN_REF_##ref, ulp,                                \
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,                           \
     format, NULL, sigmoid_internal_##name##_on, NULL, element, NULL, sigmoid_##name},
#define FN_UNARY_sigmoid_internal_bf16(name, element, paths, tier, ref, ulp) \
    FN_UNARY_HALF(name, FN_BF16, element, paths, tier, ref, ulp)
#define FN_UNARY_sigmoid_internal_f16(name, element, paths, tier, ref, ulp) \
    FN_UNARY_HALF(name, FN_F16, element, paths, tier, ref, ulp)
#define FN_BINARY_sigmoid_internal_bf16(name, element, paths, tier, ref, ulp) \
    FN_BINARY_HALF(name, FN_BF16, element, paths, tier, ref, ulp)
#define FN_BINARY_sigmoid_internal_f16(name, element, paths, tier, ref, ulp) \
    FN_BINARY_HALF(name, FN_F16, element, paths, tier, ref, ulp)
#define FN_UNARY(name, type, element, paths, tier, ref, ulp) FN_UNARY_##type(name, element, paths, tier, ref, ulp)
#define FN_BINARY(name, type, element, paths, tier, ref, ulp) FN_BINARY_##type(name, element, paths, tier, ref, ulp)

/* The rows, and their number in *count. */
static inline const fn_row *fn_table(size_t *count)
{
    static const fn_row rows[] = {
        SIGMOID_INTERNAL_UNARY_ARRAYS(FN_UNARY)
        SIGMOID_INTERNAL_BINARY_ARRAYS(FN_BINARY)
    };
    *count = sizeof rows / sizeof rows[0];
    return rows;
}

static inline const char *fn_path_name(int path)
{
    static const char *const names[SIGMOID_INTERNAL_PATH_COUNT] = {"scalar", "SSE2", "AVX2", "NEON"};
    return names[path];
}

/* Whether the row runs its own code on path: the scalar path always; a
 * vector path when the row has kernels and this build and CPU have it. */
static inline int fn_runs_on(const fn_row *f, int path)
{
    return sigmoid_internal_path_ok(path) && (path == SIGMOID_INTERNAL_PATH_SCALAR || f->vector);
}

/* out[i] = f(a[i]) or f(a[i], b[i]) for i < n, on path */
static inline void fn_run(const fn_row *f, int path, const void *a, const void *b, void *out, size_t n)
{
    if (f->unary_f32)
        f->unary_f32(path, (const float *)a, (float *)out, n);
    else if (f->unary_f64)
        f->unary_f64(path, (const double *)a, (double *)out, n);
    else if (f->binary_f32)
        f->binary_f32(path, (const float *)a, (const float *)b, (float *)out, n);
    else if (f->binary_f64)
        f->binary_f64(path, (const double *)a, (const double *)b, (double *)out, n);
    else if (f->unary_u16)
        f->unary_u16(path, (const uint16_t *)a, (uint16_t *)out, n);
    else
        f->binary_u16(path, (const uint16_t *)a, (const uint16_t *)b, (uint16_t *)out, n);
}

/* the public function: what a user calls (the dispatched path) */
static inline void fn_run_public(const fn_row *f, const void *a, const void *b, void *out, size_t n)
{
    if (f->public_unary_f32)
        f->public_unary_f32((const float *)a, (float *)out, n);
    else if (f->public_unary_f64)
        f->public_unary_f64((const double *)a, (double *)out, n);
    else if (f->public_binary_f32)
        f->public_binary_f32((const float *)a, (const float *)b, (float *)out, n);
    else if (f->public_binary_f64)
        f->public_binary_f64((const double *)a, (const double *)b, (double *)out, n);
    else if (f->public_unary_u16)
        f->public_unary_u16((const uint16_t *)a, (uint16_t *)out, n);
    else
        f->public_binary_u16((const uint16_t *)a, (const uint16_t *)b, (uint16_t *)out, n);
}

/* a half row's bits as a float (exact), and a double rounded to the
 * row's half format (through float, which can round twice: for test
 * inputs, not results) */
static inline float fn_half_to_float(const fn_row *f, uint16_t h)
{
    return f->format == FN_BF16 ? sigmoid_bf16_to_f32(h) : sigmoid_f16_to_f32(h);
}
static inline uint16_t fn_half_from_double(const fn_row *f, double v)
{
    return f->format == FN_BF16 ? sigmoid_f32_to_bf16((float)v) : sigmoid_f32_to_f16((float)v);
}

/* element i of an array of the row's type, as a double (exact) */
static inline double fn_get(const fn_row *f, const void *p, size_t i)
{
    if (f->size == 2) {
        uint16_t h;
        memcpy(&h, (const unsigned char *)p + 2 * i, 2);
        return (double)fn_half_to_float(f, h);
    } else if (f->size == 4) {
        float v;
        memcpy(&v, (const unsigned char *)p + 4 * i, 4);
        return (double)v;
    } else {
        double v;
        memcpy(&v, (const unsigned char *)p + 8 * i, 8);
        return v;
    }
}

static inline void fn_set(const fn_row *f, void *p, size_t i, double v)
{
    if (f->size == 2) {
        uint16_t h = fn_half_from_double(f, v);
        memcpy((unsigned char *)p + 2 * i, &h, 2);
    } else if (f->size == 4) {
        float w = (float)v;
        memcpy((unsigned char *)p + 4 * i, &w, 4);
    } else {
        memcpy((unsigned char *)p + 8 * i, &v, 8);
    }
}

/* the bits of element i, zero-extended */
static inline uint64_t fn_bits(const fn_row *f, const void *p, size_t i)
{
    uint64_t u = 0;
    if (f->size == 2) {
        uint16_t h;
        memcpy(&h, (const unsigned char *)p + 2 * i, 2);
        u = h;
    } else if (f->size == 4) {
        uint32_t w;
        memcpy(&w, (const unsigned char *)p + 4 * i, 4);
        u = w;
    } else {
        memcpy(&u, (const unsigned char *)p + 8 * i, 8);
    }
    return u;
}

/* The element function on a and b (b unused for unary rows), in the row's
 * type, the result stored into element i of out. */
static inline void fn_elem(const fn_row *f, const void *a, const void *b, size_t i, void *out)
{
    if (f->elem_f32) {
        float x, r;
        memcpy(&x, (const unsigned char *)a + 4 * i, 4);
        r = f->elem_f32(x);
        memcpy((unsigned char *)out + 4 * i, &r, 4);
    } else if (f->elem_f64) {
        double x, r;
        memcpy(&x, (const unsigned char *)a + 8 * i, 8);
        r = f->elem_f64(x);
        memcpy((unsigned char *)out + 8 * i, &r, 8);
    } else if (f->elem2_f32) {
        float y, dy, r;
        memcpy(&y, (const unsigned char *)a + 4 * i, 4);
        memcpy(&dy, (const unsigned char *)b + 4 * i, 4);
        r = f->elem2_f32(y, dy);
        memcpy((unsigned char *)out + 4 * i, &r, 4);
    } else if (f->elem_u16) {
        uint16_t x, r;
        memcpy(&x, (const unsigned char *)a + 2 * i, 2);
        r = f->elem_u16(x);
        memcpy((unsigned char *)out + 2 * i, &r, 2);
    } else if (f->elem2_u16) {
        uint16_t y, dy, r;
        memcpy(&y, (const unsigned char *)a + 2 * i, 2);
        memcpy(&dy, (const unsigned char *)b + 2 * i, 2);
        r = f->elem2_u16(y, dy);
        memcpy((unsigned char *)out + 2 * i, &r, 2);
    } else {
        double y, dy, r;
        memcpy(&y, (const unsigned char *)a + 8 * i, 8);
        memcpy(&dy, (const unsigned char *)b + 8 * i, 8);
        r = f->elem2_f64(y, dy);
        memcpy((unsigned char *)out + 8 * i, &r, 8);
    }
}

/* Whether the row's first input is a sigmoid output y (y(1-y), backward,
 * logit's probability p) rather than an x. */
static inline int fn_takes_output(const fn_row *f)
{
    return f->ref == FN_REF_from_output || f->ref == FN_REF_backward || f->ref == FN_REF_logit;
}

/* Whether the row's domain is [0, 1] with log's exceptions (logit): -inf
 * at 0 and +inf at 1 with FE_DIVBYZERO, NaN with FE_INVALID outside.
 * Every other row is defined, and raises neither, for every non-NaN
 * input. */
static inline int fn_has_domain(const fn_row *f)
{
    return f->ref == FN_REF_logit;
}

/* Whether a is inside such a row's domain's interior (0, 1), where no
 * flag but FE_INEXACT is raised; every input of the other rows is. */
static inline int fn_in_domain(const fn_row *f, double a)
{
    return !fn_has_domain(f) || (a > 0.0 && a < 1.0);
}

#ifdef FN_TABLE_FP_PUSHED
#pragma float_control(pop)
#undef FN_TABLE_FP_PUSHED
#endif

#endif
