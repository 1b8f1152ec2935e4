/* bench.c: speed of sigmoid.h against the naive libm formula, same run.
 *
 *   make bench      (built with plain -O2, as a user's project would be)
 *
 * Method: every kernel runs once per round, rounds are interleaved (kernel
 * order rotates each round), time is the CPU time of this thread, and each
 * figure is the median over rounds (min beside it). Ratios are taken within
 * each round against the baseline measured in that same round, then the
 * median ratio is reported, so a noisy neighbour shifts both sides alike.
 * Inputs: x uniform in [-20, 20], and once in [-100, 100]. */
#include "../sigmoid.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ROUNDS 21
#define MAXK 24

typedef void (*kernel_fn)(size_t n);

static float *xf, *yf, *dyf, *outf;
static double *xd, *outd;

/* The formula users write today; -O2 keeps it a scalar expf call. */
static __attribute__((noinline)) void naive_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = 1.0f / (1.0f + expf(-xf[i]));
}

static __attribute__((noinline)) void naive_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = 1.0 / (1.0 + exp(-xd[i]));
}

/* sigmoid_f32 inlined into the user's own loop. */
static __attribute__((noinline)) void inline_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = sigmoid_f32(xf[i]);
}

static __attribute__((noinline)) void array_f32(size_t n) { sigmoid_array_f32(xf, outf, n); }
static __attribute__((noinline)) void fast_array_f32(size_t n) { sigmoid_fast_array_f32(xf, outf, n); }
static __attribute__((noinline)) void fast_sse2(size_t n)
{
    sigmoid_internal_fast_array_f32_on(SIGMOID_INTERNAL_PATH_SSE2, xf, outf, n);
}
static __attribute__((noinline)) void array_sse2(size_t n)
{
    sigmoid_internal_array_f32_on(SIGMOID_INTERNAL_PATH_SSE2, xf, outf, n);
}
static __attribute__((noinline)) void array_scalar(size_t n)
{
    sigmoid_internal_array_f32_on(SIGMOID_INTERNAL_PATH_SCALAR, xf, outf, n);
}
static __attribute__((noinline)) void fast_scalar(size_t n)
{
    sigmoid_internal_fast_array_f32_on(SIGMOID_INTERNAL_PATH_SCALAR, xf, outf, n);
}
static __attribute__((noinline)) void array_f64(size_t n) { sigmoid_array_f64(xd, outd, n); }
static __attribute__((noinline)) void deriv_array_f32(size_t n) { sigmoid_deriv_array_f32(xf, outf, n); }
static __attribute__((noinline)) void from_output_array_f32(size_t n)
{
    sigmoid_deriv_from_output_array_f32(yf, outf, n);
}
static __attribute__((noinline)) void backward_f32(size_t n) { sigmoid_backward_f32(yf, dyf, outf, n); }

/* The plain backward loop a user would write (its rounding: up to ~2 ULP). */
static __attribute__((noinline)) void plain_backward_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = dyf[i] * yf[i] * (1.0f - yf[i]);
}

typedef struct kernel {
    const char *name;
    kernel_fn fn;
    int baseline; /* index of the kernel its ratio is taken against */
} kernel;

static double thread_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void fill(size_t n, double range, unsigned seed)
{
    size_t i;
    srand(seed);
    for (i = 0; i < n; i++) {
        double u = (double)rand() / RAND_MAX;
        xf[i] = (float)((2 * u - 1) * range);
        xd[i] = (2 * u - 1) * range;
        yf[i] = sigmoid_f32(xf[i]);
        dyf[i] = (float)(u - 0.5);
    }
}

static void run(const kernel *k, int nk, size_t n, double range)
{
    double ns[MAXK][ROUNDS], ratio[MAXK][ROUNDS];
    int r, j;
    /* enough repetitions that one timing is >= ~2 ms of work */
    int reps = (int)(2000000 / n) + 1;
    fill(n, range, 1);
    for (j = 0; j < nk; j++) /* warm up */
        k[j].fn(n);
    for (r = 0; r < ROUNDS; r++) {
        for (j = 0; j < nk; j++) {
            int kk = (j + r) % nk, q;
            double t0 = thread_ns();
            for (q = 0; q < reps; q++)
                k[kk].fn(n);
            ns[kk][r] = (thread_ns() - t0) / ((double)reps * (double)n);
        }
        for (j = 0; j < nk; j++)
            ratio[j][r] = ns[j][r] / ns[k[j].baseline][r];
    }
    printf("\nn = %zu, x uniform in [-%g, %g]\n", n, range, range);
    printf("  %-44s %10s %10s %14s\n", "kernel", "ns/elem", "min", "ratio (median)");
    for (j = 0; j < nk; j++) {
        double mn = ns[j][0];
        for (r = 1; r < ROUNDS; r++)
            mn = ns[j][r] < mn ? ns[j][r] : mn;
        printf("  %-44s %10.3f %10.3f %8.3fx %s\n", k[j].name, median(ns[j], ROUNDS), mn,
               median(ratio[j], ROUNDS), k[j].baseline == j ? "(baseline)" : k[k[j].baseline].name);
    }
}

int main(void)
{
    static const kernel k[] = {
        {"naive 1/(1+expf(-x)) loop, -O2", naive_f32, 0},
        {"sigmoid_f32 inlined in a loop, -O2", inline_f32, 0},
        {"sigmoid_array_f32", array_f32, 0},
        {"sigmoid_array_f32, SSE2 path", array_sse2, 0},
        {"sigmoid_array_f32, scalar path", array_scalar, 0},
        {"sigmoid_fast_array_f32", fast_array_f32, 0},
        {"sigmoid_fast_array_f32, SSE2 path", fast_sse2, 0},
        {"sigmoid_fast_array_f32, scalar path", fast_scalar, 0},
        {"sigmoid_deriv_array_f32", deriv_array_f32, 0},
        {"naive 1/(1+exp(-x)) loop, double, -O2", naive_f64, 9},
        {"sigmoid_array_f64", array_f64, 9},
        {"plain dy*y*(1-y) loop, -O2", plain_backward_f32, 11},
        {"sigmoid_backward_f32", backward_f32, 11},
        {"sigmoid_deriv_from_output_array_f32", from_output_array_f32, 11},
    };
    const int nk = (int)(sizeof k / sizeof k[0]);
    const size_t maxn = 65536;
    static const size_t sizes[] = {1024, 65536};
    size_t s;
    xf = (float *)malloc(maxn * sizeof *xf);
    yf = (float *)malloc(maxn * sizeof *yf);
    dyf = (float *)malloc(maxn * sizeof *dyf);
    outf = (float *)malloc(maxn * sizeof *outf);
    xd = (double *)malloc(maxn * sizeof *xd);
    outd = (double *)malloc(maxn * sizeof *outd);
    if (!xf || !yf || !dyf || !outf || !xd || !outd)
        return 1;
    printf("sigmoid.h %d.%d.%d benchmark: one thread, %d interleaved rounds, thread CPU time\n",
           SIGMOID_VERSION_MAJOR, SIGMOID_VERSION_MINOR, SIGMOID_VERSION_PATCH, ROUNDS);
    for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        run(k, nk, sizes[s], 20.0);
    run(k, nk, 65536, 100.0);
    return 0;
}
