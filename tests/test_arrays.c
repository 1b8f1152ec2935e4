/* Every array function of the header's table, on every path this build
 * has and this CPU runs (each per-path test runs once per path, its name
 * suffixed with the path's):
 *   - every n from 0 to 130 at every element offset 0..15 (every alignment
 *     a float or double pointer can legally have modulo 64 bytes), the
 *     inputs of a binary function at independent offsets, in place, and
 *     NULL pointers at n = 0; nothing written outside [0, n);
 *   - an exact function's results equal its element function bit for bit;
 *     a fast-tier result does not depend on the element's position, the
 *     length or the alignment (every sub-array reproduces one long run);
 *   - the public function runs the dispatched path;
 *   - the fast tier keeps its contract on a dense sample (long double
 *     reference), its specials, and no flush of subnormal results;
 *   - the backward step on 2^20 random pairs. make verify covers all 2^32
 *     floats of the float functions. */
#include "test_common.h"

#define MAXN 130
#define PAD 16
#define SPAN (MAXN + 2 * PAD)
#define RUN (2 * SPAN) /* the long run: inputs 0 .. RUN-1 */

/* Inputs that reach every branch: specials, saturated, tiny, ordinary,
 * the range ends of the fast paths; each pass through v a little larger. */
static double input_x(int i)
{
    static const float v[] = {0.0f, -0.0f, 1.0f, -1.0f, 17.5f, -90.0f, 1e-30f, 0.25f, 0.999f,
                              -5.5f, 200.0f, -200.0f, 3.0f, 0.5f, -0.001f, 1.5f, 8.25f,
                              -87.5f, -103.9f, 87.5f, 1e-8f, -1e-6f};
    int n = (int)(sizeof v / sizeof v[0]), pass = i / n;
    return (double)(v[i % n] * (1.0f + (float)pass / 64.0f));
}

/* Input k (0: x or y; 1: dy) number i for row f: a y is a sigmoid output,
 * one in five not (0, 1, negative, above 1, NaN-free); double rows get
 * inputs that are not floats. */
static double row_input(const fn_row *f, int k, int i)
{
    double x = input_x(i + 5 * k) * (f->size == 8 ? 1.0000001 : 1.0);
    if (k == 1 || !fn_takes_output(f) || i % 5 == 0)
        return x;
    return f->size == 8 ? sigmoid_f64(x) : (double)sigmoid_f32((float)x);
}

static unsigned char a_buf[SPAN * 8], b_buf[SPAN * 8], out_buf[SPAN * 8], tmp_buf[SPAN * 8];
static unsigned char want_buf[SPAN * 8];
static unsigned char run_a[RUN * 8], run_b[RUN * 8], run_out[RUN * 8];
static const double canary = -12352.0; /* a value of every format, halves included */

/* A mismatch, with everything needed to reproduce it: the call's n and
 * offsets, the element, its inputs, what came out and what should have. */
static int report(const fn_row *f, int path, const char *what, int n, int off, int k, double a, double b,
                  double got, double want)
{
    printf("\n  %s, %s path: %s at n = %d, offset %d, element %d: input %a", f->name, fn_path_name(path),
           what, n, off, k, a);
    if (f->binary)
        printf(", dy %a", b);
    printf(", got %a, want %a\n", got, want);
    return 0;
}

/* One row on one path: every n and offset, separate output and in place
 * (over each input). Element i of a_buf and b_buf holds input i + n, so
 * the fast tier's element k, whose input is a_buf[off + k], must equal
 * the long run's element off + k + n. */
