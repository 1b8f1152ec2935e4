/* verify.c: proves sigmoid.h's accuracy contracts against MPFR.
 *
 *   make verify          (needs Debian's libmpfr-dev)
 *
 * float: every one of the 2^32 inputs of the element functions of the
 * references sigma, sigma' and y(1-y) (sigmoid_f32, sigmoid_deriv_f32,
 * sigmoid_deriv_from_output_f32) against the correctly rounded value; then
 * every float row of the header's function table (tests/fn_table.h) on
 * every path it runs on, over the same 2^32 inputs: an exact row bit for
 * bit against its element function (so its errors are the element's), a
 * fast row against its bound. double: 10^8 random inputs for sigma, sigma'
 * and the fast tier (10^7 for the products) plus every edge (powers of two
 * and their neighbours, thresholds, subnormals), against MPFR; the backward step on 5.7e6 random pairs, every row of two
 * inputs on every path. The float backward step again on 2^30 random
 * pairs (y(1-y) with few bits in one of eight, where products are often
 * ties), every path, against exact integers: none may be misrounded.
 * Every bound is the header's (the table's ulp column). Prints a table and
 * exits non-zero on any violation of a contract. --f64 and --backward run
 * only those parts. logit (check_logit): every float p, in (0, 1) against
 * the correctly rounded value (long double or MPFR, as below), elsewhere
 * against -inf, +inf or NaN; 10^7 doubles where it is hard; --logit runs
 * only that.
 *
 * How the float reference is made, and why it is exact:
 *   - One e^-a per a = |x| gives sigma(a) = 1/(1+t), sigma(-a) = t/(1+t),
 *     sigma'(+-a) = t/(1+t)^2, silu, silu' and (with log1p) softplus. First
 *     in long double (ref_ld): where every value within 2^-50 of each
 *     result rounds to the same float, that float is the correctly rounded
 *     one, as the long doubles are within 2^-58 (glibc's tests hold expl
 *     and log1pl within 9 ulp, 2^-60.8; one a in 128 is checked against
 *     MPFR, and the run fails if any is off by 2^-56). That decides all
 *     but 826 of the 274 million a that need a value, in a fifth of
 *     MPFR's time. MPFR decides the rest: its 96-bit values are rounded
 *     to float only when mpfr_can_round proves they determine the
 *     rounding (else it retries at twice the precision).
 *   - Where sigma rounds to 1, 0 or 1/2 (and sigma' to 0 or 1/4), the result is
 *     known without evaluating: sigma and |sigma'| are monotone in a and so
 *     is rounding, so the thresholds found by bisection with MPFR bound whole
 *     regions. These regions hold most of the 2^32 inputs.
 *   - y(1-y) for float y is computed exactly in 128-bit integers and rounded
 *     once (ref_from_output).
 * The error of a result in ULP is |f - exact| / ulp, with ulp the spacing of
 * floats at the exact value (2^-149 in the subnormal range).
 *
 * On the way, every float function runs on every finite float, on every
 * path, with FE_INVALID, FE_DIVBYZERO and FE_OVERFLOW trapping
 * (feenableexcept, glibc): a trap is a SIGFPE, which ends the run with the
 * chunk named. (Chunks holding a NaN or an infinity run without traps; the
 * infinities and the backward step are swept by make check-fenv.)
 */
#define _GNU_SOURCE 1 /* feenableexcept */
#include "../tests/fn_table.h"

#include <fenv.h>
#include <math.h>
#include <signal.h>
#include <unistd.h>
#include <mpfr.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHUNK 65536u
#define NTHREADS 2
#define MAX_ROWS 32

enum { F_SIGMA, F_DERIV, F_FROM_OUTPUT, F_SILU, F_SILU_DERIV, F_SOFTPLUS, F_LOG, F_NAIVE, F_NAIVE_SILU,
       F_NAIVE_SILU_DERIV, F_NAIVE_SOFTPLUS, F_NAIVE_LOG, NF32 };
static const char *const f32_name[NF32] = {
    "sigmoid_f32", "sigmoid_deriv_f32", "sigmoid_deriv_from_output_f32", "sigmoid_silu_f32",
    "sigmoid_silu_deriv_f32", "sigmoid_softplus_f32", "sigmoid_log_f32", "naive 1.0f/(1.0f+expf(-x))",
    "naive x/(1.0f+expf(-x))", "naive s*(1+x*(1-s)), s as above", "naive log1pf(expf(x))",
    "naive -log1pf(expf(-x))"};
#define F_IS_NAIVE(f) ((f) >= F_NAIVE)

/* Did the fast path's rounding test send x to the accurate path? (The same
 * tests as sigmoid_internal_f32 and sigmoid_internal_f32_tail.) */
static int took_slow_path(float x, enum sigmoid_internal_kind kind)
{
    double z, r;
    uint64_t zs = sigmoid_internal_f32_reduce(x, &z);
    r = sigmoid_internal_f32_fast((double)x, z, zs, kind);
    if (sigmoid_internal_f32_fast_range(zs, kind) && !(kind == SIGMOID_INTERNAL_SILU && sigmoid_internal_f32_silu_tiny(x)))
        return !sigmoid_internal_f32_rounds(r);
    return (float)(r * (1.0 - SIGMOID_INTERNAL_F32_MARGIN)) !=
           (float)(r * (1.0 + SIGMOID_INTERNAL_F32_MARGIN));
}

/* The same for softplus (sigmoid_internal_softplus_f32 and the tail). */
static int took_slow_path_softplus(float x)
{
    double z, r;
    uint64_t zs = sigmoid_internal_f32_reduce(fabsf(x), &z);
    r = sigmoid_internal_softplus_fast(x, z, zs);
    if (zs - SIGMOID_INTERNAL_SHIFT_BITS <= SIGMOID_INTERNAL_F32_FAST_K)
        return !sigmoid_internal_f32_rounds(r);
    return (float)(r * (1.0 - SIGMOID_INTERNAL_F32_MARGIN)) !=
           (float)(r * (1.0 + SIGMOID_INTERNAL_F32_MARGIN));
}

/* The formulas users write today, for comparison (not a contract). */
static __attribute__((noinline)) float naive_f32(float x)
{
    return 1.0f / (1.0f + expf(-x));
}

static __attribute__((noinline)) float naive_silu_f32(float x)
{
    return x / (1.0f + expf(-x));
}

static __attribute__((noinline)) float naive_silu_deriv_f32(float x)
{
    float s = 1.0f / (1.0f + expf(-x));
    return s * (1.0f + x * (1.0f - s));
}

static __attribute__((noinline)) float naive_softplus_f32(float x)
{
    return log1pf(expf(x));
}

static __attribute__((noinline)) float naive_log_f32(float x)
{
    return -log1pf(expf(-x));
}

typedef struct stats {
    unsigned long long checked, misrounded, slow_path;
    double max_ulp;
    float worst;
} stats;

static void stats_add(stats *s, double ulp, float x, int wrong)
{
    s->checked++;
    if (wrong)
        s->misrounded++;
    if (ulp > s->max_ulp) {
        s->max_ulp = ulp;
        s->worst = x;
    }
}

static void stats_merge(stats *into, const stats *from)
{
    into->checked += from->checked;
    into->misrounded += from->misrounded;
    into->slow_path += from->slow_path;
    if (from->max_ulp > into->max_ulp) {
        into->max_ulp = from->max_ulp;
        into->worst = from->worst;
    }
}

#define f32_from_bits sigmoid_internal_from_bits_f32 /* the header's bit casts */
#define f32_bits sigmoid_internal_bits_f32

static int differ(float a, float b)
{
    return f32_bits(a) != f32_bits(b);
}

/* ULP at |v| (v exact, as MPFR) of a format with mant significand bits
 * whose subnormal spacing is 2^emin_sub: 2^(e-mant) for v in
 * [2^(e-1), 2^e), never below 2^emin_sub. */
static double ulp_of(mpfr_srcptr v, int mant, int emin_sub)
{
    long e;
    if (mpfr_zero_p(v))
        return ldexp(1.0, emin_sub);
    e = mpfr_get_exp(v);
    return ldexp(1.0, (int)(e - mant < emin_sub ? emin_sub : e - mant));
}

static double ulp_f32_of(mpfr_srcptr v) { return ulp_of(v, 24, -149); }
static double ulp_f64_of(mpfr_srcptr v) { return ulp_of(v, 53, -1074); }

/* Error of the float f against the exact v, in ULP. */
static double err_ulp_f32(float f, mpfr_srcptr v, mpfr_ptr tmp)
{
    mpfr_sub_d(tmp, v, (double)f, MPFR_RNDN);
    return fabs(mpfr_get_d(tmp, MPFR_RNDN)) / ulp_f32_of(v);
}

/* The power of two p with p <= |v| < 2p, for normal v: v's double less
 * its significand, halved where rounding v to double carried into the
 * next binade (frexpl and ldexpl, microcoded on the x87, took a third of
 * the time on |x| in [1, 1.5)). */
static long double pow2_floor(long double v)
{
    double d = sigmoid_internal_from_bits_f64(sigmoid_internal_bits_f64((double)v) & 0x7ff0000000000000ull);
    return fabsl(v) < d ? (long double)d / 2 : (long double)d;
}

/* ULP of floats at |v| (2^-149 in the subnormal range), and the error of
 * the float f against the value v in ULP: as above, for long doubles. */
static long double ulp_f32_ld(long double v)
{
    return fabsl(v) < 0x1p-126L ? 0x1p-149L : pow2_floor(v) * 0x1p-23L;
}

static double err_ulp_ld(float f, long double v)
{
    return (double)(fabsl((long double)f - v) / ulp_f32_ld(v));
}

/* Correctly rounded float of v if the approximation v (error < 2^(EXP-err))
 * determines it; returns 0 when it does not. */
static int round_f32(mpfr_srcptr v, long err, float *out)
{
    if (!mpfr_can_round(v, err, MPFR_RNDN, MPFR_RNDZ, 25))
        return 0;
    *out = mpfr_get_flt(v, MPFR_RNDN);
    return 1;
}

/* sigma(sign*a) and sigma'(a) at precision prec into s_pos, s_neg, d. */
static void ref_sigma(double a, mpfr_prec_t prec, mpfr_ptr s_pos, mpfr_ptr s_neg,
                      mpfr_ptr d, mpfr_ptr t, mpfr_ptr one_plus_t)
{
    mpfr_set_prec(t, prec);
    mpfr_set_prec(one_plus_t, prec);
    mpfr_set_prec(s_pos, prec);
    mpfr_set_prec(s_neg, prec);
    mpfr_set_prec(d, prec);
    mpfr_set_d(t, -a, MPFR_RNDN);
    mpfr_exp(t, t, MPFR_RNDN);
    mpfr_add_ui(one_plus_t, t, 1, MPFR_RNDN);
    mpfr_ui_div(s_pos, 1, one_plus_t, MPFR_RNDN);
    mpfr_mul(s_neg, t, s_pos, MPFR_RNDN);
    mpfr_mul(d, s_neg, s_pos, MPFR_RNDN);
}

/* Thresholds on a = |x| (as float bit patterns), found by bisection. */
typedef struct thresholds {
    uint32_t sigma_pos_one;   /* a >= this: sigma(a) = 1 */
    uint32_t sigma_neg_zero;  /* a >= this: sigma(-a) = 0 */
    uint32_t sigma_pos_half;  /* a <= this: sigma(a) = 1/2 */
    uint32_t sigma_neg_half;  /* a <= this: sigma(-a) = 1/2 */
    uint32_t deriv_zero;      /* a >= this: sigma'(a) = 0 */
    uint32_t deriv_quarter;   /* a <= this: sigma'(a) = 1/4 */
    uint32_t silu_pos_x;      /* a >= this: silu(a) = a */
    uint32_t silu_neg_zero;   /* a >= this: silu(-a) = -0 */
    uint32_t dsilu_pos_one;   /* a >= this: silu'(a) = 1 */
    uint32_t dsilu_neg_zero;  /* a >= this: silu'(-a) = -0 */
    uint32_t softplus_pos_x;  /* a >= this: softplus(a) = a */
    uint32_t softplus_neg_zero; /* a >= this: softplus(-a) = +0 */
} thresholds;

/* The exact, correctly rounded values for a (retries at 256 bits):
 * sigma(+-a), sigma'(a) and silu(+-a) = +-a sigma(+-a). */
typedef struct ref3 {
    float s_pos, s_neg, d, silu_pos, silu_neg, dsilu_pos, dsilu_neg;
} ref3;

typedef struct mp_work {
    mpfr_t s_pos, s_neg, d, t, opt, tmp, u_pos, u_neg, v_pos, v_neg;
    mpfr_t sp_pos, sp_neg, sp_t; /* softplus(+-a) */
} mp_work;

static void mp_work_init(mp_work *w)
{
    mpfr_inits2(96, w->s_pos, w->s_neg, w->d, w->t, w->opt, w->tmp, w->u_pos, w->u_neg, w->v_pos, w->v_neg,
                w->sp_pos, w->sp_neg, w->sp_t, (mpfr_ptr)0);
}

static void mp_work_clear(mp_work *w)
{
    mpfr_clears(w->s_pos, w->s_neg, w->d, w->t, w->opt, w->tmp, w->u_pos, w->u_neg, w->v_pos, w->v_neg, w->sp_pos,
                w->sp_neg, w->sp_t, (mpfr_ptr)0);
}

/* v = s (1 + g) with g = sign a o (o = sigma(-sign a)), each at prec: the
 * bits the sum cancels (exponent of g less that of 1 + g) are lost from
 * its accuracy. Returns the bits of v that are right: prec less 6 (five
 * roundings, one spare) and the cancelled ones. */
static long silu_deriv_mp(mpfr_ptr v, mpfr_srcptr s, mpfr_srcptr o, double a, int sign, mpfr_ptr g, mpfr_prec_t prec)
{
    long lost;
    mpfr_set_prec(v, prec);
    mpfr_mul_d(g, o, sign * a, MPFR_RNDN);
    mpfr_add_ui(v, g, 1, MPFR_RNDN);
    lost = mpfr_get_exp(g) - mpfr_get_exp(v);
    mpfr_mul(v, v, s, MPFR_RNDN);
    return (long)prec - 6 - (lost > 0 ? lost : 0);
}

static ref3 ref_f32(double a, mp_work *w)
{
    ref3 r;
    mpfr_prec_t prec = 96;
    for (;;) {
        ref_sigma(a, prec, w->s_pos, w->s_neg, w->d, w->t, w->opt);
        mpfr_set_prec(w->u_pos, prec);
        mpfr_set_prec(w->u_neg, prec);
        mpfr_mul_d(w->u_pos, w->s_pos, a, MPFR_RNDN);
        mpfr_mul_d(w->u_neg, w->s_neg, -a, MPFR_RNDN);
        mpfr_set_prec(w->tmp, prec);
        /* each of exp, add, div, mul rounds once: error < 4 ulp(prec),
         * 5 for silu (one more product, by a exactly); silu' below */
        if (round_f32(w->s_pos, (long)prec - 3, &r.s_pos) &&
            round_f32(w->s_neg, (long)prec - 3, &r.s_neg) &&
            round_f32(w->d, (long)prec - 3, &r.d) &&
            (a == 0 || (round_f32(w->u_pos, (long)prec - 4, &r.silu_pos) &&
                        round_f32(w->u_neg, (long)prec - 4, &r.silu_neg) &&
                        round_f32(w->v_pos, silu_deriv_mp(w->v_pos, w->s_pos, w->s_neg, a, 1, w->tmp, prec), &r.dsilu_pos) &&
                        round_f32(w->v_neg, silu_deriv_mp(w->v_neg, w->s_neg, w->s_pos, a, -1, w->tmp, prec), &r.dsilu_neg))))
            return r;
        if (prec >= 1024) {
            fprintf(stderr, "verify: cannot round sigma at a = %a\n", a);
            exit(2);
        }
        prec *= 2;
    }
}

