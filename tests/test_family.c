/* The logistic family: SiLU, x sigma(x), softplus, log sigma and logit. The arrays' generic properties
 * (every path equal to the element, specials, n = 0, in place, alignment,
 * guard pages, flags, directed modes) are checked with every other row of
 * the function table, and the accuracy against the long double reference on
 * the suite's sample; make verify proves the float results on every input.
 * Here: the values where a shortcut would go wrong. */
#include "test_common.h"

#include <fenv.h>

/* Whether got, the result of name at x, is correctly rounded against the
 * long double reference want; says so when it is not. The reference's
 * error is below 2^-37.5 ULP (reference.h): 2^-30 leaves a wide margin. */
static int rounds_right(const char *name, float x, float got, long double want)
{
    double e = err_ulp_f32(got, want);
    if (e <= 0.5 + REF_ERR_F32_ULP)
        return 1;
    printf("\n  %s(%a) = %a, reference %La, %.6f ULP\n", name, (double)x, (double)got, want, e);
    return 0;
}

/* The spacing of floats above the larger of |a| and |b| (both floats). */
static double ulp_of_larger(double a, double b)
{
    float big = (float)(fabs(a) > fabs(b) ? fabs(a) : fabs(b));
    return (double)nextafterf(big, INFINITY) - (double)big;
}

/* SiLU's minimum: x0 = -1.2784645 solves silu'(x) = sigma(x)(1 + x(1 -
 * sigma(x))) = 0, so sigma(x0) = 1 + 1/x0 and silu(x0) = x0 + 1 =
 * -0.2784645. No result may fall below the float nearest that; every
 * result on 40,001 floats around x0 is correctly rounded against the long
 * double reference. */
TEST silu_minimum(void)
{
    float x = -1.2784645f;
    int k;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (k = -20000; k <= 20000; k++) {
        float xi = f32_from_bits(f32_bits(x) + (uint32_t)k);
        float got = sigmoid_silu_f32(xi);
        if (!rounds_right("silu", xi, got, ref_silu((long double)xi)) || !(got >= -0.27846456f))
            FAILm("silu near its minimum");
    }
    PASS();
}

/* Tiny |x|: silu(x) = x/2 + x^2/4 - ..., where x^2/4 decides a tie only.
 * x = 3 * 2^-149: x/2 is the midpoint of 2^-149 and 2 * 2^-149, and the
 * exact value lies just above it, so 2 * 2^-149; for -x it lies just
 * towards zero: -2^-149. x = 2^-149: up to 2^-149, and -0 for -x, the
 * sign kept. Dividing by 2 in float (ties to even) gets three of these
 * wrong; the last ones check that a/2 is exact for normal results. */
TEST silu_tiny_inputs(void)
{
    static const struct {
        uint32_t x, want;
    } cases[] = {
        {0x00000003u, 0x00000002u}, {0x80000003u, 0x80000001u},
        {0x00000001u, 0x00000001u}, {0x80000001u, 0x80000000u},
        {0x00000002u, 0x00000001u}, {0x80000002u, 0x80000001u},
        {0x00800001u, 0x00400001u}, {0x80800001u, 0x80400000u}, /* 2^-126 (1 + 2^-23): a subnormal half */
        {0x01000001u, 0x00800001u}, {0x81000001u, 0x80800001u}, /* 2^-125 (1 + 2^-23): a normal half */
        {0x33000000u, 0x32800000u}, {0xb3000000u, 0xb2800000u}, /* 2^-25 */
        {0x00000000u, 0x00000000u}, {0x80000000u, 0x80000000u},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        float x = f32_from_bits(cases[i].x), out[1];
        int path;
        float got = sigmoid_silu_f32(x);
        if (f32_bits(got) != cases[i].want) {
            printf("\n  silu(%a) = %a (0x%08x), want 0x%08x\n", (double)x, (double)got, f32_bits(got), cases[i].want);
            FAILm("silu of a tiny input");
        }
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
            if (sigmoid_internal_path_ok(path)) {
                float in[8] = {0};
                float res[8];
                in[3] = x; /* inside a vector block */
                sigmoid_internal_silu_array_f32_on(path, in, res, 8);
                out[0] = res[3];
                if (f32_bits(out[0]) != cases[i].want) {
                    printf("\n  %s path: silu(%a) = 0x%08x, want 0x%08x\n", fn_path_name(path), (double)x,
                           f32_bits(out[0]), cases[i].want);
                    FAILm("silu array of a tiny input");
                }
            }
    }
    PASS();
}

