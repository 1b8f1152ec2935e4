/* -ffast-math in the user's build must not change a finite result: the
 * header switches reassociation and reciprocal approximations back off for
 * its own functions. fast_math_wrap.c is compiled with -ffast-math; this
 * file, compiled normally, compares it bit for bit with the default build on
 * every 257th finite float bit pattern of both signs (also as doubles times
 * 3.3), through the scalar functions and the arrays (so every vector path
 * the CPU has), and on 10^6 random (y, dy) pairs.
 *
 * Two builds (Makefile):
 *   make test         wrappers at -O2 -ffast-math, program linked without
 *                     it: every result must be identical.
 *   make check-matrix wrappers at -O3 -ffast-math and the program linked
 *                     with -ffast-math, so the CPU runs in flush-to-zero and
 *                     denormals-are-zero mode (x86 MXCSR), as such a
 *                     program does. The default results are then computed
 *                     with both modes off, and a difference is allowed only
 *                     where an input or the default result is subnormal:
 *                     the documented effect of those modes.
 * Prints greatest's report line. */
#include "../sigmoid.h"
#include "fast_math.h"
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <xmmintrin.h>
#define FLUSH_BITS 0x8040u /* MXCSR flush-to-zero and denormals-are-zero */
#endif

#define BLOCK 4096

static unsigned long long differ, compared, allowed;
static unsigned int flush_mode;

#define bits32 sigmoid_internal_bits_f32 /* the header's bit casts */
#define bits64 sigmoid_internal_bits_f64

static int subnormal_f32(float v)
{
    uint32_t u;
    memcpy(&u, &v, sizeof u);
    return (u & 0x7f800000u) == 0 && (u & 0x7fffffu) != 0;
}

static int subnormal_f64(double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return (u & 0x7ff0000000000000u) == 0 && (u & 0xfffffffffffffu) != 0;
}

/* A result in flush mode may differ from the default only where an input
 * or the default result is subnormal. */
static void same_f32(float ref, float got, const char *what, float in, float in2)
{
    compared++;
    if (bits32(ref) == bits32(got))
        return;
    if (flush_mode && (subnormal_f32(in) || subnormal_f32(in2) || subnormal_f32(ref))) {
        allowed++;
        return;
    }
    if (differ++ < 5)
        printf("FAIL %s(%a): default %a, -ffast-math %a\n", what, (double)in, (double)ref, (double)got);
}

static void same_f64(double ref, double got, const char *what, double in, double in2)
{
    compared++;
    if (bits64(ref) == bits64(got))
        return;
    if (flush_mode && (subnormal_f64(in) || subnormal_f64(in2) || subnormal_f64(ref))) {
        allowed++;
        return;
    }
    if (differ++ < 5)
        printf("FAIL %s(%a): default %a, -ffast-math %a\n", what, in, ref, got);
}

struct block {
    float x[BLOCK], sig[BLOCK], der[BLOCK], out[BLOCK], fast[BLOCK];
    float sig_a[BLOCK], der_a[BLOCK], out_a[BLOCK];
    double d[BLOCK], sd[BLOCK], dd[BLOCK], sd_a[BLOCK];
};

static struct block ref, got;

/* The default build's results, not inlined, so that the compiler cannot
 * move them across the change of the CPU mode around the call. */
static SIGMOID_INTERNAL_NOINLINE void default_results(struct block *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        b->sig[i] = sigmoid_f32(b->x[i]);
        b->der[i] = sigmoid_deriv_f32(b->x[i]);
        b->out[i] = sigmoid_deriv_from_output_f32(b->x[i]);
        b->sd[i] = sigmoid_f64(b->d[i]);
        b->dd[i] = sigmoid_deriv_f64(b->d[i]);
    }
    sigmoid_array_f32(b->x, b->sig_a, n);
    sigmoid_deriv_array_f32(b->x, b->der_a, n);
    sigmoid_deriv_from_output_array_f32(b->x, b->out_a, n);
    sigmoid_fast_array_f32(b->x, b->fast, n);
    sigmoid_array_f64(b->d, b->sd_a, n);
}

static void default_results_unflushed(struct block *b, size_t n)
{
#ifdef FLUSH_BITS
    unsigned int csr = _mm_getcsr();
    _mm_setcsr(csr & ~FLUSH_BITS);
    default_results(b, n);
    _mm_setcsr(csr);
#else
    default_results(b, n);
#endif
}