/* softplus(+-a) = log(1 + e^-a) (+ a), correctly rounded, into *pos and
 * *neg, with the values in w->sp_pos, w->sp_neg (log sigma(+-a) is
 * -softplus(-+a)). t = e^-a is w->t when have_t
 * (sigma's, at 96 bits or more), else computed. For a < 2^-8, at up to 96
 * bits, the series log 2 - a/2 + a^2/8 - a^4/192 + a^6/2880 - 17 a^8/645120
 * instead (the rest, 31 a^10/14515200 + ..., is below 2^-98 of the value;
 * the series costs a tenth of MPFR's log1p). Otherwise exp and log1p
 * round once each (log1p does not amplify t's relative error): with the
 * sum with a (no cancellation) and the series' roundings, the error is
 * below 16 ulp(prec) either way. */
static void ref_softplus(double a, mp_work *w, float *pos, float *neg, int have_t)
{
    mpfr_prec_t prec = 64;
    for (;;) {
        mpfr_set_prec(w->sp_t, prec);
        mpfr_set_prec(w->sp_pos, prec);
        mpfr_set_prec(w->sp_neg, prec);
        if (a < 0x1p-8 && prec <= 96) {
            static const long num[4] = {-17, 1, -1, 1}, den[4] = {645120, 2880, 192, 8}; /* a^8 .. a^2 */
            int k;
            mpfr_set_d(w->sp_t, a * a, MPFR_RNDN); /* exact: a float squared */
            mpfr_set_si(w->sp_neg, num[0], MPFR_RNDN);
            mpfr_div_ui(w->sp_neg, w->sp_neg, (unsigned long)den[0], MPFR_RNDN);
            for (k = 1; k < 4; k++) {
                mpfr_mul(w->sp_neg, w->sp_neg, w->sp_t, MPFR_RNDN);
                mpfr_set_si(w->sp_pos, num[k], MPFR_RNDN);
                mpfr_div_ui(w->sp_pos, w->sp_pos, (unsigned long)den[k], MPFR_RNDN);
                mpfr_add(w->sp_neg, w->sp_neg, w->sp_pos, MPFR_RNDN);
            }
            mpfr_mul(w->sp_neg, w->sp_neg, w->sp_t, MPFR_RNDN); /* a^2/8 - a^4/192 + ... */
            mpfr_sub_d(w->sp_neg, w->sp_neg, a / 2, MPFR_RNDN);
            mpfr_const_log2(w->sp_t, MPFR_RNDN);
            mpfr_add(w->sp_neg, w->sp_neg, w->sp_t, MPFR_RNDN);
        } else {
            if (have_t && mpfr_get_prec(w->t) >= prec) {
                mpfr_log1p(w->sp_neg, w->t, MPFR_RNDN);
            } else {
                mpfr_set_d(w->sp_t, -a, MPFR_RNDN);
                mpfr_exp(w->sp_t, w->sp_t, MPFR_RNDN);
                mpfr_log1p(w->sp_neg, w->sp_t, MPFR_RNDN);
            }
        }
        mpfr_add_d(w->sp_pos, w->sp_neg, a, MPFR_RNDN);
        if (round_f32(w->sp_pos, (long)prec - 4, pos) && round_f32(w->sp_neg, (long)prec - 4, neg))
            return;
        if (prec >= 1024) {
            fprintf(stderr, "verify: cannot round softplus at a = %a\n", a);
            exit(2);
        }
        prec *= 2;
    }
}

/* Every reference value of one a = |x| that check_chunk needs: the
 * correctly rounded floats and the values themselves (for errors in ULP),
 * as long doubles. */
typedef struct ref_all {
    ref3 r;                /* sigma(+-a), sigma'(a), silu(+-a), silu'(+-a) */
    float sp_pos, sp_neg;  /* softplus(+-a) */
    long double s_pos, s_neg, d, u_pos, u_neg, v_pos, v_neg, sp_vpos, sp_vneg;
    long double v_neg_gain; /* how much 1 - a sigma(a) amplifies errors */
} ref_all;

/* The filter's bound on the relative error of the long double values
 * (v_neg's times v_neg_gain); see ref_ld. */
#define LD_FILTER_REL 0x1p-50L
/* What the run checks the long double values against on its sample. */
#define LD_SAMPLE_REL 0x1p-56L

/* The float nearest every value within rel |v| of v; 0 when there are
 * two. Rounding is monotone, so the ends of the interval decide; their
 * own rounding (2^-64 |v|) is far inside rel. */
static int ld_round(long double v, long double rel, float *out)
{
    long double r = fabsl(v) * rel;
    float lo, hi;
    if (!isfinite(r)) /* a NaN or infinite bound decides nothing */
        return 0;
    lo = (float)(v - r), hi = (float)(v + r);
    if (f32_bits(lo) != f32_bits(hi))
        return 0;
    *out = lo;
    return 1;
}

/* ref_all from glibc's x87 expl and log1pl (64-bit significands). Most of
 * the cost of a proof by MPFR alone is MPFR's exp and log (AGM) at 96
 * bits; with these, |x| in [1, 1.5) took a fifth of the time. With E the relative error of expl and
 * of log1pl and u = 2^-64, the values below are within (a first-order
 * count of the roundings): t E; 1 + t E + u; s_pos E + 2u; s_neg 2E + 4u;
 * d 3E + 7u; silu +u; silu'(a) = s_pos (1 + a s_neg) 3E + 9u (a sum of
 * positive terms); silu'(-a) = s_neg (1 - a s_pos), where the difference
 * cancels: g = a s_pos is within E + 3u and 1 - g within that times
 * |g| / |1 - g| < 2^(lost + 1), the bits lost, so v_neg_gain = 1 +
 * 2^(lost + 1); softplus(-a) = log1pl(t) 2E (log1p's condition number
 * t/((1 + t) log1p(t)) is below 1), softplus(a) adds a, 2E + u.
 * glibc's tests hold expl and log1pl within 9 ulp (E <= 2^-60.8): every
 * value is within 2^-58 here, and the filter allows 2^-50, so a rounding
 * it decides is decided. The run also checks the assumption: on a sample
 * of one a in LD_SAMPLE, against MPFR, every value must be within
 * LD_SAMPLE_REL (ref_for). Returns 0 when some float is not decided
 * (826 of the 274 million a that need a value; MPFR decides them). */
static int ref_ld(double a, ref_all *v)
{
    long double al = a, t = expl(-al), s_pos = 1.0L / (1.0L + t), s_neg = t * s_pos, g = al * s_pos;
    long double one_minus_g = 1.0L - g, lost = pow2_floor(g) / pow2_floor(one_minus_g); /* 2^lost */
    v->s_pos = s_pos;
    v->s_neg = s_neg;
    v->d = s_neg * s_pos;
    v->u_pos = g;
    v->u_neg = -al * s_neg;
    v->v_pos = s_pos * (1.0L + al * s_neg);
    v->v_neg = s_neg * one_minus_g;
    v->v_neg_gain = 1.0L + 2 * (lost > 1 ? lost : 1);
    v->sp_vneg = log1pl(t);
    v->sp_vpos = v->sp_vneg + al;
    return ld_round(v->s_pos, LD_FILTER_REL, &v->r.s_pos) && ld_round(v->s_neg, LD_FILTER_REL, &v->r.s_neg) &&
           ld_round(v->d, LD_FILTER_REL, &v->r.d) && ld_round(v->u_pos, LD_FILTER_REL, &v->r.silu_pos) &&
           ld_round(v->u_neg, LD_FILTER_REL, &v->r.silu_neg) &&
           ld_round(v->v_pos, LD_FILTER_REL, &v->r.dsilu_pos) &&
           ld_round(v->v_neg, LD_FILTER_REL * v->v_neg_gain, &v->r.dsilu_neg) &&
           ld_round(v->sp_vpos, LD_FILTER_REL, &v->sp_pos) && ld_round(v->sp_vneg, LD_FILTER_REL, &v->sp_neg);
}

/* ref_all from MPFR alone (ref_f32, ref_softplus): the values to 2^-64. */
static void ref_mp(double a, mp_work *w, ref_all *v)
{
    v->r = ref_f32(a, w);
    ref_softplus(a, w, &v->sp_pos, &v->sp_neg, 1); /* w->t: e^-a */
    v->s_pos = mpfr_get_ld(w->s_pos, MPFR_RNDN);
    v->s_neg = mpfr_get_ld(w->s_neg, MPFR_RNDN);
    v->d = mpfr_get_ld(w->d, MPFR_RNDN);
    v->u_pos = mpfr_get_ld(w->u_pos, MPFR_RNDN);
    v->u_neg = mpfr_get_ld(w->u_neg, MPFR_RNDN);
    v->v_pos = mpfr_get_ld(w->v_pos, MPFR_RNDN);
    v->v_neg = mpfr_get_ld(w->v_neg, MPFR_RNDN);
    v->sp_vpos = mpfr_get_ld(w->sp_pos, MPFR_RNDN);
    v->sp_vneg = mpfr_get_ld(w->sp_neg, MPFR_RNDN);
    v->v_neg_gain = 1.0L;
}

/* The filter's record on one thread: inputs decided by the long doubles,
 * by MPFR, and the sample that checks the first against the second. */
typedef struct ld_record {
    unsigned long long by_ld, by_mpfr, sampled, sample_bad;
    long double max_rel; /* the largest relative error seen, over the sample */
    double worst;
} ld_record;

#define LD_SAMPLE 128 /* one a in this many is also checked against MPFR */

static void ld_note(ld_record *rec, double a, long double ld, long double mp, long double gain)
{
    long double rel = mp == 0 ? (ld == 0 ? 0 : 1) : fabsl(ld - mp) / fabsl(mp) / gain;
    if (rel > rec->max_rel) {
        rec->max_rel = rel;
        rec->worst = a;
    }
    rec->sample_bad += rel > LD_SAMPLE_REL;
}

/* ref_all for a: the long doubles where they decide every rounding, else
 * MPFR; one in LD_SAMPLE of the former is checked against MPFR. */
static void ref_for(double a, mp_work *w, ref_all *v, ld_record *rec)
{
    ref_all m;
    if (!ref_ld(a, v)) {
        ref_mp(a, w, v);
        rec->by_mpfr++;
        return;
    }
    if (rec->by_ld++ % LD_SAMPLE != 0)
        return;
    ref_mp(a, w, &m);
    rec->sampled++;
    rec->sample_bad += memcmp(&m.r, &v->r, sizeof m.r) != 0 || differ(m.sp_pos, v->sp_pos) ||
                       differ(m.sp_neg, v->sp_neg);
    ld_note(rec, a, v->s_pos, m.s_pos, 1);
    ld_note(rec, a, v->s_neg, m.s_neg, 1);
    ld_note(rec, a, v->d, m.d, 1);
    ld_note(rec, a, v->u_pos, m.u_pos, 1);
    ld_note(rec, a, v->u_neg, m.u_neg, 1);
    ld_note(rec, a, v->v_pos, m.v_pos, 1);
    ld_note(rec, a, v->v_neg, m.v_neg, v->v_neg_gain);
    ld_note(rec, a, v->sp_vpos, m.sp_vpos, 1);
    ld_note(rec, a, v->sp_vneg, m.sp_vneg, 1);
}

static int p_softplus_x(uint32_t u, mp_work *w)
{
    float pos, neg;
    ref_softplus(f32_from_bits(u), w, &pos, &neg, 0);
    return pos == f32_from_bits(u);
}

static int p_softplus_zero(uint32_t u, mp_work *w)
{
    float pos, neg;
    ref_softplus(f32_from_bits(u), w, &pos, &neg, 0);
    return neg == 0.0f;
}

/* Smallest a (bits) in [lo, hi] with pred(a) true; pred monotone false->true. */
static uint32_t bisect(uint32_t lo, uint32_t hi, int (*pred)(uint32_t, mp_work *), mp_work *w)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (pred(mid, w))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static int p_pos_one(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).s_pos == 1.0f; }
static int p_neg_zero(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).s_neg == 0.0f; }
static int p_pos_not_half(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).s_pos != 0.5f; }
static int p_neg_not_half(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).s_neg != 0.5f; }
static int p_deriv_zero(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).d == 0.0f; }
static int p_deriv_not_quarter(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).d != 0.25f; }
static int p_silu_x(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).silu_pos == f32_from_bits(u); }
static int p_silu_zero(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).silu_neg == 0.0f; }
static int p_dsilu_one(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).dsilu_pos == 1.0f; }
static int p_dsilu_zero(uint32_t u, mp_work *w) { return ref_f32(f32_from_bits(u), w).dsilu_neg == 0.0f; }

static thresholds find_thresholds(void)
{
    thresholds th;
    mp_work w;
    const uint32_t big = 0x43800000u; /* 256.0f */
    mp_work_init(&w);
    th.sigma_pos_one = bisect(0, big, p_pos_one, &w);
    th.sigma_neg_zero = bisect(0, big, p_neg_zero, &w);
    th.sigma_pos_half = bisect(0, big, p_pos_not_half, &w) - 1;
    th.sigma_neg_half = bisect(0, big, p_neg_not_half, &w) - 1;
    th.deriv_zero = bisect(0, big, p_deriv_zero, &w);
    th.deriv_quarter = bisect(0, big, p_deriv_not_quarter, &w) - 1;
    /* a sigma(-a) falls, from a = 1 on, faster than ulp(a) grows: both
       predicates are monotone above 1 */
    th.silu_pos_x = bisect(0x3f800000u, big, p_silu_x, &w);
    th.silu_neg_zero = bisect(0x3f800000u, big, p_silu_zero, &w);
    /* (a - 1) e^-a and a e^-a fall from a = 2 on */
    th.dsilu_pos_one = bisect(0x40000000u, big, p_dsilu_one, &w);
    th.dsilu_neg_zero = bisect(0x40000000u, big, p_dsilu_zero, &w);
    /* log(1 + e^-a) falls faster than ulp(a) grows from a = 1 on */
    th.softplus_pos_x = bisect(0x3f800000u, big, p_softplus_x, &w);
    th.softplus_neg_zero = bisect(0x3f800000u, big, p_softplus_zero, &w);
    mp_work_clear(&w);
    return th;
}

/* ------------------------------------------------------------------------ */

typedef struct job {
    thresholds th;
    uint32_t next_chunk; /* shared, under lock */
    pthread_mutex_t lock;
} job;