/* Large |x|: silu(x) = x once x e^-x is below half an ulp of x (from
 * x = 16.6 or so), and -0 once |x| e^x is below 2^-150; in between the
 * subnormal results. Each against the long double reference. */
TEST silu_tails(void)
{
    int k;
    ASSERT_EQ(FLT_MAX, sigmoid_silu_f32(FLT_MAX));
    ASSERT_EQ(0x80000000u, f32_bits(sigmoid_silu_f32(-FLT_MAX)));
    ASSERT_EQ(200.0f, sigmoid_silu_f32(200.0f));
    ASSERT_EQ(0x80000000u, f32_bits(sigmoid_silu_f32(-200.0f)));
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (k = -1920; k <= 640; k++) { /* x = k/16 in [-120, 40] */
        float x = (float)k * 0.0625f;
        if (!rounds_right("silu", x, sigmoid_silu_f32(x), ref_silu((long double)x)))
            FAILm("silu in the tails");
    }
    PASS();
}


/* FE_UNDERFLOW only for tiny results: sigma, sigma', silu and silu' in
 * double on every path, from where their results turn subnormal (x =
 * -708.39 for sigma and sigma', -714.96 for silu and silu') up to -300,
 * and from 300 to 708, where intermediates near e^-2|x| once underflowed. */
TEST no_underflow_for_normal_results(void)
{
#ifdef FE_UNDERFLOW
    static double x[8192], y[8192];
    size_t count, r, n;
    const fn_row *t = fn_table(&count);
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        double from = f->ref == FN_REF_silu || f->ref == FN_REF_silu_deriv ? -714.9 : -708.3;
        int path;
        if (f->size != 8 || f->binary || f->fast || f->ref == FN_REF_from_output)
            continue;
        for (n = 0; n < 4096; n++) {
            x[n] = from + (double)n * ((-300.0 - from) / 4095.0);
            x[n + 4096] = 300.0 + (double)n * (408.0 / 4095.0);
        }
        n = 8192;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            size_t i;
            if (!fn_runs_on(f, path))
                continue;
            feclearexcept(FE_ALL_EXCEPT);
            f->unary_f64(path, x, y, n);
            if (fetestexcept(FE_UNDERFLOW)) {
                for (i = 0; i < n; i++) { /* find the first input that raises it */
                    feclearexcept(FE_ALL_EXCEPT);
                    f->unary_f64(path, &x[i], &y[i], 1);
                    if (fetestexcept(FE_UNDERFLOW))
                        break;
                }
                printf("\n  %s, %s path: FE_UNDERFLOW at x = %a (result %a)\n", f->name, fn_path_name(path),
                       i < n ? x[i] : 0.0, i < n ? y[i] : 0.0);
                FAILm("FE_UNDERFLOW for a normal result");
            }
        }
    }
    PASS();
#else
    SKIPm("no FE_UNDERFLOW");
#endif
}

/* silu'(x) near its zero x0 = -1.2784645: every float within 2^-7 of x0
 * (65,537 of them; the fast path's cancellation test sends the 7,138
 * within 2^-11.2 to the accurate path) against the reference, which keeps its
 * accuracy there (reference.h); the sign changes between the two floats
 * around x0, and nowhere else. */
TEST silu_deriv_near_its_zero(void)
{
    float x0 = -1.2784645f; /* the float nearest x0 */
    int k;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (k = -32768; k <= 32768; k++) {
        float xi = f32_from_bits(f32_bits(x0) + (uint32_t)k);
        float got = sigmoid_silu_deriv_f32(xi);
        int negative = (long double)xi < (long double)ref_silu_x0[0] + ref_silu_x0[1]; /* below the zero */
        if (!rounds_right("silu'", xi, got, ref_silu_deriv((long double)xi)) || (got < 0) != negative || got == 0)
            FAILm("silu' near its zero");
    }
    PASS();
}

/* The double silu' near its zero: x0 + k 2^-j for j = 20..52 and k =
 * -20..20 (j = 52: the 41 doubles nearest x0), against the long double
 * reference, which computes 1 + x + e^x there without cancellation (its
 * error, < 2^-60 relative, is within REF_ERR_F64_ULP); the sign changes
 * between the doubles around x0. */
