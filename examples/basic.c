/* basic.c: sigmoid.h in one minute.   cc -O2 basic.c && ./a.out  (no -lm) */
#include <stdio.h>
#include "../sigmoid.h"

int main(void)
{
    float x[5] = {-4.0f, -1.0f, 0.0f, 1.0f, 4.0f}, y[5], d[5];
    int i;

    /* Scalars: sigma(x), and sigma'(x) computed from x. */
    printf("sigmoid_f32(2)       = %.9g\n", (double)sigmoid_f32(2.0f));
    printf("sigmoid_f64(2)       = %.17g\n", sigmoid_f64(2.0));
    printf("sigmoid_deriv_f32(2) = %.9g\n", (double)sigmoid_deriv_f32(2.0f));

    /* Arrays: inputs, then the output, then n. */
    sigmoid_array_f32(x, y, 5);
    /* In backpropagation y is already known: sigma' = y(1-y), no exp. */
    sigmoid_deriv_from_output_array_f32(y, d, 5);
    for (i = 0; i < 5; i++)
        printf("x = %4.1f   y = %.7f   y(1-y) = %.7f\n", (double)x[i], (double)y[i], (double)d[i]);

    /* In the tails y rounds to 1 and y(1-y) is 0; sigma'(x) from x is not. */
    printf("x = 20: y(1-y) = %g, sigmoid_deriv_f32 = %g\n",
           (double)sigmoid_deriv_from_output_f32(sigmoid_f32(20.0f)),
           (double)sigmoid_deriv_f32(20.0f));

    /* SiLU x*sigma(x), the activation of most current networks, and its
       derivative for the backward pass; both keep their accuracy where
       the derivative crosses zero (x = -1.2785). */
    sigmoid_silu_array_f32(x, y, 5);
    sigmoid_silu_deriv_array_f32(x, d, 5);
    for (i = 0; i < 5; i++)
        printf("x = %4.1f   silu = %10.7f   silu' = %10.7f\n", (double)x[i], (double)y[i], (double)d[i]);
    printf("silu'(-1.2784645) = %g (the float nearest the zero)\n", (double)sigmoid_silu_deriv_f32(-1.2784645f));
    return 0;
}
