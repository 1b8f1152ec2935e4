/* Accuracy against a long double reference on a dense sample: every 997th
 * float bit pattern of both signs, every 7th pattern of the hard region
 * 2^-20 < |x| < 2^-17, and every pattern within 2^12 of the saturation
 * points and of the fast path's range ends (each REF_THIN times thinner
 * where long double is a software binary128). make verify proves the same contracts on all 2^32 inputs against
 * MPFR; this suite is the quick check that runs with every build.
 *
 * Every exact row of the function table is checked through its element
 * function, against the row's contract from the header plus the
 * reference's own error (test_common.h). */
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

/* The exact unary rows of the function table of this element size: their
 * element functions are the scalar public functions. */
#define ACC_MAX_ROWS 16
static const fn_row *acc_rows[ACC_MAX_ROWS];
static max_err acc_err[ACC_MAX_ROWS];
static size_t acc_n;

static void select_rows(size_t size)
{
    size_t count, r;
    const fn_row *t = fn_table(&count);
    acc_n = 0;
    for (r = 0; r < count && acc_n < ACC_MAX_ROWS; r++)
        if (t[r].size == size && !t[r].binary && !t[r].fast)
            acc_rows[acc_n++] = &t[r];
    memset(acc_err, 0, sizeof acc_err);
}

/* Each selected row's element function at v against its reference. A
 * float y(1-y) reference is exact in long double (1-y is exact for
 * y >= 2^-40, the product rounds once at 2^-64; below, the result is y to
 * far better than 2^-40 ULP); a double one for y >= 2^-11 only. */
static void check_at(double v)
{
    size_t k;
    for (k = 0; k < acc_n; k++) {
        const fn_row *f = acc_rows[k];
        long double want = ref_value(f->ref, (long double)v, 0);
        double e;
        if (f->size == 4) {
            e = err_ulp_f32(f->elem_f32((float)v), want);
        } else {
            if (f->ref == FN_REF_from_output && v > 0 && v < 1.0 / 2048)
                continue;
            e = err_ulp_f64(f->elem_f64(v), want);
        }
        note(&acc_err[k], e, v);
    }
}

static int report_rows(double ref_err)
{
    size_t k;
    int ok = 1;
    for (k = 0; k < acc_n; k++) {
        printf("\n  %s, element function: max %.6f ULP at %a (bound %.6f + %.2g)", acc_rows[k]->name, acc_err[k].ulp,
               acc_err[k].at, acc_rows[k]->ulp, ref_err);
        ok &= acc_err[k].ulp <= acc_rows[k]->ulp + ref_err;
    }
    return ok;
}

static void sweep(uint32_t first, uint32_t last, uint32_t stride)
{
    uint32_t u;
    for (u = first; u <= last && u >= first; u += stride) {
        float x = f32_from_bits(u);
        check_at((double)x);
        check_at(-(double)x);
    }
}

/* The float rows' contracts (each row's ulp, from the header) plus the
 * reference's own error (test_common.h). */
TEST f32_within_contract_on_sample(void)
{
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    select_rows(4);
    sweep(0, 0x7f7fffffu, 997 * REF_THIN);
    sweep(f32_bits(9.5367432e-07f), f32_bits(7.6293945e-06f), 7 * REF_THIN); /* 2^-20 .. 2^-17 */
    sweep(0x418AA123u - 4096, 0x418AA123u + 4096, REF_THIN);                /* sigma -> 1 */
    sweep(f32_bits(87.33655f) - 4096, f32_bits(87.33655f) + 4096, REF_THIN); /* subnormal from here */
    sweep(f32_bits(103.97208f) - 4096, f32_bits(103.97208f) + 4096, REF_THIN); /* zero from here */
    /* where the inlined fast path hands over: k = +-128000 (x = 125 ln2),
     * sigma's own end at k = 2^19 (x = 512 ln2), the tail's constants */
    sweep(f32_bits(86.643398f) - 4096, f32_bits(86.643398f) + 4096, REF_THIN);
    sweep(f32_bits(354.89136f) - 4096, f32_bits(354.89136f) + 4096, REF_THIN);
    sweep(f32_bits(120.0f) - 4096, f32_bits(120.0f) + 4096, REF_THIN);
    ASSERT(acc_n >= 3);
    ASSERT(report_rows(REF_ERR_F32_ULP));
    PASS();
}

/* The scalar fast tier, sigmoid_fast_f32, on the same sample: its own
 * bound is tighter than its array's. */
TEST fast_f32_within_its_bound_on_sample(void)
{
    max_err m = {0, 0};
    uint32_t u;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (u = 0; u < 0x7f800000u; u += 997 * REF_THIN) {
        float x = f32_from_bits(u);
        note(&m, err_ulp_f32(sigmoid_fast_f32(x), ref_sigma((long double)x)), (double)x);
        note(&m, err_ulp_f32(sigmoid_fast_f32(-x), ref_sigma(-(long double)x)), -(double)x);
    }
    printf("\n  sigmoid_fast_f32: max %.6f ULP at %a", m.ulp, m.at);
    ASSERT_IN_RANGE(0.0, m.ulp, SIGMOID_INTERNAL_FAST_F32_ULP + REF_ERR_F32_ULP);
    PASS();
}

