/* examples/xor.c's training as element-wise code, with the plain formulas
 * and with sigmoid.h's scalar functions, in float and double (the loop is
 * bench/train_xor.h). Built -O2 by make bench. */
#include "../sigmoid.h"

#include <math.h>

#define NAME train_xor_f32_plain
#define REAL float
#define SIGMA(x) (1.0f / (1.0f + expf(-(x))))
#define BACKWARD(y, dy) ((dy) * (y) * (1.0f - (y)))
#include "train_xor.h"
#undef NAME
#undef REAL
#undef SIGMA
#undef BACKWARD

#define NAME train_xor_f32_library
#define REAL float
#define SIGMA(x) sigmoid_f32(x)
#define BACKWARD(y, dy) sigmoid_backward_step_f32(y, dy)
#include "train_xor.h"
#undef NAME
#undef REAL
#undef SIGMA
#undef BACKWARD

#define NAME train_xor_f64_plain
#define REAL double
#define SIGMA(x) (1.0 / (1.0 + exp(-(x))))
#define BACKWARD(y, dy) ((dy) * (y) * (1.0 - (y)))
#include "train_xor.h"
#undef NAME
#undef REAL
#undef SIGMA
#undef BACKWARD

#define NAME train_xor_f64_library
#define REAL double
#define SIGMA(x) sigmoid_f64(x)
#define BACKWARD(y, dy) sigmoid_backward_step_f64(y, dy)
#include "train_xor.h"