/* Per row of the function table and path: an exact row's mismatches
 * against its element function; a fast row's error and monotonicity. */
typedef struct path_stats {
    unsigned long long mismatch, fast_decreasing;
    stats fast;
} path_stats;

typedef struct worker {
    job *j;
    stats s[NF32];
    path_stats p[MAX_ROWS][SIGMOID_INTERNAL_PATH_COUNT];
    ld_record ld;
} worker;

static const fn_row *rows;
static size_t row_count;

/* The element functions' statistics that stand for each reference. */
static int ref_stats(enum fn_ref ref)
{
    return ref == FN_REF_sigma ? F_SIGMA : ref == FN_REF_deriv ? F_DERIV : ref == FN_REF_silu ? F_SILU
         : ref == FN_REF_silu_deriv ? F_SILU_DERIV : ref == FN_REF_softplus ? F_SOFTPLUS
         : ref == FN_REF_log ? F_LOG : F_FROM_OUTPUT;
}

/* The float rows of one input that this proof covers: the exact ones of
 * the five references, and the fast ones of sigma. */
static int covered_row(const fn_row *f)
{
    return f->size == 4 && !f->binary && !fn_has_domain(f) /* logit: check_logit */ &&
           (f->fast ? f->ref == FN_REF_sigma : f->ref != FN_REF_backward);
}

/* Error bound of a fast-tier result y where the exact value is only known
 * to round to r (saturated regions): |y - r| in units of ulp, plus 1/2. */
static double sat_err(float y, float r, double ulp)
{
    return fabs((double)y - (double)r) / ulp + 0.5;
}

/* silu(+-a) for a = f32_from_bits(u) < 2^-26: +-a/2 + a^2/4 to within
 * a^4/2^5, and a^2/4 is below 2^-27 a/2, under half an ulp of a/2. So the
 * result is +-a/2 where a/2 is a float; where it is not (a/2 the midpoint
 * of two subnormals), the positive a^2/4 breaks the tie: away from zero
 * for +a, towards it for -a. Below 2^-125, a = u 2^-149 (the exponent
 * field 1 included). */
#define SILU_SMALL 0x32800000u /* 2^-26 */
static float silu_small(uint32_t u, int neg)
{
    uint32_t half = u >= 0x01000000u ? u - 0x00800000u : (u >> 1) + ((u & 1u) & (uint32_t)!neg);
    return neg ? -f32_from_bits(half) : f32_from_bits(half);
}

/* Exact y(1-y) rounded to nearest float, for float y in (0, 1), in integer
 * arithmetic: y = m 2^-s (s >= 24), so
 *   y(1-y) = (m 2^s - m^2) 2^-2s.
 * For s <= 54 the numerator A < 2^78 is exact in 128 bits and is rounded to
 * 24 significant bits, ties to even (the result, >= y/2 >= 2^-55, is a
 * normal float whose ulp is 2^(L-24-2s), L the bit length of A). For s > 54,
 * y^2 < 2^-30 y is under a quarter of the gap below y (>= 2^-25 y), so
 * y(1-y) rounds to y. *err gets the error of f in ULP (to ~2^-40). */
static float ref_from_output(float y, float f, double *err)
{
    uint32_t u = f32_bits(y), m = u & 0x7fffffu, be = u >> 23;
    int s = be == 0 ? 149 : 150 - (int)be, L, shift;
    unsigned __int128 A, q, rem, half;
    if (be != 0)
        m |= 0x800000u;
    if (s > 54) {
        *err = f == y ? 0.0 : fabs((double)f - (double)y) / ((double)y * 0x1p-24);
        return y;
    }
    A = ((unsigned __int128)m << s) - (unsigned __int128)m * m;
    for (L = 0; (A >> L) != 0; L++)
        ;
    shift = L - 24;
    q = A >> shift;
    rem = A - (q << shift);
    half = (unsigned __int128)1 << (shift - 1);
    if (rem > half || (rem == half && (q & 1)))
        q++;
    /* f and A 2^-2s in units of the result's ulp, 2^(shift - 2s) */
    *err = (double)fabsl(ldexpl((long double)f, 2 * s - shift) - ldexpl((long double)A, -shift));
    return (float)ldexp((double)(uint64_t)q, shift - 2 * s);
}

/* Monotonicity of the fast tier within a chunk: along increasing bit
 * patterns u, x = +u increases and x = -u decreases, so sigma must not
 * decrease on the first and not increase on the second; the step into the
 * chunk is checked from u = first - 1, and at u = 0 sigma(-0) <= sigma(+0).
 * NaN patterns are skipped. */
static void fast_monotone_chunk(const fn_row *f, int path, uint32_t first, const float *fp, const float *fn,
                                uint32_t n, path_stats *ps)
{
    float prev_p, prev_n;
    uint32_t i, end = n;
    if (first > 0x7f800000u)
        return;
    if (first + n - 1 > 0x7f800000u)
        end = 0x7f800000u - first + 1;
    if (first == 0) {
        ps->fast_decreasing += fn[0] > fp[0];
    } else {
        float xb[2], yb[2];
        xb[0] = f32_from_bits(first - 1);
        xb[1] = -xb[0];
        f->unary_f32(path, xb, yb, 2);
        ps->fast_decreasing += (fp[0] < yb[0]) + (fn[0] > yb[1]);
    }
    prev_p = fp[0], prev_n = fn[0];
    for (i = 1; i < end; i++) {
        ps->fast_decreasing += (fp[i] < prev_p) + (fn[i] > prev_n);
        prev_p = fp[i], prev_n = fn[i];
    }
}

static __thread uint32_t trap_chunk;

static void on_trap(int sig)
{
    char msg[128];
    int len = snprintf(msg, sizeof msg,
                       "verify: FAIL floating-point trap in the chunk of +-x from bits 0x%08x\n",
                       (unsigned)trap_chunk);
    ssize_t ignored = write(2, msg, (size_t)len);
    (void)ignored;
    (void)sig;
    _exit(1);
}

#define MAX_FAST 2

/* A fast row's results at x and -x on one path, with their errors in ULP:
 * wrong when beyond the row's bound or outside [0, 1]. */
static void note_fast(path_stats *p, double bound, float x, float yp, float yn, double ep, double en)
{
    stats_add(&p->fast, ep, x, ep > bound || !(yp >= 0 && yp <= 1));
    stats_add(&p->fast, en, -x, en > bound || !(yn >= 0 && yn <= 1));
}

/* A function's results at +x and -x (yp, yn) and the naive formula's,
 * against the correctly rounded wp and wn: known ones (kp, kn) score 0 or
 * at least 1 ULP, the others their error against the values vp and vn (the
 * naive formula's only where the result is normal). */
static void check_pair(stats *s, stats *naive_s, float (*naive)(float), float x, float yp, float yn, int kp, int kn,
                       float wp, float wn, long double vp, long double vn)
{
    float np = naive(x), nn = naive(-x);
    stats_add(s, kp ? (differ(yp, wp) ? 1.0 : 0.0) : err_ulp_ld(yp, vp), x, differ(yp, wp));
    stats_add(s, kn ? (differ(yn, wn) ? 1.0 : 0.0) : err_ulp_ld(yn, vn), -x, differ(yn, wn));
    stats_add(naive_s, kp || fabs(wp) < 0x1p-126 ? 0 : err_ulp_ld(np, vp), x, differ(np, wp));
    stats_add(naive_s, kn || fabs(wn) < 0x1p-126 ? 0 : err_ulp_ld(nn, vn), -x, differ(nn, wn));
}

