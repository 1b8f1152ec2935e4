/* No non-NaN input raises FE_INVALID, FE_DIVBYZERO or FE_OVERFLOW.
 * Results go to a volatile sink so that no call can be optimised away, and
 * the flags are read after every batch. FE_INEXACT and FE_UNDERFLOW are
 * allowed: IEEE requires them for inexact and tiny results. */
#include "test_common.h"

#include <fenv.h>

/* This file's own code must not raise what it checks the header does not:
 * under Clang, no speculated conversion or operation (see fn_table.h). */
#if defined(__clang__) && ((!defined(__apple_build_version__) && __clang_major__ >= 11) || __clang_major__ >= 13)
#pragma clang fp exceptions(maytrap)
#endif

#if defined(FE_INVALID) && defined(FE_DIVBYZERO) && defined(FE_OVERFLOW)
#define BAD_FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW)
#else
#define BAD_FLAGS 0
#endif

static volatile double sink_probe;
static volatile uint64_t sink_bits; /* results, as bits: no conversion can raise a flag */

/* Whether this machine records the flags at all: valgrind's emulation,
 * for one, does not, and a test of flags would then pass vacuously. */
static int flags_are_recorded(void)
{
    volatile double zero = 0.0, big = 1e308;
    int seen;
    if (BAD_FLAGS == 0)
        return 0;
    feclearexcept(FE_ALL_EXCEPT);
    sink_probe = 1.0 / zero;
    sink_probe = big * big;
    seen = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW);
    feclearexcept(FE_ALL_EXCEPT);
    return seen == (FE_DIVBYZERO | FE_OVERFLOW);
}

static const float edge_f32[] = {0.0f, -0.0f, 1e-45f, -1e-45f, 1e-38f, FLT_MIN, -FLT_MIN,
                                 1e30f, -1e30f, FLT_MAX, -FLT_MAX, 17.32868f, 17.0f, -87.33655f,
                                 -89.0f, -103.97208f, -104.0f, 119.9f, 120.0f, -120.0f,
                                 0.5f, 1.0f, -1.0f, 0.99999994f};
#define EDGES_F32 (sizeof edge_f32 / sizeof edge_f32[0])
static double edge_f32_d[EDGES_F32]; /* the same, as doubles (set once) */
static const double edge_f64[] = {0.0, -0.0, 5e-324, -5e-324, DBL_MIN, -DBL_MIN, 1e300, -1e300,
                                  DBL_MAX, -DBL_MAX, 1e30, -1e30, FLT_MAX, 37.5, -708.4,
                                  -745.1, -746.0, 746.0, 745.9, 0.5, 1.0, -1.0,
                                  0.99999999999999989};

static unsigned char sink_buf[64 * 8];

/* Every row of the function table of this element size on x: the element
 * function and, with paths, the arrays on every path the row runs on,
 * on whole blocks (64 copies) and a tail (1). A binary row (y, dy) runs
 * with y = sigma(x) against every edge dy, and every edge y against dy = x. */
static void every_function(double x, size_t size, int paths)
{
    unsigned char a[64 * 8], b[64 * 8], out[64 * 8];
    const double *edge = size == 4 ? edge_f32_d : edge_f64;
    size_t count, r, i, j, edges = size == 4 ? EDGES_F32 : sizeof edge_f64 / sizeof edge_f64[0];
    const fn_row *t = fn_table(&count);
    /* sigma(x) in the rows' type: the y of a binary row */
    double y = size == 4 ? (double)sigmoid_f32((float)x) : sigmoid_f64(x);
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        size_t rounds = f->binary ? 2 * edges : 1;
        if (f->size != size || !fn_in_domain(f, x)) /* logit outside (0, 1): logit_domain_flags */
            continue;
        for (j = 0; j < rounds; j++) {
            int path;
            for (i = 0; i < (paths ? 64u : 1u); i++) {
                fn_set(f, a, i, !f->binary ? x : j < edges ? y : edge[j - edges]);
                fn_set(f, b, i, j < edges ? edge[j] : x);
            }
            fn_elem(f, a, b, 0, out);
            memcpy(sink_buf, out, f->size);
            if (!paths)
                continue;
            for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                size_t n;
                if (!fn_runs_on(f, path))
                    continue;
                for (n = 1; n <= 64; n += 63) {
                    fn_run(f, path, a, b, out, n);
                    memcpy(sink_buf, out, f->size);
                }
            }
        }
    }
    sink_bits = fn_bits(&t[0], sink_buf, 0);
}

