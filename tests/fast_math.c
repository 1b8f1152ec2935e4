/* -ffast-math in the user's build must not change a finite result: the
 * header switches reassociation and reciprocal approximations back off for
 * its own functions. fast_math_wrap.c is compiled with -ffast-math; this
 * file, compiled normally, compares it bit for bit with the default build on
 * every 257th finite float bit pattern of both signs (also as doubles times
 * 3.3) and 10^6 random (y, dy) pairs. The program is linked without
 * -ffast-math, so the CPU's flush-to-zero mode (a documented, separate
 * effect) stays off. Prints greatest's report line. */
#include "../sigmoid.h"
#include "fast_math.h"
#include <stdio.h>
#include <string.h>


static unsigned long long differ;

static void same_f32(float a, float b, const char *what, double x)
{
    if (memcmp(&a, &b, sizeof a) != 0 && differ++ < 5)
        printf("FAIL %s(%a): default %a, -ffast-math %a\n", what, x, (double)a, (double)b);
}

static void same_f64(double a, double b, const char *what, double x)
{
    if (memcmp(&a, &b, sizeof a) != 0 && differ++ < 5)
        printf("FAIL %s(%a): default %a, -ffast-math %a\n", what, x, a, b);
}

int main(void)
{
    unsigned long long state = 88172645463325252ull, n = 0;
    unsigned int u;
    long i;
    for (u = 0; u < 0x7f800000u; u += 257) {
        float x, xs[2];
        int s;
        memcpy(&x, &u, sizeof x);
        xs[0] = x;
        xs[1] = -x;
        for (s = 0; s < 2; s++) {
            float v = xs[s];
            double d = (double)v * 3.3;
            same_f32(sigmoid_f32(v), fm_sigmoid_f32(v), "sigmoid_f32", (double)v);
            same_f32(sigmoid_deriv_f32(v), fm_sigmoid_deriv_f32(v), "sigmoid_deriv_f32", (double)v);
            same_f32(sigmoid_deriv_from_output_f32(v), fm_sigmoid_deriv_from_output_f32(v),
                     "sigmoid_deriv_from_output_f32", (double)v);
            same_f64(sigmoid_f64(d), fm_sigmoid_f64(d), "sigmoid_f64", d);
            same_f64(sigmoid_deriv_f64(d), fm_sigmoid_deriv_f64(d), "sigmoid_deriv_f64", d);
            n += 5;
        }
    }
    for (i = 0; i < 1000000; i++) {
        double y, dy, r;
        float yf, dyf, dx;
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        y = (double)(state >> 11) * 1.1102230246251565e-16; /* [0, 1) */
        dy = (double)(long long)(state % 2000001) - 1000000.0;
        yf = (float)y;
        dyf = (float)dy;
        sigmoid_backward_f32(&yf, &dyf, &dx, 1);
        same_f32(dx, fm_backward_f32(yf, dyf), "sigmoid_backward_f32", y);
        sigmoid_backward_f64(&y, &dy, &r, 1);
        same_f64(r, fm_backward_f64(y, dy), "sigmoid_backward_f64", y);
        same_f64(sigmoid_deriv_from_output_f64(y), fm_sigmoid_deriv_from_output_f64(y),
                 "sigmoid_deriv_from_output_f64", y);
        n += 3;
    }
    printf("%llu results compared, %llu differ between the default and -ffast-math builds\n", n,
           differ);
    printf("Pass: %d, fail: %d, skip: 0.\n", differ ? 0 : 1, differ ? 1 : 0);
    return differ ? 1 : 0;
}
