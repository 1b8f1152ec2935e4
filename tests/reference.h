/* reference.h: long double references for the function table's rows
 * (fn_ref), their ULP errors, and their special values; shared by the test
 * suite and make check-fenv. */
#ifndef SIGMOID_REFERENCE_H
#define SIGMOID_REFERENCE_H

#include "fn_table.h"

#include <float.h>
#include <math.h>

/* Long double reference, through t = e^-|x| so nothing overflows.
 * On x86 long double has a 64-bit significand; glibc's expl is within 1 ulp
 * of it, and 1 + t, the quotient and the product add 3 roundings of 2^-64:
 * relative error < 2^-61.5. In float ULP (ulp >= 2^-24 of the value) that
 * is < 2^-37.5; in double ULP (ulp >= 2^-53 of the value) < 2^-8.5.
 * Where long double is no wider than double the accuracy tests skip. */
#define REF_IS_EXTENDED ref_is_extended()
#define REF_ERR_F32_ULP 9.3132257461547852e-10 /* 2^-30 > 2^-37.5, a wide margin */
#define REF_ERR_F64_ULP 0.0028   /* > 2^-8.5 */

/* How much thinner the dense accuracy samples are where long double is
 * binary128 (AArch64 and others): there every reference operation is a
 * software routine, and under qemu the accuracy suite took 15 minutes
 * (beside other work). The x87's 64-bit long double runs every point. */
#if LDBL_MANT_DIG > 64
#define REF_THIN 16
#else
#define REF_THIN 1
#endif

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

/* x sigma(x): one more rounding of 2^-64 (x is exact in long double) */
static inline long double ref_silu(long double x)
{
    return x * ref_sigma(x);
}

/* sigma(x) (1 + x sigma(-x)) = E (1 + x + E) / (1 + E)^2, E = e^x. Near
 * its zero x0 = -1 - W(1/e) the sum 1 + x + E cancels; there it is
 * computed as h - (1 + x0) expm1(h), h = x - x0, which follows from
 * e^x0 = -(1 + x0) and has no cancellation (both terms have h's sign).
 * x0 and 1 + x0 are sums of three doubles (MPFR, 400 bits), exact in any
 * long double, x87's or quad; x - X0_0 is exact for x in [-2.5, -0.64]
 * (Sterbenz). Relative error < 2^-60 there, and as ref_sigma's elsewhere
 * (no cancellation for x < -4). */
/* stored as doubles: where constants are evaluated in long double
 * (FLT_EVAL_METHOD 2, the x87), a decimal constant in an expression would
 * not be the double it names */
static const double ref_silu_x0[3] = {-1.2784645427610737, -1.0946994183093437e-16, -3.9077666761286649e-33};
static const double ref_silu_1px0[3] = {-0.2784645427610738, 1.5523606315812798e-18, -5.5906787354193e-35};
static inline long double ref_silu_deriv(long double x)
{
    long double E, h, m, n, c;
    if (x < -4.0L || x > 0.0L)
        return ref_sigma(x) * (1.0L + x * ref_sigma(-x));
    E = expl(x);
    h = x - ref_silu_x0[0];
    h = h - ref_silu_x0[1];
    h = h - ref_silu_x0[2];
    m = expm1l(h);
    c = (long double)ref_silu_1px0[0] + ref_silu_1px0[1];
    c = c + ref_silu_1px0[2];
    n = c * m;
    n = h - n;
    m = 1.0L + E;
    m = m * m;
    n = E * n;
    return n / m;
}

/* log(1 + e^x) = max(x, 0) + log(1 + e^-|x|): no cancellation, so expl
 * and log1pl (1 ulp each; log1p does not amplify a relative error) and
 * the sum stay within 2^-61.5, as ref_sigma. */
static inline long double ref_softplus_now(long double x)
{
    long double t = expl(-fabsl(x));
    long double l = log1pl(t);
    return x > 0 ? x + l : l;
}

/* The tests ask for softplus(x) and log sigma(-x) = -softplus(x) in turn:
 * the last two values are kept (where long double is binary128, as on
 * AArch64, expl and log1pl run in software and dominate the suite), per
 * thread where the compiler has thread-local storage (make check-fenv
 * runs two threads, on Linux; the tcc and Windows builds run only the
 * single-threaded suite). */
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__) && !defined(_WIN32)
#define REF_THREAD __thread /* MinGW's would need libgcc's DLL at run time */
#else
#define REF_THREAD
#endif
static inline long double ref_softplus(long double x)
{
    static REF_THREAD long double memo_x[2], memo_v[2];
    static REF_THREAD int memo_set[2], memo_next;
    int k;
    for (k = 0; k < 2; k++)
        if (memo_set[k] && memo_x[k] == x)
            return memo_v[k];
    k = memo_next;
    memo_next = 1 - k;
    memo_x[k] = x;
    memo_v[k] = ref_softplus_now(x);
    memo_set[k] = 1;
    return memo_v[k];
}

/* log sigma(x) = -softplus(-x) */
static inline long double ref_log(long double x)
{
    return -ref_softplus(-x);
}

/* logit(p) = log(p/(1 - p)) = -+L(m), m = min(p, 1 - p) (exact), the
 * sign negative for p < 1/2. For m >= 1/4, L = log1pl(u), u = (1 - 2m)/m
 * with 1 - 2m exact (Sterbenz), so nothing cancels near p = 1/2; below,
 * L = logl((1 - m)/m) > log 3. Two or three roundings of 2^-64 and one
 * libm call: within 2^-61.5, as ref_sigma. NaN outside [0, 1]. */
