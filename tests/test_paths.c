/* Every vector path this build has and this CPU runs (scalar, SSE2, AVX2,
 * NEON), called explicitly rather than through the dispatch:
 *   - the exact arrays (sigma, sigma', y(1-y), the backward step) equal the
 *     scalar functions bit for bit, at every n 0..130, every offset and in
 *     place (the same check as test_arrays.c), and on random inputs;
 *   - the fast tier keeps its contract on a dense sample (<= 2.5 ULP against
 *     the long double reference, in [0, 1], specials, no flush of subnormal
 *     results), and an element's result does not depend on its position,
 *     the array length or the alignment. make verify covers all 2^32. */
#include "test_common.h"

#define MAXN 130
#define PAD 16
#define CANARY (-12345.0f)

static const char *const path_name[] = {"scalar", "SSE2", "AVX2", "NEON"};

static float input(int i)
{
    static const float v[] = {0.0f, -0.0f, 1.0f, -1.0f, 17.5f, -90.0f, 1e-30f, 0.25f, 0.999f,
                              -5.5f, 200.0f, -200.0f, 3.0f, 0.5f, -0.001f, 1.5f, 8.25f,
                              -87.5f, -103.9f, 87.5f, 1e-8f, -1e-6f};
    int pass = i / 22; /* each pass through v a little larger */
    return v[i % (int)(sizeof v / sizeof v[0])] * (1.0f + (float)pass / 64.0f);
}

typedef void (*path_array)(int, const float *, float *, size_t);

/* f on path against g element by element: exact arrays against the scalar
 * function, the fast tier against one long run of itself. */
static int check_path(path_array f, int path, const float *expect_for_input, int exact,
                      float (*g)(float))
{
    float in[MAXN + 2 * PAD], out[MAXN + 2 * PAD];
    int n, off, i;
    f(path, NO_ARRAY, NO_ARRAY, 0);
    for (n = 0; n <= MAXN; n++)
        for (off = 0; off < PAD; off++) {
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                in[i] = input(i + n);
                out[i] = CANARY;
            }
            f(path, in + off, out + off, (size_t)n);
            for (i = 0; i < MAXN + 2 * PAD; i++) {
                int bad;
                if (i < off || i >= off + n)
                    bad = !same_f32(out[i], CANARY);
                else
                    bad = !same_f32(out[i], exact ? g(in[i]) : expect_for_input[i + n]);
                if (bad) {
                    printf("\n  %s path: n = %d, offset %d, element %d (x = %a, got %a)\n",
                           path_name[path], n, off, i, (double)in[i], (double)out[i]);
                    return 0;
                }
            }
            f(path, in + off, in + off, (size_t)n);
            for (i = off; i < off + n; i++)
                if (!same_f32(in[i], out[i])) {
                    printf("\n  %s path: in place differs at n = %d\n", path_name[path], n);
                    return 0;
                }
        }
    return 1;
}

TEST exact_arrays_every_path(void)
{
    int path, ran = 0;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        ran++;
        ASSERT(check_path(sigmoid_internal_array_f32_on, path, NULL, 1, sigmoid_f32));
        ASSERT(check_path(sigmoid_internal_deriv_array_f32_on, path, NULL, 1, sigmoid_deriv_f32));
        ASSERT(check_path(sigmoid_internal_deriv_from_output_array_f32_on, path, NULL, 1,
                          sigmoid_deriv_from_output_f32));
    }
#if defined(SIGMOID_INTERNAL_X86) || defined(SIGMOID_INTERNAL_NEON)
    ASSERT(ran >= 2); /* scalar and at least the platform's baseline path */
#else
    ASSERT_EQ(1, ran); /* i386, tcc, SIGMOID_NO_SIMD: the scalar loop only */
#endif
    PASS();
}

static float backward_scalar(float y, float dy)
{
    float dx;
    sigmoid_internal_backward_f32_on(SIGMOID_INTERNAL_PATH_SCALAR, &y, &dy, &dx, 1);
    return dx;
}

/* The backward step on every path: every n and three independent offsets,
 * in place on y and on dy, against the scalar code; then 2^20 random pairs
 * with y = sigma(x) over the whole range and dy of every magnitude. */
