/* Half precision: the conversions, and the bfloat16 and binary16 arrays on
 * the inputs where rounding a float result to half would go wrong. The
 * arrays' generic properties (every path equal to the element, n = 0, in
 * place, alignment, guard pages, flags) are checked with every other row
 * of the function table; make verify proves the results on every input. */
#include "test_common.h"

/* x rounded to binary16 by an independent route: the spacing of binary16
 * at |x| (2^-24 below 2^-14), and nearbyint in the default mode, which
 * rounds to nearest even; exact in double. */
static double f16_reference(float x)
{
    double a = fabs((double)x), q;
    int e;
    if (a >= 65520.0)
        return x < 0 ? -INFINITY : INFINITY;
    frexp(a, &e);
    q = ldexp(1.0, (e - 1 < -14 ? -14 : e - 1) - 10);
    a = nearbyint(a / q) * q;
    return x < 0 ? -a : a;
}

/* bfloat16's the same way: 8 significant bits, spacing 2^-133 below 2^-126 */
static double bf16_reference(float x)
{
    double a = fabs((double)x), q;
    int e;
    if (a >= ldexp(511.0, 119) /* 0x1.ffp127 */)
        return x < 0 ? -INFINITY : INFINITY;
    frexp(a, &e);
    q = ldexp(1.0, (e - 1 < -126 ? -126 : e - 1) - 7);
    a = nearbyint(a / q) * q;
    return x < 0 ? -a : a;
}

TEST half_conversions(void)
{
    uint32_t u;
    for (u = 0; u < 65536; u++) { /* every half back and forth */
        uint16_t h = (uint16_t)u;
        float b = sigmoid_bf16_to_f32(h), f = sigmoid_f16_to_f32(h);
        if ((u & 0x7fff) > 0x7f80) /* NaN: stays NaN, quieted */
            ASSERT_OR_SAY(b != b && sigmoid_f32_to_bf16(b) == (h | 0x0040), "bf16 0x%04x", (unsigned)u);
        else
            ASSERT_OR_SAY(sigmoid_f32_to_bf16(b) == h, "bf16 0x%04x -> %a -> 0x%04x", (unsigned)u, (double)b,
                          (unsigned)sigmoid_f32_to_bf16(b));
        if ((u & 0x7fff) > 0x7c00)
            ASSERT_OR_SAY(f != f && sigmoid_f32_to_f16(f) == (h | 0x0200), "f16 0x%04x", (unsigned)u);
        else
            ASSERT_OR_SAY(sigmoid_f32_to_f16(f) == h, "f16 0x%04x -> %a -> 0x%04x", (unsigned)u, (double)f,
                          (unsigned)sigmoid_f32_to_f16(f));
    }
    /* float to half on every 997th float pattern, against the reference */
    for (u = 0; u < 0xff800000u; u += 997) {
        float x;
        memcpy(&x, &u, 4);
        if ((u & 0x7fffffffu) >= 0x7f800000u)
            continue;
        ASSERT_OR_SAY((double)sigmoid_f16_to_f32(sigmoid_f32_to_f16(x)) == f16_reference(x),
                      "f16 of %a: 0x%04x, want %a", (double)x, (unsigned)sigmoid_f32_to_f16(x), f16_reference(x));
        ASSERT_OR_SAY((double)sigmoid_bf16_to_f32(sigmoid_f32_to_bf16(x)) == bf16_reference(x),
                      "bf16 of %a: 0x%04x, want %a", (double)x, (unsigned)sigmoid_f32_to_bf16(x), bf16_reference(x));
    }
    /* ties go to even, the edges of the ranges */
    ASSERT_EQ(0x3c00, sigmoid_f32_to_f16(1.00048828125f));   /* tie, down to even */
    ASSERT_EQ(0x3c02, sigmoid_f32_to_f16(1.00146484375f));   /* tie, up to even */
    ASSERT_EQ(0x0000, sigmoid_f32_to_f16(ldexpf(1.0f, -25)));          /* half the least subnormal: to 0 */
    ASSERT_EQ(0x0001, sigmoid_f32_to_f16(nextafterf(ldexpf(1.0f, -25), 1.0f)));
    ASSERT_EQ(0x7bff, sigmoid_f32_to_f16(65519.0f));
    ASSERT_EQ(0x7c00, sigmoid_f32_to_f16(65520.0f));          /* rounds to infinity */
    ASSERT_EQ(0x8000, sigmoid_f32_to_f16(-0.0f));
    ASSERT_EQ(0x3f80, sigmoid_f32_to_bf16(1.00390625f));   /* tie, down to even */
    ASSERT_EQ(0x7f80, sigmoid_f32_to_bf16(FLT_MAX));          /* rounds to infinity */
    ASSERT_EQ(0x0001, sigmoid_f32_to_bf16(ldexpf(1.0f, -133)));
    PASS();
}