TEST silu_deriv_f64_near_its_zero(void)
{
    const double x0 = -1.2784645427610738; /* the double nearest x0 */
    double worst = 0, at = 0;
    int j, k;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (j = 20; j <= 52; j++)
        for (k = -20; k <= 20; k++) {
            double x = x0 + ldexp((double)k, -j); /* exact */
            double got = sigmoid_silu_deriv_f64(x);
            long double want = ref_silu_deriv((long double)x);
            double e = err_ulp_f64(got, want);
            int negative = (long double)x < (long double)ref_silu_x0[0] + ref_silu_x0[1];
            if (e > worst)
                worst = e, at = x;
            if (e > SIGMOID_INTERNAL_SILU_DERIV_F64_ULP + REF_ERR_F64_ULP || (got < 0) != negative || got == 0) {
                printf("\n  silu'(%a) = %a, reference %La, %.6f ULP\n", x, got, want, e);
                FAILm("double silu' near its zero");
            }
        }
    printf("\n  sigmoid_silu_deriv_f64 near its zero: max %.6f ULP at %a", worst, at);
    PASS();
}

/* silu(x) - silu(-x) = x sigma(x) + x sigma(-x) = x, and silu'(x) +
 * silu'(-x) = sigma(x) + sigma(-x) = 1. Each result is within half an ulp
 * of its exact value, so the difference or sum (exact in double) is within
 * one ulp of the larger result of x or 1. */
TEST silu_identities(void)
{
    uint32_t u;
    for (u = 0x30000000u; u < 0x42c00000u; u += 4099u) { /* 2^-31 to 96 */
        float x = f32_from_bits(u);
        double p = (double)sigmoid_silu_f32(x), m = (double)sigmoid_silu_f32(-x);
        double dp = (double)sigmoid_silu_deriv_f32(x), dm = (double)sigmoid_silu_deriv_f32(-x);
        if (fabs(p - m - (double)x) > ulp_of_larger(p, m) || fabs(dp + dm - 1.0) > ulp_of_larger(dp, dm)) {
            printf("\n  x = %a: silu(x), silu(-x) = %a, %a; silu'(x), silu'(-x) = %a, %a\n", (double)x, p, m, dp, dm);
            FAILm("silu(x) - silu(-x) != x or silu'(x) + silu'(-x) != 1");
        }
    }
    PASS();
}

/* sigmoid_silu_deriv_f32 against finite differences of sigmoid_silu_f64,
 * Richardson-extrapolated (see test_derivatives.c): R = (4 D(h/2) - D(h))/3
 * with h = 2^-9 on the grid [-30, 30] in steps of 2^-6 (so x +- h, x +- h/2
 * are exact). Absolute tolerance, since silu' crosses zero:
 *   truncation h^4/480 max|silu^(5)| = 2^-36/480 * 0.657 (max on the grid,
 *     mpmath) < 2e-14;
 *   rounding: each silu value within 2^-52 |silu| <= 30 * 2^-52, so R
 *     within (4 * 2/(h/2) + 2/h)/3 * 30 * 2^-52 = 6/h * 30 * 2^-52 < 2.1e-11;
 *   the float result: half an ulp, <= 2^-24 |silu'|.
 * 1e-10 + 2^-24 |silu'| covers these with a margin of 4. */
TEST silu_deriv_matches_finite_differences(void)
{
    const double h = 1.0 / 512;
    double worst = 0, at = 0;
    int k;
    for (k = 0; k <= 3840; k++) {
        double x = -30.0 + k / 64.0;
        double d1 = (sigmoid_silu_f64(x + h) - sigmoid_silu_f64(x - h)) / (2 * h);
        double d2 = (sigmoid_silu_f64(x + h / 2) - sigmoid_silu_f64(x - h / 2)) / h;
        double r = (4 * d2 - d1) / 3, v = (double)sigmoid_silu_deriv_f32((float)x);
        double tol = 1e-10 + ldexp(fabs(v), -24);
        if (fabs(v - r) > worst)
            worst = fabs(v - r), at = x;
        if (!(fabs(v - r) <= tol)) {
            printf("\n  silu'(%g) = %.17g, finite differences %.17g\n", x, v, r);
            FAILm("silu' != finite differences of silu");
        }
    }
    printf("\n  sigmoid_silu_deriv_f32 vs FD of sigmoid_silu_f64: max difference %.3e at x = %g", worst, at);
    PASS();
}

