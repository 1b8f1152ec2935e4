/* The functions of fast_math_wrap.c (built with -ffast-math), which
 * fast_math.c (built normally) compares with the default build. */
#ifndef SIGMOID_TEST_FAST_MATH_H
#define SIGMOID_TEST_FAST_MATH_H

float fm_sigmoid_f32(float x);
float fm_sigmoid_deriv_f32(float x);
float fm_sigmoid_deriv_from_output_f32(float y);
float fm_backward_f32(float y, float dy);
double fm_sigmoid_f64(double x);
double fm_sigmoid_deriv_f64(double x);
double fm_sigmoid_deriv_from_output_f64(double y);
double fm_backward_f64(double y, double dy);

#endif