/* The double rows, on 300,000 inputs (REF_THIN times fewer on binary128):
 * uniform on [-40, 40], uniform on [-750, 750], log-uniform 2^-60 .. 2^10,
 * and uniform y in (0, 1). */
TEST f64_within_contract_on_sample(void)
{
    uint64_t s = 42;
    long i;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    select_rows(8);
    for (i = 0; i < 300000 / REF_THIN; i++) {
        double x;
        switch (i % 4) {
        case 0: x = -40.0 + 80.0 * test_uniform(&s); break;
        case 1: x = -750.0 + 1500.0 * test_uniform(&s); break;
        case 2: x = ldexp(1.0 + test_uniform(&s), (int)(test_rng(&s) % 71) - 61);
                if (test_rng(&s) & 1) x = -x;
                break;
        default: x = test_uniform(&s);
        }
        check_at(stored_f64(x));
    }
    ASSERT(acc_n >= 3);
    ASSERT(report_rows(REF_ERR_F64_ULP));
    PASS();
}

/* sigmoid_f64, sigmoid_deriv_f64, sigmoid_silu_f64, sigmoid_silu_deriv_f64,
 * sigmoid_softplus_f64, sigmoid_log_f64 and sigmoid_logit_f64 (at p =
 * sigma(x)) run the AVX2 kernel's fast path on one vector where the CPU
 * has it (and the build no FMA); the portable scalar code must give the
 * same bits.
 * 400,000 inputs drawn as above, a quarter of them uniform on [-2, 2]
 * (SiLU's zero is there), plus the edges of the fast paths. */
TEST f64_scalar_functions_match_the_portable_code(void)
{
    static const enum sigmoid_internal_kind kind[] = {
        SIGMOID_INTERNAL_SIGMA,    SIGMOID_INTERNAL_DERIV,     SIGMOID_INTERNAL_SILU, SIGMOID_INTERNAL_SILU_DERIV,
        SIGMOID_INTERNAL_SOFTPLUS, SIGMOID_INTERNAL_LOG_SIGMA, SIGMOID_INTERNAL_LOGIT};
    static double (*const fn[])(double) = {sigmoid_f64,          sigmoid_deriv_f64, sigmoid_silu_f64,
                                           sigmoid_silu_deriv_f64, sigmoid_softplus_f64, sigmoid_log_f64,
                                           sigmoid_logit_f64};
    static const char *name[] = {"sigmoid_f64",          "sigmoid_deriv_f64", "sigmoid_silu_f64",
                                 "sigmoid_silu_deriv_f64", "sigmoid_softplus_f64", "sigmoid_log_f64",
                                 "sigmoid_logit_f64"};
    static const double edge[] = {0.0, -0.0, 1e-300, -1e-300,
                                  1.0261342003245941e-289, -1.0261342003245941e-289, /* 2^-960 */
                                  8.673617379884035e-19, -8.673617379884035e-19,     /* 2^-60 */
                                  659.99999999999989, -659.99999999999989, 660.0, -660.0, 36.7, -36.7,
                                  -1.2784645427610738, 1e300, -1e300};
    uint64_t s = 7;
    long i;
#ifdef SIGMOID_INTERNAL_X87
    /* the portable code needs the 53-bit precision the public functions
       set, and is what they run: there is no vector path here */
    SKIPm("x87 build: the public functions are the portable code");
#endif
    for (i = 0; i < 400000 + (long)(sizeof edge / sizeof edge[0]); i++) {
        double x, got, want;
        int k;
        switch (i < 400000 ? i % 4 : 4) {
        case 0: x = -40.0 + 80.0 * test_uniform(&s); break;
        case 1: x = -700.0 + 1400.0 * test_uniform(&s); break;
        case 2: x = ldexp(1.0 + test_uniform(&s), (int)(test_rng(&s) % 71) - 61);
                if (test_rng(&s) & 1) x = -x;
                break;
        case 3: x = -2.0 + 4.0 * test_uniform(&s); break;
        default: x = edge[i - 400000];
        }
        x = stored_f64(x);
        for (k = 0; k < 7; k++) {
            /* logit takes p: sigma of the drawn x, or x itself on the edges */
            double in = k < 6 || i >= 400000 ? x : stored_f64(1.0 / (1.0 + exp(-x)));
            got = fn[k](in);
            want = sigmoid_internal_f64_portable(in, kind[k]);
            if (!same_f64(got, want)) {
                printf("\n  %s(%a) = %a, the portable scalar code %a (input %ld)", name[k], in, got, want, i);
                FAIL();
            }
        }
    }
    PASS();
}

SUITE(accuracy)
{
    RUN_TEST(f32_within_contract_on_sample);
    RUN_TEST(fast_f32_within_its_bound_on_sample);
    RUN_TEST(f64_within_contract_on_sample);
    RUN_TEST(f64_scalar_functions_match_the_portable_code);
}