/* Inputs where the correctly rounded float lies exactly on a half midpoint,
 * so that rounding it to half goes the wrong way (make verify counts them
 * all): the arrays give the value MPFR gives, on every path. */
TEST half_single_rounding(void)
{
    /* sigma(0x1.8p-9) = 1/2 + 1.5 2^-11 - 2^-28.4..., just below the binary16
       midpoint 0x1.006p-1, which is the float; to nearest: 0x3801 */
    static const struct { uint16_t x, want, narrowed; } f16[] = {
        {0x1a00, 0x3801, 0x3802}, {0x9600, 0x37ff, 0x37fe}, {0x9f80, 0x37f9, 0x37f8}};
    /* dy y(1-y) with y = 0x1.2p-60, dy = 0x1.fp+10: dy y = 0x1.17p-49 is a
       bfloat16 midpoint, and (1-y) puts the value just below it */
    static const struct { uint16_t y, dy, want, narrowed; } bf16[] = {
        {0x2190, 0x44f8, 0x270b, 0x270c}, {0x1ed0, 0x3c38, 0x1b95, 0x1b96}, {0x0df0, 0x44e8, 0x1359, 0x135a}};
    size_t i;
    int path;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        for (i = 0; i < sizeof f16 / sizeof f16[0]; i++) {
            uint16_t got;
            sigmoid_internal_array_f16_on(path, &f16[i].x, &got, 1);
            ASSERT_EQ(f16[i].narrowed, sigmoid_f32_to_f16(sigmoid_f32(sigmoid_f16_to_f32(f16[i].x))));
            ASSERT_OR_SAY(got == f16[i].want, "sigmoid_array_f16, %s path, n = 1: x = 0x%04x gives 0x%04x, want 0x%04x",
                          fn_path_name(path), (unsigned)f16[i].x, (unsigned)got, (unsigned)f16[i].want);
        }
        for (i = 0; i < sizeof bf16 / sizeof bf16[0]; i++) {
            uint16_t got;
            float y = sigmoid_bf16_to_f32(bf16[i].y), dy = sigmoid_bf16_to_f32(bf16[i].dy);
            sigmoid_internal_backward_bf16_on(path, &bf16[i].y, &bf16[i].dy, &got, 1);
            ASSERT_EQ(bf16[i].narrowed, sigmoid_f32_to_bf16(sigmoid_backward_step_f32(y, dy)));
            ASSERT_OR_SAY(got == bf16[i].want,
                          "sigmoid_backward_bf16, %s path, n = 1: y = 0x%04x, dy = 0x%04x gives 0x%04x, want 0x%04x",
                          fn_path_name(path), (unsigned)bf16[i].y, (unsigned)bf16[i].dy, (unsigned)got,
                          (unsigned)bf16[i].want);
        }
    }
    PASS();
}

/* The backward step's array on every path against its element function,
 * for every y pattern of each format with dy from a list that reaches each
 * branch of the vector code: dy = 1 (y(1-y)), products that land on a half
 * midpoint (bfloat16 0.75 times 1 + 2^-7 is one), dy tiny enough that
 * dy y^2 falls below 2^-126 (the double lanes), subnormal and huge dy,
 * zeros, infinities and NaNs (the scalar code). */
static uint16_t every_y[65536], fill_dy[65536], got_dx[65536];