static int check_row(const fn_row *f, int path)
{
    size_t sz = f->size;
    int n, off, i, k, over;
    fn_run(f, path, NO_ARRAY, NO_ARRAY, NO_ARRAY, 0);
    if (f->fast) {
        for (i = 0; i < RUN; i++) {
            fn_set(f, run_a, (size_t)i, row_input(f, 0, i));
            fn_set(f, run_b, (size_t)i, row_input(f, 1, i));
        }
        fn_run(f, path, run_a, run_b, run_out, RUN);
    }
    for (n = 0; n <= MAXN; n++)
        for (off = 0; off < PAD; off++) {
            int ob = f->fast ? off : (off * 7) % PAD, oo = (off * 3) % PAD;
            for (i = 0; i < SPAN; i++) {
                fn_set(f, a_buf, (size_t)i, row_input(f, 0, i + n));
                fn_set(f, b_buf, (size_t)i, row_input(f, 1, i + n));
                fn_set(f, out_buf, (size_t)i, canary);
            }
            for (k = 0; k < n; k++)
                if (f->fast)
                    memcpy(want_buf + k * sz, run_out + ((size_t)off + (size_t)k + (size_t)n) * sz, sz);
                else
                    fn_elem(f, a_buf + off * sz, b_buf + ob * sz, (size_t)k, want_buf);
            fn_run(f, path, a_buf + off * sz, b_buf + ob * sz, out_buf + oo * sz, (size_t)n);
            for (i = 0; i < SPAN; i++) {
                k = i - oo;
                if (k >= 0 && k < n) {
                    if (fn_bits(f, out_buf, (size_t)i) != fn_bits(f, want_buf, (size_t)k))
                        return report(f, path, "differs", n, off, k, fn_get(f, a_buf, ((size_t)off + (size_t)k)),
                                      fn_get(f, b_buf, ((size_t)ob + (size_t)k)), fn_get(f, out_buf, (size_t)i),
                                      fn_get(f, want_buf, (size_t)k));
                } else if (fn_get(f, out_buf, (size_t)i) != canary) {
                    return report(f, path, "wrote outside [0, n)", n, off, k, 0, 0,
                                  fn_get(f, out_buf, (size_t)i), canary);
                }
            }
            for (over = 0; over <= f->binary; over++) { /* in place over a, then over b */
                unsigned char *in = over ? b_buf : a_buf;
                int at = over ? ob : off;
                memcpy(tmp_buf, in, sizeof tmp_buf);
                fn_run(f, path, over ? a_buf + off * sz : tmp_buf + at * sz, over ? tmp_buf + at * sz : b_buf + ob * sz,
                       tmp_buf + at * sz, (size_t)n);
                for (k = 0; k < n; k++)
                    if (fn_bits(f, tmp_buf, ((size_t)at + (size_t)k)) != fn_bits(f, want_buf, (size_t)k))
                        return report(f, path, over ? "in place over dy differs" : "in place differs", n, off, k,
                                      fn_get(f, a_buf, ((size_t)off + (size_t)k)), fn_get(f, b_buf, ((size_t)ob + (size_t)k)),
                                      fn_get(f, tmp_buf, ((size_t)at + (size_t)k)), fn_get(f, want_buf, (size_t)k));
            }
        }
    return 1;
}

TEST arrays_on_path(int path)
{
    size_t count, r;
    const fn_row *t = fn_table(&count);
    int rows = 0;
    for (r = 0; r < count; r++) {
        if (!fn_runs_on(&t[r], path))
            continue;
        rows++;
        ASSERTm(t[r].name, check_row(&t[r], path));
    }
    ASSERT(rows > 0);
    PASS();
}

/* What a user calls runs the dispatched path. */
TEST public_functions_run_the_dispatched_path(void)
{
    size_t count, r, i, n = 100;
    const fn_row *t = fn_table(&count);
    int path = sigmoid_internal_path();
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        for (i = 0; i < n; i++) {
            fn_set(f, a_buf, i, row_input(f, 0, (int)i));
            fn_set(f, b_buf, i, row_input(f, 1, (int)i));
        }
        fn_run_public(f, a_buf, b_buf, out_buf, n);
        fn_run(f, f->vector ? path : SIGMOID_INTERNAL_PATH_SCALAR, a_buf, b_buf, want_buf, n);
        for (i = 0; i < n; i++)
            if (fn_bits(f, out_buf, i) != fn_bits(f, want_buf, i)) {
                report(f, path, "the public function differs from its path", (int)n, 0, (int)i,
                       fn_get(f, a_buf, i), fn_get(f, b_buf, i), fn_get(f, out_buf, i), fn_get(f, want_buf, i));
                FAILm(f->name);
            }
    }
    PASS();
}

