/* Special inputs: NaN, infinities, zeros, subnormals, huge magnitudes,
 * the saturation points, and the ranges of every result. */
#include "test_common.h"

/* Every row of the function table on every path it runs on, and its
 * element function: NaN in (either sign, in either input) gives NaN out;
 * +-inf and +-0 give the reference's special values, zeros with their
 * sign. */
TEST specials_every_function_every_path(void)
{
    size_t count, r;
    const fn_row *t = fn_table(&count);
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        const struct ref_specials *sp = ref_special(f->ref);
        int path;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            /* a: inputs, b: the other input (dy); the last pair, only for
               two inputs, is a NaN dy against a y inside (0, 1) */
            double in[7] = {NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0, 0.5};
            double other[7] = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, NAN};
            double want[6] = {0, 0, sp->at_inf, sp->at_minus_inf, sp->at_zero, sp->at_minus_zero};
            unsigned char a[7 * 8], b[7 * 8], out[7 * 8], one[7 * 8], w[8];
            size_t i, n = f->binary ? 7 : 6;
            if (!fn_runs_on(f, path))
                continue;
            for (i = 0; i < 7; i++) {
                fn_set(f, a, i, in[i]);
                fn_set(f, b, i, other[i]);
            }
            fn_run(f, path, a, b, out, n);
            for (i = 0; i < n; i++) {
                double got = fn_get(f, out, i);
                fn_elem(f, a, b, i, one);
                if (i < 2 || i == 6) {
                    if (got == got || fn_get(f, one, i) == fn_get(f, one, i)) {
                        printf("\n  %s, %s path: input %zu (%a, %a) gave %a, element %a, not NaN\n", f->name,
                               fn_path_name(path), i, fn_get(f, a, i), fn_get(f, b, i), got, fn_get(f, one, i));
                        FAILm("NaN in, no NaN out");
                    }
                    continue;
                }
                fn_set(f, w, 0, want[i]); /* in the row's format: log 2 is no float */
                if (want[i] != want[i] ? got == got || fn_get(f, one, i) == fn_get(f, one, i) /* logit(+-inf) */
                                       : fn_bits(f, out, i) != fn_bits(f, one, i) || got != fn_get(f, w, 0) ||
                                             (got == 0 && signbit(got) != signbit(want[i]))) {
                    printf("\n  %s, %s path: f(%a) = %a (element %a), want %a\n", f->name, fn_path_name(path),
                           fn_get(f, a, i), got, fn_get(f, one, i), fn_get(f, w, 0));
                    FAILm("wrong special value");
                }
            }
        }
    }
    PASS();
}

TEST subnormal_inputs(void)
{
    float tiny = f32_from_bits(1); /* 2^-149 */
    double tinyd = ldexp(1.0, -1074);
    ASSERT_EQ(0.5f, sigmoid_f32(tiny));
    ASSERT_EQ(0.5f, sigmoid_f32(-tiny));
    ASSERT_EQ(0.25f, sigmoid_deriv_f32(tiny));
    ASSERT_EQ(0.5, sigmoid_f64(tinyd));
    ASSERT_EQ(0.5, sigmoid_f64(-tinyd));
    ASSERT_EQ(0.25, sigmoid_deriv_f64(-tinyd));
    /* y(1-y) of a subnormal y is y: y^2 is far below half an ulp of y */
    ASSERT_EQ(tiny, sigmoid_deriv_from_output_f32(tiny));
    ASSERT_EQ(tinyd, sigmoid_deriv_from_output_f64(tinyd));
    PASS();
}

TEST subnormal_results_are_not_flushed(void)
{
    /* DESIGN.md: sigma_f32(-89) = 0x1.840fcp-129 = 0x1840fc * 2^-149 */
    ASSERT_EQ_FMT(ldexp(0x1840fc, -149), (double)sigmoid_f32(-89.0f), "%a");
    ASSERT(sigmoid_f32(-103.0f) > 0.0f && sigmoid_f32(-103.0f) < FLT_MIN);
    ASSERT(sigmoid_deriv_f32(103.0f) > 0.0f && sigmoid_deriv_f32(103.0f) < FLT_MIN);
    ASSERT(sigmoid_f64(-720.0) > 0.0 && sigmoid_f64(-720.0) < DBL_MIN);
    ASSERT(sigmoid_deriv_f64(-740.0) > 0.0 && sigmoid_deriv_f64(740.0) < DBL_MIN);
    /* e^-746 < 2^-1076 is below half the smallest subnormal */
    ASSERT(same_f64(0.0, sigmoid_f64(-746.0)));
    PASS();
}