/* log sigma(x) = -softplus(-x) bit for bit, and softplus(x) - softplus(-x)
 * = log((1 + e^x)/(1 + e^-x)) = x: each result within half an ulp, so
 * the difference (exact in double) within one ulp of the larger. Floats
 * from 2^-31 to 2^31 and doubles on the same grid. */
TEST softplus_identities(void)
{
    uint32_t u;
    for (u = 0x30000000u; u < 0x4f000000u; u += 4099u) {
        float x = f32_from_bits(u);
        double p = (double)sigmoid_softplus_f32(x), m = (double)sigmoid_softplus_f32(-x);
        double xd = (double)x * 1.0000000001, pd = sigmoid_softplus_f64(xd), md = sigmoid_softplus_f64(-xd);
        if (!same_f32(sigmoid_log_f32(x), -sigmoid_softplus_f32(-x)) ||
            !same_f32(sigmoid_log_f32(-x), -sigmoid_softplus_f32(x)) ||
            !same_f64(sigmoid_log_f64(xd), -sigmoid_softplus_f64(-xd))) {
            printf("\n  x = %a: log sigma(x) = %a, -softplus(-x) = %a\n", (double)x, (double)sigmoid_log_f32(x),
                   (double)-sigmoid_softplus_f32(-x));
            FAILm("log sigma(x) != -softplus(-x)");
        }
        if (fabs(p - m - (double)x) > ulp_of_larger(p, m) ||
            fabs(pd - md - xd) > ldexp(pd > md ? pd : md, -52)) {
            printf("\n  x = %a: softplus(x), softplus(-x) = %a, %a; double: %a, %a\n", (double)x, p, m, pd, md);
            FAILm("softplus(x) - softplus(-x) != x");
        }
    }
    PASS();
}

/* d/dx softplus = sigma and d/dx log sigma = sigma(-x), against
 * Richardson-extrapolated central differences of the double functions as
 * in silu_deriv_matches_finite_differences (h = 2^-9, x on [-30, 30] in
 * steps of 2^-6, so x +- h and x +- h/2 are exact). Tolerance: rounding,
 * each value within 2^-52 of itself, 6/h times the larger value's share
 * (doubled for margin); truncation h^4/480 max|f^(5)| < 2^-36 sigma'
 * < 1e-12 sigma (f^(5) = sigma^(4), at most sigma here). */
TEST softplus_matches_finite_differences(void)
{
    const double h = 1.0 / 512;
    double worst = 0, at = 0;
    int k, which;
    for (which = 0; which < 2; which++)
        for (k = 0; k <= 3840; k++) {
            double x = -30.0 + k / 64.0;
            double (*f)(double) = which ? sigmoid_log_f64 : sigmoid_softplus_f64;
            double d1 = (f(x + h) - f(x - h)) / (2 * h);
            double d2 = (f(x + h / 2) - f(x - h / 2)) / h;
            double r = (4 * d2 - d1) / 3, v = sigmoid_f64(which ? -x : x);
            double big = fabs(f(x + h)) > fabs(f(x - h)) ? fabs(f(x + h)) : fabs(f(x - h));
            double tol = 12.0 / h * ldexp(big, -52) + 1e-12 * v;
            if (fabs(v - r) / v > worst)
                worst = fabs(v - r) / v, at = x;
            if (!(fabs(v - r) <= tol)) {
                printf("\n  %s'(%g): sigma = %.17g, finite differences %.17g\n", which ? "log sigma" : "softplus", x,
                       v, r);
                FAILm("d/dx softplus != sigma");
            }
        }
    printf("\n  sigma vs FD of sigmoid_softplus_f64, sigmoid_log_f64: max relative difference %.3e at x = %g", worst,
           at);
    PASS();
}

/* The tails, against MPFR's correctly rounded values: subnormal results
 * kept, the last ones rounding up to the smallest subnormal; softplus(x)
 * = x and log sigma(-x) = -x (never -inf, where -logf(sigmoid) is) for
 * large x; log sigma of a large x is a tiny negative or -0. */