/* The backward step on 2^20 random pairs: y = sigma(x) over the whole
 * range, dy of every bit pattern (NaN and inf included), against the
 * element function. */
TEST backward_random_on_path(int path)
{
    enum { CHUNK = 4096 };
    static float ry[CHUNK], rdy[CHUNK], rdx[CHUNK];
    uint64_t state = 11;
    int k, i;
    if (!sigmoid_internal_path_ok(path))
        SKIPm("path not available");
    for (k = 0; k < 256; k++) {
        for (i = 0; i < CHUNK; i++) {
            ry[i] = sigmoid_f32((float)(240.0 * test_uniform(&state) - 120.0));
            rdy[i] = f32_from_bits((uint32_t)test_rng(&state));
        }
        sigmoid_internal_backward_f32_on(path, ry, rdy, rdx, CHUNK);
        for (i = 0; i < CHUNK; i++) {
            float want = sigmoid_backward_step_f32(ry[i], rdy[i]);
            if (!same_f32(rdx[i], want) && !(rdx[i] != rdx[i] && want != want)) {
                printf("\n  %s path: backward(y = %a, dy = %a) = %a, want %a (element %d of round %d)\n",
                       fn_path_name(path), (double)ry[i], (double)rdy[i], (double)rdx[i], (double)want, i, k);
                FAIL();
            }
        }
    }
    PASS();
}

/* The double backward step on 2^19 random pairs: y = sigma(x) over the
 * whole range (1 in 8 of every bit pattern), dy of every bit pattern
 * (huge, tiny, subnormal, NaN and inf included), against the element
 * function: the blocks the vector code leaves to it and those it takes. */
TEST backward_f64_random_on_path(int path)
{
    enum { CHUNK = 4096 };
    static double ry[CHUNK], rdy[CHUNK], rdx[CHUNK];
    uint64_t state = 13;
    int k, i;
    if (!sigmoid_internal_path_ok(path))
        SKIPm("path not available");
    for (k = 0; k < 128; k++) {
        for (i = 0; i < CHUNK; i++) {
            uint64_t b = test_rng(&state);
            ry[i] = (b & 7) == 0 ? f64_from_bits(test_rng(&state)) : sigmoid_f64(1500.0 * test_uniform(&state) - 750.0);
            /* one block in four with every dy of moderate size, so that
             * whole blocks take the vector code */
            rdy[i] = (k & 3) == 0 ? 1e6 * (test_uniform(&state) - 0.5) : f64_from_bits(test_rng(&state));
        }
        sigmoid_internal_backward_f64_on(path, ry, rdy, rdx, CHUNK);
        for (i = 0; i < CHUNK; i++) {
            double want = sigmoid_backward_step_f64(ry[i], rdy[i]);
            if (!same_f64(rdx[i], want) && !(rdx[i] != rdx[i] && want != want)) {
                printf("\n  %s path: backward(y = %a, dy = %a) = %a, want %a (element %d of round %d)\n",
                       fn_path_name(path), ry[i], rdy[i], rdx[i], want, i, k);
                FAIL();
            }
        }
    }
    PASS();
}

/* The fast tier's contract on 2^22 + 2^20 inputs per path: every 1024th
 * float bit pattern (all exponents, both signs) and a dense uniform sample
 * of [-110, 110]; the bound is the table's, plus the reference's error. */