static void all_f32(float x, int paths)
{
    every_function((double)x, 4, paths);
}

static void all_f64(double x, int paths)
{
    every_function(x, 8, paths);
}

TEST no_spurious_exceptions_f32(void)
{
    uint32_t u;
    size_t i;
    if (!flags_are_recorded())
        SKIPm("this platform (or emulator) records no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    for (i = 0; i < EDGES_F32; i++)
        edge_f32_d[i] = (double)edge_f32[i];
    feclearexcept(FE_ALL_EXCEPT);
    for (i = 0; i < EDGES_F32; i++)
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

/* Every half row on every non-NaN input (unary rows), and on every
 * non-NaN y against edge dy and every non-NaN dy against edge y (binary
 * rows), element and every path. */
static uint16_t half_in[65536], half_edge[65536], half_out[65536];

TEST no_spurious_exceptions_half(void)
{
    size_t count, r, i, j;
    const fn_row *t = fn_table(&count);
    if (!flags_are_recorded())
        SKIPm("this platform (or emulator) records no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    feclearexcept(FE_ALL_EXCEPT);
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        /* +0, -0, tiny, max, 1, -1, 0.5, inf, -inf in both formats */
        const uint16_t edges_bf16[] = {0x0000, 0x8000, 0x0001, 0x7f7f, 0xff7f, 0x3f80, 0xbf80, 0x3f00, 0x7f80, 0xff80};
        const uint16_t edges_f16[] = {0x0000, 0x8000, 0x0001, 0x7bff, 0xfbff, 0x3c00, 0xbc00, 0x3800, 0x7c00, 0xfc00};
        const uint16_t *edges = f->format == FN_BF16 ? edges_bf16 : edges_f16;
        size_t n = 0, rounds = f->binary ? 2 * 10 : 1;
        int path;
        if (f->size != 2)
            continue;
        for (i = 0; i < 65536; i++) /* not NaN, tested on the bits (a compare raises FE_INVALID for a signaling one) */
            if ((i & 0x7fff) <= (f->format == FN_BF16 ? 0x7f80u : 0x7c00u))
                half_in[n++] = (uint16_t)i;
        for (j = 0; j < rounds; j++) {
            for (i = 0; i < n; i++)
                half_edge[i] = edges[j % 10];
            for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                const uint16_t *a = j < 10 ? half_in : half_edge, *b = j < 10 ? half_edge : half_in;
                if (!fn_runs_on(f, path))
                    continue;
                fn_run(f, path, a, b, half_out, n);
                if (path == SIGMOID_INTERNAL_PATH_SCALAR)
                    for (i = 0; i < n; i += 97)
                        fn_elem(f, a, b, i, half_out);
                if (fetestexcept(BAD_FLAGS)) {
                    printf("\n  %s, %s path, %s edge 0x%04x: exception raised\n", f->name, fn_path_name(path),
                           j < 10 ? "dy" : "y", edges[j % 10]);
                    FAILm(f->name);
                }
            }
        }
    }
    sink_bits = half_out[0];
    PASS();
}

TEST no_spurious_exceptions_f64(void)
{
    uint64_t u;
    size_t i;
    if (!flags_are_recorded())
        SKIPm("this platform (or emulator) records no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    feclearexcept(FE_ALL_EXCEPT);
    for (i = 0; i < sizeof edge_f64 / sizeof edge_f64[0]; i++)
        all_f64(edge_f64[i], 1);
    all_f64((double)INFINITY, 1);
    all_f64(-(double)INFINITY, 1);
    ASSERT_EQm("exception raised by an edge double input", 0, fetestexcept(BAD_FLAGS));
    for (u = 0; u < 0x7ff0000000000000ull; u += 0x0000a5a5a5a5a5a5ull) { /* ~25,000 points, every exponent */
        double x;
        memcpy(&x, &u, sizeof x);
        all_f64(x, (u & 0x0f00000000ull) == 0); /* the arrays on about every 16th */
        all_f64(-x, (u & 0x0f00000000ull) == 0);
    }
    ASSERT_EQm("exception raised by a double in the sweep", 0, fetestexcept(BAD_FLAGS));
    PASS();
}

/* Every function (scalar, every path's arrays, double) on a few inputs, to
 * see what they do to the floating-point environment. */
static SIGMOID_INTERNAL_NOINLINE void touch_everything(void)
{
    static const float x[6] = {-3.5f, 0.0f, 1e-30f, 20.0f, -100.0f, 0.75f};
    int i;
    for (i = 0; i < 6; i++) {
        all_f32(x[i], i == 0);
        all_f64((double)x[i], 1);
    }
}

/* The rounding modes this platform defines, to nearest first. */
static const struct rounding_mode {
    int mode;
    const char *name;
} rounding_modes[] = {
#ifdef FE_TONEAREST
    {FE_TONEAREST, "to nearest"},
#endif
#ifdef FE_UPWARD
    {FE_UPWARD, "upward"},
#endif
#ifdef FE_DOWNWARD
    {FE_DOWNWARD, "downward"},
#endif
#ifdef FE_TOWARDZERO
    {FE_TOWARDZERO, "toward zero"},
#endif
    {-1, "end"}};

/* The functions leave the caller's environment alone: the rounding mode
 * stays, and flags the caller has raised are not cleared (the functions
 * never call feclearexcept or fesetenv; the x87 guard touches only the
 * precision bits of the control word). */
TEST environment_is_preserved(void)
{
    int saved = fegetround(), i;
    if (!flags_are_recorded())
        SKIPm("this platform (or emulator) records no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    for (i = 0; rounding_modes[i].mode != -1; i++) {
        int raised;
        ASSERT_EQ(0, fesetround(rounding_modes[i].mode));
        feraiseexcept(FE_ALL_EXCEPT);
        touch_everything();
        ASSERT_EQm("rounding mode changed", rounding_modes[i].mode, fegetround());
        raised = fetestexcept(FE_ALL_EXCEPT);
        fesetround(saved);
        ASSERT_EQm("a raised flag was cleared", FE_ALL_EXCEPT, raised);
        feclearexcept(FE_ALL_EXCEPT);
    }
    PASS();
}

/* Under a directed rounding mode the exact functions stay within 1 ULP of
 * the exact value (and in range), the fast tier within 4 ULP: each of its
 * roundings may now err by a whole unit instead of half (make check-fenv
 * measures 3.74 on every 1021st float, a denser run 3.84). Sample here:
 * every 65521st float pattern, both signs (the doubles: the same values
 * times 3.3). The results are computed under the mode in a function of
 * their own, the reference after the mode is back to nearest. */
#define DIRECTED_N 65536
#define DIRECTED_ROWS 26
static unsigned char dir_a[DIRECTED_ROWS][DIRECTED_N * 8], dir_b[DIRECTED_ROWS][DIRECTED_N * 8];
static unsigned char dir_out[DIRECTED_ROWS][DIRECTED_N * 8];

/* every row's array on path (the scalar loop for rows without kernels) */
static SIGMOID_INTERNAL_NOINLINE void directed_results(const fn_row *t, size_t count, int path, size_t n)
{
    size_t r;
    for (r = 0; r < count; r++)
        fn_run(&t[r], fn_runs_on(&t[r], path) ? path : SIGMOID_INTERNAL_PATH_SCALAR, dir_a[r], dir_b[r],
               dir_out[r], n);
}

TEST directed_rounding_within_one_ulp(void)
{
    size_t n = 0, i, count, r;
    const fn_row *t = fn_table(&count);
    uint32_t u;
    int m, path;
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    ASSERT(count <= DIRECTED_ROWS);
    for (u = 0; u < 0x7f800000u && n + 2 <= DIRECTED_N; u += 65521)
        n += 2;
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        double scale = f->size == 8 ? 3.3 : 1.0;
        for (i = 0, u = 0; i < n; i += 2, u += 65521) {
            double x = (double)f32_from_bits(u) * scale;
            if (f->size == 2 && f->format == FN_F16)
                x = fmod(x, 60000.0); /* inside binary16's range */
            double y0 = (double)(i + 1) / (double)(n + 2), y1 = (double)(i + 2) / (double)(n + 2);
            if (f->size == 8)
                y0 += 1e-9, y1 += 1e-9; /* outputs in (0, 1) that are not floats */
            fn_set(f, dir_a[r], i, fn_takes_output(f) ? y0 : x);
            fn_set(f, dir_a[r], i + 1, fn_takes_output(f) ? y1 : -x);
            fn_set(f, dir_b[r], i, x);
            fn_set(f, dir_b[r], i + 1, -x);
        }
    }
    for (m = 0; rounding_modes[m].mode != -1; m++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (rounding_modes[m].mode == FE_TONEAREST || !sigmoid_internal_path_ok(path))
                continue;
            ASSERT_EQ(0, fesetround(rounding_modes[m].mode));
            directed_results(t, count, path, n);
            fesetround(FE_TONEAREST);
            printf("\n  %s, %s path, max ULP:", rounding_modes[m].name, fn_path_name(path));
            for (r = 0; r < count; r++) {
                const fn_row *f = &t[r];
                const struct ref_specials *sp = ref_special(f->ref);
                /* each rounding may now err by a whole unit instead of half:
                   an exact function stays within 1 ULP, the fast tier within
                   4 (make check-fenv measures 3.74 on every 1021st float) */
                double bound = (f->fast ? 4.0 : 1.0) + REF_ERR_F64_ULP, worst = 0;
                for (i = 0; i < n; i++) {
                    long double a = fn_get(f, dir_a[r], i), b = fn_get(f, dir_b[r], i);
                    long double want = ref_value(f->ref, a, b);
                    double got = fn_get(f, dir_out[r], i);
                    double e = err_ulp_row(f, got, want);
                    if (e > worst)
                        worst = e;
                    if (!(got >= sp->lo && got <= sp->hi) || e > bound) {
                        printf("\n  %s(%a, %a) = %a: %.3f ULP or outside [%g, %g]\n", f->name, (double)a,
                               (double)b, got, e, sp->lo, sp->hi);
                        FAILm(f->name);
                    }
                }
                printf(" %s %.3f", f->name + 8, worst);
            }
        }
    PASS();
}

/* logit's domain raises what log does, and only that: FE_DIVBYZERO at
 * p = +-0 (-inf) and p = 1 (+inf), FE_INVALID (NaN) below 0, above 1 and
 * at +-inf; the element function and every path, blocks and tails. */
TEST logit_domain_flags(void)
{
    static const double pole[] = {0.0, -0.0, 1.0};
    /* the infinities set below: tcc does not fold -INFINITY in an initializer */
    double outside[] = {-1.0, 2.0, -5e-324, 1.0000001192092896, -0.5, 1e300, -1e300, 0.0, 0.0};
    size_t count, r, i, k;
    const fn_row *t = fn_table(&count);
    unsigned char a[64 * 8], out[64 * 8];
    outside[7] = INFINITY;
    outside[8] = -INFINITY;
    if (!flags_are_recorded())
        SKIPm("this platform (or emulator) records no FE_INVALID/FE_DIVBYZERO/FE_OVERFLOW");
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        int path;
        if (!fn_has_domain(f))
            continue;
        for (k = 0; k < 3 + sizeof outside / sizeof outside[0]; k++) {
            double p = k < 3 ? pole[k] : outside[k - 3];
            int want = k < 3 ? FE_DIVBYZERO : FE_INVALID;
            if (f->size == 4 && p != (double)(float)p)
                continue; /* the doubles beyond float's range */
            for (i = 0; i < 64; i++)
                fn_set(f, a, i, i == 37 ? p : 0.25);
            for (path = -1; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
                size_t n = path < 0 ? 1 : 64;
                double got;
                if (path >= 0 && !fn_runs_on(f, path))
                    continue;
                feclearexcept(FE_ALL_EXCEPT);
                if (path < 0)
                    fn_elem(f, a, a, 37, out);
                else
                    fn_run(f, path, a, a, out, n);
                if (fetestexcept(BAD_FLAGS) != want) {
                    printf("\n  %s(%a), %s: flags 0x%x, want 0x%x\n", f->name, p,
                           path < 0 ? "element" : fn_path_name(path), fetestexcept(BAD_FLAGS), want);
                    FAILm("wrong flags");
                }
                got = fn_get(f, out, 37);
                if (k < 3 ? got != (p == 1.0 ? INFINITY : -INFINITY) : got == got) {
                    printf("\n  %s(%a), %s: %a\n", f->name, p, path < 0 ? "element" : fn_path_name(path), got);
                    FAILm("wrong value");
                }
            }
        }
    }
    feclearexcept(FE_ALL_EXCEPT);
    PASS();
}

SUITE(fp_exceptions)
{
    RUN_TEST(logit_domain_flags);
    RUN_TEST(no_spurious_exceptions_f32);
    RUN_TEST(no_spurious_exceptions_f64);
    RUN_TEST(no_spurious_exceptions_half);
    RUN_TEST(environment_is_preserved);
    RUN_TEST(directed_rounding_within_one_ulp);
}
