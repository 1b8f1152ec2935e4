/* Every public function from one translation unit, built as C99 and as
 * C++11 with the strictest warning set and -Werror, and linked without -lm:
 * the header needs nothing but the compiler. Prints greatest's report line. */
#include "../sigmoid.h"

#include <stdio.h>

static int failed;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("FAIL %s\n", what);
        failed++;
    }
}

int main(void)
{
    float xf[3] = {-1.0f, 0.0f, 2.0f}, yf[3], df[3], gf[3], ff[3];
    double xd[3] = {-1.0, 0.0, 2.0}, yd[3], dd[3], gd[3];
    uint16_t hb[3], yb[3], db[3], hh[3], yh[3], dh[3];
    int i;
    for (i = 0; i < 3; i++) {
        hb[i] = sigmoid_f32_to_bf16(xf[i]);
        hh[i] = sigmoid_f32_to_f16(xf[i]);
    }
    sigmoid_array_bf16(hb, yb, 3);
    sigmoid_array_f16(hh, yh, 3);
    sigmoid_deriv_from_output_array_bf16(yb, db, 3);
    sigmoid_deriv_from_output_array_f16(yh, dh, 3);
    check(sigmoid_bf16_to_f32(yb[1]) == 0.5f && sigmoid_f16_to_f32(yh[1]) == 0.5f, "sigmoid_array_bf16, _f16");
    check(sigmoid_bf16_to_f32(db[1]) == 0.25f && sigmoid_f16_to_f32(dh[1]) == 0.25f,
          "sigmoid_deriv_from_output_array_bf16, _f16");
    sigmoid_backward_bf16(yb, db, hb, 3); /* 1/4 * 1/4 */
    sigmoid_backward_f16(yh, dh, hh, 3);
    check(sigmoid_bf16_to_f32(hb[1]) == 0.0625f && sigmoid_f16_to_f32(hh[1]) == 0.0625f, "sigmoid_backward_bf16, _f16");
    sigmoid_array_f32(xf, yf, 3);
    sigmoid_fast_array_f32(xf, ff, 3);
    sigmoid_deriv_array_f32(xf, df, 3);
    sigmoid_deriv_from_output_array_f32(yf, gf, 3);
    sigmoid_backward_f32(yf, df, gf, 3);
    sigmoid_array_f64(xd, yd, 3);
    sigmoid_deriv_array_f64(xd, dd, 3);
    sigmoid_deriv_from_output_array_f64(yd, gd, 3);
    sigmoid_backward_f64(yd, dd, gd, 3);
    check(sigmoid_f32(0.0f) == 0.5f && yf[1] == 0.5f, "sigmoid_f32");
    check(sigmoid_deriv_f32(0.0f) == 0.25f && df[1] == 0.25f, "sigmoid_deriv_f32");
    check(sigmoid_deriv_from_output_f32(0.5f) == 0.25f, "sigmoid_deriv_from_output_f32");
    check(gf[1] == 0.0625f, "sigmoid_backward_f32"); /* dy = 1/4, y(1-y) = 1/4 */
    check(sigmoid_f64(0.0) == 0.5 && yd[1] == 0.5, "sigmoid_f64");
    check(sigmoid_deriv_f64(0.0) == 0.25 && dd[1] == 0.25, "sigmoid_deriv_f64");
    check(sigmoid_deriv_from_output_f64(0.5) == 0.25, "sigmoid_deriv_from_output_f64");
    check(gd[1] == 0.0625, "sigmoid_backward_f64");
    check(sigmoid_fast_f32(0.0f) == 0.5f && ff[1] == 0.5f, "sigmoid_fast_f32");
    check(ff[2] > 0.8807969f && ff[2] < 0.8807972f, "sigmoid_fast_array_f32"); /* 0.88079708 */
    check(yd[0] + yd[0] < 1.0 && yf[2] > 0.88f && yf[2] < 0.881f, "values");
    sigmoid_silu_array_f32(xf, yf, 3);
    sigmoid_silu_deriv_array_f32(xf, df, 3);
    sigmoid_silu_array_f64(xd, yd, 3);
    check(sigmoid_silu_f32(2.0f) == yf[2] && yf[2] > 1.7615941f && yf[2] < 1.7615943f, "sigmoid_silu_f32"); /* 1.76159416 */
    check(sigmoid_silu_deriv_f32(0.0f) == 0.5f && df[1] == 0.5f, "sigmoid_silu_deriv_f32");
    check(sigmoid_silu_f64(-1.0) == yd[0] && yd[0] < -0.2689414213 && yd[0] > -0.2689414214, "sigmoid_silu_f64");
    sigmoid_silu_deriv_array_f64(xd, dd, 3);
    check(sigmoid_silu_deriv_f64(0.0) == 0.5 && dd[1] == 0.5, "sigmoid_silu_deriv_f64");
    sigmoid_softplus_array_f32(xf, yf, 3);
    sigmoid_log_array_f32(xf, df, 3);
    check(sigmoid_softplus_f32(2.0f) == yf[2] && yf[2] > 2.126927f && yf[2] < 2.126929f, "sigmoid_softplus_f32"); /* 2.12692801 */
    check(sigmoid_log_f32(0.0f) == df[1] && df[1] < -0.693146f && df[1] > -0.693148f, "sigmoid_log_f32");
    sigmoid_softplus_array_f64(xd, yd, 3);
    sigmoid_log_array_f64(xd, dd, 3);
    check(sigmoid_softplus_f64(-1.0) == yd[0] && yd[0] > 0.3132616875 && yd[0] < 0.3132616876, "sigmoid_softplus_f64");
    check(sigmoid_log_f64(-1.0) == dd[0] && dd[0] < -1.3132616875 && dd[0] > -1.3132616876, "sigmoid_log_f64");
    check(SIGMOID_VERSION_MAJOR * 10000 + SIGMOID_VERSION_MINOR * 100 + SIGMOID_VERSION_PATCH >= 100,
          "version macros");
    printf("Pass: %d, fail: %d, skip: 0.\n", failed ? 0 : 1, failed ? 1 : 0);
    return failed ? 1 : 0;
}
