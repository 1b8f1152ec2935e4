/* gen_constants.c: prints the constants of sigmoid.h's exp core, from MPFR.
 *
 *   cc tools/gen_constants.c -lmpfr -lgmp && ./a.out
 *
 * The output is pasted into sigmoid.h; running this again must reproduce it
 * byte for byte (make verify does not depend on it, but a reviewer can).
 *   - SIGMOID_EXP_TABLE: 2^(-j/64) for j = 0..63 as a double-double
 *     (hi = RN(2^(-j/64)), lo = RN(2^(-j/64) - hi)), error < 2^-106 relative.
 *   - ln2/64 split in three doubles L1 + L2 + L3: L1 has its low 17 bits zero
 *     so that k*L1 is exact for every k < 2^17 (k <= 68900 for |x| <= 746).
 */
#include <stdio.h>
#include <mpfr.h>

int main(void)
{
    mpfr_t v, hi, r;
    mpfr_inits2(400, v, hi, r, (mpfr_ptr)0);
    printf("static const double sigmoid_internal_exp_table[64][2] = {\n");
    for (int j = 0; j < 64; j++) {
        mpfr_set_si(v, -j, MPFR_RNDN);
        mpfr_div_ui(v, v, 64, MPFR_RNDN);
        mpfr_exp2(v, v, MPFR_RNDN);
        double h = mpfr_get_d(v, MPFR_RNDN);
        mpfr_sub_d(r, v, h, MPFR_RNDN);
        double l = mpfr_get_d(r, MPFR_RNDN);
        printf("    {%a, %a},%s", h, l, (j % 1 == 0) ? "\n" : "");
    }
    printf("};\n");
    /* ln2/64 */
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_div_ui(v, v, 64, MPFR_RNDN);
    mpfr_set_prec(hi, 36);
    mpfr_set(hi, v, MPFR_RNDN);               /* 36 significant bits */
    double l1 = mpfr_get_d(hi, MPFR_RNDN);
    mpfr_sub_d(r, v, l1, MPFR_RNDN);
    double l2 = mpfr_get_d(r, MPFR_RNDN);
    mpfr_sub_d(r, r, l2, MPFR_RNDN);
    double l3 = mpfr_get_d(r, MPFR_RNDN);
    mpfr_const_log2(v, MPFR_RNDN);
    mpfr_ui_div(v, 64, v, MPFR_RNDN);
    printf("L1 %a\nL2 %a\nL3 %a\n64/ln2 %a\n", l1, l2, l3, mpfr_get_d(v, MPFR_RNDN));
    mpfr_clears(v, hi, r, (mpfr_ptr)0);
    return 0;
}
