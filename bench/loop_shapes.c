/* The loop shapes users write around sigmoid.h's scalar functions, built
 * by the Makefile three times: plain -O2 (LOOP_SUFFIX _o2), gcc -O3
 * -march=native (_gcc_native) and clang -O3 -march=native (_clang_native).
 *
 * The weight update of a small network: for hidden unit i, the derivative
 * of its loop-invariant output h[i] scales a whole row of the weights,
 *   for i: for j: w[i*ni + j] -= rate * s[i] * DERIV(h[i]) * in[j].
 * With DERIV(y) = y*(1-y) the compiler hoists the derivative out of the
 * inner loop and vectorises it; sigmoid_deriv_from_output_f32 must allow
 * the same.
 *
 * The element loops: y(1-y) and the backward step dy*y(1-y) over arrays,
 * as the plain formula and with sigmoid_deriv_from_output_f32 and
 * sigmoid_backward_step_f32, which the compiler must vectorise as well,
 * and the backward step in double with sigmoid_backward_step_f64. */
#include "../sigmoid.h"

#include <stddef.h>

#define LOOP_CAT2(a, b) a##b
#define LOOP_CAT(a, b) LOOP_CAT2(a, b)

void LOOP_CAT(weight_update_plain, LOOP_SUFFIX)(float *w, const float *h, const float *s, const float *in,
                                                 size_t nh, size_t ni, float rate);
void LOOP_CAT(weight_update_library, LOOP_SUFFIX)(float *w, const float *h, const float *s, const float *in,
                                                   size_t nh, size_t ni, float rate);

void LOOP_CAT(weight_update_plain, LOOP_SUFFIX)(float *w, const float *h, const float *s, const float *in,
                                                 size_t nh, size_t ni, float rate)
{
    size_t i, j;
    for (i = 0; i < nh; i++)
        for (j = 0; j < ni; j++)
            w[i * ni + j] -= rate * s[i] * (h[i] * (1.0f - h[i])) * in[j];
}

void LOOP_CAT(weight_update_library, LOOP_SUFFIX)(float *w, const float *h, const float *s, const float *in,
                                                   size_t nh, size_t ni, float rate)
{
    size_t i, j;
    for (i = 0; i < nh; i++)
        for (j = 0; j < ni; j++)
            w[i * ni + j] -= rate * s[i] * sigmoid_deriv_from_output_f32(h[i]) * in[j];
}

void LOOP_CAT(from_output_plain, LOOP_SUFFIX)(const float *y, float *d, size_t n);
void LOOP_CAT(from_output_library, LOOP_SUFFIX)(const float *y, float *d, size_t n);
void LOOP_CAT(backward_plain, LOOP_SUFFIX)(const float *y, const float *dy, float *dx, size_t n);
void LOOP_CAT(backward_library, LOOP_SUFFIX)(const float *y, const float *dy, float *dx, size_t n);

void LOOP_CAT(from_output_plain, LOOP_SUFFIX)(const float *y, float *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = y[i] * (1.0f - y[i]);
}

void LOOP_CAT(from_output_library, LOOP_SUFFIX)(const float *y, float *d, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        d[i] = sigmoid_deriv_from_output_f32(y[i]);
}

void LOOP_CAT(backward_plain, LOOP_SUFFIX)(const float *y, const float *dy, float *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = dy[i] * y[i] * (1.0f - y[i]);
}

void LOOP_CAT(backward_library, LOOP_SUFFIX)(const float *y, const float *dy, float *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = sigmoid_backward_step_f32(y[i], dy[i]);
}

void LOOP_CAT(backward_plain_f64, LOOP_SUFFIX)(const double *y, const double *dy, double *dx, size_t n);
void LOOP_CAT(backward_library_f64, LOOP_SUFFIX)(const double *y, const double *dy, double *dx, size_t n);

void LOOP_CAT(backward_plain_f64, LOOP_SUFFIX)(const double *y, const double *dy, double *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = dy[i] * y[i] * (1.0 - y[i]);
}

void LOOP_CAT(backward_library_f64, LOOP_SUFFIX)(const double *y, const double *dy, double *dx, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        dx[i] = sigmoid_backward_step_f64(y[i], dy[i]);
}