TEST saturation_points(void)
{
    /* sigma(17) = 1 - 2^-24, where the naive formula gives 1 */
    ASSERT_EQ_FMT((double)(1.0f - ldexpf(1.0f, -24)), (double)sigmoid_f32(17.0f), "%a");
    /* sigma rounds to 1 from x = 17.32868 (0x418AA123), not before */
    ASSERT_EQ(1.0f, sigmoid_f32(f32_from_bits(0x418AA123u)));
    ASSERT(sigmoid_f32(f32_from_bits(0x418AA122u)) < 1.0f);
    ASSERT_EQ(1.0, sigmoid_f64(37.5));
    ASSERT(sigmoid_f64(36.0) < 1.0);
    PASS();
}

TEST huge_magnitudes(void)
{
    ASSERT_EQ(1.0f, sigmoid_f32(FLT_MAX));
    ASSERT(same_f32(0.0f, sigmoid_f32(-FLT_MAX)));
    ASSERT(same_f32(0.0f, sigmoid_deriv_f32(-1e30f)));
    ASSERT_EQ(1.0, sigmoid_f64(DBL_MAX));
    ASSERT(same_f64(0.0, sigmoid_f64(-DBL_MAX)));
    ASSERT(same_f64(0.0, sigmoid_deriv_f64(1e300)));
    PASS();
}

TEST from_output_outside_unit_interval_is_zero(void)
{
    static const float ys[] = {-0.0f, 0.0f, 1.0f, -0.5f, 1.5f, -1e30f, 1e30f, -FLT_MAX, FLT_MAX};
    size_t i;
    for (i = 0; i < sizeof ys / sizeof ys[0]; i++) {
        ASSERT_OR_SAY(same_f32(0.0f, sigmoid_deriv_from_output_f32(ys[i])), "y = %a gave %a", (double)ys[i],
                      (double)sigmoid_deriv_from_output_f32(ys[i]));
        ASSERT_OR_SAY(same_f64(0.0, sigmoid_deriv_from_output_f64((double)ys[i])), "y = %a gave %a",
                      (double)ys[i], sigmoid_deriv_from_output_f64((double)ys[i]));
    }
    ASSERT(same_f32(0.0f, sigmoid_deriv_from_output_f32(INFINITY)));
    ASSERT(same_f32(0.0f, sigmoid_deriv_from_output_f32(-INFINITY)));
    PASS();
}

TEST backward_special_values(void)
{
    float y[6] = {0.0f, 1.0f, 0.5f, 0.5f, 0.5f, 0.5f};
    float dy[6] = {1.0f, -1.0f, INFINITY, -INFINITY, -0.0f, FLT_MAX};
    float dx[6];
    double yd[3] = {1.0, 0.5, 0.5}, dyd[3] = {1.0, INFINITY, -DBL_MAX}, dxd[3];
    sigmoid_backward_f32(y, dy, dx, 6);
    ASSERT(same_f32(0.0f, dx[0]));  /* saturated: no gradient */
    ASSERT(same_f32(0.0f, dx[1]));
    ASSERT_EQ(INFINITY, dx[2]);
    ASSERT_EQ(-INFINITY, dx[3]);
    ASSERT(same_f32(-0.0f, dx[4]));
    ASSERT_EQ(FLT_MAX / 4, dx[5]);
    sigmoid_backward_f64(yd, dyd, dxd, 3);
    ASSERT(same_f64(0.0, dxd[0]));
    ASSERT_EQ((double)INFINITY, dxd[1]);
    ASSERT_EQ(-DBL_MAX / 4, dxd[2]);
    PASS();
}

/* Every result stays in [0,1] (sigma) or [0,1/4] (sigma'): over every
 * 4099th float bit pattern of both signs and a sample of doubles. */
