/* The functions of fast_math_wrap.c (built with -ffast-math), which
 * fast_math.c (built normally) compares with the default build. */
#ifndef SIGMOID_TEST_FAST_MATH_H
#define SIGMOID_TEST_FAST_MATH_H

#include <stddef.h>

float fm_sigmoid_f32(float x);
float fm_sigmoid_deriv_f32(float x);
float fm_sigmoid_deriv_from_output_f32(float y);
float fm_backward_f32(float y, float dy);
double fm_sigmoid_f64(double x);
double fm_sigmoid_deriv_f64(double x);
double fm_sigmoid_deriv_from_output_f64(double y);
double fm_backward_f64(double y, double dy);
void fm_array_f32(const float *x, float *y, size_t n);
void fm_deriv_array_f32(const float *x, float *d, size_t n);
void fm_fast_array_f32(const float *x, float *y, size_t n);
void fm_from_output_array_f32(const float *y, float *d, size_t n);
void fm_array_f64(const double *x, double *y, size_t n);

#endif