TEST softplus_tails(void)
{
    uint32_t u;
    ASSERT_EQ_FMT(ldexp(0x1b, -149), (double)sigmoid_softplus_f32(-100.0f), "%a");
    ASSERT_EQ_FMT(ldexp(0x11d85, -146), (double)sigmoid_softplus_f32(-90.0f), "%a");
    ASSERT_EQ_FMT(ldexp(1.0, -149), (double)sigmoid_softplus_f32(-103.5f), "%a");
    ASSERT_EQ_FMT(ldexp(0x1639e3, -45), (double)sigmoid_softplus_f32(-17.0f), "%a");
    ASSERT_EQ_FMT(-ldexp(0x1b, -149), (double)sigmoid_log_f32(100.0f), "%a");
    ASSERT(same_f32(0.0f, sigmoid_softplus_f32(-104.0f)));
    ASSERT(same_f32(-0.0f, sigmoid_log_f32(104.0f)));
    ASSERT_EQ_FMT(ldexp(0x55, -1074), sigmoid_softplus_f64(-740.0), "%a");
    ASSERT_EQ_FMT(ldexp(1.0, -1074), sigmoid_softplus_f64(-745.0), "%a");
    ASSERT_EQ_FMT(ldexp((double)0x114f2b0fb9307fULL, -1062), sigmoid_softplus_f64(-700.0), "%a");
    ASSERT_EQ_FMT(ldexp((double)0x139792499b1a24ULL, -110), sigmoid_softplus_f64(-40.0), "%a");
    ASSERT_EQ_FMT(ldexp((double)0x1e00000000001aULL, -48), sigmoid_softplus_f64(30.0), "%a");
    ASSERT_EQ_FMT(stored_f64(-1e308), sigmoid_log_f64(stored_f64(-1e308)), "%a"); /* x87: the double, not -1e308 in long double */
    ASSERT(same_f64(-0.0, sigmoid_log_f64(746.0)));
    for (u = 0x41a00000u; u < 0x7f800000u; u += 65521u) { /* 20 to FLT_MAX: e^-x < ulp(x)/2 */
        float x = f32_from_bits(u);
        if (sigmoid_softplus_f32(x) != x || sigmoid_log_f32(-x) != -x) {
            printf("\n  x = %a: softplus(x) = %a, log sigma(-x) = %a\n", (double)x, (double)sigmoid_softplus_f32(x),
                   (double)sigmoid_log_f32(-x));
            FAILm("softplus(x) != x for large x");
        }
    }
    ASSERT_EQ(FLT_MAX, sigmoid_softplus_f32(FLT_MAX));
    ASSERT_EQ(-FLT_MAX, sigmoid_log_f32(-FLT_MAX));
    PASS();
}


/* logit where it is hard, each result correctly rounded against the long
 * double reference: the 2^16 floats on each side of 1/2 (logit -> 0, and
 * 1 - 2p must stay exact), the 2^16 below 1 (1 - p exact, then tiny),
 * the smallest 2^16 (subnormal p, logit near -103.28) and 2^16 around
 * the point where the algorithm changes (p = 43/128 and 85/128). The
 * doubles: every power of two p = 2^-k and 1 - 2^-k, and their
 * neighbours, within the contract. */
TEST logit_hard_regions(void)
{
    static const uint32_t centre[] = {0x3f000000u, 0x3f800000u, 0x00000000u, 0x3eac0000u, 0x3f2a0000u};
    size_t c;
    int k;
    double worst = 0, at = 0;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (c = 0; c < sizeof centre / sizeof centre[0]; c++) {
        uint32_t u, lo = centre[c] < 65536u ? 1u : centre[c] - 65536u, hi = centre[c] == 0x3f800000u ? centre[c] - 1u : centre[c] + 65536u;
        for (u = lo; u <= hi; u += (uint32_t)REF_THIN) {
            float p = f32_from_bits(u);
            if (!rounds_right("logit", p, sigmoid_logit_f32(p), ref_logit((long double)p)))
                FAILm("logit not correctly rounded");
        }
    }
    for (k = 1; k <= 1074; k++) {
        int j;
        for (j = -2; j <= 2; j++) {
            double p = ldexp(1.0, -k), e;
            p = j < 0 ? nextafter(p, 0.0) : j > 0 ? nextafter(p, 1.0) : p;
            p = j == 2 && k <= 53 ? 1.0 - p : p; /* 1 - 2^-k and its neighbours, exact */
            p = j == -2 && k <= 53 ? nextafter(1.0 - ldexp(1.0, -k), 1.0) : p;
            p = stored_f64(p); /* x87: 1 - p rounded to double, as the call gets it */
            if (!(p > 0 && p < 1))
                continue;
            e = err_ulp_f64(sigmoid_logit_f64(p), ref_logit((long double)p));
            if (e > worst)
                worst = e, at = p;
            if (!(e <= SIGMOID_INTERNAL_LOGIT_F64_ULP + REF_ERR_F64_ULP)) {
                printf("\n  sigmoid_logit_f64(%a) = %a, reference %La: %.6f ULP\n", p, sigmoid_logit_f64(p),
                       ref_logit((long double)p), e);
                FAILm("logit_f64 outside its bound");
            }
        }
    }
    printf("\n  sigmoid_logit_f64 at the powers of two, 1 - them and neighbours: max %.6f ULP at %a", worst, at);
    ASSERT(same_f32(0.0f, sigmoid_logit_f32(0.5f)) && same_f64(0.0, sigmoid_logit_f64(0.5)));
    PASS();
}

