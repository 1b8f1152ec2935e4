/* make check-fenv: the floating-point environment contracts, densely.
 *
 * 1. Traps. With FE_INVALID, FE_DIVBYZERO and FE_OVERFLOW trapping
 *    (feenableexcept), every float function runs on every one of the
 *    2^32 - 2^24 non-NaN float inputs, on every path this build has and this
 *    CPU runs: sigma, sigma', y(1-y) (the input as y), the fast tier, and the
 *    backward step (the input as y, against a dy that walks all floats in
 *    another order), and the double functions on 2^26 inputs spread over
 *    every exponent. A trap is a SIGFPE: the handler names the function,
 *    path and block, and the run fails.
 * 2. Directed rounding. Under FE_UPWARD, FE_DOWNWARD and FE_TOWARDZERO,
 *    every 1021st float (both signs; as doubles times 3.3 for the double
 *    functions; y in (0, 1) on a grid of the same size) against a long
 *    double reference (64-bit significand, error < 2^-61 relative): the
 *    results must stay in range and within 1 ULP (the fast tier: 4 ULP,
 *    where its 2.5 in round-to-nearest grows by up to a unit per rounding). Prints the worst error per function, path and mode.
 *
 * Both halves run on two threads. Needs glibc (feenableexcept) on x86-64.
 * Build: see the Makefile (check-fenv), which builds it with gcc -O2 and
 * with clang -O3 -march=native (where the compiler computes both sides of
 * branches). */
#define _GNU_SOURCE 1
#include "../sigmoid.h"

#include <fenv.h>
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define BLOCK 4096
#define TRAPS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW)

static const char *const path_name[] = {"scalar", "SSE2", "AVX2", "NEON"};
static __thread char doing[128];

static void on_trap(int sig)
{
    static const char head[] = "FAIL floating-point trap in ";
    ssize_t ignored = write(2, head, sizeof head - 1);
    ignored = write(2, doing, strlen(doing));
    (void)ignored;
    (void)sig;
    _exit(1);
}

static float from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* ---- 1. traps ------------------------------------------------------------ */

struct trap_job {
    uint64_t first, last; /* float bit patterns [first, last) */
    int thread;
};

static volatile float sink32;
static volatile double sink64;

static void trap_block(int path, const float *x, const float *dy, size_t n, float *out)
{
    sigmoid_internal_array_f32_on(path, x, out, n);
    sink32 = out[n - 1];
    sigmoid_internal_deriv_array_f32_on(path, x, out, n);
    sink32 = out[n - 1];
    sigmoid_internal_deriv_from_output_array_f32_on(path, x, out, n);
    sink32 = out[n - 1];
    sigmoid_internal_fast_array_f32_on(path, x, out, n);
    sink32 = out[n - 1];
    sigmoid_internal_backward_f32_on(path, x, dy, out, n);
    sink32 = out[n - 1];
}

static void *trap_thread(void *arg)
{
    struct trap_job *job = (struct trap_job *)arg;
    float x[BLOCK], dy[BLOCK], out[BLOCK];
    uint64_t u = job->first;
    feenableexcept(TRAPS); /* per thread: the control registers are */
    while (u < job->last) {
        size_t n = 0;
        int path;
        for (; u < job->last && n < BLOCK; u++) {
            uint32_t b = (uint32_t)u;
            uint32_t d = b * 2654435761u; /* all floats, another order */
            if ((b & 0x7fffffffu) > 0x7f800000u)
                continue; /* NaN: no trap-free promise needed */
            x[n] = from_bits(b);
            dy[n] = (d & 0x7fffffffu) > 0x7f800000u ? 1.0f : from_bits(d);
            n++;
        }
        if (n == 0)
            continue;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!sigmoid_internal_path_ok(path))
                continue;
            snprintf(doing, sizeof doing, "the %s path, block ending at %a\n", path_name[path],
                     (double)x[n - 1]);
            trap_block(path, x, dy, n, out);
        }
    }
    /* the double functions: 2^25 per thread, every exponent */
    {
        uint64_t i, step = 0x7ff0000000000000ull >> 25;
        double xd[BLOCK], yd[BLOCK], od[BLOCK];
        size_t n = 0;
        snprintf(doing, sizeof doing, "a double function\n");
        for (i = (uint64_t)job->thread; i < (1ull << 25); i += 2) {
            uint64_t b = i * step + (i * 0x9e3779b97f4a7c15ull >> 40);
            double v;
            memcpy(&v, &b, sizeof v);
            xd[n] = (i & 4) ? -v : v;
            yd[n] = (double)(i % 1000003) / 1000003.0;
            if (++n == BLOCK) {
                sigmoid_array_f64(xd, od, n);
                sink64 = od[0];
                sigmoid_deriv_array_f64(xd, od, n);
                sink64 = od[0];
                sigmoid_deriv_from_output_array_f64(xd, od, n);
                sink64 = od[0];
                sigmoid_backward_f64(yd, xd, od, n);
                sink64 = od[0];
                sigmoid_backward_f64(xd, yd, od, n);
                sink64 = od[0];
                n = 0;
            }
        }
    }
    fedisableexcept(TRAPS);
    return NULL;
}