static void fast_math_results(struct block *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        b->sig[i] = fm_sigmoid_f32(b->x[i]);
        b->der[i] = fm_sigmoid_deriv_f32(b->x[i]);
        b->out[i] = fm_sigmoid_deriv_from_output_f32(b->x[i]);
        b->sd[i] = fm_sigmoid_f64(b->d[i]);
        b->dd[i] = fm_sigmoid_deriv_f64(b->d[i]);
    }
    fm_array_f32(b->x, b->sig_a, n);
    fm_deriv_array_f32(b->x, b->der_a, n);
    fm_from_output_array_f32(b->x, b->out_a, n);
    fm_fast_array_f32(b->x, b->fast, n);
    fm_array_f64(b->d, b->sd_a, n);
}

static void compare_block(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        float x = ref.x[i];
        double d = ref.d[i];
        same_f32(ref.sig[i], got.sig[i], "sigmoid_f32", x, x);
        same_f32(ref.der[i], got.der[i], "sigmoid_deriv_f32", x, x);
        same_f32(ref.out[i], got.out[i], "sigmoid_deriv_from_output_f32", x, x);
        same_f32(ref.sig_a[i], got.sig_a[i], "sigmoid_array_f32", x, x);
        same_f32(ref.der_a[i], got.der_a[i], "sigmoid_deriv_array_f32", x, x);
        same_f32(ref.out_a[i], got.out_a[i], "sigmoid_deriv_from_output_array_f32", x, x);
        same_f32(ref.fast[i], got.fast[i], "sigmoid_fast_array_f32", x, x);
        same_f64(ref.sd[i], got.sd[i], "sigmoid_f64", d, d);
        same_f64(ref.dd[i], got.dd[i], "sigmoid_deriv_f64", d, d);
        same_f64(ref.sd_a[i], got.sd_a[i], "sigmoid_array_f64", d, d);
    }
}

static SIGMOID_INTERNAL_NOINLINE void default_backward(float yf, float dyf, double y, double dy,
                                                       float *dxf, double *dx, double *g)
{
    *dxf = sigmoid_backward_step_f32(yf, dyf);
    *dx = sigmoid_backward_step_f64(y, dy);
    *g = sigmoid_deriv_from_output_f64(y);
}

int main(void)
{
    unsigned long long state = 88172645463325252ull;
    unsigned int u;
    size_t n = 0;
    long i;
#ifdef FLUSH_BITS
    flush_mode = _mm_getcsr() & FLUSH_BITS;
#endif
    for (u = 0; u < 0x7f800000u; u += 257) {
        float x;
        memcpy(&x, &u, sizeof x);
        ref.x[n] = got.x[n] = x;
        ref.x[n + 1] = got.x[n + 1] = -x;
        ref.d[n] = got.d[n] = (double)x * 3.3;
        ref.d[n + 1] = got.d[n + 1] = -(double)x * 3.3;
        n += 2;
        if (n == BLOCK || u + 257 >= 0x7f800000u) {
            default_results_unflushed(&ref, n);
            fast_math_results(&got, n);
            compare_block(n);
            n = 0;
        }
    }
    for (i = 0; i < 1000000; i++) {
        double y, dy, r, g;
        float yf, dyf, dx;
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        y = (double)(state >> 11) * 1.1102230246251565e-16; /* [0, 1) */
        dy = (double)(long long)(state % 2000001) - 1000000.0;
        yf = (float)y;
        dyf = (float)dy;
#ifdef FLUSH_BITS
        {
            unsigned int csr = _mm_getcsr();
            _mm_setcsr(csr & ~FLUSH_BITS);
            default_backward(yf, dyf, y, dy, &dx, &r, &g);
            _mm_setcsr(csr);
        }
#else
        default_backward(yf, dyf, y, dy, &dx, &r, &g);
#endif
        same_f32(dx, fm_backward_f32(yf, dyf), "sigmoid_backward_step_f32", yf, dyf);
        same_f64(r, fm_backward_f64(y, dy), "sigmoid_backward_step_f64", y, dy);
        same_f64(g, fm_sigmoid_deriv_from_output_f64(y), "sigmoid_deriv_from_output_f64", y, y);
    }
    printf("%llu results compared%s, %llu differ between the default and -ffast-math builds",
           compared, flush_mode ? " (flush-to-zero on)" : "", differ);
    if (flush_mode)
        printf(", %llu more differ at subnormal inputs or results", allowed);
    printf("\nPass: %d, fail: %d, skip: 0.\n", differ ? 0 : 1, differ ? 1 : 0);
    return differ ? 1 : 0;
}
