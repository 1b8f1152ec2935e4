/* Array functions: every n from 0 to 130 at every element offset 0..15
 * (every alignment a float or double pointer can legally have modulo 64
 * bytes; a pointer that is not a multiple of the element size would be
 * undefined behaviour in C), in place, with NULL at n = 0, bit for bit equal
 * to the scalar functions, and nothing written outside [0, n). */
#include "test_common.h"

#define MAXN 130
#define PAD 16
#define CANARY_F32 (-12345.0f)
#define CANARY_F64 (-12345.0)

/* Inputs that cover every branch: specials, saturated, tiny, ordinary. */
static float input_f32(int i)
{
    static const float v[] = {0.0f, -0.0f, 1.0f, -1.0f, 17.5f, -90.0f, 1e-30f, 0.25f, 0.999f,
                              -5.5f, 200.0f, -200.0f, 3.0f, 0.5f, -0.001f, 1.5f, 8.25f};
    int pass = i / 17; /* each pass through v a little larger */
    return v[i % (int)(sizeof v / sizeof v[0])] * (1.0f + (float)pass / 64.0f);
}

static double input_f64(int i) { return (double)input_f32(i) * 1.0000001; }

typedef void (*unary_f32)(const float *, float *, size_t);
typedef void (*unary_f64)(const double *, double *, size_t);
typedef float (*scalar_f32)(float);
typedef double (*scalar_f64)(double);

static float backward_scalar_f32(float y, float dy)
{
    float dx;
    sigmoid_backward_f32(&y, &dy, &dx, 1);
    return dx;
}

static double backward_scalar_f64(double y, double dy)
{
    double dx;
    sigmoid_backward_f64(&y, &dy, &dx, 1);
    return dx;
}

static int report(const char *what, int n, int off, int i)
{
    printf("\n  %s at n = %d, offset %d, element %d\n", what, n, off, i);
    return 0;
}

static int check_unary_f32(unary_f32 f, scalar_f32 g)
{
    float in[MAXN + 2 * PAD], out[MAXN + 2 * PAD];
    int n, off, i;
    f(NO_ARRAY, NO_ARRAY, 0);
    for (n = 0; n <= MAXN; n++)
        for (off = 0; off < PAD; off++) {
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                in[i] = input_f32(i + n);
                out[i] = CANARY_F32;
            }
            f(in + off, out + off, (size_t)n);
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                if (i >= off && i < off + n) {
                    if (!same_f32(out[i], g(in[i])))
                        return report("differs from the scalar function", n, off, i);
                } else if (!same_f32(out[i], CANARY_F32)) {
                    return report("wrote outside [0, n)", n, off, i);
                }
            }
            f(in + off, in + off, (size_t)n); /* in place */
            for (i = off; i < off + n; i++)
                if (!same_f32(in[i], out[i]))
                    return report("in place differs", n, off, i);
        }
    return 1;
}

static int check_unary_f64(unary_f64 f, scalar_f64 g)
{
    double in[MAXN + 2 * PAD], out[MAXN + 2 * PAD];
    int n, off, i;
    f(NO_ARRAY, NO_ARRAY, 0);
    for (n = 0; n <= MAXN; n++)
        for (off = 0; off < PAD; off++) {
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                in[i] = input_f64(i + n);
                out[i] = CANARY_F64;
            }
            f(in + off, out + off, (size_t)n);
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                if (i >= off && i < off + n) {
                    if (!same_f64(out[i], g(in[i])))
                        return report("differs from the scalar function", n, off, i);
                } else if (!same_f64(out[i], CANARY_F64)) {
                    return report("wrote outside [0, n)", n, off, i);
                }
            }
            f(in + off, in + off, (size_t)n);
            for (i = off; i < off + n; i++)
                if (!same_f64(in[i], out[i]))
                    return report("in place differs", n, off, i);
        }
    return 1;
}

TEST sigma_arrays(void)
{
    ASSERT(check_unary_f32(sigmoid_array_f32, sigmoid_f32));
    ASSERT(check_unary_f64(sigmoid_array_f64, sigmoid_f64));
    PASS();
}

TEST deriv_arrays(void)
{
    ASSERT(check_unary_f32(sigmoid_deriv_array_f32, sigmoid_deriv_f32));
    ASSERT(check_unary_f64(sigmoid_deriv_array_f64, sigmoid_deriv_f64));
    PASS();
}

TEST from_output_arrays(void)
{
    ASSERT(check_unary_f32(sigmoid_deriv_from_output_array_f32, sigmoid_deriv_from_output_f32));
    ASSERT(check_unary_f64(sigmoid_deriv_from_output_array_f64, sigmoid_deriv_from_output_f64));
    PASS();
}

/* Backward: y in (0,1) from sigma of the inputs, dy the inputs themselves;
 * offsets of y, dy and dx vary independently. */
TEST backward_arrays(void)
{
    float y[MAXN + 2 * PAD], dy[MAXN + 2 * PAD], dx[MAXN + 2 * PAD];
    double yd[MAXN + 2 * PAD], dyd[MAXN + 2 * PAD], dxd[MAXN + 2 * PAD];
    int n, off, i;
    sigmoid_backward_f32(NO_ARRAY, NO_ARRAY, NO_ARRAY, 0);
    sigmoid_backward_f64(NO_ARRAY, NO_ARRAY, NO_ARRAY, 0);
    for (n = 0; n <= MAXN; n++)
        for (off = 0; off < PAD; off++) {
            int oy = off, od = (off * 7) % PAD, ox = (off * 3) % PAD;
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                y[i] = sigmoid_f32(input_f32(i));
                dy[i] = input_f32(i + 5);
                dx[i] = CANARY_F32;
                yd[i] = sigmoid_f64(input_f64(i));
                dyd[i] = input_f64(i + 5);
                dxd[i] = CANARY_F64;
            }
            sigmoid_backward_f32(y + oy, dy + od, dx + ox, (size_t)n);
            sigmoid_backward_f64(yd + oy, dyd + od, dxd + ox, (size_t)n);
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                if (i >= ox && i < ox + n) {
                    ASSERT(same_f32(dx[i], backward_scalar_f32(y[oy + i - ox], dy[od + i - ox])));
                    ASSERT(same_f64(dxd[i], backward_scalar_f64(yd[oy + i - ox], dyd[od + i - ox])));
                } else {
                    ASSERT(same_f32(dx[i], CANARY_F32));
                    ASSERT(same_f64(dxd[i], CANARY_F64));
                }
            }
        }
    PASS();
}

SUITE(arrays)
{
    RUN_TEST(sigma_arrays);
    RUN_TEST(deriv_arrays);
    RUN_TEST(from_output_arrays);
    RUN_TEST(backward_arrays);
}