TEST fast_contract_on_path(int path)
{
    enum { CHUNK = 4096 };
    static float x[CHUNK], y[CHUNK];
    size_t count, r;
    const fn_row *t = fn_table(&count);
    for (r = 0; r < count; r++) {
        const fn_row *f = &t[r];
        uint64_t state = 7, u = 0;
        double worst = 0;
        float worst_x = 0;
        int phase, i;
        if (!f->fast || f->size != 4 || !fn_runs_on(f, path))
            continue;
        for (phase = 0; phase < 2; phase++) {
            int chunks = phase == 0 ? (int)(0x100000000ull / 1024 / CHUNK) : 256;
            for (; chunks > 0; chunks--) {
                for (i = 0; i < CHUNK; i++, u += 1024)
                    x[i] = phase == 0 ? f32_from_bits((uint32_t)u) : (float)(220.0 * test_uniform(&state) - 110.0);
                f->unary_f32(path, x, y, CHUNK);
                for (i = 0; i < CHUNK; i++) {
                    double e;
                    if (x[i] != x[i]) {
                        ASSERTm("NaN in, no NaN out", y[i] != y[i]);
                        continue;
                    }
                    if (!(y[i] >= 0.0f && y[i] <= 1.0f)) {
                        printf("\n  %s, %s path: f(%a) = %a outside [0, 1]\n", f->name, fn_path_name(path),
                               (double)x[i], (double)y[i]);
                        FAIL();
                    }
                    e = err_ulp_f32(y[i], ref_value(f->ref, (long double)x[i], 0));
                    if (e > worst) {
                        worst = e;
                        worst_x = x[i];
                    }
                }
            }
        }
        printf("\n  %s, %s path: max %.3f ULP at x = %a on the sample", f->name, fn_path_name(path), worst,
               (double)worst_x);
        ASSERT_IN_RANGE(0.0, worst, f->ulp + REF_ERR_F32_ULP);
    }
    PASS();
}

/* The double fast tier's contract on 1.5 million inputs per path: every
 * 2^44th double bit pattern (all exponents, both signs: 2^20) and 2^18
 * uniform samples each of [-750, 750], where results reach the subnormal
 * range, and [-40, 40]. On the uniform samples also: each result is the
 * same when the chunk is cut into arrays of 1 to 23 elements (blocks and
 * tails on every path; check_row's few inputs rarely meet the last-bit
 * differences between code that fuses multiply-adds and code that does
 * not). */
TEST fast_f64_contract_on_path(int path)
{
    enum { CHUNK = 4096 };
    static double x[CHUNK], y[CHUNK], z[CHUNK];
    uint64_t state = 11, u = 0;
    double worst = 0, worst_x = 0;
    int phase, chunks, i, len;
    if (!sigmoid_internal_path_ok(path))
        SKIPm("path not available");
    if (!REF_IS_EXTENDED)
        SKIPm("long double is not wider than double here");
    for (phase = 0; phase < 3; phase++) {
        for (chunks = phase == 0 ? (int)(((uint64_t)1 << 20) / CHUNK) : 64; chunks > 0; chunks--) {
            for (i = 0; i < CHUNK; i++, u += (uint64_t)1 << 44)
                x[i] = phase == 0 ? f64_from_bits(u) : (phase == 1 ? 1500.0 : 80.0) * (test_uniform(&state) - 0.5);
            sigmoid_internal_fast_array_f64_on(path, x, y, CHUNK);
            for (i = 0; i < CHUNK; i++) {
                double e;
                if (x[i] != x[i]) {
                    ASSERTm("NaN in, no NaN out", y[i] != y[i]);
                    continue;
                }
                ASSERT_OR_SAY(y[i] >= 0.0 && y[i] <= 1.0, "%s path: f(%a) = %a outside [0, 1]", fn_path_name(path),
                              x[i], y[i]);
                e = err_ulp_f64(y[i], ref_sigma((long double)x[i]));
                if (e > worst) {
                    worst = e;
                    worst_x = x[i];
                }
            }
            if (phase == 0)
                continue;
            for (i = 0; i < CHUNK; i += len) {
                len = 1 + i % 23 < CHUNK - i ? 1 + i % 23 : CHUNK - i;
                sigmoid_internal_fast_array_f64_on(path, x + i, z + i, (size_t)len);
            }
            for (i = 0; i < CHUNK; i++)
                ASSERT_OR_SAY(same_f64(z[i], y[i]), "%s path: f(%a) = %a in a short array, %a in a chunk of %d",
                              fn_path_name(path), x[i], z[i], y[i], CHUNK);
        }
    }
    printf("\n  sigmoid_fast_array_f64, %s path: max %.3f ULP at x = %a on the sample", fn_path_name(path), worst,
           worst_x);
    ASSERT_IN_RANGE(0.0, worst, SIGMOID_INTERNAL_FAST_F64_ULP + REF_ERR_F64_ULP);
    PASS();
}

