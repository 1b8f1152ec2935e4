/* The fused backward step dx = dy * y(1-y). */
#include "test_common.h"

/* Against the exact dy*y(1-y): in long double, 1-y is exact for float y >=
 * 2^-40 and the two products round at 2^-64 each, < 2^-38 float ULP; y
 * below 2^-40 is drawn separately and then y(1-y) = y(1 - 2^-40 at most).
 * Contract: <= 1 ULP; the implementation aims at correct rounding, so the
 * bound asserted is 0.5 ULP plus the reference's error. */
TEST backward_f32_against_exact(void)
{
    uint64_t s = 1234;
    long i;
    double worst = 0, at = 0;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (i = 0; i < 1000000; i++) {
        float y = (i % 2) ? (float)test_uniform(&s)
                          : (float)ldexp(1.0 + test_uniform(&s), -(int)(test_rng(&s) % 40) - 1);
        float dy = (float)(ldexp(test_uniform(&s) - 0.5, (int)(test_rng(&s) % 80) - 40));
        float dx;
        long double exact;
        double e;
        if (!(y > 0 && y < 1))
            continue;
        sigmoid_backward_f32(&y, &dy, &dx, 1);
        exact = ref_backward((double)y, (double)dy);
        e = err_ulp_f32(dx, exact);
        if (e > worst) { worst = e; at = (double)y; }
        ASSERT_OR_SAY(e <= SIGMOID_INTERNAL_BACKWARD_F32_ULP + REF_ERR_F32_ULP, "y = %a, dy = %a: dx = %a, %.6f ULP",
                      (double)y, (double)dy, (double)dx, e);
    }
    printf("\n  backward_f32 max error %.6f ULP at y = %a\n", worst, at);
    PASS();
}

TEST backward_f64_against_exact(void)
{
    uint64_t s = 99;
    long i;
    double worst = 0;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (i = 0; i < 300000; i++) {
        double y = stored_f64(test_uniform(&s) * 0.999 + 0.0005); /* 1-y exact in long double */
        double dy = stored_f64(ldexp(test_uniform(&s) - 0.5, (int)(test_rng(&s) % 200) - 100));
        double dx, e;
        long double exact;
        sigmoid_backward_f64(&y, &dy, &dx, 1);
        /* y(1-y) is exact in long double only to 2^-64: < 2^-10 ULP of double */
        exact = ref_backward((double)y, (double)dy);
        e = err_ulp_f64(dx, exact);
        if (e > worst) worst = e;
        ASSERT_OR_SAY(e <= SIGMOID_INTERNAL_PRODUCT_F64_ULP + REF_ERR_F64_ULP, "y = %a, dy = %a: dx = %a, %.6f ULP", y,
                      dy, dx, e);
    }
    printf("\n  backward_f64 max error %.6f ULP (long double reference)\n", worst);
    PASS();
}

/* backward(sigma(x), dy) is dy * sigma'(x) up to the error y(1-y) inherits
 * from the rounded y (see the derivatives suite): (|1-2y| u + u^2) / sigma'
 * relative, with u half an ulp of y, plus each result's own rounding. */
TEST backward_matches_dy_times_deriv(void)
{
    int k;
    for (k = -1024; k <= 1024; k++) {
        float x = (float)k / 64.0f, dy = (k % 3 - 1) * 0.75f + 0.1f;
        float y = sigmoid_f32(x), dx;
        double d = (double)dy * (double)sigmoid_deriv_f32(x);
        double u = (double)ulp_f32_at((long double)y) / 2;
        double rel = (fabs(1 - 2 * (double)y) * u + u * u) / (double)sigmoid_deriv_f32(x) +
                     ldexp(1.0, -22); /* + the roundings of both results */
        sigmoid_backward_f32(&y, &dy, &dx, 1);
        ASSERT_OR_SAY(fabs((double)dx - d) <= rel * fabs(d), "x = %a, dy = %a: dx = %a, want %a within %g", (double)x,
                      (double)dy, (double)dx, d, rel * fabs(d));
    }
    PASS();
}

TEST backward_in_place(void)
{
    float y[4] = {0.25f, 0.5f, 0.75f, 0.9f}, dy[4] = {1, 2, -3, 4}, want[4], want2[4];
    double yd[3] = {0.1, 0.5, 0.7}, dyd[3] = {-1, 1, 2}, wantd[3];
    int i;
    sigmoid_backward_f32(y, dy, want, 4);
    ASSERT_EQ(-0.5625f, want[2]);           /* 0.75 * 0.25 * -3, exact */
    sigmoid_backward_f32(y, want, want2, 4); /* expected result of the next call */
    sigmoid_backward_f32(y, dy, dy, 4);      /* dx over dy */
    for (i = 0; i < 4; i++)
        ASSERT_OR_SAY(same_f32(want[i], dy[i]), "element %d: %a, want %a", (int)i, (double)dy[i], (double)want[i]);
    sigmoid_backward_f32(y, want, y, 4);     /* dx over y */
    for (i = 0; i < 4; i++)
        ASSERT_OR_SAY(same_f32(want2[i], y[i]), "element %d: %a, want %a", (int)i, (double)y[i], (double)want2[i]);
    sigmoid_backward_f64(yd, dyd, wantd, 3);
    sigmoid_backward_f64(yd, dyd, yd, 3);
    for (i = 0; i < 3; i++)
        ASSERT_OR_SAY(same_f64(wantd[i], yd[i]), "element %d: %a, want %a", (int)i, yd[i], wantd[i]);
    PASS();
}

SUITE(backward)
{
    RUN_TEST(backward_f32_against_exact);
    RUN_TEST(backward_f64_against_exact);
    RUN_TEST(backward_matches_dy_times_deriv);
    RUN_TEST(backward_in_place);
}
