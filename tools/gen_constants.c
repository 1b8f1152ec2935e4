/* gen_constants.c: prints the constants of sigmoid.h's exp core, from MPFR.
 *
 *   cc tools/gen_constants.c -lmpfr -lgmp && ./a.out
 *
 * The output is pasted into sigmoid.h (as IEEE bit patterns); a reviewer can
 * rerun it and compare.
 *   - 2^(-j/128) for j = 0..127 as a double-double (hi = RN(2^(-j/128)),
 *     lo = RN(2^(-j/128) - hi)), error < 2^-106 relative; and hi's bits plus
 *     j << 45 (the fast path's table: subtracting k << 45 then scales by
 *     2^-(k >> 7) in one step).
 *   - ln2/128 split in three doubles L1 + L2 + L3: L1 has 35 significant
 *     bits so that k*L1 is exact for every k < 2^18 (k <= 137800 for
 *     |x| <= 746).
 *   - the fast polynomial's coefficients (-ln2/128)^n / n!, n = 1..3.
 */
#include <stdio.h>
#include <mpfr.h>

int main(void)
{
    mpfr_t v, hi, r;
    mpfr_inits2(400, v, hi, r, (mpfr_ptr)0);
    printf("dd table 2^(-j/128): hi lo, then hi bits + (j << 45)\n");
    for (int j = 0; j < 128; j++) {
        mpfr_set_si(v, -j, MPFR_RNDN);
        mpfr_div_ui(v, v, 128, MPFR_RNDN);
        mpfr_exp2(v, v, MPFR_RNDN);
        double h = mpfr_get_d(v, MPFR_RNDN);
        mpfr_sub_d(r, v, h, MPFR_RNDN);
        double l = mpfr_get_d(r, MPFR_RNDN);
        union { double d; unsigned long long u; } b = {h};
        printf("%a %a 0x%016llx\n", h, l, b.u + ((unsigned long long)j << 45));
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
    for (int n = 1; n <= 3; n++) {       /* (-ln2/128)^n / n! */
        mpfr_const_log2(v, MPFR_RNDN);
        mpfr_div_si(v, v, -128, MPFR_RNDN);
        mpfr_pow_ui(v, v, (unsigned long)n, MPFR_RNDN);
        mpfr_fac_ui(r, (unsigned long)n, MPFR_RNDN);
        mpfr_div(v, v, r, MPFR_RNDN);
        printf("c%d %.17g\n", n, mpfr_get_d(v, MPFR_RNDN));
    }
    mpfr_clears(v, hi, r, (mpfr_ptr)0);
    return 0;
}