static void check_chunk(uint32_t first, const thresholds *th, mp_work *w, stats *s,
                        path_stats (*ps)[SIGMOID_INTERNAL_PATH_COUNT], ld_record *rec)
{
    float xp[CHUNK], xn[CHUNK], sp[CHUNK], sn[CHUNK], dp[CHUNK], dn[CHUNK], fo[CHUNK], up[CHUNK], un[CHUNK];
    float vp[CHUNK], vn[CHUNK];
    /* softplus and log sigma, on the heap: the thread's stack also holds
       its thread-local arrays below, and 8 MB is full */
    static __thread float *family;
    float *pp, *pn, *lp, *ln;
    /* the fast rows' results on every path: 4 MB, off the thread's stack */
    static __thread float fp[MAX_FAST][SIGMOID_INTERNAL_PATH_COUNT][CHUNK],
        fn[MAX_FAST][SIGMOID_INTERNAL_PATH_COUNT][CHUNK], tmp[CHUNK];
    size_t fast_row[MAX_FAST], nfast = 0, r, q;
    uint32_t i, n = CHUNK;
    int path;
    int traps = first + n <= 0x7f800000u; /* finite inputs only */
    if (!family && !(family = (float *)malloc(4 * CHUNK * sizeof *family))) {
        fprintf(stderr, "verify: out of memory\n");
        exit(2);
    }
    pp = family, pn = family + CHUNK, lp = family + 2 * CHUNK, ln = family + 3 * CHUNK;
    for (i = 0; i < n; i++) {
        xp[i] = f32_from_bits(first + i);
        xn[i] = -xp[i];
    }
    trap_chunk = first;
    if (traps)
        feenableexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
    /* the element functions of the three references */
    for (i = 0; i < n; i++) {
        sp[i] = sigmoid_f32(xp[i]);
        sn[i] = sigmoid_f32(xn[i]);
        dp[i] = sigmoid_deriv_f32(xp[i]);
        dn[i] = sigmoid_deriv_f32(xn[i]);
        fo[i] = sigmoid_deriv_from_output_f32(xp[i]);
        up[i] = sigmoid_silu_f32(xp[i]);
        un[i] = sigmoid_silu_f32(xn[i]);
        vp[i] = sigmoid_silu_deriv_f32(xp[i]);
        vn[i] = sigmoid_silu_deriv_f32(xn[i]);
        pp[i] = sigmoid_softplus_f32(xp[i]);
        pn[i] = sigmoid_softplus_f32(xn[i]);
        lp[i] = sigmoid_log_f32(xp[i]);
        ln[i] = sigmoid_log_f32(xn[i]);
    }
    /* every covered row on every path it runs on */
    for (r = 0; r < row_count; r++) {
        const fn_row *f = &rows[r];
        if (!covered_row(f))
            continue;
        if (f->fast && nfast < MAX_FAST)
            fast_row[nfast++] = r;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            int sign;
            if (!fn_runs_on(f, path))
                continue;
            if (f->fast) {
                float *outp = fp[nfast - 1][path], *outn = fn[nfast - 1][path];
                f->unary_f32(path, xp, outp, n);
                f->unary_f32(path, xn, outn, n);
                fast_monotone_chunk(f, path, first, outp, outn, n, &ps[r][path]);
                continue;
            }
            for (sign = 0; sign < 2; sign++) {
                const float *want = f->ref == FN_REF_sigma ? (sign ? sn : sp)
                                  : f->ref == FN_REF_deriv ? (sign ? dn : dp)
                                  : f->ref == FN_REF_silu ? (sign ? un : up)
                                  : f->ref == FN_REF_silu_deriv ? (sign ? vn : vp)
                                  : f->ref == FN_REF_softplus ? (sign ? pn : pp)
                                  : f->ref == FN_REF_log ? (sign ? ln : lp) : fo;
                if (f->ref == FN_REF_from_output && sign)
                    break; /* y(1-y) of a negative y: the element loop below */
                f->unary_f32(path, sign ? xn : xp, tmp, n);
                for (i = 0; i < n; i++)
                    ps[r][path].mismatch += differ(tmp[i], want[i]);
            }
        }
    }
    if (traps) /* MPFR below is not ours to hold to this */
        fedisableexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
    for (i = 0; i < n; i++) {
        uint32_t u = first + i;
        float x = xp[i];
        int nan_in = u > 0x7f800000u;
        ref3 r;
        ref_all ra;
        int need_sigma, silu_kp, silu_kn, dsilu_kp, dsilu_kn, sp_kp, sp_kn;
        if (nan_in) {
            stats_add(&s[F_SIGMA], 0, x, !(sp[i] != sp[i] && sn[i] != sn[i]));
            stats_add(&s[F_SIGMA], 0, -x, 0);
            stats_add(&s[F_DERIV], 0, x, !(dp[i] != dp[i] && dn[i] != dn[i]));
            stats_add(&s[F_DERIV], 0, -x, 0);
            stats_add(&s[F_FROM_OUTPUT], 0, x, !(fo[i] != fo[i]));
            stats_add(&s[F_FROM_OUTPUT], 0, -x, !(sigmoid_deriv_from_output_f32(-x) != sigmoid_deriv_from_output_f32(-x)));
            stats_add(&s[F_SILU], 0, x, !(up[i] != up[i] && un[i] != un[i]));
            stats_add(&s[F_SILU], 0, -x, 0);
            stats_add(&s[F_SILU_DERIV], 0, x, !(vp[i] != vp[i] && vn[i] != vn[i]));
            stats_add(&s[F_SILU_DERIV], 0, -x, 0);
            s[F_NAIVE].checked += 2;
            s[F_NAIVE_SILU].checked += 2;
            s[F_NAIVE_SILU_DERIV].checked += 2;
            stats_add(&s[F_SOFTPLUS], 0, x, !(pp[i] != pp[i] && pn[i] != pn[i]));
            stats_add(&s[F_SOFTPLUS], 0, -x, 0);
            stats_add(&s[F_LOG], 0, x, !(lp[i] != lp[i] && ln[i] != ln[i]));
            stats_add(&s[F_LOG], 0, -x, 0);
            s[F_NAIVE_SOFTPLUS].checked += 2;
            s[F_NAIVE_LOG].checked += 2;
            for (q = 0; q < nfast; q++)
                for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
                    if (fn_runs_on(&rows[fast_row[q]], path)) {
                        path_stats *p = &ps[fast_row[q]][path];
                        stats_add(&p->fast, 0, x, !(fp[q][path][i] != fp[q][path][i]));
                        stats_add(&p->fast, 0, -x, !(fn[q][path][i] != fn[q][path][i]));
                    }
            continue;
        }
        /* Saturated regions: the expected value is known (see the top). */
        r.s_pos = r.s_neg = r.d = -1.0f;
        if (u >= th->sigma_pos_one) r.s_pos = 1.0f;
        if (u <= th->sigma_pos_half) r.s_pos = 0.5f;
        if (u >= th->sigma_neg_zero) r.s_neg = 0.0f;
        if (u <= th->sigma_neg_half) r.s_neg = 0.5f;
        if (u >= th->deriv_zero) r.d = 0.0f;
        if (u <= th->deriv_quarter) r.d = 0.25f;
        need_sigma = r.s_pos < 0 || r.s_neg < 0 || r.d < 0;
        silu_kp = u < SILU_SMALL || u >= th->silu_pos_x, silu_kn = u < SILU_SMALL || u >= th->silu_neg_zero;
        dsilu_kp = u < SILU_SMALL || u >= th->dsilu_pos_one, dsilu_kn = u < SILU_SMALL || u >= th->dsilu_neg_zero;
        sp_kp = u < SILU_SMALL || u >= th->softplus_pos_x, sp_kn = u < SILU_SMALL || u >= th->softplus_neg_zero;
        if (need_sigma || !(silu_kp && silu_kn && dsilu_kp && dsilu_kn && sp_kp && sp_kn))
            ref_for((double)x, w, &ra, rec);
        else
            memset(&ra, 0, sizeof ra); /* every value below is known */
        if (need_sigma) {
            r = ra.r;
            /* errors in ULP against the values (to 2^-50) */
            stats_add(&s[F_SIGMA], err_ulp_ld(sp[i], ra.s_pos), x, differ(sp[i], r.s_pos));
            stats_add(&s[F_SIGMA], err_ulp_ld(sn[i], ra.s_neg), -x, differ(sn[i], r.s_neg));
            stats_add(&s[F_DERIV], err_ulp_ld(dp[i], ra.d), x, differ(dp[i], r.d));
            stats_add(&s[F_DERIV], err_ulp_ld(dn[i], ra.d), -x, differ(dn[i], r.d));
            {
                float np = naive_f32(x), nn = naive_f32(-x);
                stats_add(&s[F_NAIVE], ra.s_pos >= 0x1p-126L ? err_ulp_ld(np, ra.s_pos) : 0, x, differ(np, r.s_pos));
                stats_add(&s[F_NAIVE], ra.s_neg >= 0x1p-126L ? err_ulp_ld(nn, ra.s_neg) : 0, -x, differ(nn, r.s_neg));
            }
            /* the fast tier in double: the reference's 2^-50 error is
             * 2^-26 ULP, far below the resolution a 2.5 ULP bound needs */
            double ref_p = (double)ra.s_pos, ulp_p = (double)ulp_f32_ld(ra.s_pos);
            double ref_n = (double)ra.s_neg, ulp_n = (double)ulp_f32_ld(ra.s_neg);
            for (q = 0; q < nfast; q++)
                for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
                    if (fn_runs_on(&rows[fast_row[q]], path)) {
                        float yp = fp[q][path][i], yn = fn[q][path][i];
                        note_fast(&ps[fast_row[q]][path], rows[fast_row[q]].ulp, x, yp, yn,
                                  fabs((double)yp - ref_p) / ulp_p, fabs((double)yn - ref_n) / ulp_n);
                    }
            if (u < 0x42f00000u) {
                s[F_SIGMA].slow_path += took_slow_path(x, SIGMOID_INTERNAL_SIGMA) + took_slow_path(-x, SIGMOID_INTERNAL_SIGMA);
                s[F_DERIV].slow_path += took_slow_path(x, SIGMOID_INTERNAL_DERIV) + took_slow_path(-x, SIGMOID_INTERNAL_DERIV);
            }
        } else {
            /* a correct saturated result is within 0.5 ULP; a wrong one is
             * reported as 1 ULP or more (it is at least that far). */
            stats_add(&s[F_SIGMA], differ(sp[i], r.s_pos) ? 1.0 : 0.0, x, differ(sp[i], r.s_pos));
            stats_add(&s[F_SIGMA], differ(sn[i], r.s_neg) ? 1.0 : 0.0, -x, differ(sn[i], r.s_neg));
            stats_add(&s[F_DERIV], differ(dp[i], r.d) ? 1.0 : 0.0, x, differ(dp[i], r.d));
            stats_add(&s[F_DERIV], differ(dn[i], r.d) ? 1.0 : 0.0, -x, differ(dn[i], r.d));
            s[F_NAIVE].checked += 2;
            s[F_NAIVE].misrounded += differ(naive_f32(x), r.s_pos) + differ(naive_f32(-x), r.s_neg);
            /* the grid spacing just inside each saturated value; where
             * sigma rounds to 1/2, the exact value is 1/2 + x/4 to within
             * |x|^3/48 < 2^-77, and 1/2 +- x/4 is exact in double */
            for (q = 0; q < nfast; q++)
                for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
                    if (fn_runs_on(&rows[fast_row[q]], path)) {
                        float yp = fp[q][path][i], yn = fn[q][path][i];
                        double ep = r.s_pos == 0.5f ? fabs((double)yp - (0.5 + (double)x / 4)) / 0x1p-24
                                                    : sat_err(yp, r.s_pos, 0x1p-24);
                        double en = r.s_neg == 0.5f ? fabs((double)yn - (0.5 - (double)x / 4)) / 0x1p-25
                                                    : sat_err(yn, r.s_neg, r.s_neg == 0.0f ? 0x1p-149 : 0x1p-25);
                        note_fast(&ps[fast_row[q]][path], rows[fast_row[q]].ulp, x, yp, yn, ep, en);
                    }
        }
        /* silu and silu': known in closed form for small a (below 2^-26:
         * silu_small; silu' is 1/2 +- a/2 - a^3/24, with a/2 under half an
         * ulp on either side of 1/2) and saturated for large a; ra
         * between */
        {
            int kp = silu_kp, kn = silu_kn, dkp = dsilu_kp, dkn = dsilu_kn;
            ref3 e;
            e.silu_pos = u < SILU_SMALL ? silu_small(u, 0) : x;
            e.silu_neg = u < SILU_SMALL ? silu_small(u, 1) : -0.0f;
            e.dsilu_pos = u < SILU_SMALL ? 0.5f : 1.0f;
            e.dsilu_neg = u < SILU_SMALL ? 0.5f : -0.0f;
            if (!(kp && kn && dkp && dkn)) {
                const ref3 m = ra.r;
                e.silu_pos = kp ? e.silu_pos : m.silu_pos;
                e.silu_neg = kn ? e.silu_neg : m.silu_neg;
                e.dsilu_pos = dkp ? e.dsilu_pos : m.dsilu_pos;
                e.dsilu_neg = dkn ? e.dsilu_neg : m.dsilu_neg;
                if (u < 0x42f00000u) {
                    s[F_SILU].slow_path += took_slow_path(x, SIGMOID_INTERNAL_SILU) + took_slow_path(-x, SIGMOID_INTERNAL_SILU);
                    s[F_SILU_DERIV].slow_path += took_slow_path(x, SIGMOID_INTERNAL_SILU_DERIV) +
                                                 took_slow_path(-x, SIGMOID_INTERNAL_SILU_DERIV);
                }
            }
            check_pair(&s[F_SILU], &s[F_NAIVE_SILU], naive_silu_f32, x, up[i], un[i], kp, kn, e.silu_pos, e.silu_neg,
                       ra.u_pos, ra.u_neg);
            check_pair(&s[F_SILU_DERIV], &s[F_NAIVE_SILU_DERIV], naive_silu_deriv_f32, x, vp[i], vn[i], dkp, dkn,
                       e.dsilu_pos, e.dsilu_neg, ra.v_pos, ra.v_neg);
        }
        /* softplus and log sigma = -softplus(-x): for a < 2^-26,
         * softplus(+-a) = log 2 +- a/2 + a^2/8 - ..., and log 2 lies 2^-30
         * below its float, 2^-25 from a rounding boundary: it rounds to
         * that float. Saturated for large a (x, or +0); ra between. */
        {
            int kp = sp_kp, kn = sp_kn;
            float ep = u < SILU_SMALL ? 0x1.62e43p-1f : x, en = u < SILU_SMALL ? 0x1.62e43p-1f : 0.0f;
            if (!(kp && kn)) {
                ep = kp ? ep : ra.sp_pos;
                en = kn ? en : ra.sp_neg;
                if (u < 0x42f00000u)
                    s[F_SOFTPLUS].slow_path += took_slow_path_softplus(x) + took_slow_path_softplus(-x);
            }
            check_pair(&s[F_SOFTPLUS], &s[F_NAIVE_SOFTPLUS], naive_softplus_f32, x, pp[i], pn[i], kp, kn, ep, en,
                       ra.sp_vpos, ra.sp_vneg);
            check_pair(&s[F_LOG], &s[F_NAIVE_LOG], naive_log_f32, x, lp[i], ln[i], kn, kp, -en, -ep,
                       -ra.sp_vneg, -ra.sp_vpos);
        }
        /* y(1-y): exact for y in (0,1); +0 for every other y by contract. */
        if (u != 0 && x < 1.0f) {
            double err;
            float e = ref_from_output(x, fo[i], &err);
            stats_add(&s[F_FROM_OUTPUT], err, x, differ(fo[i], e));
        } else {
            stats_add(&s[F_FROM_OUTPUT], 0, x, differ(fo[i], 0.0f));
        }
        stats_add(&s[F_FROM_OUTPUT], 0, -x, differ(sigmoid_deriv_from_output_f32(-x), 0.0f));
    }
}

static void *worker_main(void *arg)
{
    worker *wk = (worker *)arg;
    mp_work w;
    mp_work_init(&w);
    for (;;) {
        uint32_t c;
        pthread_mutex_lock(&wk->j->lock);
        c = wk->j->next_chunk++;
        pthread_mutex_unlock(&wk->j->lock);
        if ((uint64_t)c * CHUNK >= 0x80000000ull)
            break;
        if (c % 2048 == 0)
            fprintf(stderr, "verify: float inputs %u%% done\n", (unsigned)((uint64_t)c * CHUNK * 100 / 0x80000000ull));
        check_chunk(c * CHUNK, &wk->j->th, &w, wk->s, wk->p, &wk->ld);
    }
    mp_work_clear(&w);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int failures;

static void print_row(const char *fn, const char *path, unsigned long long n,
                      unsigned long long bad, double max_ulp, double worst, double secs,
                      double bound)
{
    int ok = max_ulp <= bound && (bound > 0.5 || bad == 0);
    printf("%-32s %-8s %12llu %10llu %9.6f %-24a %7.1f  %s\n", fn, path, n, bad, max_ulp,
           worst, secs, ok ? "ok" : "FAIL");
    if (!ok)
        failures++;
}

/* ------------------------------------------------------------------------ */
/* double: random and edge inputs                                           */

static __thread uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rng(void)
{
    /* splitmix64 */
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static double uniform01(void) { return (double)(rng() >> 11) * 0x1p-53; }

/* Inputs: a mix of uniform on [-40, 40], uniform on [-750, 750], and
 * log-uniform magnitudes 2^-60 .. 2^10 of either sign. */
static double random_input(void)
{
    switch (rng() % 3) {
    case 0: return -40.0 + 80.0 * uniform01();
    case 1: return -750.0 + 1500.0 * uniform01();
    default: {
        double m = ldexp(1.0 + uniform01(), (int)(rng() % 71) - 61);
        return (rng() & 1) ? -m : m;
    }
    }
}

/* Within 1/4 of silu's zero x0, at every scale down to its neighbours. */
static double near_silu_zero(void)
{
    return SIGMOID_INTERNAL_SILU_X0_0 + ldexp(2.0 * uniform01() - 1.0, -2 - (int)(rng() % 56));
}

static double err_ulp_f64(double f, mpfr_srcptr v, mpfr_ptr tmp)
{
    mpfr_sub_d(tmp, v, f, MPFR_RNDN);
    return fabs(mpfr_get_d(tmp, MPFR_RNDN)) / ulp_f64_of(v);
}

typedef struct stats64 {
    unsigned long long checked, mismatched_array;
    double max_ulp, worst;
} stats64;

static void s64_add(stats64 *s, double ulp, double x)
{
    s->checked++;
    if (ulp > s->max_ulp || ulp != ulp) {
        s->max_ulp = ulp != ulp ? 1e300 : ulp;
        s->worst = x;
    }
}

/* The double fast tier, sigmoid_fast_f64 and every fast double row on
 * every path, against its bound (the paths may differ from each other). */
static __thread stats64 fast64[SIGMOID_INTERNAL_PATH_COUNT + 1]; /* the last: sigmoid_fast_f64 */

/* The exact double functions of one input, each with its element
 * function, reference and bound. */
enum { D_SIGMA, D_DERIV, D_SILU, D_SILU_DERIV, D_SOFTPLUS, D_LOG, ND64 };
static const struct {
    const char *name;
    double (*f)(double);
    enum fn_ref ref;
    double ulp;
} f64_fn[ND64] = {
    {"sigmoid_f64", sigmoid_f64, FN_REF_sigma, SIGMOID_INTERNAL_SIGMA_F64_ULP},
    {"sigmoid_deriv_f64", sigmoid_deriv_f64, FN_REF_deriv, SIGMOID_INTERNAL_SIGMA_F64_ULP},
    {"sigmoid_silu_f64", sigmoid_silu_f64, FN_REF_silu, SIGMOID_INTERNAL_SILU_F64_ULP},
    {"sigmoid_silu_deriv_f64", sigmoid_silu_deriv_f64, FN_REF_silu_deriv, SIGMOID_INTERNAL_SILU_DERIV_F64_ULP},
    {"sigmoid_softplus_f64", sigmoid_softplus_f64, FN_REF_softplus, SIGMOID_INTERNAL_SOFTPLUS_F64_ULP},
    {"sigmoid_log_f64", sigmoid_log_f64, FN_REF_log, SIGMOID_INTERNAL_SOFTPLUS_F64_ULP},
};

static void check_f64_input(double x, mpfr_ptr t, mpfr_ptr opt, mpfr_ptr s, mpfr_ptr d, mpfr_ptr tmp, stats64 *st);

/* The vector kernels work on blocks (an array of one element takes the
 * scalar tail), so the double array rows run on batches: each input joins
 * its thread's batch, and a full batch goes through every exact unary
 * double row on every path, bit for bit against the element functions'
 * results, and through every fast double row against sigma kept as a pair
 * of doubles (within 2^-106 of it: nothing beside a 2.5-ULP bound). */
enum { BATCH64 = 64 };
static __thread double b64_x[BATCH64], b64_want[ND64][BATCH64], b64_hi[BATCH64], b64_lo[BATCH64], b64_ulp[BATCH64];
static __thread int b64_n;

static void flush_f64_batch(stats64 *st)
{
    double out[BATCH64];
    size_t r;
    int path, i, k = 0;
    for (r = 0; r < row_count; r++) {
        const fn_row *f = &rows[r];
        if (f->size != 8 || f->binary)
            continue;
        if (!f->fast) {
            for (k = 0; k < ND64 && f64_fn[k].ref != f->ref; k++)
                ;
            if (k == ND64)
                continue;
        }
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(f, path))
                continue;
            f->unary_f64(path, b64_x, out, (size_t)b64_n);
            for (i = 0; i < b64_n; i++)
                if (!f->fast)
                    st[k].mismatched_array += memcmp(&out[i], &b64_want[k][i], sizeof out[i]) != 0;
                else if (b64_ulp[i] > 0) /* not a NaN */
                    s64_add(&fast64[path],
                            !(out[i] >= 0 && out[i] <= 1) ? 1e300 : fabs((out[i] - b64_hi[i]) - b64_lo[i]) / b64_ulp[i],
                            b64_x[i]);
        }
    }
    b64_n = 0;
}

/* sigmoid_fast_f64 against s = sigma(x); the arrays get s as a pair in the
 * batch (the current input is its last). */
static void check_fast_f64(double x, mpfr_srcptr s, mpfr_ptr tmp)
{
    s64_add(&fast64[SIGMOID_INTERNAL_PATH_COUNT], err_ulp_f64(sigmoid_fast_f64(x), s, tmp), x);
    b64_hi[b64_n - 1] = mpfr_get_d(s, MPFR_RNDN);
    mpfr_sub_d(tmp, s, b64_hi[b64_n - 1], MPFR_RNDN);
    b64_lo[b64_n - 1] = mpfr_get_d(tmp, MPFR_RNDN);
    b64_ulp[b64_n - 1] = ulp_f64_of(s);
}