static inline long double ref_logit(long double p)
{
    long double m = p < 0.5L ? p : 1.0L - p, L;
    if (!(p >= 0.0L && p <= 1.0L))
        return NAN;
    if (m >= 0.25L)
        L = log1pl((1.0L - 2.0L * m) / m);
    else
        L = logl((1.0L - m) / m);
    return p < 0.5L ? -L : L;
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

/* The tests' reference for each row of the function table (fn_ref): the
 * exact value of the row's function at a (and b), in long double. A y
 * outside (0, 1) is no sigmoid output: y(1-y) and the backward step give 0
 * there (the header's contract). */
static inline long double ref_value(enum fn_ref ref, long double a, long double b)
{
    switch (ref) {
    case FN_REF_sigma: return ref_sigma(a);
    case FN_REF_deriv: return ref_deriv(a);
    case FN_REF_from_output: return a > 0 && a < 1 ? a * (1.0L - a) : 0.0L;
    case FN_REF_silu: return ref_silu(a);
    case FN_REF_silu_deriv: return ref_silu_deriv(a);
    case FN_REF_softplus: return ref_softplus(a);
    case FN_REF_log: return ref_log(a);
    case FN_REF_logit: return ref_logit(a);
    default: return a > 0 && a < 1 ? ref_backward((double)a, (double)b) : 0.0L;
    }
}

/* Each reference's values at the special inputs +inf, -inf, +0 and -0 (a
 * backward step's at y = those with dy = 1), and the range of its results. */
struct ref_specials {
    double at_inf, at_minus_inf, at_zero, at_minus_zero, lo, hi;
};

static inline const struct ref_specials *ref_special(enum fn_ref ref)
{
    static struct ref_specials values[FN_REFS] = {
        /* sigma */ {1.0, 0.0, 0.5, 0.5, 0.0, 1.0},
        /* deriv */ {0.0, 0.0, 0.25, 0.25, 0.0, 0.25},
        /* from_output: saturated y pass no gradient */ {0.0, 0.0, 0.0, 0.0, 0.0, 0.25},
        /* backward, dy = 1 */ {0.0, 0.0, 0.0, 0.0, -1e308, 1e308},
        /* silu: odd at 0; its minimum, -0.2784645 at x = -1.2784645, less
           a float step for the directed modes */
        {INFINITY, -0.0, 0.0, -0.0, -0.2784646, INFINITY},
        /* silu_deriv: its minimum, -0.0998393 at x = -2.3994, and its
           maximum, 1 minus that (silu'(x) + silu'(-x) = 1), each a float
           step wider for the directed modes */
        {1.0, -0.0, 0.5, 0.5, -0.0998394, 1.0998394},
        /* softplus: log 2 at 0 (rounded to the row's format by the test) */
        {INFINITY, 0.0, 0.69314718055994529, 0.69314718055994529, 0.0, INFINITY},
        /* log sigma: -softplus(-x); -inf at -inf and as the lower end,
           set below (tcc does not fold -INFINITY in an initializer) */
        {-0.0, 0.0, -0.69314718055994529, -0.69314718055994529, 0.0, -0.0},
        /* logit: NaN at +-inf (outside [0, 1]), -inf at +-0; every value
           in between; set below */
        {0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
    };
    values[FN_REF_log].at_minus_inf = -INFINITY;
    values[FN_REF_log].lo = -INFINITY;
    values[FN_REF_logit].at_inf = NAN;
    values[FN_REF_logit].at_minus_inf = NAN;
    values[FN_REF_logit].at_zero = -INFINITY;
    values[FN_REF_logit].at_minus_zero = -INFINITY;
    values[FN_REF_logit].lo = -INFINITY;
    values[FN_REF_logit].hi = INFINITY;
    return &values[ref];
}

/* ULP at the exact value v of a format with mant significand bits whose
 * smallest normal is 2^emin: the spacing of the format at |v|, the
 * subnormal spacing below the normal range. */
static inline long double ulp_at(long double v, int mant, int emin)
{
    int e;
    v = fabsl(v);
    if (v < ldexpl(1.0L, emin))
        return ldexpl(1.0L, emin - mant + 1);
    frexpl(v, &e);
    return ldexpl(1.0L, e - mant);
}

static inline long double ulp_f32_at(long double v) { return ulp_at(v, 24, -126); }
static inline long double ulp_f64_at(long double v) { return ulp_at(v, 53, -1022); }

static inline double err_ulp_f32(float got, long double exact)
{
    return (double)(fabsl((long double)got - exact) / ulp_f32_at(exact));
}

static inline double err_ulp_f64(double got, long double exact)
{
    return (double)(fabsl((long double)got - exact) / ulp_f64_at(exact));
}

/* ULP error in the row's own format (bfloat16: 8 bits, binary16: 11 bits
 * with normals from 2^-14) */
static inline double err_ulp_row(const fn_row *f, double got, long double exact)
{
    if (f->size == 2) {
        int bf16 = f->format == FN_BF16;
        return (double)(fabsl((long double)got - exact) / ulp_at(exact, bf16 ? 8 : 11, bf16 ? -126 : -14));
    }
    return f->size == 4 ? err_ulp_f32((float)got, exact) : err_ulp_f64(got, exact);
}

#endif
