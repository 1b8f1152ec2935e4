/* gen_constants.c: the generated block of sigmoid.h, from MPFR.
 *
 *   make check-constants   regenerates the block and compares it with the
 *                          header (with tools/fast_poly.sollya's output)
 *   make constants         writes it into sigmoid.h
 *
 * What it prints, between the block's markers:
 *   - 128/ln2 and 1024/ln2, rounded to nearest double.
 *   - ln2/128 split in three doubles L1 + L2 + L3: L1 has 35 significant
 *     bits so that k*L1 is exact for every k < 2^18 (k <= 137800 for
 *     |x| <= 746).
 *   - the float functions' polynomial 1 + a1 w + a2 w^2 ~ e^(c w),
 *     c = -ln2/1024, for |w| <= 1/2: Taylor's a2 = c^2/2 and a1 =
 *     c (1 + h^2/8), h = ln2/2048, which trades the leading error term
 *     u^3/6 (u = c w) for its Chebyshev equioscillation, max h^3/24. Its
 *     maximum relative error, measured on a grid of 2^16 points for
 *     |w| <= 1/2 (round to nearest) and |w| <= 1 (directed rounding moves
 *     k = round(z) by up to one), goes into the comment.
 *   - the cubic c w + c^2 w^2/2 + c^3 w^3/6 of SiLU's derivative (Taylor).
 *   - the zero x0 of SiLU's derivative (three doubles), -x0 and 1 + x0
 *     (two each), and 1/j! for j = 3..15 (3 and 4 as two doubles) for its
 *     double evaluation near x0.
 *   - the fast tier's float constants: 1/ln2, ln2 to 16 bits and the rest.
 *   - 2^(-j/128) for j = 0..127 as a double-double (hi = RN(2^(-j/128)),
 *     lo = RN(2^(-j/128) - hi)), error < 2^-106 relative (accurate path).
 *   - the float functions' table: the bits of RN(2^(-j/1024)) plus j << 42
 *     for j = 0..1023 (subtracting k << 42 then scales by 2^-(k >> 10) in
 *     one step).
 * Table entries are IEEE bit patterns: hex floats are not C++11.
 */
#include <stdio.h>
#include <string.h>
#include <mpfr.h>