static void s64_merge(stats64 *into, const stats64 *from)
{
    into->checked += from->checked;
    into->mismatched_array += from->mismatched_array;
    if (from->max_ulp > into->max_ulp) {
        into->max_ulp = from->max_ulp;
        into->worst = from->worst;
    }
}

/* The |k|th double from v towards down (k < 0) or up (k > 0). */
static double neighbour(double v, int k, double down, double up)
{
    int q;
    for (q = 0; q < (k < 0 ? -k : k); q++)
        v = nextafter(v, k < 0 ? down : up);
    return v;
}

/* Which inputs the functions with a costlier reference take (see
 * check_f64_input): a count per thread, or all of them (the edges). */
static __thread unsigned long f64_inputs;
static __thread int f64_every_input;

/* One thread's share of the random double inputs, with its own generator,
 * MPFR variables and statistics (the fast tier's too). */
typedef struct f64_job {
    uint64_t seed;
    long n;
    int near_zero; /* inputs within 1/4 of silu's zero instead */
    stats64 st[ND64], fast[SIGMOID_INTERNAL_PATH_COUNT + 1];
} f64_job;

static void *f64_worker(void *arg)
{
    f64_job *j = (f64_job *)arg;
    mpfr_t t, opt, s, d, tmp;
    long i;
    mpfr_inits2(200, t, opt, s, d, tmp, (mpfr_ptr)0);
    rng_state = j->seed;
    for (i = 0; i < j->n; i++)
        check_f64_input(j->near_zero ? near_silu_zero() : random_input(), t, opt, s, d, tmp, j->st);
    flush_f64_batch(j->st);
    memcpy(j->fast, fast64, sizeof j->fast);
    mpfr_clears(t, opt, s, d, tmp, (mpfr_ptr)0);
    return NULL;
}

static void check_f64_input(double x, mpfr_ptr t, mpfr_ptr opt, mpfr_ptr s, mpfr_ptr d, mpfr_ptr tmp, stats64 *st)
{
    double got[ND64];
    int k;
    for (k = 0; k < ND64; k++)
        got[k] = f64_fn[k].f(x);
    /* on a CPU with the AVX2 path, the scalar functions run the AVX2
       kernel's fast path on one vector: the portable scalar code, bit for
       bit against them */
    for (k = 0; k < ND64; k++) {
        static const enum sigmoid_internal_kind kind[ND64] = {
            SIGMOID_INTERNAL_SIGMA,       SIGMOID_INTERNAL_DERIV,    SIGMOID_INTERNAL_SILU,
            SIGMOID_INTERNAL_SILU_DERIV,  SIGMOID_INTERNAL_SOFTPLUS, SIGMOID_INTERNAL_LOG_SIGMA};
        double a = sigmoid_internal_f64_portable(x, kind[k]);
        st[k].mismatched_array += memcmp(&a, &got[k], sizeof a) != 0;
    }
    /* the arrays: see flush_f64_batch */
    if (b64_n == BATCH64)
        flush_f64_batch(st);
    b64_x[b64_n] = x;
    for (k = 0; k < ND64; k++)
        b64_want[k][b64_n] = got[k];
    b64_ulp[b64_n++] = 0;
    if (x != x) {
        for (k = 0; k < ND64; k++)
            s64_add(&st[k], got[k] == got[k] ? 1e300 : 0, x);
        return;
    }
    mpfr_set_d(t, x < 0 ? x : -x, MPFR_RNDN);
    mpfr_exp(t, t, MPFR_RNDN);            /* t = e^-|x| */
    mpfr_add_ui(opt, t, 1, MPFR_RNDN);
    mpfr_ui_div(s, 1, opt, MPFR_RNDN);    /* 1/(1+t) */
    mpfr_mul(d, s, s, MPFR_RNDN);
    mpfr_mul(d, d, t, MPFR_RNDN);         /* t/(1+t)^2 */
    if (x < 0)
        mpfr_mul(s, s, t, MPFR_RNDN);
    s64_add(&st[D_SIGMA], err_ulp_f64(got[D_SIGMA], s, tmp), x);
    s64_add(&st[D_DERIV], err_ulp_f64(got[D_DERIV], d, tmp), x);
    check_fast_f64(x, s, tmp);
    mpfr_mul_d(d, s, x, MPFR_RNDN); /* x sigma(x) */
    s64_add(&st[D_SILU], err_ulp_f64(got[D_SILU], d, tmp), x);
    /* sigma(x) (1 + x sigma(-x)): 200 bits leave 140 after the cancellation
       next to silu's zero (|1 + x sigma(-x)| > 2^-60 for a double x) */
    mpfr_ui_sub(d, 1, s, MPFR_RNDN);
    mpfr_mul_d(d, d, x, MPFR_RNDN);
    mpfr_add_ui(d, d, 1, MPFR_RNDN);
    mpfr_mul(d, d, s, MPFR_RNDN);
    s64_add(&st[D_SILU_DERIV], err_ulp_f64(got[D_SILU_DERIV], d, tmp), x);
    /* softplus(x) = max(x, 0) + log(1 + t), log sigma(x) = -softplus(-x):
       no cancellation, each within a few ulp of 200 bits. MPFR's log1p
       costs twice the rest: every 8th random input (1.25 10^7) and every
       edge */
    if (!f64_every_input && (f64_inputs++ & 7) != 0)
        return;
    mpfr_log1p(opt, t, MPFR_RNDN);
    mpfr_add_d(d, opt, x > 0 ? x : 0.0, MPFR_RNDN);
    s64_add(&st[D_SOFTPLUS], err_ulp_f64(got[D_SOFTPLUS], d, tmp), x);
    mpfr_add_d(d, opt, x < 0 ? -x : 0.0, MPFR_RNDN);
    mpfr_neg(d, d, MPFR_RNDN);
    s64_add(&st[D_LOG], err_ulp_f64(got[D_LOG], d, tmp), x);
}

#define BATCH 4096

/* Every float row of two inputs (the backward step) on every vector path
 * against the correctly rounded products ref; misrounded results counted
 * per path. */
static void backward_batch(const float *y, const float *dy, const float *ref, size_t n,
                           unsigned long long *bad, unsigned long long *checked)
{
    static float dx[BATCH];
    size_t i, r;
    int path;
    for (r = 0; r < row_count; r++) {
        const fn_row *f = &rows[r];
        if (f->size != 4 || f->ref != FN_REF_backward)
            continue;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(f, path) || path == SIGMOID_INTERNAL_PATH_SCALAR)
                continue;
            f->binary_f32(path, y, dy, dx, n);
            for (i = 0; i < n; i++)
                bad[path] += differ(dx[i], ref[i]);
        }
    }
    *checked += n;
}

/* Every double row of two inputs on every vector path against the scalar
 * step's results want (checked against MPFR by the caller): mismatches
 * counted per path. */
static void backward_batch_f64(const double *y, const double *dy, const double *want, size_t n,
                               unsigned long long *bad)
{
    static double dx[BATCH];
    size_t i, r;
    int path;
    for (r = 0; r < row_count; r++) {
        const fn_row *f = &rows[r];
        if (f->size != 8 || f->ref != FN_REF_backward)
            continue;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(f, path) || path == SIGMOID_INTERNAL_PATH_SCALAR)
                continue;
            f->binary_f64(path, y, dy, dx, n);
            for (i = 0; i < n; i++)
                bad[path] += memcmp(&dx[i], &want[i], sizeof dx[i]) != 0;
        }
    }
}

static void check_f64(void)
{
    mpfr_t t, opt, s, d, tmp, y, e;
    stats64 st[ND64], so = {0, 0, 0, 0}, sb = {0, 0, 0, 0},
            sbf = {0, 0, 0, 0};
    unsigned long long badf = 0, path_bad[SIGMOID_INTERNAL_PATH_COUNT] = {0}, batched = 0;
    unsigned long long path_bad64[SIGMOID_INTERNAL_PATH_COUNT] = {0}, batched64 = 0;
    static float by[BATCH], bdy[BATCH], bref[BATCH];
    static double by64[BATCH], bdy64[BATCH], bdx64[BATCH];
    size_t nb = 0, nb64 = 0;
    double t0 = now(), t1;
    long i;
    int k;
    const long N = 10000000, N_SIGMA = 100000000;
    f64_job jobs[NTHREADS];
    pthread_t tid[NTHREADS];
    mpfr_inits2(200, t, opt, s, d, tmp, (mpfr_ptr)0);
    mpfr_init2(y, 53);
    mpfr_init2(e, 2200); /* y(1-y) and dy*y(1-y) exactly */
    memset(st, 0, sizeof st);
    /* the exact functions and the fast tier: 10^8 random inputs on two
       threads, then 10^7 within 1/4 of silu's zero */
    for (i = 0; i < 2; i++) {
        for (k = 0; k < NTHREADS; k++) {
            memset(&jobs[k], 0, sizeof jobs[k]);
            jobs[k].seed = 0x9e3779b97f4a7c15ull * (uint64_t)(k + 1 + 2 * i);
            jobs[k].n = (i ? N : N_SIGMA) / NTHREADS;
            jobs[k].near_zero = (int)i;
            pthread_create(&tid[k], NULL, f64_worker, &jobs[k]);
        }
        for (k = 0; k < NTHREADS; k++) {
            int p, f;
            pthread_join(tid[k], NULL);
            for (f = 0; f < ND64; f++)
                s64_merge(&st[f], &jobs[k].st[f]);
            for (p = 0; p <= SIGMOID_INTERNAL_PATH_COUNT; p++)
                s64_merge(&fast64[p], &jobs[k].fast[p]);
        }
    }
    /* edges: every power of two 2^-1074 .. 2^10 and its neighbours, both
     * signs; thresholds; subnormals; specials. */
    f64_every_input = 1;
    for (k = -1074; k <= 10; k++) {
        double p = ldexp(1.0, k);
        double c[5];
        int m;
        c[0] = p;
        c[1] = nextafter(p, 0);
        c[2] = nextafter(p, 1e300);
        c[3] = 3 * p;
        c[4] = p * 1.5;
        for (m = 0; m < 5; m++) {
            check_f64_input(c[m], t, opt, s, d, tmp, st);
            check_f64_input(-c[m], t, opt, s, d, tmp, st);
        }
    }
    {
        static const double edges[] = {0.0, -0.0, 36.7, 37.0, 37.42994775023705, 37.5,
                                       -708.39641853226408, -708.4, -709.78, -744.44,
                                       -745.1332191019411, -745.13321910194122, -745.2, -746,
                                       746, 745.5, -751.7, -751.75, -760, 660, -660, 18.71, -18.71,
                                       1e300, -1e300, 1.7976931348623157e308,
                                       -1.7976931348623157e308};
        size_t m;
        for (m = 0; m < sizeof edges / sizeof edges[0]; m++)
            for (k = -64; k <= 64; k++)
                check_f64_input(neighbour(edges[m], k, -1e308, 1e308), t, opt, s, d, tmp, st);
    }
    flush_f64_batch(st);
    t1 = now();
    for (k = 0; k < ND64; k++)
        print_row(f64_fn[k].name, "scalar", st[k].checked, 0, st[k].max_ulp, st[k].worst, t1 - t0, f64_fn[k].ulp);
    print_row("sigmoid_fast_f64", "element", fast64[SIGMOID_INTERNAL_PATH_COUNT].checked, 0,
              fast64[SIGMOID_INTERNAL_PATH_COUNT].max_ulp, fast64[SIGMOID_INTERNAL_PATH_COUNT].worst, t1 - t0,
              SIGMOID_INTERNAL_FAST_F64_ULP);
    for (k = 0; k < SIGMOID_INTERNAL_PATH_COUNT; k++)
        if (fast64[k].checked)
            print_row("sigmoid_fast_array_f64", fn_path_name(k), fast64[k].checked, 0, fast64[k].max_ulp,
                      fast64[k].worst, t1 - t0, SIGMOID_INTERNAL_FAST_F64_ULP);
    for (k = 0; k < ND64; k++)
        if (st[k].mismatched_array) {
            printf("FAIL: %s's arrays or its portable scalar code differ from it at %llu inputs\n", f64_fn[k].name,
                   st[k].mismatched_array);
            failures++;
        }

    /* y(1-y) and dy*y(1-y) for double, and dy*y(1-y) for float: exact in
     * MPFR (2200 bits hold every product of these exactly). */
    t0 = now();
    for (i = 0; i < N; i++) {
        double yy = (rng() & 1) ? uniform01() : ldexp(1.0 + uniform01(), -(int)(rng() % 1075));
        double dy = random_input() * ldexp(1.0, (int)(rng() % 100) - 50);
        double f = sigmoid_deriv_from_output_f64(yy), dx;
        float yf = (float)yy, dyf = (float)dy, dxf;
        if (!(yy > 0 && yy < 1))
            continue;
        mpfr_set_d(y, yy, MPFR_RNDN);
        mpfr_ui_sub(e, 1, y, MPFR_RNDN);
        mpfr_mul(e, e, y, MPFR_RNDN);
        s64_add(&so, err_ulp_f64(f, e, tmp), yy);
        sigmoid_backward_f64(&yy, &dy, &dx, 1);
        mpfr_mul_d(e, e, dy, MPFR_RNDN);
        s64_add(&sb, err_ulp_f64(dx, e, tmp), yy);
        /* the same pairs in arrays, on every path: the scalar's bits */
        by64[nb64] = yy, bdy64[nb64] = dy, bdx64[nb64] = dx;
        if (++nb64 == BATCH) {
            backward_batch_f64(by64, bdy64, bdx64, nb64, path_bad64);
            batched64 += nb64;
            nb64 = 0;
        }
        if (yf > 0 && yf < 1) {
            mpfr_set_flt(y, yf, MPFR_RNDN); /* exact: 53 bits hold a float */
            mpfr_ui_sub(e, 1, y, MPFR_RNDN);
            mpfr_mul(e, e, y, MPFR_RNDN);
            mpfr_mul_d(e, e, (double)dyf, MPFR_RNDN);
            sigmoid_backward_f32(&yf, &dyf, &dxf, 1);
            {
                double u = err_ulp_f32(dxf, e, tmp);
                if (u > sbf.max_ulp) {
                    sbf.max_ulp = u;
                    sbf.worst = (double)yf;
                }
                sbf.checked++;
                badf += mpfr_get_flt(e, MPFR_RNDN) != dxf;
            }
            /* the same pairs in arrays, on every path */
            by[nb] = yf, bdy[nb] = dyf, bref[nb] = mpfr_get_flt(e, MPFR_RNDN);
            if (++nb == BATCH || i == N - 1) {
                backward_batch(by, bdy, bref, nb, path_bad, &batched);
                nb = 0;
            }
        }
    }
    t1 = now();
    print_row("sigmoid_deriv_from_output_f64", "scalar", so.checked, 0, so.max_ulp, so.worst, t1 - t0, SIGMOID_INTERNAL_PRODUCT_F64_ULP);
    print_row("sigmoid_backward_f64", "scalar", sb.checked, 0, sb.max_ulp, sb.worst, t1 - t0, SIGMOID_INTERNAL_PRODUCT_F64_ULP);
    print_row("sigmoid_backward_f32", "scalar", sbf.checked, badf, sbf.max_ulp, sbf.worst, t1 - t0, SIGMOID_INTERNAL_BACKWARD_F32_ULP);
    if (nb)
        backward_batch(by, bdy, bref, nb, path_bad, &batched);
    if (nb64) {
        backward_batch_f64(by64, bdy64, bdx64, nb64, path_bad64);
        batched64 += nb64;
    }
    for (k = 0; k < SIGMOID_INTERNAL_PATH_COUNT; k++)
        if (sigmoid_internal_path_ok(k) && k != SIGMOID_INTERNAL_PATH_SCALAR) {
            printf("sigmoid_backward_f64 (array), %s path: %llu pairs, %llu differ from the scalar step\n",
                   fn_path_name(k), batched64, path_bad64[k]);
            if (path_bad64[k])
                failures++;
        }
    for (k = 0; k < SIGMOID_INTERNAL_PATH_COUNT; k++)
        if (sigmoid_internal_path_ok(k) && k != SIGMOID_INTERNAL_PATH_SCALAR)
            print_row("sigmoid_backward_f32 (array)", fn_path_name(k), batched, path_bad[k], sbf.max_ulp,
                      sbf.worst, t1 - t0, SIGMOID_INTERNAL_BACKWARD_F32_ULP);
    mpfr_clears(t, opt, s, d, tmp, y, e, (mpfr_ptr)0);
}

