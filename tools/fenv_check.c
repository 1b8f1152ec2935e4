/* make check-fenv: the floating-point environment contracts, densely, for
 * every row of the header's function table (tests/fn_table.h).
 *
 * 1. Traps. With FE_INVALID, FE_DIVBYZERO and FE_OVERFLOW trapping
 *    (feenableexcept), every float row runs on every one of the
 *    2^32 - 2^24 non-NaN float inputs, on every path this build has and
 *    this CPU runs (a row of two inputs gets a second input that walks all
 *    floats in another order), and every double row on 2^26 inputs spread
 *    over every exponent (a row of two inputs in both orders). A trap is a
 *    SIGFPE: the handler names the function, path and block, and the run
 *    fails.
 * 2. Directed rounding. Under FE_UPWARD, FE_DOWNWARD and FE_TOWARDZERO,
 *    every 1021st float (both signs; as doubles times 3.3 for the double
 *    rows; y in (0, 1) on a grid of the same size where a row takes
 *    sigmoid outputs) against the long double reference (64-bit
 *    significand, error < 2^-61 relative): the results must stay in range
 *    and within 1 ULP (the fast tier: 4 ULP, where its 2.5 in
 *    round-to-nearest grows by up to a unit per rounding). Prints the worst
 *    error per function, path and mode.
 *
 * Both halves run on two threads. Needs glibc (feenableexcept) on x86-64.
 * The Makefile builds it with clang -O3 -march=native, where the compiler
 * computes both sides of branches. */
#define _GNU_SOURCE 1
#include "../tests/reference.h"

#include <fenv.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define BLOCK 4096
#define TRAPS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW)
#define MAX_ROWS 32

static __thread char doing[128];
static const fn_row *rows;
static size_t row_count;

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

static volatile double sink;

static void *trap_thread(void *arg)
{
    struct trap_job *job = (struct trap_job *)arg;
    static __thread float x[BLOCK], dy[BLOCK], out[BLOCK], xin[BLOCK];
    static __thread double xd[BLOCK], yd[BLOCK], od[BLOCK], ydin[BLOCK];
    uint64_t u = job->first;
    size_t r;
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
        for (r = 0; r < row_count; r++)
            for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                size_t m = n, i;
                if (rows[r].size != 4 || !fn_runs_on(&rows[r], path))
                    continue;
                if (fn_has_domain(&rows[r])) /* logit: the p in (0, 1); outside, flags are its contract */
                    for (m = 0, i = 0; i < n; i++)
                        if (x[i] > 0.0f && x[i] < 1.0f)
                            xin[m++] = x[i];
                if (m == 0)
                    continue;
                snprintf(doing, sizeof doing, "%s, the %s path, block ending at %a\n", rows[r].name,
                         fn_path_name(path), (double)x[n - 1]);
                fn_run(&rows[r], path, m == n ? x : xin, dy, out, m);
                sink = (double)out[m - 1];
            }
    }
    /* the half rows, on every path: every non-NaN input, and for the
       backward step every non-NaN y against every 255th dy (this thread's
       half of them) and the reverse */
    {
        static __thread uint16_t hy[65536], hd[65536], ho[65536];
        uint32_t i, j;
        for (r = 0; r < row_count; r++) {
            const fn_row *f = &rows[r];
            uint32_t top = f->format == FN_BF16 ? 0x7f80u : 0x7c00u;
            size_t n = 0;
            int path;
            if (f->size != 2)
                continue;
            for (i = 0; i < 65536; i++)
                if ((i & 0x7fffu) <= top)
                    hy[n++] = (uint16_t)i;
            for (j = (uint32_t)job->thread; j < (f->binary ? 65536u : 1u); j += 255 * 2) {
                if ((j & 0x7fffu) > top)
                    continue;
                for (i = 0; i < n; i++)
                    hd[i] = (uint16_t)j;
                for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                    if (!fn_runs_on(f, path))
                        continue;
                    snprintf(doing, sizeof doing, "%s, the %s path, with 0x%04x\n", f->name, fn_path_name(path), j);
                    fn_run(f, path, hy, hd, ho, n);
                    if (f->binary)
                        fn_run(f, path, hd, hy, ho, n);
                    sink = (double)ho[0];
                }
            }
        }
    }
    /* the double rows: 2^25 inputs per thread, every exponent */
    {
        uint64_t i, step = 0x7ff0000000000000ull >> 25;
        size_t n = 0;
        for (i = (uint64_t)job->thread; i < (1ull << 25); i += 2) {
            uint64_t b = i * step + (i * 0x9e3779b97f4a7c15ull >> 40);
            double v;
            memcpy(&v, &b, sizeof v);
            xd[n] = (i & 4) ? -v : v;
            yd[n] = (double)(i % 1000003) / 1000003.0;
            if (++n < BLOCK)
                continue;
            for (r = 0; r < row_count; r++) {
                size_t m = 0, k;
                if (rows[r].size != 8)
                    continue;
                if (fn_has_domain(&rows[r])) { /* logit: the p in (0, 1) */
                    for (k = 0; k < n; k++)
                        if (yd[k] > 0.0)
                            ydin[m++] = yd[k];
                    fn_run(&rows[r], SIGMOID_INTERNAL_PATH_SCALAR, ydin, yd, od, m);
                    continue;
                }
                snprintf(doing, sizeof doing, "%s, a block of doubles ending at %a\n", rows[r].name, xd[n - 1]);
                fn_run(&rows[r], SIGMOID_INTERNAL_PATH_SCALAR, xd, yd, od, n);
                sink = od[0];
                if (rows[r].binary) {
                    fn_run(&rows[r], SIGMOID_INTERNAL_PATH_SCALAR, yd, xd, od, n);
                    sink = od[0];
                }
            }
            n = 0;
        }
    }
    fedisableexcept(TRAPS);
    return NULL;
}

