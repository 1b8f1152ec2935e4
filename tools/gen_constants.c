/* gen_constants.c: prints the constants of sigmoid.h's exp core, from MPFR.
 *
 *   cc tools/gen_constants.c -lmpfr -lgmp && ./a.out
 *
 * The output is pasted into sigmoid.h (as IEEE bit patterns); a reviewer can
 * rerun it and compare.
 *   - 2^(-j/128) for j = 0..127 as a double-double (hi = RN(2^(-j/128)),
 *     lo = RN(2^(-j/128) - hi)), error < 2^-106 relative (the accurate path).
 *   - the float functions' fast table: the bits of RN(2^(-j/1024)) plus
 *     j << 42 for j = 0..1023 (subtracting k << 42 then scales by
 *     2^-(k >> 10) in one step), and 1024/ln2.
 *   - ln2/128 split in three doubles L1 + L2 + L3: L1 has 35 significant
 *     bits so that k*L1 is exact for every k < 2^18 (k <= 137800 for
 *     |x| <= 746).
 *   - the fast polynomial 1 + a1 w + a2 w^2 ~ e^(c w), c = -ln2/1024, for
 *     |w| <= 1/2: Taylor's a2 = c^2/2 and a1 = c (1 + h^2/8), h = ln2/2048,
 *     which trades the leading error term u^3/6 (u = c w) for its Chebyshev
 *     equioscillation, max h^3/24. The maximum relative error is measured
 *     on a grid of 2^16 points, for |w| <= 1/2 (round to nearest) and for
 *     |w| <= 1 (directed rounding moves k = round(z) by up to one).
 */
#include <stdio.h>
#include <mpfr.h>

int main(void)
{
    mpfr_t v, hi, r;
    mpfr_inits2(400, v, hi, r, (mpfr_ptr)0);
    printf("dd table 2^(-j/128): hi lo\n");
    for (int j = 0; j < 128; j++) {
        mpfr_set_si(v, -j, MPFR_RNDN);
        mpfr_div_ui(v, v, 128, MPFR_RNDN);
        mpfr_exp2(v, v, MPFR_RNDN);
        double h = mpfr_get_d(v, MPFR_RNDN);
        mpfr_sub_d(r, v, h, MPFR_RNDN);
        double l = mpfr_get_d(r, MPFR_RNDN);
        printf("%a %a\n", h, l);
    }
    printf("fast table: bits of RN(2^(-j/1024)) + (j << 42)\n");
    for (int j = 0; j < 1024; j++) {
        mpfr_set_si(v, -j, MPFR_RNDN);
        mpfr_div_ui(v, v, 1024, MPFR_RNDN);
        mpfr_exp2(v, v, MPFR_RNDN);
        union { double d; unsigned long long u; } b = {mpfr_get_d(v, MPFR_RNDN)};
        printf("0x%016llxu,%s", b.u + ((unsigned long long)j << 42), j % 4 == 3 ? "\n" : " ");
    }
    /* ln2/128 */
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_div_ui(v, v, 128, MPFR_RNDN);
    mpfr_set_prec(hi, 35);
    mpfr_set(hi, v, MPFR_RNDN);               /* 35 significant bits */
    double l1 = mpfr_get_d(hi, MPFR_RNDN);
    mpfr_sub_d(r, v, l1, MPFR_RNDN);
    double l2 = mpfr_get_d(r, MPFR_RNDN);
    mpfr_sub_d(r, r, l2, MPFR_RNDN);
    double l3 = mpfr_get_d(r, MPFR_RNDN);
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_ui_div(v, 128, v, MPFR_RNDN);
    printf("L1 %a\nL2 %a\nL3 %a\n128/ln2 %.17g\n", l1, l2, l3, mpfr_get_d(v, MPFR_RNDN));
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_ui_div(v, 1024, v, MPFR_RNDN);
    printf("1024/ln2 %.17g\n", mpfr_get_d(v, MPFR_RNDN));
    {
        mpfr_t c, h, a1, a2, e, m;
        mpfr_inits2(400, c, h, a1, a2, e, m, (mpfr_ptr)0);
        mpfr_const_log2(c, MPFR_RNDN);
        mpfr_div_si(c, c, -1024, MPFR_RNDN);          /* c = -ln2/1024 */
        mpfr_div_si(h, c, -2, MPFR_RNDN);             /* h = ln2/2048 */
        mpfr_sqr(a1, h, MPFR_RNDN);
        mpfr_div_ui(a1, a1, 8, MPFR_RNDN);
        mpfr_add_ui(a1, a1, 1, MPFR_RNDN);
        mpfr_mul(a1, a1, c, MPFR_RNDN);               /* c (1 + h^2/8) */
        mpfr_sqr(a2, c, MPFR_RNDN);
        mpfr_div_ui(a2, a2, 2, MPFR_RNDN);            /* c^2 / 2 */
        double d1 = mpfr_get_d(a1, MPFR_RNDN), d2 = mpfr_get_d(a2, MPFR_RNDN);
        printf("a1 %a (%.17g)\na2 %a (%.17g)\n", d1, d1, d2, d2);
        for (int wide = 0; wide < 2; wide++) {     /* |w| <= 1/2, then |w| <= 1 */
            double worst = 0;
            for (int i = -32768; i <= 32768; i++) {
                double w = (wide ? 1.0 : 0.5) * i / 32768;
                /* (1 + a1 w + a2 w^2) e^(-c w) - 1, with the coefficients as stored */
                mpfr_set_d(m, d2, MPFR_RNDN);
                mpfr_mul_d(m, m, w, MPFR_RNDN);
                mpfr_add_d(m, m, d1, MPFR_RNDN);
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
            printf("max relative error for |w| <= %s: 2^%.3f\n", wide ? "1" : "1/2", mpfr_get_d(m, MPFR_RNDN));
        }
        mpfr_clears(c, h, a1, a2, e, m, (mpfr_ptr)0);
    }
    mpfr_clears(v, hi, r, (mpfr_ptr)0);
    return 0;
}