/* ------------------------------------------------------------------------ */
/* the float backward step: 10^9 random pairs against exact integers        */

/* dy*y(1-y) for y in (0,1) and a finite dy, correctly rounded to a format
 * of p significant bits whose smallest normal is 2^emin (float: 24, -126;
 * bfloat16: 8, -126; binary16: 11, -14), in 128-bit integers, returned as
 * a double (exact). With y = my 2^-k (my < 2^24) and |dy| = md 2^e,
 * A = md my (< 2^48) and |dx| = (A 2^k - A my) 2^(e-2k). For k <= 79 that
 * numerator is exact in 128 bits. For k >= 80, A my < 2^72 <= 2^(k-2):
 * |dx| lies strictly between (4A - 1) and 4A times 2^(e-k-2), and 4A - 1,
 * odd, is its rounding to odd, which rounds as |dx| does (it has more
 * than p + 1 bits). */
static double ref_backward_round(float y, float dy, int p, int emin)
{
    uint32_t uy = f32_bits(y), ud = f32_bits(dy), my = uy & 0x7fffffu, md = ud & 0x7fffffu;
    int by = (int)(uy >> 23), bd = (int)((ud >> 23) & 0xffu), k = by ? 150 - by : 149, e = bd ? bd - 150 : -149;
    int L, shift, E;
    unsigned __int128 A, N, q, rem, half;
    double r;
    if (by)
        my |= 0x800000u;
    if (bd)
        md |= 0x800000u;
    if (md == 0)
        return (ud >> 31) ? -0.0 : 0.0; /* the sign of dy, as the float step gives */
    A = (unsigned __int128)md * my;
    if (k <= 79)
        N = (A << k) - A * my, E = e - 2 * k;
    else
        N = 4 * A - 1, E = e - k - 2;
    L = (uint64_t)(N >> 64) ? 128 - __builtin_clzll((uint64_t)(N >> 64)) : 64 - __builtin_clzll((uint64_t)N);
    shift = L - 1 + E >= emin ? L - p : emin - p + 1 - E; /* bits below the format's last place */
    if (shift <= 0) {
        q = N, shift = 0;
    } else if (shift > L) { /* below half the least subnormal */
        q = 0;
    } else {
        q = N >> shift;
        rem = N - (q << shift);
        half = (unsigned __int128)1 << (shift - 1);
        if (rem > half || (rem == half && (q & 1)))
            q++;
    }
    r = ldexp((double)(uint64_t)q, E + shift); /* exact: q <= 2^p */
    return dy < 0 ? -r : r;
}

static float ref_backward_f32(float y, float dy)
{
    return (float)ref_backward_round(y, dy, 24, -126);
}

typedef struct backward_job {
    uint64_t seed;
    unsigned long long n, checked, misrounded, hard, path_bad[SIGMOID_INTERNAL_PATH_COUNT];
    float worst_y, worst_dy;
} backward_job;

/* y: half uniform bit patterns in (0, 1), half sigma(x) for x uniform in
 * [-30, 30]; one pair in eight has y = j 2^-m (m <= 12), whose y(1-y) has
 * few bits, so that dy*y(1-y) is often exactly a float or a tie. dy: half
 * uniform bit patterns of finite floats, half uniform in [-1, 1]. */
static void random_pair(float *y, float *dy, int *hard)
{
    uint64_t r = rng();
    uint32_t lo = (uint32_t)r, hi = (uint32_t)(r >> 32);
    if ((r & 7) == 0) {
        int m = 1 + (int)(hi % 12);
        *y = (float)ldexp((double)((lo >> 8) % ((1u << m) - 1) + 1), -m);
        *hard = 1;
    } else if (r & 8) {
        *y = f32_from_bits(1 + lo % 0x3f7fffffu);
        *hard = 0;
    } else {
        double x = ((double)(lo >> 8) * 0x1p-24 - 0.5) * 60.0;
        *y = (float)(1.0 / (1.0 + exp(-x)));
        *hard = 0;
    }
    r = rng();
    if (r & 1) {
        uint32_t u = (uint32_t)(r >> 32);
        *dy = f32_from_bits((u & 0x7f800000u) == 0x7f800000u ? u & 0xbfffffffu : u);
    } else {
        *dy = (float)(((double)(r >> 11) * 0x1p-53) * 2.0 - 1.0);
    }
}

static void *backward_worker(void *arg)
{
    backward_job *b = (backward_job *)arg;
    enum { n_batch = 4096 };
    float y[n_batch], dy[n_batch], ref[n_batch], dx[n_batch];
    unsigned long long done;
    size_t i, r;
    int hard, path;
    rng_state = b->seed; /* this thread's generator */
    for (done = 0; done < b->n; done += n_batch) {
        for (i = 0; i < n_batch; i++) {
            random_pair(&y[i], &dy[i], &hard);
            if (!(y[i] > 0 && y[i] < 1)) /* sigma(x) rounded to 0 or 1 */
                y[i] = 0.5f;
            ref[i] = ref_backward_f32(y[i], dy[i]);
            b->hard += (unsigned long long)hard;
            if (differ(sigmoid_backward_step_f32(y[i], dy[i]), ref[i])) {
                if (b->misrounded++ == 0)
                    b->worst_y = y[i], b->worst_dy = dy[i];
            }
        }
        for (r = 0; r < row_count; r++) {
            if (rows[r].size != 4 || rows[r].ref != FN_REF_backward)
                continue;
            for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                if (!fn_runs_on(&rows[r], path))
                    continue;
                rows[r].binary_f32(path, y, dy, dx, n_batch);
                for (i = 0; i < n_batch; i++)
                    b->path_bad[path] += differ(dx[i], ref[i]);
            }
        }
        b->checked += n_batch;
    }
    return NULL;
}

/* sigmoid_backward_step_f32 and sigmoid_backward_f32 on every path, on
 * 2^30 random pairs (over 10^9) on two threads, against ref_backward_f32. */
static void check_backward_f32(void)
{
    backward_job b[NTHREADS];
    pthread_t tid[NTHREADS];
    unsigned long long checked = 0, bad = 0, hard = 0, path_bad[SIGMOID_INTERNAL_PATH_COUNT] = {0};
    double t0 = now(), t1;
    float wy = 0, wdy = 0;
    int i, path;
    for (i = 0; i < NTHREADS; i++) {
        memset(&b[i], 0, sizeof b[i]);
        b[i].seed = 0x5eed0000u + (uint64_t)i;
        b[i].n = (1ull << 30) / NTHREADS;
        pthread_create(&tid[i], NULL, backward_worker, &b[i]);
    }
    for (i = 0; i < NTHREADS; i++) {
        pthread_join(tid[i], NULL);
        checked += b[i].checked, hard += b[i].hard;
        if (b[i].misrounded && !bad)
            wy = b[i].worst_y, wdy = b[i].worst_dy;
        bad += b[i].misrounded;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            path_bad[path] += b[i].path_bad[path];
    }
    t1 = now();
    printf("(the backward step on %llu random pairs, %llu of them with y = j 2^-m, against exact "
           "integers%s)\n", checked, hard, bad ? "; first misrounded pair below" : "");
    if (bad)
        printf("  y = %a, dy = %a\n", (double)wy, (double)wdy);
    /* the header allows a misrounding within 2^-104 of a boundary; none is
     * expected on random pairs, so any is a failure (max ULP: 0.5 when none) */
    print_row("sigmoid_backward_step_f32", "element", checked, bad, 0.5, (double)wy, t1 - t0, 0.5);
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
        if (sigmoid_internal_path_ok(path))
            print_row("sigmoid_backward_f32 (array)", fn_path_name(path), checked, path_bad[path], 0.5, 0.0,
                      t1 - t0, 0.5);
}

/* ------------------------------------------------------------------------ */
/* half precision: every input                                              */

/* v rounded to nearest in the half format (8 or 11 bits, subnormals from
 * 2^-133 or 2^-24) by MPFR, as a float (exact) */
static float mp_round_half(mpfr_srcptr v, int bf16, mpfr_rnd_t rnd)
{
    mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    mpfr_t r;
    float f;
    int t;
    mpfr_init2(r, bf16 ? 8 : 11);
    /* MPFR's exponents are those of 0.5 <= m < 1: the least subnormal
       2^-133 (2^-24) is 0.5 2^-132 (0.5 2^-23) */
    mpfr_set_emin(bf16 ? -132 : -23);
    mpfr_set_emax(bf16 ? 128 : 16);
    t = mpfr_set(r, v, rnd);
    t = mpfr_check_range(r, t, rnd);
    mpfr_subnormalize(r, t, rnd);
    f = mpfr_get_flt(r, MPFR_RNDN);
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
    mpfr_clear(r);
    return f;
}

static uint16_t half_of(const fn_row *f, float v)
{
    return f->format == FN_BF16 ? sigmoid_f32_to_bf16(v) : sigmoid_f32_to_f16(v);
}

static double err_ulp_half(const fn_row *f, float got, mpfr_srcptr v, mpfr_ptr tmp)
{
    int bf16 = f->format == FN_BF16;
    mpfr_sub_d(tmp, v, (double)got, MPFR_RNDN);
    return fabs(mpfr_get_d(tmp, MPFR_RNDN)) / ulp_of(v, bf16 ? 8 : 11, bf16 ? -133 : -24);
}

static const struct { int mode; const char *name; } half_modes[] = {
    {FE_UPWARD, "upward"}, {FE_DOWNWARD, "downward"}, {FE_TOWARDZERO, "toward zero"}};

/* The unary half rows on all 2^16 inputs, every path, against MPFR; in the
 * directed modes, each result must be the nearest or the other neighbour
 * of the exact value; and how often rounding the correctly rounded float
 * (and the naive float formula) to half instead would misround. */
static void check_half_unary(void)
{
    static uint16_t in[65536], out[65536], want[65536], down[65536], up[65536];
    static double err[65536];
    size_t r;
    mpfr_t v, tmp;
    mpfr_init2(v, 200);
    mpfr_init2(tmp, 200);
    for (r = 0; r < row_count; r++) {
        const fn_row *f = &rows[r];
        unsigned long long narrowed = 0, naive = 0, nonnan = 0;
        double t0 = now(), worst_ulp = 0, worst_x = 0;
        int path, m, bf16 = f->format == FN_BF16;
        uint32_t i;
        if (f->size != 2 || f->binary)
            continue;
        for (i = 0; i < 65536; i++) {
            float x = fn_half_to_float(f, (uint16_t)i);
            in[i] = (uint16_t)i;
            if (x != x) {
                want[i] = down[i] = up[i] = (uint16_t)(i | (bf16 ? 0x40u : 0x200u));
                err[i] = 0;
                continue;
            }
            nonnan++;
            if (f->ref == FN_REF_sigma) {
                mpfr_set_flt(v, x, MPFR_RNDN);
                mpfr_neg(v, v, MPFR_RNDN);
                mpfr_exp(v, v, MPFR_RNDN);
                mpfr_add_ui(v, v, 1, MPFR_RNDN);
                mpfr_ui_div(v, 1, v, MPFR_RNDN);
                narrowed += half_of(f, sigmoid_f32(x)) != half_of(f, mp_round_half(v, bf16, MPFR_RNDN));
                naive += half_of(f, naive_f32(x)) != half_of(f, mp_round_half(v, bf16, MPFR_RNDN));
            } else {
                if (x > 0 && x < 1) { /* exact at 200 bits */
                    mpfr_set_flt(v, x, MPFR_RNDN);
                    mpfr_ui_sub(tmp, 1, v, MPFR_RNDN);
                    mpfr_mul(v, v, tmp, MPFR_RNDN);
                } else {
                    mpfr_set_zero(v, 1);
                }
                if (x > 0 && x < 1) { /* elsewhere the result is +0 by definition */
                    narrowed += half_of(f, sigmoid_deriv_from_output_f32(x)) != half_of(f, mp_round_half(v, bf16, MPFR_RNDN));
                    naive += half_of(f, x * (1.0f - x)) != half_of(f, mp_round_half(v, bf16, MPFR_RNDN));
                }
            }
            want[i] = half_of(f, mp_round_half(v, bf16, MPFR_RNDN));
            down[i] = half_of(f, mp_round_half(v, bf16, MPFR_RNDD));
            up[i] = half_of(f, mp_round_half(v, bf16, MPFR_RNDU));
            err[i] = err_ulp_half(f, fn_half_to_float(f, want[i]), v, tmp);
            if (err[i] > worst_ulp)
                worst_ulp = err[i], worst_x = (double)x;
        }
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            unsigned long long bad = 0, unfaithful[3] = {0, 0, 0}, not_nearest[3] = {0, 0, 0};
            if (!fn_runs_on(f, path))
                continue;
            fn_run(f, path, in, NULL, out, 65536);
            for (i = 0; i < 65536; i++)
                bad += out[i] != want[i];
            for (m = 0; m < 3; m++) {
                fesetround(half_modes[m].mode);
                fn_run(f, path, in, NULL, out, 65536);
                fesetround(FE_TONEAREST);
                for (i = 0; i < 65536; i++) {
                    unfaithful[m] += out[i] != down[i] && out[i] != up[i];
                    not_nearest[m] += out[i] != want[i];
                }
            }
            print_row(f->name, fn_path_name(path), nonnan, bad, worst_ulp, worst_x, now() - t0, f->ulp);
            printf("  directed modes (up, down, toward zero): %llu, %llu, %llu results differ from round-to-nearest;"
                   " %llu, %llu, %llu outside the two neighbours\n", not_nearest[0], not_nearest[1],
                   not_nearest[2], unfaithful[0], unfaithful[1], unfaithful[2]);
            if (unfaithful[0] + unfaithful[1] + unfaithful[2])
                failures++;
        }
        printf("  rounding to half instead: the correctly rounded float misrounds %llu of %llu inputs%s, "
               "the float formula %s %llu\n", narrowed, nonnan, f->ref == FN_REF_sigma ? "" : " (those in (0, 1))",
               f->ref == FN_REF_sigma ? "1/(1+expf(-x))" : "y*(1-y)", naive);
    }
    mpfr_clear(v);
    mpfr_clear(tmp);
}

