/* Derivatives against finite differences.
 *
 * The difference quotient is taken of sigmoid_f64 on the small side, at
 * z = -|x| (sigma'(x) = sigma'(-x)): there sigma(z +- h) <= 1/2 carries a
 * small relative error, so the quotient stays accurate in the tails, where a
 * difference of values near 1 would cancel to nothing.
 *
 *   D(h) = (sigma(z+h) - sigma(z-h)) / 2h = sigma' + h^2 sigma'''/6 + h^4 sigma^(5)/120 + ...
 *   R    = (4 D(h/2) - D(h)) / 3          = sigma' - h^4 sigma^(5)/480 + O(h^6)
 *
 * Truncation: sigma^(5) = sigma' * P(sigma) with P(s) = 1 - 30s + 150s^2 -
 * 240s^3 + 120s^4 and |P| <= 1 on [0,1], so |R - sigma'| <= h^4/480 sigma'.
 * Rounding: each sigma_f64 value has relative error <= 2^-53 (make verify:
 * <= 0.50001 ULP) and sigma(z+-h) <= e^h sigma(z) <= 2 e^h sigma'(z) for
 * z <= 0, so D(h) carries < 2 * 2^-53 * 2 e^h sigma' / 2h and R at most
 * (4 * 2/(h/2) + 2/h) / 3 * 2^-53 e^h sigma' = 6 e^h 2^-53 / h * sigma'.
 * x is on the grid of 2^-6 and h = 2^-9 is a power of two, so z +- h and
 * z +- h/2 are exact. With h = 2^-9:
 *   tol = 6 e^h 2^-53 / h + h^4 / 480 + 2^-50 (the arithmetic of R itself)
 *       = 3.42e-13 + 3.03e-14 + 8.9e-16 = 3.74e-13, relative to sigma'.
 * The derivative under test adds its own bound: 0.5 ULP of float
 * (<= 2^-24 relative) or of double (<= 2^-53 relative).
 * Grid: [-30, 30] in steps of 2^-6; tails to 100 (float: sigma' is normal up
 * to |x| = 87) and to 700 (double) in steps of 1/4. */
#include "test_common.h"

#define FD_H (1.0 / 512)

static double fd_tolerance(void)
{
    return 6.0 * exp(FD_H) * ldexp(1.0, -53) / FD_H + pow(FD_H, 4) / 480.0 + ldexp(1.0, -50);
}

static double fd_deriv(double x)
{
    double z = -fabs(x), h = FD_H;
    double d1 = (sigmoid_f64(z + h) - sigmoid_f64(z - h)) / (2 * h);
    double d2 = (sigmoid_f64(z + h / 2) - sigmoid_f64(z - h / 2)) / h;
    return (4 * d2 - d1) / 3;
}

/* x values of the grid and tails, in order; returns 0 when done. */
static int next_x(int *k, double tail_end, double *x)
{
    /* k = 0..3840: the grid [-30, 30]; then the tails in steps of 1/4 */
    int ntail = (int)((tail_end - 30.0) * 4);
    if (*k <= 3840) {
        *x = -30.0 + *k / 64.0;
    } else if (*k <= 3840 + 2 * ntail) {
        int j = *k - 3841;
        int step = j / 2; /* pairs of +-x */
        *x = (j % 2 ? -1 : 1) * (30.25 + step * 0.25);
    } else {
        return 0;
    }
    (*k)++;
    return 1;
}

/* d(x) against R on the grid and tails up to tail_end; tol is relative. */
static int deriv_matches_fd(double (*d)(double), double tail_end, double tol, const char *name)
{
    double x, worst = 0, at = 0;
    int k = 0;
    while (next_x(&k, tail_end, &x)) {
        double r = fd_deriv(x), v = d(x), rel = fabs(v - r) / r;
        if (rel > worst) { worst = rel; at = x; }
        if (!(rel <= tol)) {
            printf("\n  %s(%g) = %.17g, finite differences %.17g\n", name, x, v, r);
            return 0;
        }
    }
    printf("\n  %s vs FD: max relative difference %.3e at x = %g (tolerance %.3e)\n", name, worst,
           at, tol);
    return 1;
}

static double deriv_f32_as_double(double x) { return (double)sigmoid_deriv_f32((float)x); }

TEST deriv_f64_matches_finite_differences(void)
{
    ASSERT(deriv_matches_fd(sigmoid_deriv_f64, 700.0, fd_tolerance() + ldexp(1.0, -53), "deriv_f64"));
    PASS();
}

