/* Memory safety of the arrays. Every array function, on every path this
 * build has and this CPU runs, for n = 0..64, with its arrays placed so
 * that they end exactly where an unreadable page begins (catching any read
 * or write past n) and, separately, so that they start exactly where one
 * ends (catching any access before the first element); outputs distinct
 * from the inputs and in place. An access out of bounds is a SIGSEGV: the
 * handler names the case and the run fails. Results are compared with the
 * same call on an ordinary buffer. POSIX only (mmap, mprotect). */
#include "test_common.h"

#if defined(__unix__) || defined(__APPLE__)
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>
#define HAVE_GUARD_PAGES 1
#ifndef MAP_ANONYMOUS
#define MAP_ANONYMOUS MAP_ANON
#endif
#endif

#define GUARD_MAXN 64

#ifdef HAVE_GUARD_PAGES

/* Four pages: [no access][data][data][no access]. An array of n elements
 * ends at the start of page 3 ("at the end") or starts at page 1. */
struct fenced {
    unsigned char *map, *lo, *hi;
};

static size_t page;
static char current[160];

static int fence(struct fenced *f)
{
    f->map = (unsigned char *)mmap(NULL, 4 * page, PROT_READ | PROT_WRITE,
                                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (f->map == (unsigned char *)MAP_FAILED)
        return 0;
    if (mprotect(f->map, page, PROT_NONE) != 0 || mprotect(f->map + 3 * page, page, PROT_NONE) != 0)
        return 0;
    f->lo = f->map + page;
    f->hi = f->map + 3 * page;
    return 1;
}

static void unfence(struct fenced *f)
{
    munmap(f->map, 4 * page);
}

static void on_fault(int sig)
{
    static const char head[] = "\nFAIL array access out of bounds: ";
    (void)sig;
    if (write(2, head, sizeof head - 1) < 0 || write(2, current, strlen(current)) < 0)
        _exit(2);
    _exit(1);
}

/* Where the k-th array of a case goes: at the end or at the start. */
static void *place(struct fenced *f, int at_end, size_t bytes)
{
    return at_end ? (void *)(f->hi - bytes) : (void *)f->lo;
}

static float guard_input_f32(size_t i)
{
    static const float v[] = {0.5f, -3.0f, 17.4f, -90.0f, 200.0f, 1e-30f, -0.0f, 0.999f, -103.0f,
                              88.0f, 4.0f, -1.5f, 0.01f};
    return v[i % (sizeof v / sizeof v[0])];
}

static float guard_output_f32(size_t i) /* a sigmoid output in [0, 1] */
{
    return (float)((i * 37) % 101) / 100.0f;
}

enum kind { SIGMA, DERIV, FROM_OUTPUT, FAST, BACKWARD, KINDS };
static const char *const kind_name[] = {"array", "deriv_array", "from_output_array", "fast_array",
                                        "backward"};

static void guard_call_f32(int path, enum kind k, const float *a, const float *b, float *out, size_t n)
{
    switch (k) {
    case SIGMA: sigmoid_internal_array_f32_on(path, a, out, n); break;
    case DERIV: sigmoid_internal_deriv_array_f32_on(path, a, out, n); break;
    case FROM_OUTPUT: sigmoid_internal_deriv_from_output_array_f32_on(path, a, out, n); break;
    case FAST: sigmoid_internal_fast_array_f32_on(path, a, out, n); break;
    default: sigmoid_internal_backward_f32_on(path, a, b, out, n); break;
    }
}

static void guard_call_f64(enum kind k, const double *a, const double *b, double *out, size_t n)
{
    switch (k) {
    case SIGMA: sigmoid_array_f64(a, out, n); break;
    case DERIV: sigmoid_deriv_array_f64(a, out, n); break;
    case FROM_OUTPUT: sigmoid_deriv_from_output_array_f64(a, out, n); break;
    default: sigmoid_backward_f64(a, b, out, n); break;
    }
}

/* One float case: inputs a (and b) and output in three fenced regions, at
 * the end or the start, then in place (output over a). */
static int guard_case_f32(struct fenced *r, int path, enum kind k, size_t n, int at_end)
{
    size_t bytes = n * sizeof(float), i;
    float *a = (float *)place(&r[0], at_end, bytes), *b = (float *)place(&r[1], at_end, bytes);
    float *out = (float *)place(&r[2], at_end, bytes);
    float ea[GUARD_MAXN] = {0}, eb[GUARD_MAXN] = {0}, expect[GUARD_MAXN];
    int first = k == SIGMA || k == DERIV || k == FAST;
    for (i = 0; i < n; i++) {
        ea[i] = a[i] = first ? guard_input_f32(i) : guard_output_f32(i);
        eb[i] = b[i] = guard_input_f32(i + 3);
    }
    guard_call_f32(path, k, ea, eb, expect, n);
    guard_call_f32(path, k, a, b, out, n);
    for (i = 0; i < n; i++)
        if (!same_f32(out[i], expect[i]))
            return 0;
    guard_call_f32(path, k, a, b, a, n);
    for (i = 0; i < n; i++)
        if (!same_f32(a[i], expect[i]))
            return 0;
    return 1;
}

static int guard_case_f64(struct fenced *r, enum kind k, size_t n, int at_end)
{
    size_t bytes = n * sizeof(double), i;
    double *a = (double *)place(&r[0], at_end, bytes), *b = (double *)place(&r[1], at_end, bytes);
    double *out = (double *)place(&r[2], at_end, bytes);
    double ea[GUARD_MAXN] = {0}, eb[GUARD_MAXN] = {0}, expect[GUARD_MAXN];
    int first = k == SIGMA || k == DERIV;
    for (i = 0; i < n; i++) {
        ea[i] = a[i] = first ? (double)guard_input_f32(i) : (double)guard_output_f32(i);
        eb[i] = b[i] = (double)guard_input_f32(i + 3);
    }
    guard_call_f64(k, ea, eb, expect, n);
    guard_call_f64(k, a, b, out, n);
    for (i = 0; i < n; i++)
        if (!same_f64(out[i], expect[i]))
            return 0;
    guard_call_f64(k, a, b, a, n);
    for (i = 0; i < n; i++)
        if (!same_f64(a[i], expect[i]))
            return 0;
    return 1;
}

static const char *const guard_path_name[] = {"scalar", "SSE2", "AVX2", "NEON"};

TEST arrays_stay_within_their_bounds(void)
{
    struct fenced r[3];
    int path, at_end, k, ok = 1, ran = 0;
    size_t n;
    void (*previous)(int);
    page = (size_t)sysconf(_SC_PAGESIZE);
    ASSERT(page >= GUARD_MAXN * sizeof(double));
    ASSERT(fence(&r[0]) && fence(&r[1]) && fence(&r[2]));
    previous = signal(SIGSEGV, on_fault);
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        for (k = 0; k < KINDS; k++)
            for (at_end = 0; at_end <= 1; at_end++)
                for (n = 0; n <= GUARD_MAXN; n++) {
                    snprintf(current, sizeof current, "%s path, sigmoid_%s_f32, n = %u, arrays %s\n",
                             guard_path_name[path], kind_name[k], (unsigned)n,
                             at_end ? "ending at a guard page" : "starting after a guard page");
                    ran++;
                    if (!guard_case_f32(r, path, (enum kind)k, n, at_end)) {
                        printf("\n  wrong result: %s", current);
                        ok = 0;
                    }
                }
    }
    for (k = 0; k < KINDS; k++) {
        if (k == FAST)
            continue;
        for (at_end = 0; at_end <= 1; at_end++)
            for (n = 0; n <= GUARD_MAXN; n++) {
                snprintf(current, sizeof current, "sigmoid_%s_f64, n = %u, arrays %s\n",
                         kind_name[k], (unsigned)n, at_end ? "ending at a guard page" : "starting after a guard page");
                ran++;
                if (!guard_case_f64(r, (enum kind)k, n, at_end)) {
                    printf("\n  wrong result: %s", current);
                    ok = 0;
                }
            }
    }
    signal(SIGSEGV, previous);
    unfence(&r[0]);
    unfence(&r[1]);
    unfence(&r[2]);
    printf("\n  %d placements, each with separate outputs and in place\n", ran);
    ASSERT(ok);
    PASS();
}

#else

TEST arrays_stay_within_their_bounds(void)
{
    SKIPm("no mmap/mprotect on this platform");
}

#endif

SUITE(memory_safety)
{
    RUN_TEST(arrays_stay_within_their_bounds);
}