typedef struct half_job {
    const fn_row *f;
    uint32_t y_first, y_step;
    unsigned long long checked, narrowed, bad[SIGMOID_INTERNAL_PATH_COUNT];
    unsigned long long directed, directed_differ; /* every 97th y in each directed mode */
    uint16_t worst_y, worst_dy;
} half_job;

/* Every (y, dy) pair for y = y_first, y_first + y_step, ...: the exact
 * integers where y is in (0, 1) and dy finite, else the float step's
 * special value (zeros, infinities, NaNs are exact in every format). */
static void *half_backward_worker(void *arg)
{
    half_job *b = (half_job *)arg;
    const fn_row *f = b->f;
    static __thread uint16_t ys[65536], dys[65536], out[65536], want[65536];
    int bf16 = f->format == FN_BF16, path;
    uint32_t y, d;
    for (d = 0; d < 65536; d++)
        dys[d] = (uint16_t)d;
    for (y = b->y_first; y < 65536; y += b->y_step) {
        float yf = fn_half_to_float(f, (uint16_t)y);
        for (d = 0; d < 65536; d++) {
            float dyf = fn_half_to_float(f, (uint16_t)d);
            ys[d] = (uint16_t)y;
            if (yf > 0 && yf < 1 && dyf - dyf == 0) {
                want[d] = half_of(f, (float)ref_backward_round(yf, dyf, bf16 ? 8 : 11, bf16 ? -126 : -14));
                b->narrowed += half_of(f, ref_backward_f32(yf, dyf)) != want[d];
                b->checked++;
            } else {
                want[d] = half_of(f, sigmoid_backward_step_f32(yf, dyf));
            }
        }
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(f, path))
                continue;
            fn_run(f, path, ys, dys, out, 65536);
            for (d = 0; d < 65536; d++)
                if (out[d] != want[d] && b->bad[path]++ == 0)
                    b->worst_y = (uint16_t)y, b->worst_dy = (uint16_t)d;
            if (y % 97 == 0) { /* the same in each directed mode */
                int m;
                for (m = 0; m < 3; m++) {
                    fesetround(half_modes[m].mode);
                    fn_run(f, path, ys, dys, out, 65536);
                    fesetround(FE_TONEAREST);
                    for (d = 0; d < 65536; d++)
                        b->directed_differ += out[d] != want[d];
                    b->directed += 65536;
                }
            }
        }
    }
    return NULL;
}

static void check_half_backward(void)
{
    size_t r;
    for (r = 0; r < row_count; r++) {
        const fn_row *f = &rows[r];
        half_job b[NTHREADS];
        pthread_t tid[NTHREADS];
        unsigned long long checked = 0, narrowed = 0, bad[SIGMOID_INTERNAL_PATH_COUNT] = {0}, directed = 0, ddiff = 0;
        double t0 = now();
        int i, path;
        if (f->size != 2 || !f->binary)
            continue;
        for (i = 0; i < NTHREADS; i++) {
            memset(&b[i], 0, sizeof b[i]);
            b[i].f = f, b[i].y_first = (uint32_t)i, b[i].y_step = NTHREADS;
            pthread_create(&tid[i], NULL, half_backward_worker, &b[i]);
        }
        for (i = 0; i < NTHREADS; i++) {
            pthread_join(tid[i], NULL);
            checked += b[i].checked, narrowed += b[i].narrowed;
            directed += b[i].directed, ddiff += b[i].directed_differ;
            for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                if (b[i].bad[path] && !bad[path])
                    printf("  %s, %s path: first misrounded pair y = 0x%04x, dy = 0x%04x\n", f->name,
                           fn_path_name(path), b[i].worst_y, b[i].worst_dy);
                bad[path] += b[i].bad[path];
            }
        }
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            if (fn_runs_on(f, path))
                print_row(f->name, fn_path_name(path), checked, bad[path], 0.5, 0.0, now() - t0, f->ulp);
        printf("  (all 2^32 pairs: those with y in (0, 1) and a finite dy against exact integers, the others"
               " against the float step's special values)\n  rounding the correctly rounded float step to half"
               " instead misrounds %llu of those %llu pairs\n", narrowed, checked);
        printf("  directed modes, every 97th y with every dy, every path: %llu of %llu results differ from"
               " round-to-nearest%s\n", ddiff, directed,
#ifdef __aarch64__
               " (binary16 conversions follow the mode here)"
#else
               ""
#endif
        );
#ifndef __aarch64__
        if (ddiff)
            failures++;
#endif
    }
}


/* ------------------------------------------------------------------------ */
/* logit: every float p, and doubles where it is hard                        */

/* logit(p) in long double for a float p in (0, 1), as tests/reference.h's
 * ref_logit: m = min(p, 1 - p) is exact. With E the relative error of
 * logl and log1pl and u = 2^-64: for m >= 1/4, 1 - 2m is exact and the
 * quotient rounds once, which log1p passes on unamplified: E + u; below,
 * (1 - m)/m rounds twice, 2u absolute after the logarithm, under 2u/log 3
 * relative: E + 2u. Within 2^-60.5 with glibc's 9 ulp; the filter allows
 * 2^-50 (LD_FILTER_REL) and the sample checks 2^-56 (LD_SAMPLE_REL). */
static long double logit_ld(float p)
{
    long double pl = p, m = p < 0.5f ? pl : 1.0L - pl;
    long double L = m >= 0.25L ? log1pl((1.0L - 2.0L * m) / m) : logl((1.0L - m) / m);
    return p < 0.5f ? -L : L;
}

/* logit(p) = -log((1 - p)/p) from MPFR at prec bits: 1 - p is exact (a
 * float needs 150 bits), the quotient rounds once, so the logarithm is
 * within 2^(2 - prec) absolute, and |logit(p)| >= 2^-23 for p != 1/2:
 * prec - 30 good bits for mpfr_can_round; else twice the precision. The
 * value goes to *value as a long double. */
static float logit_mp(double p, mpfr_ptr a, mpfr_ptr b, long double *value, int to_float, double *as_double)
{
    mpfr_prec_t prec = 192;
    float r = 0;
    for (;;) {
        mpfr_set_prec(a, prec);
        mpfr_set_prec(b, prec);
        mpfr_set_d(a, p, MPFR_RNDN);
        mpfr_ui_sub(b, 1, a, MPFR_RNDN);
        mpfr_div(b, b, a, MPFR_RNDN);
        mpfr_log(b, b, MPFR_RNDN);
        mpfr_neg(b, b, MPFR_RNDN);
        if (mpfr_zero_p(b) || !to_float || round_f32(b, prec - 30, &r))
            break;
        prec *= 2;
    }
    *value = mpfr_get_ld(b, MPFR_RNDN);
    if (as_double)
        *as_double = mpfr_get_d(b, MPFR_RNDN);
    return mpfr_zero_p(b) ? 0.0f : r;
}

/* The formula users write today (not a contract). */
static __attribute__((noinline)) float naive_logit_f32(float p)
{
    return logf(p / (1 - p));
}

typedef struct logit_job {
    pthread_mutex_t *lock;
    uint64_t *next;
    stats s, naive;
    ld_record ld;
    unsigned long long mismatch[SIGMOID_INTERNAL_PATH_COUNT], domain_bad;
    float *buf; /* 3 CHUNK floats, on the heap: thread-local arrays would take the threads' stacks */
} logit_job;

/* One chunk of float p in (0, 1), from bits first: the element function
 * against the correctly rounded value, every logit row on every path bit
 * for bit against it, with FE_INVALID, FE_DIVBYZERO and FE_OVERFLOW
 * trapping. */
static void logit_chunk(uint32_t first, uint32_t last, logit_job *j, mpfr_ptr a, mpfr_ptr b)
{
    float *p = j->buf, *got = j->buf + CHUNK, *arr = j->buf + 2 * CHUNK;
    uint32_t n = last - first, i;
    size_t r;
    trap_chunk = first;
    feclearexcept(FE_ALL_EXCEPT);
    feenableexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
    for (i = 0; i < n; i++) {
        p[i] = f32_from_bits(first + i);
        got[i] = sigmoid_logit_f32(p[i]);
    }
    for (r = 0; r < row_count; r++) {
        int path;
        if (!fn_has_domain(&rows[r]) || rows[r].size != 4)
            continue;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(&rows[r], path))
                continue;
            rows[r].unary_f32(path, p, arr, n);
            for (i = 0; i < n; i++)
                j->mismatch[path] += differ(arr[i], got[i]);
        }
    }
    fedisableexcept(FE_ALL_EXCEPT);
    for (i = 0; i < n; i++) {
        long double v = logit_ld(p[i]), mv;
        float want, mwant, nv = naive_logit_f32(p[i]);
        double m = p[i] < 0.5f ? (double)p[i] : 1.0 - (double)p[i];
        if (!ld_round(v, LD_FILTER_REL, &want)) {
            want = logit_mp((double)p[i], a, b, &v, 1, NULL);
            j->ld.by_mpfr++;
        } else if (j->ld.by_ld++ % LD_SAMPLE == 0) {
            mwant = logit_mp((double)p[i], a, b, &mv, 1, NULL);
            j->ld.sampled++;
            j->ld.sample_bad += differ(mwant, want);
            ld_note(&j->ld, (double)p[i], v, mv, 1);
        }
        j->s.slow_path += !sigmoid_internal_f32_rounds(sigmoid_internal_logit_fast(m));
        stats_add(&j->s, err_ulp_ld(got[i], v), p[i], differ(got[i], want));
        stats_add(&j->naive, isfinite(nv) ? err_ulp_ld(nv, v) : 1e30, p[i], differ(nv, want));
    }
}

/* One chunk of non-NaN floats outside (0, 1): -inf at +-0, +inf at 1,
 * NaN elsewhere, on every path (no traps: these raise FE_DIVBYZERO and
 * FE_INVALID by contract; tests/test_fp_exceptions.c checks which). */
static void logit_outside_chunk(uint64_t first, uint64_t last, logit_job *j)
{
    float *p = j->buf, *arr = j->buf + CHUNK;
    uint32_t n = 0, i;
    uint64_t u;
    size_t r;
    for (u = first; u < last; u++)
        if ((u & 0x7fffffffu) <= 0x7f800000u && (u == 0x80000000u || u == 0u || u >= 0x3f800000u))
            p[n++] = f32_from_bits((uint32_t)u);
    for (r = 0; r < row_count; r++) {
        int path;
        if (!fn_has_domain(&rows[r]) || rows[r].size != 4)
            continue;
        for (path = -1; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (path >= 0 && !fn_runs_on(&rows[r], path))
                continue;
            if (path >= 0)
                rows[r].unary_f32(path, p, arr, n);
            else
                for (i = 0; i < n; i++)
                    arr[i] = sigmoid_logit_f32(p[i]);
            for (i = 0; i < n; i++) {
                float want = p[i] == 0.0f ? -INFINITY : p[i] == 1.0f ? INFINITY : NAN;
                j->domain_bad += want == want ? differ(arr[i], want) : arr[i] == arr[i];
            }
        }
    }
}

/* Chunks of CHUNK float bit patterns, in order, until all 2^32 are done:
 * below 0x3f800000 (1.0f) every p but +0 is in (0, 1). */
static void *logit_worker(void *arg)
{
    logit_job *j = (logit_job *)arg;
    mpfr_t a, b;
    j->buf = (float *)malloc(3 * CHUNK * sizeof *j->buf);
    if (!j->buf) {
        printf("verify: out of memory\n");
        exit(1);
    }
    mpfr_inits2(192, a, b, (mpfr_ptr)0);
    for (;;) {
        uint64_t first;
        pthread_mutex_lock(j->lock);
        first = *j->next;
        *j->next = first + CHUNK;
        pthread_mutex_unlock(j->lock);
        if (first >> 32)
            break;
        if (first < 0x3f800000u) {
            logit_chunk(first ? (uint32_t)first : 1u, (uint32_t)first + CHUNK, j, a, b);
            if (first == 0)
                logit_outside_chunk(0, 1, j); /* +0 */
        } else {
            logit_outside_chunk(first, first + CHUNK, j);
        }
    }
    mpfr_clears(a, b, (mpfr_ptr)0);
    free(j->buf);
    return NULL;
}

/* A double p in (0, 1) where logit is hard, in four equal shares:
 * uniform; 2^-k (1 + u) for k in 1..1074 (subnormal p included); 1 minus
 * that for k in 2..54; 1/2 +- 2^-k u for k in 2..54. */
static double logit_input(void)
{
    uint64_t r = rng();
    double u = uniform01(), p;
    int k = (int)(r % 1074u) + 1, k2 = (int)(r % 53u) + 2;
    switch (r >> 62) {
    case 0: p = u; break;
    case 1: p = ldexp(1.0 + u, -k); break;
    case 2: p = 1.0 - ldexp(1.0 + u, -k2); break;
    default: p = 0.5 + ((r >> 61) & 1 ? 1 : -1) * ldexp(u, -k2);
    }
    return p > 0 && p < 1 ? p : 0.25;
}

typedef struct logit64_job {
    uint64_t seed;
    long n;
    stats64 st;
} logit64_job;

/* The logit rows of doubles on batches, as flush_f64_batch does. */
static __thread double lb_p[BATCH64], lb_want[BATCH64];
static __thread int lb_n;

static void flush_logit64_batch(stats64 *st)
{
    double out[BATCH64];
    size_t r;
    int path, i;
    for (r = 0; r < row_count; r++) {
        if (!fn_has_domain(&rows[r]) || rows[r].size != 8)
            continue;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            if (fn_runs_on(&rows[r], path)) {
                rows[r].unary_f64(path, lb_p, out, (size_t)lb_n);
                for (i = 0; i < lb_n; i++)
                    st->mismatched_array += memcmp(&out[i], &lb_want[i], sizeof out[i]) != 0;
            }
    }
    lb_n = 0;
}

/* sigmoid_logit_f64 at p against MPFR (200 bits: the quotient rounds at
 * 2^-200, |logit(p)| >= 2^-52); the portable scalar code (which it runs
 * unless it takes the AVX2 kernel on one vector) and every logit row of
 * doubles on every path bit for bit against it. */
static void logit64_at(double p, mpfr_ptr a, mpfr_ptr b, mpfr_ptr tmp, stats64 *st)
{
    double got = sigmoid_logit_f64(p), portable = sigmoid_internal_f64_portable(p, SIGMOID_INTERNAL_LOGIT), dv;
    long double v;
    st->mismatched_array += memcmp(&portable, &got, sizeof got) != 0;
    if (lb_n == BATCH64)
        flush_logit64_batch(st);
    lb_p[lb_n] = p;
    lb_want[lb_n++] = got;
    mpfr_set_prec(a, 200);
    (void)logit_mp(p, a, b, &v, 0, &dv);
    s64_add(st, mpfr_zero_p(b) ? (got == 0 ? 0 : 1e300) : err_ulp_f64(got, b, tmp), p);
}

