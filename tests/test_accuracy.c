/* Accuracy against a long double reference on a dense sample: every 997th
 * float bit pattern of both signs, every 7th pattern of the hard region
 * 2^-20 < |x| < 2^-17, and every pattern within 2^12 of the saturation
 * points and of the fast path's range ends. make verify proves the same contracts on all 2^32 inputs against
 * MPFR; this suite is the quick check that runs with every build.
 *
 * Bounds: float results are correctly rounded, so the error is <= 0.5 ULP;
 * the reference's own error (test_common.h) is added to the bound. */
#include "test_common.h"

typedef struct max_err {
    double ulp;
    double at;
} max_err;

static void note(max_err *m, double ulp, double x)
{
    if (ulp > m->ulp) {
        m->ulp = ulp;
        m->at = x;
    }
}

static max_err e_sigma, e_deriv, e_from_output;

static void check_f32_at(float x)
{
    long double y = ref_sigma((long double)x);
    note(&e_sigma, err_ulp_f32(sigmoid_f32(x), y), (double)x);
    note(&e_deriv, err_ulp_f32(sigmoid_deriv_f32(x), ref_deriv((long double)x)), (double)x);
    if (x > 0 && x < 1) {
        /* y(1-y) for float y: 1-y is exact in long double for y >= 2^-40,
         * and the product rounds once (2^-64); below 2^-40 the result is y
         * to far better than 2^-40 ULP. */
        long double yy = (long double)x;
        note(&e_from_output, err_ulp_f32(sigmoid_deriv_from_output_f32(x), yy * (1.0L - yy)),
             (double)x);
    }
}

static void sweep(uint32_t first, uint32_t last, uint32_t stride)
{
    uint32_t u;
    for (u = first; u <= last && u >= first; u += stride) {
        float x = f32_from_bits(u);
        check_f32_at(x);
        check_f32_at(-x);
    }
}

TEST f32_correctly_rounded_on_sample(void)
{
    const double bound = 0.5 + REF_ERR_F32_ULP;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    memset(&e_sigma, 0, sizeof e_sigma);
    memset(&e_deriv, 0, sizeof e_deriv);
    memset(&e_from_output, 0, sizeof e_from_output);
    sweep(0, 0x7f7fffffu, 997);
    sweep(f32_bits(9.5367432e-07f), f32_bits(7.6293945e-06f), 7);  /* 2^-20 .. 2^-17 */
    sweep(0x418AA123u - 4096, 0x418AA123u + 4096, 1);              /* sigma -> 1 */
    sweep(f32_bits(87.33655f) - 4096, f32_bits(87.33655f) + 4096, 1); /* subnormal from here */
    sweep(f32_bits(103.97208f) - 4096, f32_bits(103.97208f) + 4096, 1); /* zero from here */
    /* where the inlined fast path hands over: k = +-128000 (x = 125 ln2),
     * sigma's own end at k = 2^19 (x = 512 ln2), the tail's constants */
    sweep(f32_bits(86.643398f) - 4096, f32_bits(86.643398f) + 4096, 1);
    sweep(f32_bits(354.89136f) - 4096, f32_bits(354.89136f) + 4096, 1);
    sweep(f32_bits(120.0f) - 4096, f32_bits(120.0f) + 4096, 1);
    printf("\n  f32 max error (ULP): sigma %.6f at %a, deriv %.6f at %a, from_output %.6f at %a\n",
           e_sigma.ulp, e_sigma.at, e_deriv.ulp, e_deriv.at, e_from_output.ulp, e_from_output.at);
    ASSERT(e_sigma.ulp <= bound);
    ASSERT(e_deriv.ulp <= bound);
    ASSERT(e_from_output.ulp <= bound);
    PASS();
}

/* double: the contract is < 0.5 + 2^-15 ULP (make verify); against long
 * double the reference adds up to REF_ERR_F64_ULP. Inputs: uniform on
 * [-40, 40], uniform on [-750, 750], and log-uniform 2^-60 .. 2^10. */
TEST f64_below_one_ulp_on_sample(void)
{
    const double bound = 0.5 + 1.0 / 32768 + REF_ERR_F64_ULP;
    uint64_t s = 42;
    double ms = 0, md = 0, mo = 0, at_s = 0, at_d = 0, at_o = 0;
    long i;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (i = 0; i < 300000; i++) {
        double x, e, y;
        switch (i % 3) {
        case 0: x = -40.0 + 80.0 * test_uniform(&s); break;
        case 1: x = -750.0 + 1500.0 * test_uniform(&s); break;
        default: x = ldexp(1.0 + test_uniform(&s), (int)(test_rng(&s) % 71) - 61);
                 if (test_rng(&s) & 1) x = -x;
        }
        x = stored_f64(x);
        e = err_ulp_f64(sigmoid_f64(x), ref_sigma((long double)x));
        if (e > ms) { ms = e; at_s = x; }
        e = err_ulp_f64(sigmoid_deriv_f64(x), ref_deriv((long double)x));
        if (e > md) { md = e; at_d = x; }
        y = stored_f64(test_uniform(&s));
        if (y > 0) {
            /* 1-y is exact in long double for y >= 2^-11; the product adds
             * 2^-64 relative, < 2^-10 ULP of double. */
            long double yy = (long double)y;
            if (y >= 1.0 / 2048) {
                e = err_ulp_f64(sigmoid_deriv_from_output_f64(y), yy * (1.0L - yy));
                if (e > mo) { mo = e; at_o = y; }
            }
        }
    }
    printf("\n  f64 max error (ULP): sigma %.6f at %a, deriv %.6f at %a, from_output %.6f at %a\n",
           ms, at_s, md, at_d, mo, at_o);
    ASSERT(ms <= bound);
    ASSERT(md <= bound);
    ASSERT(mo <= 0.5 + 1.0 / 1024);
    PASS();
}

SUITE(accuracy)
{
    RUN_TEST(f32_correctly_rounded_on_sample);
    RUN_TEST(f64_below_one_ulp_on_sample);
}