/* logit(1 - p) = -logit(p) bit for bit where 1 - p is exact (p > 1/2,
 * Sterbenz), float and double (logit(1/2) = +0 on both sides). */
TEST logit_symmetry(void)
{
    uint32_t u;
    for (u = 0x3f000001u; u < 0x3f800000u; u += 131u) {
        float p = f32_from_bits(u);
        double pd = (double)p * (1.0 + 9.3132257461547852e-10) > 1.0 ? (double)p : (double)p * (1.0 + 9.3132257461547852e-10);
        if (!same_f32(sigmoid_logit_f32(1.0f - p), -sigmoid_logit_f32(p)) ||
            !same_f64(sigmoid_logit_f64(1.0 - pd), -sigmoid_logit_f64(pd))) {
            printf("\n  p = %a: logit(p) = %a, logit(1 - p) = %a; double %a: %a, %a\n", (double)p,
                   (double)sigmoid_logit_f32(p), (double)sigmoid_logit_f32(1.0f - p), pd, sigmoid_logit_f64(pd),
                   sigmoid_logit_f64(1.0 - pd));
            FAILm("logit(1 - p) != -logit(p)");
        }
    }
    PASS();
}

/* The round trips, float. sigma(logit(p)): y = logit(p) is within
 * ulp(y)/2 of L = logit(p) exactly, and sigma moves by sigma'(xi) |y - L|
 * with sigma'(xi) within 2^-17 of p(1 - p) (|y - L| <= 2^-24 |L| <=
 * 2^-17.3), then rounds once: |sigma(logit(p)) - p| <= p(1 - p)|y - L|
 * (1 + 2^-17) + ulp/2 at the result. In ULPs of p that is at most
 * 0.5 + (1 - p)|L|: about 1 ULP near p = 1/2, 64 near the smallest normal
 * p, where the float logit holds too few bits of log p. logit(sigma(x)):
 * y = sigma(x) is off by |y - s| from s = sigma(x) exactly, and logit
 * has slope 1/(xi(1 - xi)) <= 1/min(y(1 - y), s(1 - s)) between them,
 * then rounds once. Checked on every float p in (0, 1) in steps of 997
 * and every float x in [-87, 16.6] in steps of 997 (y < 1 and normal;
 * REF_THIN times fewer where long double is a software binary128).
 * logit(sigma(x)) = +0 for |x| < 2^-25, where sigma(x) rounds to 1/2. */