TEST half_backward_every_y(void)
{
    static const uint16_t dy_bf16[] = {0x3f80, 0x3f81, 0xbfc1, 0x4000, 0x3e4d, 0x0d80, 0x8d80, 0x0080,
                                       0x0001, 0x7f7f, 0x4b00, 0x0000, 0x8000, 0xff80, 0x7fc0};
    static const uint16_t dy_f16[] = {0x3c00, 0x3c01, 0xbe01, 0x3555, 0x0001, 0x0400, 0x7bff, 0x0000,
                                      0x8000, 0x7c00, 0xfe00};
    int path, bf, j;
    uint32_t u;
    for (u = 0; u < 65536; u++)
        every_y[u] = (uint16_t)u;
    for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
        if (!sigmoid_internal_path_ok(path))
            continue;
        for (bf = 0; bf < 2; bf++) {
            const uint16_t *list = bf ? dy_bf16 : dy_f16;
            int count = bf ? (int)(sizeof dy_bf16 / sizeof dy_bf16[0]) : (int)(sizeof dy_f16 / sizeof dy_f16[0]);
            for (j = 0; j < count; j++) {
                for (u = 0; u < 65536; u++)
                    fill_dy[u] = list[j];
                if (bf)
                    sigmoid_internal_backward_bf16_on(path, every_y, fill_dy, got_dx, 65536);
                else
                    sigmoid_internal_backward_f16_on(path, every_y, fill_dy, got_dx, 65536);
                for (u = 0; u < 65536; u++) {
                    uint16_t want = bf ? sigmoid_internal_backward_bf16((uint16_t)u, list[j])
                                       : sigmoid_internal_backward_f16((uint16_t)u, list[j]);
                    ASSERT_OR_SAY(got_dx[u] == want,
                                  "sigmoid_backward_%s, %s path, n = 65536, element %u: y = 0x%04x, dy = 0x%04x gives 0x%04x, want 0x%04x",
                                  bf ? "bf16" : "f16", fn_path_name(path), (unsigned)u, (unsigned)u, (unsigned)list[j],
                                  (unsigned)got_dx[u], (unsigned)want);
                }
            }
        }
    }
    PASS();
}

/* Special values in both formats, through the public functions. */
TEST half_specials(void)
{
    /* bf16: +inf, -inf, +0, -0, NaN (signaling), 100, -100, -200 */
    const uint16_t xb[] = {0x7f80, 0xff80, 0x0000, 0x8000, 0x7f81, 0x42c8, 0xc2c8, 0xc348};
    const uint16_t wb[] = {0x3f80, 0x0000, 0x3f00, 0x3f00, 0x7fc1, 0x3f80, 0x0000, 0x0000};
    /* f16: +inf, -inf, +0, -0, NaN, 10 (rounds to 1), -10 (subnormal result), -20 (0) */
    const uint16_t xh[] = {0x7c00, 0xfc00, 0x0000, 0x8000, 0x7c01, 0x4900, 0xc900, 0xcd00};
    const uint16_t wh[] = {0x3c00, 0x0000, 0x3800, 0x3800, 0x7e01, 0x3c00, 0x02fa, 0x0000};
    uint16_t out[8], y[4], dy[4];
    size_t i;
    sigmoid_array_bf16(xb, out, 8);
    for (i = 0; i < 8; i++)
        ASSERT_OR_SAY(out[i] == wb[i], "sigmoid_array_bf16(0x%04x) = 0x%04x, want 0x%04x", (unsigned)xb[i],
                      (unsigned)out[i], (unsigned)wb[i]);
    sigmoid_array_f16(xh, out, 8);
    for (i = 0; i < 8; i++)
        ASSERT_OR_SAY(out[i] == wh[i], "sigmoid_array_f16(0x%04x) = 0x%04x, want 0x%04x", (unsigned)xh[i],
                      (unsigned)out[i], (unsigned)wh[i]);
    /* y(1-y): 1/2 gives 1/4; 1, 0 and -1/2 give +0; NaN stays */
    y[0] = 0x3800, y[1] = 0x3c00, y[2] = 0xb800, y[3] = 0x7e00;
    sigmoid_deriv_from_output_array_f16(y, out, 4);
    ASSERT_EQ(0x3400, out[0]);
    ASSERT_EQ(0x0000, out[1]);
    ASSERT_EQ(0x0000, out[2]);
    ASSERT_EQ(0x7e00, out[3]);
    /* backward: a saturated y passes +0; dy = -inf gives -inf; dy = -0 gives -0 */
    y[0] = 0x3f80, dy[0] = 0xbf80;
    y[1] = 0x3f00, dy[1] = 0xff80;
    y[2] = 0x3f00, dy[2] = 0x8000;
    y[3] = 0x3f00, dy[3] = 0x4000; /* 2 * 1/4 = 1/2 */
    sigmoid_backward_bf16(y, dy, out, 4);
    ASSERT_EQ(0x0000, out[0]);
    ASSERT_EQ(0xff80, out[1]);
    ASSERT_EQ(0x8000, out[2]);
    ASSERT_EQ(0x3f00, out[3]);
    PASS();
}

SUITE(half_precision)
{
    RUN_TEST(half_conversions);
    RUN_TEST(half_single_rounding);
    RUN_TEST(half_backward_every_y);
    RUN_TEST(half_specials);
}
