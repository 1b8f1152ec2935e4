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

float fm_backward_f32(float y, float dy)
{
    float dx;
    sigmoid_backward_f32(&y, &dy, &dx, 1);
    return dx;
}

double fm_backward_f64(double y, double dy)
{
    double dx;
    sigmoid_backward_f64(&y, &dy, &dx, 1);
    return dx;
}