TEST logit_round_trips(void)
{
    uint32_t u;
    double worst_p = 0, at_p = 0, worst_x = 0, at_x = 0;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (u = 1; u < 0x3f800000u; u += 997u * (uint32_t)REF_THIN) {
        /* long double values in variables, one operation per statement:
           tcc 0.9.27 miscompiles long double casts passed as arguments */
        float p = f32_from_bits(u), y = sigmoid_logit_f32(p), back = sigmoid_f32(y);
        long double pl = p, yl = y, bl = back, L = ref_logit(pl), off = fabsl(yl - L), miss = fabsl(bl - pl);
        long double bound = pl * (1.0L - pl), half = ulp_f32_at(bl) / 2;
        double e = (double)(miss / ulp_f32_at(pl));
        bound = bound * off * (1.0L + 7.62939453125e-06L);
        bound = bound + half;
        if (e > worst_p)
            worst_p = e, at_p = (double)p;
        if (!(miss <= bound)) {
            printf("\n  p = %a: logit %a, sigma of it %a, bound %La\n", (double)p, (double)y, (double)back, bound);
            FAILm("sigma(logit(p)) beyond its bound");
        }
    }
    for (u = 0; u < 0xc2ae0000u; u += 997u * (uint32_t)REF_THIN) { /* to -87 */
        float x, y, back;
        long double xl, yl, bl, s, d, dy, miss, bound;
        double e;
        if (u > 0x4184cccdu && u < 0x80000000u) /* from 16.6 to -0 */
            u = 0x80000000u;
        x = f32_from_bits(u);
        y = sigmoid_f32(x);
        back = sigmoid_logit_f32(y);
        xl = x, yl = y, bl = back;
        s = ref_sigma(xl);
        d = s * (1.0L - s);
        dy = yl * (1.0L - yl);
        d = dy < d ? dy : d;
        miss = fabsl(bl - xl);
        bound = fabsl(yl - s) / d;
        bound = bound * (1.0L + 9.5367431640625e-07L);
        bound = bound + ulp_f32_at(bl) / 2;
        bound = bound + 8.6736173798840355e-19L / d; /* s is within 2^-61.5 (reference.h): 2^-60 / d */
        e = (double)(miss / ulp_f32_at(xl));
        if (fabsf(x) >= 1.0f && e > worst_x)
            worst_x = e, at_x = (double)x;
        if (!(miss <= bound)) {
            printf("\n  x = %a: sigma %a, logit of it %a, bound %La\n", (double)x, (double)y, (double)back, bound);
            FAILm("logit(sigma(x)) beyond its bound");
        }
    }
    printf("\n  sigma(logit(p)) vs p: max %.2f ULP at p = %a; logit(sigma(x)) vs x, |x| >= 1: max %.2f ULP at x = %a",
           worst_p, at_p, worst_x, at_x);
    PASS();
}

/* d/dp logit = 1/(p(1 - p)), against Richardson-extrapolated central
 * differences of sigmoid_logit_f64 (h = 2^-12, p on [1/16, 15/16] in
 * steps of 2^-10, so p +- h and p +- h/2 are exact). Tolerance: rounding,
 * each value within 2^-52 of itself, 6/h times the larger value's share
 * (doubled for margin); truncation h^4/480 max|logit^(5)| = 2^-48/480 *
 * 24 (16^5 + (16/15)^5) < 1e-10 of the derivative (>= 4). */
TEST logit_matches_finite_differences(void)
{
    const double h = 1.0 / 4096;
    double worst = 0, at = 0;
    int k;
    for (k = 64; k <= 960; k++) {
        double p = k / 1024.0, f = 0;
        double d1 = (sigmoid_logit_f64(p + h) - sigmoid_logit_f64(p - h)) / (2 * h);
        double d2 = (sigmoid_logit_f64(p + h / 2) - sigmoid_logit_f64(p - h / 2)) / h;
        double r = (4 * d2 - d1) / 3, v = 1.0 / (p * (1.0 - p));
        double big = fabs(sigmoid_logit_f64(p - h)) > fabs(sigmoid_logit_f64(p + h)) ? fabs(sigmoid_logit_f64(p - h))
                                                                                    : fabs(sigmoid_logit_f64(p + h));
        double tol = 12.0 / h * ldexp(big, -52) + 1e-10 * v;
        f = fabs(v - r) / v;
        if (f > worst)
            worst = f, at = p;
        if (!(fabs(v - r) <= tol)) {
            printf("\n  logit'(%g): 1/(p(1-p)) = %.17g, finite differences %.17g\n", p, v, r);
            FAILm("d/dp logit != 1/(p(1-p))");
        }
    }
    printf("\n  1/(p(1-p)) vs FD of sigmoid_logit_f64: max relative difference %.3e at p = %g", worst, at);
    PASS();
}

SUITE(logistic_family)
{
    RUN_TEST(logit_hard_regions);
    RUN_TEST(logit_symmetry);
    RUN_TEST(logit_round_trips);
    RUN_TEST(logit_matches_finite_differences);
    RUN_TEST(silu_deriv_near_its_zero);
    RUN_TEST(silu_deriv_f64_near_its_zero);
    RUN_TEST(silu_deriv_matches_finite_differences);
    RUN_TEST(no_underflow_for_normal_results);
    RUN_TEST(silu_minimum);
    RUN_TEST(silu_tiny_inputs);
    RUN_TEST(silu_tails);
    RUN_TEST(silu_identities);
    RUN_TEST(softplus_identities);
    RUN_TEST(softplus_matches_finite_differences);
    RUN_TEST(softplus_tails);
}