TEST deriv_f32_matches_finite_differences(void)
{
    ASSERT(deriv_matches_fd(deriv_f32_as_double, 87.0, fd_tolerance() + ldexp(1.0, -24), "deriv_f32"));
    PASS();
}

/* y(1-y) from the rounded forward output. If y = sigma(1+delta) with
 * |y - sigma| <= u (half an ulp of y), then
 *   |y(1-y) - sigma(1-sigma)| <= |1 - 2 sigma| u + u^2,
 * and the function adds its own rounding (<= 2^-24, or 2^-53, relative).
 * That bound is asserted at every point; it is ~2^-24 for x <= 1 and grows
 * like e^x/2^25, which is the whole reason sigmoid_deriv_* exists. */
static const double band_edges[] = {0, 1, 4, 8, 12, 16, 17.32868, 30.0001};
#define NBANDS 7

TEST from_output_f32_loses_accuracy_as_y_nears_one(void)
{
    double from_out[NBANDS] = {0}, from_in[NBANDS] = {0};
    const double tol = fd_tolerance();
    double x;
    int k = 0, b;
    while (next_x(&k, 30.0, &x)) {
        float y = sigmoid_f32((float)x);
        double r = fd_deriv(x);
        double s = (double)ref_sigma((long double)x);
        double u = (double)ulp_f32_at((long double)y) / 2;
        double d_out = (double)sigmoid_deriv_from_output_f32(y);
        double d_in = (double)sigmoid_deriv_f32((float)x);
        double bound = (fabs(1 - 2 * s) * u + u * u) / r + ldexp(1.0, -24) + tol;
        ASSERT_OR_SAY(fabs(d_out - r) <= bound * r, "x = %a: y(1-y) = %a, sigma' = %a, bound %g relative", x,
                      d_out, r, bound);
        ASSERT_OR_SAY(fabs(d_in - r) <= (ldexp(1.0, -24) + tol) * r, "x = %a: sigmoid_deriv_f32 = %a, sigma' = %a",
                      x, d_in, r);
        if (x >= 17.32868) /* y rounds to 1, so y(1-y) is exactly 0 */
            ASSERT_OR_SAY(d_out == 0.0, "x = %a: y(1-y) = %a", x, d_out);
        for (b = 0; b < NBANDS; b++)
            if (x >= band_edges[b] && x < band_edges[b + 1]) {
                if (fabs(d_out - r) / r > from_out[b]) from_out[b] = fabs(d_out - r) / r;
                if (fabs(d_in - r) / r > from_in[b]) from_in[b] = fabs(d_in - r) / r;
            }
    }
    printf("\n  float, max relative error of sigma' (grid 2^-6):\n");
    printf("  %-18s %-26s %s\n", "x in", "y(1-y) from rounded y", "sigmoid_deriv_f32(x)");
    for (b = 0; b < NBANDS; b++)
        printf("  [%6.2f, %6.2f)   %-26.2e %.2e\n", band_edges[b], band_edges[b + 1], from_out[b],
               from_in[b]);
    /* the documented figures (the header's manual, docs/accuracy.md):
     * ~1.5e-6 on [1,4), ~4e-3 on [8,12), ~0.2 on [12,16), 1 (all lost)
     * from 17.33 */
    ASSERT(from_out[1] > 1e-7 && from_out[1] < 1e-5);
    ASSERT(from_out[3] > 1e-3 && from_out[3] < 1e-2);
    ASSERT(from_out[4] > 0.1 && from_out[4] < 0.5);
    ASSERT_EQ(1.0, from_out[6]);
    for (b = 0; b < NBANDS; b++)
        ASSERT(from_in[b] <= ldexp(1.0, -24) + tol);
    PASS();
}

TEST from_output_f64_within_its_bound(void)
{
    const double tol = fd_tolerance();
    double x;
    int k = 0;
    while (next_x(&k, 36.0, &x)) {
        double y = sigmoid_f64(x);
        double r = fd_deriv(x);
        double u = (double)ulp_f64_at((long double)y) / 2;
        double bound = (fabs(1 - 2 * y) * u + u * u) / r + ldexp(1.0, -52) + tol;
        double d = sigmoid_deriv_from_output_f64(y);
        ASSERT_OR_SAY(fabs(d - r) <= bound * r, "x = %a: y(1-y) = %a, sigma' = %a, bound %g relative", x, d, r,
                      bound);
    }
    PASS();
}

SUITE(derivatives)
{
    RUN_TEST(deriv_f64_matches_finite_differences);
    RUN_TEST(deriv_f32_matches_finite_differences);
    RUN_TEST(from_output_f32_loses_accuracy_as_y_nears_one);
    RUN_TEST(from_output_f64_within_its_bound);
}