static unsigned long long bits(double d)
{
    unsigned long long u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* v as the sum of parts doubles, each the nearest to what is left, as
 * name_0, name_1, ... (bit patterns: hex floats are not C++11) */
static void print_split(const char *name, mpfr_srcptr v, int parts, const char *what)
{
    mpfr_t r;
    mpfr_init2(r, mpfr_get_prec(v));
    mpfr_set(r, v, MPFR_RNDN);
    for (int k = 0; k < parts; k++) {
        double d = mpfr_get_d(r, MPFR_RNDN);
        printf("#define %s_%d sigmoid_internal_from_bits_f64(0x%016llxu) /* %a%s%s */\n", name, k, bits(d), d,
               k == 0 ? ": " : "", k == 0 ? what : "");
        mpfr_sub_d(r, r, d, MPFR_RNDN);
    }
    mpfr_clear(r);
}

/* v = 2^(-j/n), to v's precision */
static void exp2_neg_frac(mpfr_ptr v, int j, unsigned n)
{
    mpfr_set_si(v, -j, MPFR_RNDN);
    mpfr_div_ui(v, v, n, MPFR_RNDN);
    mpfr_exp2(v, v, MPFR_RNDN);
}

static double rel_error_of_quadratic(double a1, double a2, mpfr_srcptr c, double wmax)
{
    mpfr_t m, e;
    double worst = 0;
    mpfr_inits2(400, m, e, (mpfr_ptr)0);
    for (int i = -32768; i <= 32768; i++) {
        double w = wmax * i / 32768;
        /* (1 + a1 w + a2 w^2) e^(-c w) - 1, with the coefficients as stored */
        mpfr_set_d(m, a2, MPFR_RNDN);
        mpfr_mul_d(m, m, w, MPFR_RNDN);
        mpfr_add_d(m, m, a1, MPFR_RNDN);
        mpfr_mul_d(m, m, w, MPFR_RNDN);
        mpfr_add_ui(m, m, 1, MPFR_RNDN);
        mpfr_mul_d(e, c, -w, MPFR_RNDN);
        mpfr_exp(e, e, MPFR_RNDN);
        mpfr_mul(m, m, e, MPFR_RNDN);
        mpfr_sub_ui(m, m, 1, MPFR_RNDN);
        mpfr_abs(m, m, MPFR_RNDN);
        if (mpfr_get_d(m, MPFR_RNDU) > worst)
            worst = mpfr_get_d(m, MPFR_RNDU);
    }
    mpfr_set_d(m, worst, MPFR_RNDN);
    mpfr_log2(m, m, MPFR_RNDN);
    worst = mpfr_get_d(m, MPFR_RNDN);
    mpfr_clears(m, e, (mpfr_ptr)0);
    return worst;
}

int main(void)
{
    mpfr_t v, hi, r, c, h, a1, a2;
    mpfr_inits2(400, v, hi, r, c, h, a1, a2, (mpfr_ptr)0);

    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_ui_div(v, 128, v, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_INV_LN2_128 %.17g /* 128/ln2 */\n", mpfr_get_d(v, MPFR_RNDN));
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_ui_div(v, 1024, v, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_INV_LN2_1024 %.17g /* 1024/ln2 */\n", mpfr_get_d(v, MPFR_RNDN));

    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_div_ui(v, v, 128, MPFR_RNDN);
    mpfr_set_prec(hi, 35);
    mpfr_set(hi, v, MPFR_RNDN); /* 35 significant bits */
    double l1 = mpfr_get_d(hi, MPFR_RNDN);
    mpfr_sub_d(r, v, l1, MPFR_RNDN);
    double l2 = mpfr_get_d(r, MPFR_RNDN);
    mpfr_sub_d(r, r, l2, MPFR_RNDN);
    double l3 = mpfr_get_d(r, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_LN2_128_1 sigmoid_internal_from_bits_f64(0x%016llxu) /* %a, 35 bits */\n",
           bits(l1), l1);
    printf("#define SIGMOID_INTERNAL_LN2_128_2 sigmoid_internal_from_bits_f64(0x%016llxu) /* %a */\n", bits(l2), l2);
    printf("#define SIGMOID_INTERNAL_LN2_128_3 sigmoid_internal_from_bits_f64(0x%016llxu) /* %a */\n", bits(l3), l3);

    mpfr_const_log2(c, MPFR_RNDN);
    mpfr_div_si(c, c, -1024, MPFR_RNDN); /* c = -ln2/1024 */
    mpfr_div_si(h, c, -2, MPFR_RNDN);    /* h = ln2/2048 */
    mpfr_sqr(a1, h, MPFR_RNDN);
    mpfr_div_ui(a1, a1, 8, MPFR_RNDN);
    mpfr_add_ui(a1, a1, 1, MPFR_RNDN);
    mpfr_mul(a1, a1, c, MPFR_RNDN); /* c (1 + h^2/8) */
    mpfr_sqr(a2, c, MPFR_RNDN);
    mpfr_div_ui(a2, a2, 2, MPFR_RNDN); /* c^2 / 2 */
    double d1 = mpfr_get_d(a1, MPFR_RNDN), d2 = mpfr_get_d(a2, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_EXP_A1 %.17g /* c (1 + h^2/8), c = -ln2/1024, h = ln2/2048 */\n", d1);
    printf("#define SIGMOID_INTERNAL_EXP_A2 %.17g /* c^2 / 2 */\n", d2);
    printf("/* 1 + a1 w + a2 w^2 vs e^(cw): relative error 2^%.3f for |w| <= 1/2, 2^%.3f for |w| <= 1 */\n",
           rel_error_of_quadratic(d1, d2, c, 0.5), rel_error_of_quadratic(d1, d2, c, 1.0));
    /* SiLU's derivative cancels near its zero and needs e^(cw) closer:
       Taylor to the cube, |u|^4/24 < 2^-50.6 for |w| <= 1/2 */
    mpfr_pow_ui(a1, c, 3, MPFR_RNDN);
    mpfr_div_ui(a1, a1, 6, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_EXP_B1 %.17g /* c */\n", mpfr_get_d(c, MPFR_RNDN));
    printf("#define SIGMOID_INTERNAL_EXP_B3 %.17g /* c^3 / 6 (c^2 / 2 is A2) */\n", mpfr_get_d(a1, MPFR_RNDN));

    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_ui_div(v, 1, v, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_FAST_LOG2E %.9gf /* 1/ln2 */\n", (double)mpfr_get_flt(v, MPFR_RNDN));
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_set_prec(hi, 16);
    mpfr_set(hi, v, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_FAST_LN2_HI %.17gf /* ln2 to 16 bits: n*LN2_HI is exact */\n",
           mpfr_get_d(hi, MPFR_RNDN));
    mpfr_sub(v, v, hi, MPFR_RNDN);
    printf("#define SIGMOID_INTERNAL_FAST_LN2_LO %.9gf /* ln2 - LN2_HI */\n", (double)mpfr_get_flt(v, MPFR_RNDN));

    /* SiLU's derivative in double near its zero x0 = -1 - W(1/e), the
       root of 1 + x + e^x (Newton from a double guess, 400 bits) */
    mpfr_set_d(v, -1.2784645427610737, MPFR_RNDN);
    for (int i = 0; i < 12; i++) {
        mpfr_exp(a2, v, MPFR_RNDN);
        mpfr_add_ui(r, v, 1, MPFR_RNDN);
        mpfr_add(r, r, a2, MPFR_RNDN);
        mpfr_add_ui(a2, a2, 1, MPFR_RNDN);
        mpfr_div(r, r, a2, MPFR_RNDN);
        mpfr_sub(v, v, r, MPFR_RNDN);
    }
    print_split("SIGMOID_INTERNAL_SILU_X0", v, 3, "x0 = -1 - W(1/e), in three parts");
    mpfr_neg(r, v, MPFR_RNDN);
    print_split("SIGMOID_INTERNAL_SILU_MX0", r, 2, "-x0");
    mpfr_add_ui(r, v, 1, MPFR_RNDN);
    print_split("SIGMOID_INTERNAL_SILU_C", r, 2, "1 + x0 = -e^x0");
    mpfr_set_ui(r, 1, MPFR_RNDN);
    mpfr_div_ui(r, r, 6, MPFR_RNDN);
    print_split("SIGMOID_INTERNAL_INV_FACT3", r, 2, "1/3!");
    mpfr_div_ui(r, r, 4, MPFR_RNDN);
    print_split("SIGMOID_INTERNAL_INV_FACT4", r, 2, "1/4!");
    for (int j = 5; j <= 15; j++) {
        mpfr_div_ui(r, r, (unsigned long)j, MPFR_RNDN);
        printf("#define SIGMOID_INTERNAL_INV_FACT%d %.17g /* 1/%d! */\n", j, mpfr_get_d(r, MPFR_RNDN), j);
    }

    mpfr_set_ui(r, 1, MPFR_RNDN);
    mpfr_div_ui(r, r, 3, MPFR_RNDN);
    print_split("SIGMOID_INTERNAL_THIRD", r, 2, "1/3");

    /* log(1 + t) = log(1/c) + log(1 + r), r = (1 + t) c - 1, c the double
       nearest 128/(128 + i) for i = floor(128 t): c = 1 for i = 0 keeps r
       = t exact, and 0 <= (1 + t) c - 1 < 1/128 (up to c's rounding) */
    printf("/* c = RN(128/(128 + i)) and -log(c) = hi + lo, i = 0..128 */\n");
    printf("static const uint64_t sigmoid_internal_log_table[129][3] = {\n");
    for (int i = 0; i <= 128; i++) {
        mpfr_set_ui(v, 128, MPFR_RNDN);
        mpfr_div_ui(v, v, 128u + (unsigned)i, MPFR_RNDN);
        double cd = mpfr_get_d(v, MPFR_RNDN);
        mpfr_set_d(v, cd, MPFR_RNDN);
        mpfr_log(v, v, MPFR_RNDN);
        mpfr_neg(v, v, MPFR_RNDN);
        mpfr_abs(v, v, MPFR_RNDN); /* +0 for i = 0; no other -log(c) is negative */
        double hd = mpfr_get_d(v, MPFR_RNDN);
        mpfr_sub_d(r, v, hd, MPFR_RNDN);
        double ld = mpfr_get_d(r, MPFR_RNDN);
        printf("    {0x%016llxu, 0x%016llxu, 0x%016llxu},\n", bits(cd), bits(hd), bits(ld));
    }
    printf("};\n");

    printf("/* 2^(-j/128) = hi + lo, j = 0..127 */\n");
    printf("static const uint64_t sigmoid_internal_exp_table[128][2] = {\n");
    for (int j = 0; j < 128; j++) {
        exp2_neg_frac(v, j, 128);
        double hd = mpfr_get_d(v, MPFR_RNDN);
        mpfr_sub_d(r, v, hd, MPFR_RNDN);
        double ld = mpfr_get_d(r, MPFR_RNDN);
        printf("    {0x%016llxu, 0x%016llxu},\n", bits(hd), bits(ld));
    }
    printf("};\n");
    printf("/* the bits of RN(2^(-j/1024)) + (j << 42), j = 0..1023 */\n");
    printf("static const uint64_t sigmoid_internal_exp_fast_table[1024] = {\n");
    for (int j = 0; j < 1024; j++) {
        exp2_neg_frac(v, j, 1024);
        printf("%s0x%016llxu,%s", j % 4 == 0 ? "    " : "",
               bits(mpfr_get_d(v, MPFR_RNDN)) + ((unsigned long long)j << 42), j % 4 == 3 ? "\n" : " ");
    }
    printf("};\n");
    mpfr_clears(v, hi, r, c, h, a1, a2, (mpfr_ptr)0);
    return 0;
}