/* ---- 2. directed rounding ----------------------------------------------- */

static const int modes[] = {FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
static const char *const mode_name[] = {"upward", "downward", "toward zero"};

struct directed_job {
    uint32_t first, last, stride;
    int mode, path;
    double worst[MAX_ROWS], worst_at[MAX_ROWS];
    long out_of_range;
};

struct block {
    unsigned char a[MAX_ROWS][BLOCK * 8], b[MAX_ROWS][BLOCK * 8], r[MAX_ROWS][BLOCK * 8];
};

/* Under the mode, in a function of its own: the compiler cannot move the
 * calls across fesetround. A row without kernels runs its scalar loop. */
static SIGMOID_INTERNAL_NOINLINE void directed_results(struct block *b, int path, size_t n)
{
    size_t r;
    for (r = 0; r < row_count; r++)
        fn_run(&rows[r], fn_runs_on(&rows[r], path) ? path : SIGMOID_INTERNAL_PATH_SCALAR, b->a[r], b->b[r],
               b->r[r], n);
}

static void *directed_thread(void *arg)
{
    struct directed_job *job = (struct directed_job *)arg;
    static __thread struct block b;
    uint64_t u = job->first;
    while (u < job->last) {
        size_t n = 0, i, r;
        float x[BLOCK];
        for (; u < job->last && n + 2 <= BLOCK; u += job->stride) {
            x[n] = from_bits((uint32_t)u);
            x[n + 1] = -x[n];
            n += 2;
        }
        for (r = 0; r < row_count; r++) {
            const fn_row *f = &rows[r];
            for (i = 0; i < n; i++) {
                double y = f->size == 4 ? (double)((float)((u + i * 7919u) % 16777213u + 1) * 5.9604648e-8f)
                                        : ((double)((u + i * 7919u) % 999999937u) + 0.5) / 999999937.0;
                double xv = (double)x[i] * (f->size == 8 ? 3.3 : 1.0);
                fn_set(f, b.a[r], i, fn_takes_output(f) ? y : xv);
                fn_set(f, b.b[r], i, (double)x[(i + 1) % n]);
            }
        }
        fesetround(modes[job->mode]);
        directed_results(&b, job->path, n);
        fesetround(FE_TONEAREST);
        for (r = 0; r < row_count; r++) {
            const fn_row *f = &rows[r];
            const struct ref_specials *sp = ref_special(f->ref);
            for (i = 0; i < n; i++) {
                long double a = fn_get(f, b.a[r], i), d = fn_get(f, b.b[r], i);
                long double want = ref_value(f->ref, a, d);
                double got = fn_get(f, b.r[r], i), e;
                if (a != a || fabsl(want) > (f->size == 4 ? (long double)FLT_MAX : (long double)DBL_MAX))
                    continue;
                e = err_ulp_row(f, got, want);
                if (e > job->worst[r]) {
                    job->worst[r] = e;
                    job->worst_at[r] = (double)a;
                }
                if (!(got >= sp->lo && got <= sp->hi))
                    job->out_of_range++;
            }
        }
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    struct trap_job tj[2];
    int i, failed = 0, path, m;
    size_t r;
    rows = fn_table(&row_count);
    if (row_count > MAX_ROWS) {
        printf("fenv_check: %zu rows, room for %d\n", row_count, MAX_ROWS);
        return 1;
    }
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
           "4278190080 non-NaN floats in");
    for (r = 0; r < row_count; r++)
        if (rows[r].size == 4)
            printf(" %s", rows[r].name);
    printf(" on");
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++)
        if (sigmoid_internal_path_ok(path))
            printf(" %s", fn_path_name(path));
    printf(", nor from 2^25 doubles in each double function, nor from every non-NaN half input in");
    for (r = 0; r < row_count; r++)
        if (rows[r].size == 2)
            printf(" %s", rows[r].name);
    printf(" (the backward steps: with every 255th dy, and the reverse)\n\n");

    /* 2 */
    printf("directed rounding, every 1021st float (max ULP against long double):\n");
    for (m = 0; m < 3; m++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            static struct directed_job dj[2];
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
            printf("%-12s %-7s", mode_name[m], fn_path_name(path));
            for (r = 0; r < row_count; r++) {
                int k = dj[0].worst[r] >= dj[1].worst[r] ? 0 : 1;
                double bound = (rows[r].fast ? 4.0 : 1.0) + 1e-3; /* + the reference's error */
                printf(" %s %.3f", rows[r].name + 8, dj[k].worst[r]);
                if (dj[k].worst[r] > bound) {
                    failed++;
                    printf("* (at %a)", dj[k].worst_at[r]);
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