static void *logit64_worker(void *arg)
{
    logit64_job *j = (logit64_job *)arg;
    mpfr_t a, b, tmp;
    long i;
    mpfr_inits2(200, a, b, tmp, (mpfr_ptr)0);
    rng_state = j->seed;
    for (i = 0; i < j->n; i++)
        logit64_at(logit_input(), a, b, tmp, &j->st);
    flush_logit64_batch(&j->st);
    mpfr_clears(a, b, tmp, (mpfr_ptr)0);
    return NULL;
}

/* logit: every float p (in (0, 1) against the correctly rounded value,
 * outside it the answers of log), and 10^7 random doubles where it is
 * hard plus every power of two, 1 minus it, and their neighbours. */
static void check_logit(void)
{
    pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    uint64_t next = 0;
    logit_job jobs[NTHREADS];
    logit64_job jobs64[NTHREADS];
    pthread_t tid[NTHREADS];
    stats s, naive;
    stats64 st;
    ld_record ld;
    unsigned long long mismatch[SIGMOID_INTERNAL_PATH_COUNT] = {0}, domain_bad = 0;
    double t0 = now(), t1;
    mpfr_t a, b, tmp;
    size_t r;
    int k, path;
    memset(jobs, 0, sizeof jobs);
    memset(&s, 0, sizeof s);
    memset(&naive, 0, sizeof naive);
    memset(&ld, 0, sizeof ld);
    for (k = 0; k < NTHREADS; k++) {
        jobs[k].lock = &lock;
        jobs[k].next = &next;
        pthread_create(&tid[k], NULL, logit_worker, &jobs[k]);
    }
    for (k = 0; k < NTHREADS; k++) {
        pthread_join(tid[k], NULL);
        stats_merge(&s, &jobs[k].s);
        stats_merge(&naive, &jobs[k].naive);
        ld.by_ld += jobs[k].ld.by_ld, ld.by_mpfr += jobs[k].ld.by_mpfr, ld.sampled += jobs[k].ld.sampled;
        ld.sample_bad += jobs[k].ld.sample_bad;
        if (jobs[k].ld.max_rel > ld.max_rel)
            ld.max_rel = jobs[k].ld.max_rel, ld.worst = jobs[k].ld.worst;
        domain_bad += jobs[k].domain_bad;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            mismatch[path] += jobs[k].mismatch[path];
    }
    t1 = now();
    print_row("sigmoid_logit_f32", "element", s.checked, s.misrounded, s.max_ulp, (double)s.worst, t1 - t0,
              SIGMOID_INTERNAL_LOGIT_F32_ULP);
    for (r = 0; r < row_count; r++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            if (fn_has_domain(&rows[r]) && rows[r].size == 4 && fn_runs_on(&rows[r], path))
                print_row(rows[r].name, fn_path_name(path), s.checked, s.misrounded + mismatch[path], s.max_ulp,
                          (double)s.worst, t1 - t0, rows[r].ulp);
    printf("%-32s %-8s %12llu %10llu %9.6f %-24a %7.1f  (comparison)\n", "logf(p/(1-p))", "glibc", naive.checked,
           naive.misrounded, naive.max_ulp, (double)naive.worst, t1 - t0);
    printf("logit: p in (0, 1) ran with FE_INVALID, FE_DIVBYZERO and FE_OVERFLOW trapping: no trap; the accurate "
           "path took %llu; every other non-NaN float gave %s\n",
           s.slow_path, domain_bad ? "a WRONG answer" : "-inf at +-0, +inf at 1, NaN elsewhere");
    printf("logit references: long double decided %llu p, MPFR %llu; on %llu of the former MPFR agreed %s, long "
           "double within 2^%.1f (at %a)\n",
           ld.by_ld, ld.by_mpfr, ld.sampled, ld.sample_bad ? "NOT everywhere" : "everywhere",
           ld.max_rel > 0 ? (double)log2l(ld.max_rel) : -999.0, ld.worst);
    if (domain_bad || ld.sample_bad || ld.sampled == 0 || s.checked != 0x3f7fffffu) {
        printf("verify: FAIL logit (%llu outside answers wrong, %llu sampled references off, %llu p checked)\n",
               domain_bad, ld.sample_bad, s.checked);
        failures++;
    }
    t0 = now();
    memset(&st, 0, sizeof st);
    for (k = 0; k < NTHREADS; k++) {
        memset(&jobs64[k], 0, sizeof jobs64[k]);
        jobs64[k].seed = 0x2545f4914f6cdd1dull * (uint64_t)(k + 7);
        jobs64[k].n = 10000000 / NTHREADS;
        pthread_create(&tid[k], NULL, logit64_worker, &jobs64[k]);
    }
    for (k = 0; k < NTHREADS; k++) {
        pthread_join(tid[k], NULL);
        s64_merge(&st, &jobs64[k].st);
    }
    mpfr_inits2(200, a, b, tmp, (mpfr_ptr)0);
    for (k = 1; k <= 1074; k++) {
        double p2 = ldexp(1.0, -k), c[6];
        int m;
        c[0] = p2, c[1] = nextafter(p2, 0), c[2] = nextafter(p2, 1);
        c[3] = 1.0 - p2, c[4] = nextafter(1.0 - p2, 0), c[5] = nextafter(1.0 - p2, 1);
        for (m = 0; m < 6; m++)
            if (c[m] > 0 && c[m] < 1)
                logit64_at(c[m], a, b, tmp, &st);
    }
    {
        static const double edges[] = {0.5, 0.3359375, 0.6640625, 8.4536470604789653e-272, 0.25, 0.75};
        size_t m;
        for (m = 0; m < sizeof edges / sizeof edges[0]; m++)
            for (k = -64; k <= 64; k++)
                logit64_at(neighbour(edges[m], k, 0.0, 1.0), a, b, tmp, &st);
    }
    flush_logit64_batch(&st);
    mpfr_clears(a, b, tmp, (mpfr_ptr)0);
    t1 = now();
    print_row("sigmoid_logit_f64", "scalar", st.checked, 0, st.max_ulp, st.worst, t1 - t0,
              SIGMOID_INTERNAL_LOGIT_F64_ULP);
    for (r = 0; r < row_count; r++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            if (fn_has_domain(&rows[r]) && rows[r].size == 8 && fn_runs_on(&rows[r], path))
                print_row(rows[r].name, fn_path_name(path), st.checked, st.mismatched_array, st.max_ulp, st.worst,
                          t1 - t0, rows[r].ulp);
}

int main(int argc, char **argv)
{
    job j;
    worker wk[NTHREADS];
    pthread_t tid[NTHREADS];
    stats total[NF32];
    static path_stats ptotal[MAX_ROWS][SIGMOID_INTERNAL_PATH_COUNT];
    double t0, t1;
    size_t r;
    int i, f, path, only_f64 = argc > 1 && strcmp(argv[1], "--f64") == 0;
    int only_backward = argc > 1 && strcmp(argv[1], "--backward") == 0;
    int only_half = argc > 1 && strcmp(argv[1], "--half") == 0;
    int only_logit = argc > 1 && strcmp(argv[1], "--logit") == 0;

    rows = fn_table(&row_count);
    if (row_count > MAX_ROWS) {
        printf("verify: the function table has %zu rows, room for %d\n", row_count, MAX_ROWS);
        return 1;
    }

    setvbuf(stdout, NULL, _IOLBF, 0);
    signal(SIGFPE, on_trap);
    printf("%-32s %-8s %12s %10s %9s %-24s %7s\n", "function", "path", "inputs", "misrounded",
           "max ULP", "worst input", "seconds");
    if (!only_f64 && !only_backward && !only_half && !only_logit) {
        t0 = now();
        memset(&j, 0, sizeof j);
        j.th = find_thresholds();
        pthread_mutex_init(&j.lock, NULL);
        memset(wk, 0, sizeof wk);
        for (i = 0; i < NTHREADS; i++) {
            wk[i].j = &j;
            pthread_create(&tid[i], NULL, worker_main, &wk[i]);
        }
        memset(total, 0, sizeof total);
        memset(ptotal, 0, sizeof ptotal);
        for (i = 0; i < NTHREADS; i++) {
            pthread_join(tid[i], NULL);
            for (f = 0; f < NF32; f++)
                stats_merge(&total[f], &wk[i].s[f]);
            for (r = 0; r < row_count; r++)
                for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                    ptotal[r][path].mismatch += wk[i].p[r][path].mismatch;
                    ptotal[r][path].fast_decreasing += wk[i].p[r][path].fast_decreasing;
                    stats_merge(&ptotal[r][path].fast, &wk[i].p[r][path].fast);
                }
        }
        t1 = now();
        for (i = 1; i < NTHREADS; i++) {
            ld_record *a = &wk[0].ld, *b = &wk[i].ld;
            a->by_ld += b->by_ld, a->by_mpfr += b->by_mpfr, a->sampled += b->sampled, a->sample_bad += b->sample_bad;
            if (b->max_rel > a->max_rel)
                a->max_rel = b->max_rel, a->worst = b->worst;
        }
        printf("(every finite float ran on every path with FE_INVALID, FE_DIVBYZERO and "
               "FE_OVERFLOW trapping: no trap)\n");
        printf("references: long double decided %llu |x|, MPFR %llu; on %llu of the former MPFR agreed %s, "
               "long double within 2^%.1f (at %a; allowed 2^%d, filter 2^%d)\n",
               wk[0].ld.by_ld, wk[0].ld.by_mpfr, wk[0].ld.sampled, wk[0].ld.sample_bad ? "NOT everywhere" : "everywhere",
               wk[0].ld.max_rel > 0 ? (double)log2l(wk[0].ld.max_rel) : -999.0, wk[0].ld.worst,
               ilogbl(LD_SAMPLE_REL), ilogbl(LD_FILTER_REL));
        if (wk[0].ld.sample_bad || wk[0].ld.sampled == 0) {
            printf("verify: FAIL the long double reference is off on %llu sampled inputs\n", wk[0].ld.sample_bad);
            failures++;
        }
        for (f = 0; f < NF32; f++) {
            if (F_IS_NAIVE(f)) {
                printf("%-32s %-8s %12llu %10llu %9.6f %-24a %7.1f  (comparison; max ULP over normal results)\n",
                       f32_name[f], "glibc", total[f].checked, total[f].misrounded,
                       total[f].max_ulp, (double)total[f].worst, t1 - t0);
                continue;
            }
            print_row(f32_name[f], "element", total[f].checked, total[f].misrounded, total[f].max_ulp,
                      (double)total[f].worst, t1 - t0,
                      f == F_SIGMA ? SIGMOID_INTERNAL_SIGMA_F32_ULP
                      : f == F_DERIV ? SIGMOID_INTERNAL_DERIV_F32_ULP
                      : f == F_SILU ? SIGMOID_INTERNAL_SILU_F32_ULP
                      : f == F_SILU_DERIV ? SIGMOID_INTERNAL_SILU_DERIV_F32_ULP
                      : f == F_SOFTPLUS || f == F_LOG ? SIGMOID_INTERNAL_SOFTPLUS_F32_ULP
                      : SIGMOID_INTERNAL_FROM_OUTPUT_F32_ULP);
        }
        /* Every covered row on every path: an exact row is bit-identical
         * to its element function, so its errors are the element's and a
         * mismatch counts as a misrounded result; a fast row against its
         * bound. */
        for (r = 0; r < row_count; r++) {
            const fn_row *row = &rows[r];
            if (!covered_row(row))
                continue;
            for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                const path_stats *p = &ptotal[r][path];
                const stats *e = &total[ref_stats(row->ref)];
                int ok;
                if (!fn_runs_on(row, path))
                    continue;
                if (!row->fast) {
                    print_row(row->name, fn_path_name(path), e->checked, e->misrounded + p->mismatch, e->max_ulp,
                              (double)e->worst, t1 - t0, row->ulp);
                    continue;
                }
                ok = p->fast.misrounded == 0 && p->fast.max_ulp <= row->ulp;
                printf("%-32s %-8s %12llu %10s %9.6f %-24a %7.1f  %s (> %g ULP: %llu; monotone: %s)\n", row->name,
                       fn_path_name(path), p->fast.checked, "-", p->fast.max_ulp, (double)p->fast.worst, t1 - t0,
                       ok ? "ok" : "FAIL", row->ulp, p->fast.misrounded, p->fast_decreasing == 0 ? "yes" : "no");
                if (p->fast_decreasing)
                    printf("  the fast tier decreases at %llu steps between adjacent floats\n", p->fast_decreasing);
                if (!ok)
                    failures++;
            }
        }
        printf("accurate path taken: sigmoid_f32 %llu, sigmoid_deriv_f32 %llu, sigmoid_silu_f32 %llu, "
               "sigmoid_silu_deriv_f32 %llu, sigmoid_softplus_f32 (and log) %llu of 2^32 inputs each\n",
               total[F_SIGMA].slow_path, total[F_DERIV].slow_path, total[F_SILU].slow_path, total[F_SILU_DERIV].slow_path,
               total[F_SOFTPLUS].slow_path);
        printf("thresholds (|x|): sigma=1 from %a, sigma=0 from -%a, sigma=1/2 up to +%a/-%a,"
               " sigma'=0 from %a, sigma'=1/4 up to %a\n",
               (double)f32_from_bits(j.th.sigma_pos_one), (double)f32_from_bits(j.th.sigma_neg_zero),
               (double)f32_from_bits(j.th.sigma_pos_half), (double)f32_from_bits(j.th.sigma_neg_half),
               (double)f32_from_bits(j.th.deriv_zero), (double)f32_from_bits(j.th.deriv_quarter));
        printf("thresholds (|x|): silu(x)=x from %a, silu=-0 from -%a, silu'=1 from %a, silu'=-0 from -%a,"
               " closed forms below %a\n",
               (double)f32_from_bits(j.th.silu_pos_x), (double)f32_from_bits(j.th.silu_neg_zero),
               (double)f32_from_bits(j.th.dsilu_pos_one), (double)f32_from_bits(j.th.dsilu_neg_zero),
               (double)f32_from_bits(SILU_SMALL));
        printf("thresholds (|x|): softplus(x)=x from %a, softplus=+0 from -%a\n",
               (double)f32_from_bits(j.th.softplus_pos_x), (double)f32_from_bits(j.th.softplus_neg_zero));
    }
    if (!only_backward && !only_half && !only_logit)
        check_f64();
    if (!only_backward && !only_half)
        check_logit();
    if (only_logit) {
        printf("%s\n", failures ? "verify: FAILED" : "verify: all contracts hold");
        return failures ? 1 : 0;
    }
    if (!only_half)
        check_backward_f32();
    check_half_unary();
    check_half_backward();
    printf("%s\n", failures ? "verify: FAILED" : "verify: all contracts hold");
    return failures ? 1 : 0;
}
