/* Every function, compiled by the Makefile with -ffast-math. fast_math.c
 * (compiled normally) compares these against the default build. */
#include "../sigmoid.h"
#include "fast_math.h"

float fm_sigmoid_f32(float x) { return sigmoid_f32(x); }
float fm_sigmoid_deriv_f32(float x) { return sigmoid_deriv_f32(x); }
float fm_sigmoid_deriv_from_output_f32(float y) { return sigmoid_deriv_from_output_f32(y); }
double fm_sigmoid_f64(double x) { return sigmoid_f64(x); }
double fm_sigmoid_deriv_f64(double x) { return sigmoid_deriv_f64(x); }
double fm_sigmoid_deriv_from_output_f64(double y) { return sigmoid_deriv_from_output_f64(y); }

float fm_backward_f32(float y, float dy) { return sigmoid_backward_step_f32(y, dy); }

void fm_array_f32(const float *x, float *y, size_t n) { sigmoid_array_f32(x, y, n); }
void fm_deriv_array_f32(const float *x, float *d, size_t n) { sigmoid_deriv_array_f32(x, d, n); }
void fm_fast_array_f32(const float *x, float *y, size_t n) { sigmoid_fast_array_f32(x, y, n); }
void fm_from_output_array_f32(const float *y, float *d, size_t n)
{
    sigmoid_deriv_from_output_array_f32(y, d, n);
}
void fm_array_f64(const double *x, double *y, size_t n) { sigmoid_array_f64(x, y, n); }

double fm_backward_f64(double y, double dy) { return sigmoid_backward_step_f64(y, dy); }
