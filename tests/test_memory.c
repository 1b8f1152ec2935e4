/* Memory safety of the arrays. Every array function, on every path this
 * build has and this CPU runs, for n = 0..64, with its arrays placed so
 * that they end exactly where an unreadable page begins (catching any read
 * or write past n) and, separately, so that they start exactly where one
 * ends (catching any access before the first element); outputs distinct
 * from the inputs and in place. An access out of bounds is a SIGSEGV: the
 * handler names the case and the run fails. Results are compared with the
 * same call on an ordinary buffer. POSIX (mmap, mprotect) and Windows
 * (VirtualAlloc, VirtualProtect with PAGE_NOACCESS; the C runtime raises
 * SIGSEGV for the access violation). */
#include "test_common.h"

#if defined(_WIN32)
#include <io.h>
#include <process.h>
#include <signal.h>
#include <windows.h>
#define HAVE_GUARD_PAGES 1
#define write_stderr(s, n) _write(2, s, (unsigned)(n))
#elif defined(__unix__) || defined(__APPLE__)
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>
#define HAVE_GUARD_PAGES 1
#define write_stderr(s, n) write(2, s, n)
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

#if defined(_WIN32)
static size_t page_size(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return (size_t)si.dwPageSize;
}

static int fence(struct fenced *f)
{
    DWORD old;
    f->map = (unsigned char *)VirtualAlloc(NULL, 4 * page, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    if (!f->map)
        return 0;
    if (!VirtualProtect(f->map, page, PAGE_NOACCESS, &old) ||
        !VirtualProtect(f->map + 3 * page, page, PAGE_NOACCESS, &old))
        return 0;
    f->lo = f->map + page;
    f->hi = f->map + 3 * page;
    return 1;
}

static void unfence(struct fenced *f)
{
    VirtualFree(f->map, 0, MEM_RELEASE);
}
#else
static size_t page_size(void)
{
    return (size_t)sysconf(_SC_PAGESIZE);
}

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
#endif

static void on_fault(int sig)
{
    static const char head[] = "\nFAIL array access out of bounds: ";
    (void)sig;
    if (write_stderr(head, sizeof head - 1) < 0 || write_stderr(current, strlen(current)) < 0)
        _exit(2);
    _exit(1);
}

/* Where the k-th array of a case goes: at the end or at the start. */
static void *place(struct fenced *f, int at_end, size_t bytes)
{
    return at_end ? (void *)(f->hi - bytes) : (void *)f->lo;
}

static double guard_input(size_t i)
{
    static const float v[] = {0.5f, -3.0f, 17.4f, -90.0f, 200.0f, 1e-30f, -0.0f, 0.999f, -103.0f,
                              88.0f, 4.0f, -1.5f, 0.01f};
    return (double)v[i % (sizeof v / sizeof v[0])];
}

static double guard_output(size_t i) /* a sigmoid output in [0, 1] */
{
    return (double)((i * 37) % 101) / 100.0;
}

/* One case: inputs a (and b) and the output in three fenced regions, at
 * the end or the start, then in place (output over a). The results must
 * equal the same call on ordinary buffers. */
static int guard_case(struct fenced *r, const fn_row *f, int path, size_t n, int at_end)
{
    size_t bytes = n * f->size, i;
    void *a = place(&r[0], at_end, bytes), *b = place(&r[1], at_end, bytes);
    void *out = place(&r[2], at_end, bytes);
    unsigned char ea[GUARD_MAXN * 8] = {0}, eb[GUARD_MAXN * 8] = {0}, expect[GUARD_MAXN * 8];
    for (i = 0; i < n; i++) {
        double va = fn_takes_output(f) ? guard_output(i) : guard_input(i), vb = guard_input(i + 3);
        fn_set(f, ea, i, va);
        fn_set(f, a, i, va);
        fn_set(f, eb, i, vb);
        fn_set(f, b, i, vb);
    }
    fn_run(f, path, ea, eb, expect, n);
    fn_run(f, path, a, b, out, n);
    for (i = 0; i < n; i++)
        if (fn_bits(f, out, i) != fn_bits(f, expect, i))
            return 0;
    fn_run(f, path, a, b, a, n);
    for (i = 0; i < n; i++)
        if (fn_bits(f, a, i) != fn_bits(f, expect, i))
            return 0;
    return 1;
}

/* Every row of the function table on every path it runs on. */
TEST arrays_stay_within_their_bounds(void)
{
    struct fenced r[3];
    size_t count, k, n;
    const fn_row *t = fn_table(&count);
    int path, at_end, ok = 1, ran = 0;
    void (*previous)(int);
    page = page_size();
    ASSERT(page >= GUARD_MAXN * sizeof(double));
    ASSERT(fence(&r[0]) && fence(&r[1]) && fence(&r[2]));
    previous = signal(SIGSEGV, on_fault);
    for (k = 0; k < count; k++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(&t[k], path))
                continue;
            for (at_end = 0; at_end <= 1; at_end++)
                for (n = 0; n <= GUARD_MAXN; n++) {
                    snprintf(current, sizeof current, "%s, %s path, n = %u, arrays %s\n", t[k].name,
                             fn_path_name(path), (unsigned)n,
                             at_end ? "ending at a guard page" : "starting after a guard page");
                    ran++;
                    if (!guard_case(r, &t[k], path, n, at_end)) {
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
    SKIPm("no guard pages on this platform (neither mmap/mprotect nor VirtualProtect)");
}

#endif

SUITE(memory_safety)
{
    RUN_TEST(arrays_stay_within_their_bounds);
}