TEST fast_f64_specials_on_path(int path)
{
    const double x[8] = {0.0, -0.0, INFINITY, -INFINITY, NAN, -740.0, 37.0, 1e-300};
    double y[8];
    if (!sigmoid_internal_path_ok(path))
        SKIPm("path not available");
    sigmoid_internal_fast_array_f64_on(path, x, y, 8);
    ASSERT_EQ_FMT(0.5, y[0], "%a");
    ASSERT_EQ_FMT(0.5, y[1], "%a");
    ASSERT_EQ_FMT(1.0, y[2], "%a");
    ASSERT(same_f64(y[3], 0.0));
    ASSERT(y[4] != y[4]);
    /* sigma(-740) = 0x1.531fc8b1a3c7bp-1068, a subnormal: not flushed
       (measured where long double can tell) */
    ASSERT(y[5] > 0.0 && y[5] < DBL_MIN);
    if (REF_IS_EXTENDED)
        ASSERT_IN_RANGE(0.0, err_ulp_f64(y[5], ref_sigma(-740.0L)), SIGMOID_INTERNAL_FAST_F64_ULP);
    ASSERT_EQ_FMT(1.0 - DBL_EPSILON / 2, y[6], "%a"); /* sigma(37) = 1 - 8.5e-17 */
    ASSERT_EQ_FMT(0.5, y[7], "%a");
    PASS();
}

TEST fast_specials_on_path(int path)
{
    const float x[8] = {0.0f, -0.0f, INFINITY, -INFINITY, NAN, -89.0f, 17.0f, 1e-20f};
    float y[8];
    if (!sigmoid_internal_path_ok(path))
        SKIPm("path not available");
    sigmoid_internal_fast_array_f32_on(path, x, y, 8);
    ASSERT_EQ_FMT(0.5, (double)y[0], "%a");
    ASSERT_EQ_FMT(0.5, (double)y[1], "%a");
    ASSERT_EQ_FMT(1.0, (double)y[2], "%a");
    ASSERT(same_f32(y[3], 0.0f));
    ASSERT(y[4] != y[4]);
    /* sigma(-89) = 0x1.840fcp-129, a subnormal: not flushed */
    ASSERT_IN_RANGE(0.0, err_ulp_f32(y[5], ref_sigma(-89.0L)), SIGMOID_INTERNAL_FAST_ARRAY_F32_ULP);
    /* sigma(17) = 1 - 4.1e-8: 1 - 2^-24 correctly rounded; 1 + e^-17 rounds
       to 1, so the fast tier gives 1, 0.69 ULP away */
    ASSERT_IN_RANGE(0.0, err_ulp_f32(y[6], ref_sigma(17.0L)), SIGMOID_INTERNAL_FAST_ARRAY_F32_ULP);
    ASSERT(y[6] <= 1.0f);
    ASSERT_EQ_FMT(0.5, (double)y[7], "%a");
    PASS();
}

SUITE(arrays)
{
    int path;
    RUN_TEST(public_functions_run_the_dispatched_path);
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        greatest_set_test_suffix(fn_path_name(path));
        RUN_TEST1(arrays_on_path, path);
        greatest_set_test_suffix(fn_path_name(path));
        RUN_TEST1(backward_random_on_path, path);
        RUN_TEST1(backward_f64_random_on_path, path);
        greatest_set_test_suffix(fn_path_name(path));
        RUN_TEST1(fast_contract_on_path, path);
        greatest_set_test_suffix(fn_path_name(path));
        RUN_TEST1(fast_specials_on_path, path);
        greatest_set_test_suffix(fn_path_name(path));
        RUN_TEST1(fast_f64_contract_on_path, path);
        greatest_set_test_suffix(fn_path_name(path));
        RUN_TEST1(fast_f64_specials_on_path, path);
    }
}