TEST results_stay_in_range(void)
{
    uint32_t u;
    uint64_t s = 7;
    long i;
    for (u = 0; u < 0x7f800000u; u += 4099) {
        float x = f32_from_bits(u);
        float a = sigmoid_f32(x), b = sigmoid_f32(-x), d = sigmoid_deriv_f32(x);
        float o = sigmoid_deriv_from_output_f32(x);
        ASSERT_OR_SAY(a >= 0.0f && a <= 1.0f && b >= 0.0f && b <= 1.0f, "x = %a: sigma %a, sigma(-x) %a",
                      (double)x, (double)a, (double)b);
        ASSERT_OR_SAY(d >= 0.0f && d <= 0.25f, "x = %a: sigma' %a", (double)x, (double)d);
        ASSERT_OR_SAY(o >= 0.0f && o <= 0.25f, "y = %a: y(1-y) %a", (double)x, (double)o);
        ASSERT_OR_SAY(same_f32(d, sigmoid_deriv_f32(-x)), "x = %a: sigma' %a, at -x %a", (double)x, (double)d,
                      (double)sigmoid_deriv_f32(-x)); /* sigma' is even */
    }
    for (i = 0; i < 200000; i++) {
        double x = (test_uniform(&s) - 0.5) * 1600.0;
        double a = sigmoid_f64(x), d = sigmoid_deriv_f64(x);
        ASSERT_OR_SAY(a >= 0.0 && a <= 1.0 && d >= 0.0 && d <= 0.25, "x = %a: sigma %a, sigma' %a", x, a, d);
        ASSERT_OR_SAY(same_f64(d, sigmoid_deriv_f64(-x)), "x = %a: sigma' %a, at -x %a", x, d, sigmoid_deriv_f64(-x));
    }
    PASS();
}

/* Float bit patterns in the order of their values, -inf .. +inf. */
static float f32_ordered(uint32_t k)
{
    return k < 0x7f800001u ? -f32_from_bits(0x7f800000u - k) : f32_from_bits(k - 0x7f800000u);
}

/* A correctly rounded monotone function is monotone: check sigma_f32 on
 * every 257th float in value order, and on every float in windows of 2^16
 * around the saturation points and the hard region near 2^-20. */
TEST sigma_is_monotone(void)
{
    static const float centres[] = {17.32868f, -87.33655f, -103.97208f, 9.5367432e-07f /* 2^-20 */,
                                    -9.5367432e-07f, 0.0f};
    uint32_t k, last = 0x7f800000u * 2u;
    float prev = sigmoid_f32(-INFINITY);
    size_t c;
    for (k = 0; k <= last; k += 257) {
        float v = sigmoid_f32(f32_ordered(k));
        ASSERT_OR_SAY(v >= prev, "sigmoid_f32 decreases at x = %a: %a after %a", (double)f32_ordered(k), (double)v,
                      (double)prev);
        prev = v;
    }
    for (c = 0; c < sizeof centres / sizeof centres[0]; c++) {
        uint32_t mid = centres[c] < 0 ? 0x7f800000u - f32_bits(-centres[c])
                                      : 0x7f800000u + f32_bits(centres[c]);
        prev = sigmoid_f32(f32_ordered(mid - 32768));
        for (k = mid - 32767; k < mid + 32768; k++) {
            float v = sigmoid_f32(f32_ordered(k));
            ASSERT_OR_SAY(v >= prev, "sigmoid_f32 decreases at x = %a: %a after %a", (double)f32_ordered(k),
                          (double)v, (double)prev);
            prev = v;
        }
    }
    PASS();
}

SUITE(special_values)
{
    RUN_TEST(specials_every_function_every_path);
    RUN_TEST(subnormal_inputs);
    RUN_TEST(subnormal_results_are_not_flushed);
    RUN_TEST(saturation_points);
    RUN_TEST(huge_magnitudes);
    RUN_TEST(from_output_outside_unit_interval_is_zero);
    RUN_TEST(backward_special_values);
    RUN_TEST(results_stay_in_range);
    RUN_TEST(sigma_is_monotone);
}
