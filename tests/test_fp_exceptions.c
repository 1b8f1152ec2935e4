/* No non-NaN input raises FE_INVALID, FE_DIVBYZERO or FE_OVERFLOW.
 * Results go to a volatile sink so that no call can be optimised away, and
 * the flags are read after every batch. FE_INEXACT and FE_UNDERFLOW are
 * allowed: IEEE requires them for inexact and tiny results. */
#include "test_common.h"

#include <fenv.h>

#if defined(FE_INVALID) && defined(FE_DIVBYZERO) && defined(FE_OVERFLOW)
#define BAD_FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW)
#else
#define BAD_FLAGS 0
#endif

static volatile float sink_f32;
static volatile double sink_f64;

static const float edge_f32[] = {0.0f, -0.0f, 1e-45f, -1e-45f, 1e-38f, FLT_MIN, -FLT_MIN,
                                 1e30f, -1e30f, FLT_MAX, -FLT_MAX, 17.32868f, 17.0f, -87.33655f,
                                 -89.0f, -103.97208f, -104.0f, 119.9f, 120.0f, -120.0f,
                                 0.5f, 1.0f, -1.0f, 0.99999994f};
static const double edge_f64[] = {0.0, -0.0, 5e-324, -5e-324, DBL_MIN, -DBL_MIN, 1e300, -1e300,
                                  DBL_MAX, -DBL_MAX, 1e30, -1e30, FLT_MAX, 37.5, -708.4,
                                  -745.1, -746.0, 746.0, 745.9, 0.5, 1.0, -1.0,
                                  0.99999999999999989};

/* Every vector path on whole blocks (64 copies of x) and on a tail (1). */
static void all_paths_f32(float x, float y)
{
    float xs[64], ys[64], out[64];
    size_t i, n;
    int path;
    for (i = 0; i < 64; i++)
        xs[i] = x, ys[i] = y;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        for (n = 1; n <= 64; n += 63) {
            sigmoid_internal_array_f32_on(path, xs, out, n);
            sink_f32 = out[0];
            sigmoid_internal_deriv_array_f32_on(path, xs, out, n);
            sink_f32 = out[0];
            sigmoid_internal_fast_array_f32_on(path, xs, out, n);
            sink_f32 = out[0];
            sigmoid_internal_from_output_array_f32_on(path, xs, out, n);
            sink_f32 = out[0];
            for (i = 0; i < sizeof edge_f32 / sizeof edge_f32[0]; i++) {
                float es[64];
                size_t k;
                for (k = 0; k < 64; k++)
                    es[k] = edge_f32[i];
                sigmoid_internal_backward_f32_on(path, ys, es, out, n); /* dy any */
                sink_f32 = out[0];
                sigmoid_internal_backward_f32_on(path, es, xs, out, n); /* y any, dy = x */
                sink_f32 = out[0];
            }
        }
    }
}

/* every function on x; with paths, every vector path too (edge inputs) */
static void all_f32(float x, int paths)
{
    float y = sigmoid_f32(x), dx;
    size_t j;
    sink_f32 = y;
    sink_f32 = sigmoid_deriv_f32(x);
    sink_f32 = sigmoid_deriv_from_output_f32(x);
    sink_f32 = sigmoid_fast_f32(x);
    if (paths)
        all_paths_f32(x, y);
    for (j = 0; j < sizeof edge_f32 / sizeof edge_f32[0]; j++) {
        sigmoid_backward_f32(&y, &edge_f32[j], &dx, 1);   /* dy any finite */
        sink_f32 = dx;
        sigmoid_backward_f32(&edge_f32[j], &x, &dx, 1);   /* y any, dy = x */
        sink_f32 = dx;
    }
}

static void all_f64(double x)
{
    double y = sigmoid_f64(x), dx;
    size_t j;
    sink_f64 = y;
    sink_f64 = sigmoid_deriv_f64(x);
    sink_f64 = sigmoid_deriv_from_output_f64(x);
    for (j = 0; j < sizeof edge_f64 / sizeof edge_f64[0]; j++) {
        sigmoid_backward_f64(&y, &edge_f64[j], &dx, 1);
        sink_f64 = dx;
        sigmoid_backward_f64(&edge_f64[j], &x, &dx, 1);
        sink_f64 = dx;
    }
}

TEST no_spurious_exceptions_f32(void)
{
    uint32_t u;
    size_t i;
    if (BAD_FLAGS == 0)
        SKIPm("this platform has no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    feclearexcept(FE_ALL_EXCEPT);
    for (i = 0; i < sizeof edge_f32 / sizeof edge_f32[0]; i++)
        all_f32(edge_f32[i], 1);
    all_f32(INFINITY, 1);
    all_f32(-INFINITY, 1);
    ASSERT_EQm("exception raised by an edge float input", 0, fetestexcept(BAD_FLAGS));
    for (u = 0; u < 0x7f800000u; u += 65521) {  /* every exponent, both signs */
        all_f32(f32_from_bits(u), (u & 0xff) == 0);
        all_f32(-f32_from_bits(u), (u & 0xff) == 0);
    }
    ASSERT_EQm("exception raised by a float in the sweep", 0, fetestexcept(BAD_FLAGS));
    PASS();
}

TEST no_spurious_exceptions_f64(void)
{
    uint64_t u;
    size_t i;
    if (BAD_FLAGS == 0)
        SKIPm("this platform has no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    feclearexcept(FE_ALL_EXCEPT);
    for (i = 0; i < sizeof edge_f64 / sizeof edge_f64[0]; i++)
        all_f64(edge_f64[i]);
    all_f64((double)INFINITY);
    all_f64(-(double)INFINITY);
    ASSERT_EQm("exception raised by an edge double input", 0, fetestexcept(BAD_FLAGS));
    for (u = 0; u < 0x7ff0000000000000ull; u += 0x0000a5a5a5a5a5a5ull) { /* ~25,000 points, every exponent */
        double x;
        memcpy(&x, &u, sizeof x);
        all_f64(x);
        all_f64(-x);
    }
    ASSERT_EQm("exception raised by a double in the sweep", 0, fetestexcept(BAD_FLAGS));
    PASS();
}

SUITE(fp_exceptions)
{
    RUN_TEST(no_spurious_exceptions_f32);
    RUN_TEST(no_spurious_exceptions_f64);
}