TEST backward_every_path(void)
{
    static float y[MAXN + 2 * PAD], dy[MAXN + 2 * PAD], dx[MAXN + 2 * PAD], t[MAXN + 2 * PAD];
    static float ry[4096], rdy[4096], rdx[4096];
    uint64_t state = 11;
    int path, n, off, i, k;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        sigmoid_internal_backward_f32_on(path, NO_ARRAY, NO_ARRAY, NO_ARRAY, 0);
        for (n = 0; n <= MAXN; n++)
            for (off = 0; off < PAD; off++) {
                int oy = off, od = (off * 7) % PAD, ox = (off * 3) % PAD;
                for (i = 0; i < MAXN + 2 * PAD; i++) {
                    y[i] = i % 5 == 0 ? input(i) : sigmoid_f32(input(i));
                    dy[i] = input(i + 5);
                    dx[i] = CANARY;
                }
                sigmoid_internal_backward_f32_on(path, y + oy, dy + od, dx + ox, (size_t)n);
                for (i = 0; i < MAXN + 2 * PAD; i++) {
                    if (i >= ox && i < ox + n)
                        ASSERT(same_f32(dx[i], backward_scalar(y[oy + i - ox], dy[od + i - ox])));
                    else
                        ASSERT(same_f32(dx[i], CANARY));
                }
                memcpy(t, y, sizeof t);
                sigmoid_internal_backward_f32_on(path, t + oy, dy + od, t + oy, (size_t)n);
                for (i = 0; i < n; i++)
                    ASSERT(same_f32(t[oy + i], backward_scalar(y[oy + i], dy[od + i])));
            }
        for (k = 0; k < 256; k++) {
            for (i = 0; i < 4096; i++) {
                ry[i] = sigmoid_f32((float)(240.0 * test_uniform(&state) - 120.0));
                rdy[i] = f32_from_bits((uint32_t)test_rng(&state));
            }
            sigmoid_internal_backward_f32_on(path, ry, rdy, rdx, 4096);
            for (i = 0; i < 4096; i++)
                if (!same_f32(rdx[i], backward_scalar(ry[i], rdy[i])) &&
                    !(rdx[i] != rdx[i] && rdy[i] != rdy[i])) {
                    printf("\n  %s path: backward(y = %a, dy = %a) = %a\n", path_name[path],
                           (double)ry[i], (double)rdy[i], (double)rdx[i]);
                    FAIL();
                }
        }
    }
    PASS();
}

/* One run over inputs i = 0 .. 2*MAXN+2*PAD gives the reference result for
 * input(i); every sub-array must reproduce it. */
TEST fast_position_independent(void)
{
    static float all_in[2 * (MAXN + 2 * PAD)], all_out[2 * (MAXN + 2 * PAD)];
    int path, i;
    for (i = 0; i < 2 * (MAXN + 2 * PAD); i++)
        all_in[i] = input(i);
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        sigmoid_internal_fast_array_f32_on(path, all_in, all_out, (size_t)2 * (MAXN + 2 * PAD));
        ASSERT(check_path(sigmoid_internal_fast_array_f32_on, path, all_out, 0, NULL));
    }
    PASS();
}

/* The contract on 2^22 + 2^20 inputs per path: every 1024th float bit pattern
 * (all exponents, both signs) and a dense uniform sample of [-110, 110]. */
TEST fast_contract_every_path(void)
{
    enum { CHUNK = 4096 };
    static float x[CHUNK], y[CHUNK];
    uint64_t state = 7, u = 0;
    int path, i, phase;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        double worst = 0;
        float worst_x = 0;
        if (!sigmoid_internal_path_ok(path))
            continue;
        for (phase = 0; phase < 2; phase++) {
            int chunks = phase == 0 ? (int)(0x100000000ull / 1024 / CHUNK) : 256;
            for (; chunks > 0; chunks--) {
                for (i = 0; i < CHUNK; i++, u += 1024)
                    x[i] = phase == 0 ? f32_from_bits((uint32_t)u)
                                      : (float)(220.0 * test_uniform(&state) - 110.0);
                sigmoid_internal_fast_array_f32_on(path, x, y, CHUNK);
                for (i = 0; i < CHUNK; i++) {
                    double e;
                    if (x[i] != x[i]) {
                        ASSERT(y[i] != y[i]);
                        continue;
                    }
                    ASSERT(y[i] >= 0.0f && y[i] <= 1.0f);
                    e = err_ulp_f32(y[i], ref_sigma((long double)x[i]));
                    if (e > worst) {
                        worst = e;
                        worst_x = x[i];
                    }
                }
            }
        }
        printf("\n  fast tier, %s path: max %.3f ULP at x = %a on the sample", path_name[path],
               worst, (double)worst_x);
        ASSERT_IN_RANGE(0.0, worst, 2.5);
    }
    PASS();
}

TEST fast_specials_every_path(void)
{
    const float x[8] = {0.0f, -0.0f, INFINITY, -INFINITY, NAN, -89.0f, 17.0f, 1e-20f};
    float y[8];
    int path;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        sigmoid_internal_fast_array_f32_on(path, x, y, 8);
        ASSERT(same_f32(y[0], 0.5f));
        ASSERT(same_f32(y[1], 0.5f));
        ASSERT(same_f32(y[2], 1.0f));
        ASSERT(same_f32(y[3], 0.0f));
        ASSERT(y[4] != y[4]);
        /* sigma(-89) = 0x1.840fcp-129, a subnormal: not flushed */
        ASSERT_IN_RANGE(0.0, err_ulp_f32(y[5], ref_sigma(-89.0L)), 2.5);
        ASSERT(y[6] < 1.0f); /* 1 - 2^-24 exactly */
        ASSERT(same_f32(y[7], 0.5f));
    }
    ASSERT(same_f32(sigmoid_fast_f32(0.0f), 0.5f));
    ASSERT(same_f32(sigmoid_fast_f32(-INFINITY), 0.0f));
    ASSERT(same_f32(sigmoid_fast_f32(INFINITY), 1.0f));
    ASSERT(sigmoid_fast_f32(NAN) != sigmoid_fast_f32(NAN));
    PASS();
}

SUITE(paths)
{
    RUN_TEST(exact_arrays_every_path);
    RUN_TEST(backward_every_path);
    RUN_TEST(fast_position_independent);
    RUN_TEST(fast_contract_every_path);
    RUN_TEST(fast_specials_every_path);
}
