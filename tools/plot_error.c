/* plot_error.c: SVG plot of the error in ULP of sigmoid_f32 and of the naive
 * 1.0f/(1.0f+expf(-x)) across x. No dependencies beyond libc and libm.
 *
 *   make plots    (writes docs/error_ulp.svg)
 *
 * For each of 520 bins over x in [-105, 25] the worst error over 3000 floats
 * of the bin is plotted, on a log scale. Reference: long double through
 * t = e^-|x| (x86: 64-bit significand, relative error < 2^-61, far below
 * the 2^-24 resolution of a float ULP). Must be built without -ffast-math so
 * that the naive formula is what a user's default build computes. */
#include "../sigmoid.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

#define BINS 520
#define PER_BIN 3000
#define X0 (-105.0)
#define X1 25.0
#define W 900
#define H 420
#define ML 70  /* margins */
#define MR 20
#define MT 40
#define MB 50
#define LOG_LO (-3.0) /* 10^-3 ULP */
#define LOG_HI 8.0    /* 10^8 ULP */

static long double ref_sigma(long double x)
{
    long double t = expl(-fabsl(x));
    return x >= 0 ? 1.0L / (1.0L + t) : t / (1.0L + t);
}

static double err_ulp(float got, long double exact)
{
    long double a = fabsl(exact), ulp;
    int e;
    if (a < (long double)FLT_MIN) {
        ulp = ldexpl(1.0L, -149);
    } else {
        frexpl(a, &e);
        ulp = ldexpl(1.0L, e - 24);
    }
    return (double)(fabsl((long double)got - exact) / ulp);
}

static double px_x(double x) { return ML + (x - X0) / (X1 - X0) * (W - ML - MR); }
static double px_y(double ulp)
{
    double l = log10(ulp < 1e-3 ? 1e-3 : ulp);
    return MT + (LOG_HI - l) / (LOG_HI - LOG_LO) * (H - MT - MB);
}

static void polyline(FILE *f, const double *v, const char *colour)
{
    int b;
    fprintf(f, "<polyline fill='none' stroke='%s' stroke-width='1.5' points='", colour);
    for (b = 0; b < BINS; b++)
        fprintf(f, "%.1f,%.1f ", px_x(X0 + (b + 0.5) * (X1 - X0) / BINS), px_y(v[b]));
    fprintf(f, "'/>\n");
}

int main(int argc, char **argv)
{
    static double ours[BINS], naive[BINS];
    const char *path = argc > 1 ? argv[1] : "docs/error_ulp.svg";
    double max_ours = 0, max_naive_normal = 0;
    int b, i, k;
    FILE *f;
    for (b = 0; b < BINS; b++) {
        double lo = X0 + b * (X1 - X0) / BINS, hi = lo + (X1 - X0) / BINS;
        for (i = 0; i < PER_BIN; i++) {
            float x = (float)(lo + (hi - lo) * (i + 0.5) / PER_BIN);
            long double r = ref_sigma((long double)x);
            double e1 = err_ulp(sigmoid_f32(x), r);
            double e2 = err_ulp(1.0f / (1.0f + expf(-x)), r);
            ours[b] = e1 > ours[b] ? e1 : ours[b];
            naive[b] = e2 > naive[b] ? e2 : naive[b];
            if (e1 > max_ours) max_ours = e1;
            if (r >= (long double)FLT_MIN && e2 > max_naive_normal) max_naive_normal = e2;
        }
    }
    f = fopen(path, "w");
    if (!f) {
        perror(path);
        return 1;
    }
    fprintf(f, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
               "font-family='sans-serif' font-size='12'>\n", W, H);
    fprintf(f, "<rect width='%d' height='%d' fill='white'/>\n", W, H);
    fprintf(f, "<text x='%d' y='22' font-size='15'>Error of float sigmoid in ULP "
               "(worst of %d inputs per bin, log scale)</text>\n", ML, PER_BIN);
    for (k = (int)LOG_LO; k <= (int)LOG_HI; k++) { /* y grid */
        fprintf(f, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/>\n", ML, W - MR,
                px_y(pow(10, k)), px_y(pow(10, k)));
        fprintf(f, "<text x='%d' y='%.1f' text-anchor='end'>1e%d</text>\n", ML - 6,
                px_y(pow(10, k)) + 4, k);
    }
    for (k = -100; k <= 20; k += 20) { /* x grid */
        fprintf(f, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#ddd'/>\n", px_x(k), px_x(k),
                MT, H - MB);
        fprintf(f, "<text x='%.1f' y='%d' text-anchor='middle'>%d</text>\n", px_x(k), H - MB + 16, k);
    }
    fprintf(f, "<text x='%d' y='%d' text-anchor='middle'>x</text>\n", (ML + W - MR) / 2, H - 12);
    fprintf(f, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#888' stroke-dasharray='4 3'/>\n",
            ML, W - MR, px_y(0.5), px_y(0.5));
    fprintf(f, "<text x='%d' y='%.1f' fill='#666'>0.5 ULP: correctly rounded</text>\n", W - MR - 170,
            px_y(0.5) - 5);
    fprintf(f, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#bbb'/>\n", px_x(-87.34),
            px_x(-87.34), MT, H - MB);
    fprintf(f, "<text x='%.1f' y='%d' fill='#666'>subnormal results left of here</text>\n",
            px_x(-87.34) + 4, MT + 14);
    polyline(f, naive, "#d62728");
    polyline(f, ours, "#1f77b4");
    fprintf(f, "<text x='%d' y='%d' fill='#d62728'>naive 1.0f/(1.0f+expf(-x)), glibc, -O2: "
               "max %.2f ULP on normal results; subnormal results flushed to 0</text>\n",
            ML + 10, MT + 34, max_naive_normal);
    fprintf(f, "<text x='%d' y='%d' fill='#1f77b4'>sigmoid_f32: max %.3f ULP</text>\n", ML + 10,
            MT + 52, max_ours);
    fprintf(f, "</svg>\n");
    fclose(f);
    printf("%s: sigmoid_f32 max %.4f ULP, naive max %.4f ULP on normal results\n", path, max_ours,
           max_naive_normal);
    return 0;
}
