/* The plain backward loop at -O3 -march=native: the speed bar for
 * sigmoid_backward_f32 (its result is not correctly rounded: up to ~2 ULP). */
#include "peers.h"

void plain_backward_native(const float *y, const float *dy, float *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = dy[i] * y[i] * (1.0f - y[i]);
}