/* ---- 2. directed rounding ----------------------------------------------- */

enum { SIGMA, DERIV, OUTPUT, FAST, BACKWARD, SIGMA64, DERIV64, OUTPUT64, KINDS };
static const char *const kind_name[] = {"sigma_f32",   "deriv_f32", "from_output_f32",
                                        "fast_f32",    "backward_f32", "sigma_f64",
                                        "deriv_f64",   "from_output_f64"};
static const int modes[] = {FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
static const char *const mode_name[] = {"upward", "downward", "toward zero"};

struct directed_job {
    uint32_t first, last, stride;
    int mode, path;
    double worst[KINDS];
    float worst_at[KINDS];
    long out_of_range;
};

static long double ref_sigma(long double x)
{
    long double t = expl(-fabsl(x));
    return x >= 0 ? 1.0L / (1.0L + t) : t / (1.0L + t);
}

static long double ref_deriv(long double x)
{
    long double t = expl(-fabsl(x));
    return t / ((1.0L + t) * (1.0L + t));
}

static long double ulp_at(long double v, int mant, int emin)
{
    int e;
    v = fabsl(v);
    if (v < ldexpl(1.0L, emin - 1))
        return ldexpl(1.0L, emin - mant);
    frexpl(v, &e);
    return ldexpl(1.0L, e - mant);
}

static double err32(float got, long double exact)
{
    return (double)(fabsl((long double)got - exact) / ulp_at(exact, 24, -125));
}

static double err64(double got, long double exact)
{
    return (double)(fabsl((long double)got - exact) / ulp_at(exact, 53, -1021));
}

struct results {
    float x[BLOCK], y[BLOCK], dy[BLOCK], r[5][BLOCK];
    double xd[BLOCK], yd[BLOCK], rd[3][BLOCK];
};

/* Under the mode, in a function of its own: the compiler cannot move the
 * calls across fesetround. */
static SIGMOID_INTERNAL_NOINLINE void directed_results(struct results *b, int path, size_t n)
{
    size_t i;
    sigmoid_internal_array_f32_on(path, b->x, b->r[SIGMA], n);
    sigmoid_internal_deriv_array_f32_on(path, b->x, b->r[DERIV], n);
    sigmoid_internal_deriv_from_output_array_f32_on(path, b->y, b->r[OUTPUT], n);
    sigmoid_internal_fast_array_f32_on(path, b->x, b->r[FAST], n);
    sigmoid_internal_backward_f32_on(path, b->y, b->dy, b->r[BACKWARD], n);
    for (i = 0; i < n; i++) {
        b->rd[0][i] = sigmoid_f64(b->xd[i]);
        b->rd[1][i] = sigmoid_deriv_f64(b->xd[i]);
        b->rd[2][i] = sigmoid_deriv_from_output_f64(b->yd[i]);
    }
}

static void note(struct directed_job *job, int k, double e, float at)
{
    if (e > job->worst[k]) {
        job->worst[k] = e;
        job->worst_at[k] = at;
    }
}

static void *directed_thread(void *arg)
{
    struct directed_job *job = (struct directed_job *)arg;
    static __thread struct results b;
    uint64_t u = job->first;
    while (u < job->last) {
        size_t n = 0, i;
        for (; u < job->last && n + 2 <= BLOCK; u += job->stride) {
            float x = from_bits((uint32_t)u);
            b.x[n] = x;
            b.x[n + 1] = -x;
            n += 2;
        }
        for (i = 0; i < n; i++) {
            b.y[i] = (float)((u + i * 7919u) % 16777213u + 1) * 5.9604648e-8f; /* (0,1) */
            b.dy[i] = b.x[(i + 1) % n];
            b.xd[i] = (double)b.x[i] * 3.3;
            b.yd[i] = ((double)((u + i * 7919u) % 999999937u) + 0.5) / 999999937.0;
        }
        fesetround(modes[job->mode]);
        directed_results(&b, job->path, n);
        fesetround(FE_TONEAREST);
        for (i = 0; i < n; i++) {
            long double x = b.x[i], y = b.y[i], xd = b.xd[i], yd = b.yd[i];
            long double s = ref_sigma(x), d = ref_deriv(x), g = y * (1.0L - y); /* exact */
            long double dy = b.dy[i], back = dy * g;
            float r0 = b.r[SIGMA][i], r1 = b.r[DERIV][i], r2 = b.r[OUTPUT][i], r3 = b.r[FAST][i];
            if (x != x)
                continue;
            note(job, SIGMA, err32(r0, s), b.x[i]);
            note(job, DERIV, err32(r1, d), b.x[i]);
            note(job, OUTPUT, err32(r2, g), b.y[i]);
            note(job, FAST, err32(r3, s), b.x[i]);
            if (fabsl(back) <= (long double)FLT_MAX)
                note(job, BACKWARD, err32(b.r[BACKWARD][i], back), b.y[i]);
            note(job, SIGMA64, err64(b.rd[0][i], ref_sigma(xd)), b.x[i]);
            note(job, DERIV64, err64(b.rd[1][i], ref_deriv(xd)), b.x[i]);
            note(job, OUTPUT64, err64(b.rd[2][i], yd * (1.0L - yd)), (float)b.yd[i]);
            if (!(r0 >= 0 && r0 <= 1) || !(r1 >= 0 && r1 <= 0.25f) || !(r2 >= 0 && r2 <= 0.25f) ||
                !(r3 >= 0 && r3 <= 1) || !(b.rd[0][i] >= 0 && b.rd[0][i] <= 1) ||
                !(b.rd[1][i] >= 0 && b.rd[1][i] <= 0.25) || !(b.rd[2][i] >= 0 && b.rd[2][i] <= 0.25))
                job->out_of_range++;
        }
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    struct trap_job tj[2];
    int i, failed = 0, path, m, k;
    signal(SIGFPE, on_trap);

    /* 1 */
    for (i = 0; i < 2; i++) {
        tj[i].first = (uint64_t)i << 31;
        tj[i].last = (uint64_t)(i + 1) << 31;
        tj[i].thread = i;
        pthread_create(&t[i], NULL, trap_thread, &tj[i]);
    }
    for (i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("traps (FE_INVALID, FE_DIVBYZERO, FE_OVERFLOW) enabled: no trap from any of the "
           "4278190080 non-NaN floats in sigma, sigma', y(1-y), the fast tier and the backward "
           "step on");
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
        if (sigmoid_internal_path_ok(path))
            printf(" %s", path_name[path]);
    printf(", nor from 2^25 doubles in each double function\n\n");

    /* 2 */
    printf("directed rounding, every 1021st float (max ULP against long double):\n");
    printf("%-12s %-7s", "mode", "path");
    for (k = 0; k < KINDS; k++)
        printf(" %15s", kind_name[k]);
    printf("\n");
    for (m = 0; m < 3; m++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            struct directed_job dj[2];
            if (!sigmoid_internal_path_ok(path))
                continue;
            memset(dj, 0, sizeof dj);
            for (i = 0; i < 2; i++) {
                dj[i].first = (uint32_t)i * 1021u;
                dj[i].last = 0x7f800000u;
                dj[i].stride = 2 * 1021;
                dj[i].mode = m;
                dj[i].path = path;
                pthread_create(&t[i], NULL, directed_thread, &dj[i]);
            }
            for (i = 0; i < 2; i++)
                pthread_join(t[i], NULL);
            printf("%-12s %-7s", mode_name[m], path_name[path]);
            for (k = 0; k < KINDS; k++) {
                double w = dj[0].worst[k] > dj[1].worst[k] ? dj[0].worst[k] : dj[1].worst[k];
                double bound = (k == FAST ? 4.0 : 1.0) + 1e-3; /* + the reference's error */
                printf(" %15.3f", w);
                if (w > bound) {
                    failed++;
                    printf("*");
                }
            }
            if (dj[0].out_of_range + dj[1].out_of_range) {
                printf("  %ld results out of range", dj[0].out_of_range + dj[1].out_of_range);
                failed++;
            }
            printf("\n");
        }
    printf("bounds: 1 ULP, the fast tier 4 ULP; * marks a result beyond\n\n");
    printf("%d passed, %d failed\n", failed ? 0 : 2, failed ? 1 : 0);
    return failed ? 1 : 0;
}
