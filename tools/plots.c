/* plots.c: the SVG figures in docs/, with no dependency beyond libc and libm.
 *
 *   make plots    (writes docs/sigmoid.svg, docs/deriv_error.svg, docs/error_ulp.svg,
 *                  docs/softplus.svg, docs/log_error.svg, docs/logit.svg,
 *                  docs/logit_error.svg)
 *
 *   sigmoid.svg      sigma and sigma' over [-10, 10].
 *   deriv_error.svg  relative error of sigma' taken as y(1-y) from the
 *                    rounded float y, and of sigmoid_deriv_f32(x), across x:
 *                    which derivative to use.
 *   error_ulp.svg    error in ULP of sigmoid_f32, of the fast tier
 *                    (sigmoid_fast_array_f32 on the dispatched path) and of
 *                    the naive 1.0f/(1.0f+expf(-x)), worst of 3000 inputs in
 *                    each of 520 bins over [-105, 25].
 *   softplus.svg     softplus and log sigma over [-6, 6].
 *   log_error.svg    relative error of log sigma in float: logf of the naive
 *                    sigmoid, the naive -log1pf(expf(-x)) and
 *                    sigmoid_log_f32, worst of 200 inputs per bin of 1/4
 *                    over [-110, 30].
 *   logit.svg        logit(p) = log(p/(1-p)) over (0, 1).
 *   logit_error.svg  error in ULP of the naive logf(p/(1-p)) and of
 *                    sigmoid_logit_f32, worst of 2000 inputs in each of 500
 *                    bins of p.
 * Reference: long double through t = e^-|x| (x86: 64-bit significand,
 * relative error < 2^-61, far below a float ULP, 2^-24). Must be built
 * without -ffast-math so that the naive formula is what a default build
 * computes. */
#include "../sigmoid.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

#define BINS 520
#define PER_BIN 3000
#define W 900
#define H 420
#define ML 70 /* margins */
#define MR 20
#define MT 40
#define MB 50

/* One chart: x from x0 to x1; y linear from y0 to y1, or log10 when logy. */
typedef struct chart {
    FILE *f;
    double x0, x1, y0, y1;
    int logy;
} chart;

static double px_x(const chart *c, double x) { return ML + (x - c->x0) / (c->x1 - c->x0) * (W - ML - MR); }
static double px_y(const chart *c, double y)
{
    double v = c->logy ? log10(y < pow(10, c->y0) ? pow(10, c->y0) : y) : y;
    return MT + (c->y1 - v) / (c->y1 - c->y0) * (H - MT - MB);
}

static int begin(chart *c, const char *path, const char *title, const char *xlabel)
{
    int k;
    double step = c->logy ? 1 : (c->y1 - c->y0) / 5;
    double xs = (c->x1 - c->x0) > 50 ? 20 : (c->x1 - c->x0) > 5 ? 2 : 0.1;
    c->f = fopen(path, "w");
    if (!c->f) {
        perror(path);
        return 0;
    }
    fprintf(c->f, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                  "font-family='sans-serif' font-size='12'>\n<rect width='%d' height='%d' fill='white'/>\n"
                  "<text x='%d' y='22' font-size='15'>%s</text>\n", W, H, W, H, ML, title);
    for (k = 0; c->y0 + k * step <= c->y1 + 1e-9; k++) {
        double v = c->y0 + k * step, y = c->logy ? pow(10, v) : v;
        fprintf(c->f, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#ddd'/>\n", ML, W - MR,
                px_y(c, y), px_y(c, y));
        if (c->logy)
            fprintf(c->f, "<text x='%d' y='%.1f' text-anchor='end'>1e%d</text>\n", ML - 6, px_y(c, y) + 4, (int)v);
        else
            fprintf(c->f, "<text x='%d' y='%.1f' text-anchor='end'>%g</text>\n", ML - 6, px_y(c, y) + 4, v);
    }
    for (k = (int)ceil(c->x0 / xs); k * xs <= c->x1; k++) {
        fprintf(c->f, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#ddd'/>\n", px_x(c, k * xs),
                px_x(c, k * xs), MT, H - MB);
        fprintf(c->f, "<text x='%.1f' y='%d' text-anchor='middle'>%g</text>\n", px_x(c, k * xs),
                H - MB + 16, k * xs);
    }
    fprintf(c->f, "<text x='%d' y='%d' text-anchor='middle'>%s</text>\n", (ML + W - MR) / 2, H - 12, xlabel);
    return 1;
}

static void series(const chart *c, const double *x, const double *y, int n, const char *colour,
                   int row, const char *label)
{
    int i;
    fprintf(c->f, "<polyline fill='none' stroke='%s' stroke-width='1.5' points='", colour);
    for (i = 0; i < n; i++)
        fprintf(c->f, "%.1f,%.1f ", px_x(c, x[i]), px_y(c, y[i]));
    fprintf(c->f, "'/>\n<text x='%d' y='%d' fill='%s'>%s</text>\n", ML + 10, MT + 16 + 18 * row,
            colour, label);
}

static int end(chart *c)
{
    fprintf(c->f, "</svg>\n");
    return fclose(c->f) == 0;
}

static long double ref_sigma(long double x)
{
    long double t = expl(-fabsl(x));
    return x >= 0 ? 1.0L / (1.0L + t) : t / (1.0L + t);
}

static long double ref_deriv(long double x)
{
    long double t = expl(-fabsl(x));
    return t / ((1.0L + t) * (1.0L + t));
}

/* log sigma(x) = -(max(-x, 0) + log(1 + e^-|x|)), relative error < 2^-61 */
static long double ref_log(long double x)
{
    long double l = log1pl(expl(-fabsl(x)));
    return x < 0 ? x - l : -l;
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

static int plot_sigmoid(void)
{
    static double x[401], s[401], d[401];
    chart c = {0, -10, 10, 0, 1, 0};
    int i;
    for (i = 0; i <= 400; i++) {
        x[i] = -10 + i * 0.05;
        s[i] = sigmoid_f32((float)x[i]);
        d[i] = sigmoid_deriv_f32((float)x[i]);
    }
    if (!begin(&c, "docs/sigmoid.svg", "The logistic sigmoid and its derivative", "x"))
        return 0;
    series(&c, x, s, 401, "#1f77b4", 0, "sigmoid_f32(x) = 1/(1+e^-x)");
    series(&c, x, d, 401, "#ff7f0e", 1, "sigmoid_deriv_f32(x) = sigma(x)(1 - sigma(x)), at most 1/4");
    return end(&c);
}

/* Worst relative error per bin of 1/8 over [0, 30]: where y rounds to 1,
 * y(1-y) is 0 and the error is total. */
static int plot_deriv_error(void)
{
    enum { NB = 240, PER = 200 };
    static double x[NB], from_y[NB], from_x[NB];
    chart c = {0, 0, 30, -9, 0, 1};
    int b, i;
    for (b = 0; b < NB; b++) {
        x[b] = (b + 0.5) / 8;
        for (i = 0; i < PER; i++) {
            float xi = (float)((b + (i + 0.5) / PER) / 8);
            long double r = ref_deriv((long double)xi);
            double e1 = (double)(fabsl((long double)sigmoid_deriv_from_output_f32(sigmoid_f32(xi)) - r) / r);
            double e2 = (double)(fabsl((long double)sigmoid_deriv_f32(xi) - r) / r);
            from_y[b] = e1 > from_y[b] ? e1 : from_y[b];
            from_x[b] = e2 > from_x[b] ? e2 : from_x[b];
        }
    }
    if (!begin(&c, "docs/deriv_error.svg", "Relative error of sigma'(x) in float, two ways (worst per bin, log scale)", "x"))
        return 0;
    series(&c, x, from_y, NB, "#d62728", 0, "y(1-y) from the rounded y = sigmoid_f32(x): sigmoid_deriv_from_output_f32(y)");
    series(&c, x, from_x, NB, "#1f77b4", 1, "sigmoid_deriv_f32(x), from the input: correctly rounded everywhere");
    return end(&c);
}

static int plot_error_ulp(void)
{
    enum { NB = BINS };
    static double x[NB], ours[NB], fast[NB], naive[NB];
    static float in[PER_BIN], out[PER_BIN];
    chart c = {0, -105, 25, -3, 8, 1};
    double max_ours = 0, max_fast = 0, max_naive_normal = 0;
    char label[200];
    int b, i;
    for (b = 0; b < NB; b++) {
        double lo = c.x0 + b * (c.x1 - c.x0) / NB, hi = lo + (c.x1 - c.x0) / NB;
        x[b] = (lo + hi) / 2;
        for (i = 0; i < PER_BIN; i++)
            in[i] = (float)(lo + (hi - lo) * (i + 0.5) / PER_BIN);
        sigmoid_fast_array_f32(in, out, PER_BIN);
        for (i = 0; i < PER_BIN; i++) {
            long double r = ref_sigma((long double)in[i]);
            double e1 = err_ulp(sigmoid_f32(in[i]), r), e2 = err_ulp(1.0f / (1.0f + expf(-in[i])), r);
            double e3 = err_ulp(out[i], r);
            ours[b] = e1 > ours[b] ? e1 : ours[b];
            naive[b] = e2 > naive[b] ? e2 : naive[b];
            fast[b] = e3 > fast[b] ? e3 : fast[b];
            max_ours = e1 > max_ours ? e1 : max_ours;
            max_fast = e3 > max_fast ? e3 : max_fast;
            if (r >= (long double)FLT_MIN && e2 > max_naive_normal)
                max_naive_normal = e2;
        }
    }
    if (!begin(&c, "docs/error_ulp.svg", "Error of float sigmoid in ULP (worst of 3000 inputs per bin, log scale)", "x"))
        return 0;
    fprintf(c.f, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#888' stroke-dasharray='4 3'/>\n",
            ML, W - MR, px_y(&c, 0.5), px_y(&c, 0.5));
    fprintf(c.f, "<text x='%d' y='%.1f' fill='#666'>0.5 ULP: correctly rounded</text>\n", W - MR - 170,
            px_y(&c, 0.5) + 14);
    fprintf(c.f, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#bbb'/>\n", px_x(&c, -87.34),
            px_x(&c, -87.34), MT, H - MB);
    fprintf(c.f, "<text x='%.1f' y='%d' fill='#666'>subnormal results left of here</text>\n",
            px_x(&c, -87.34) + 4, H - MB - 8);
    snprintf(label, sizeof label, "naive 1.0f/(1.0f+expf(-x)), glibc, -O2: max %.2f ULP on normal "
             "results; subnormal results flushed to 0", max_naive_normal);
    series(&c, x, naive, NB, "#d62728", 0, label);
    snprintf(label, sizeof label, "sigmoid_fast_array_f32 (fast tier): max %.2f ULP here", max_fast);
    series(&c, x, fast, NB, "#2ca02c", 1, label);
    snprintf(label, sizeof label, "sigmoid_f32: max %.3f ULP", max_ours);
    series(&c, x, ours, NB, "#1f77b4", 2, label);
    printf("docs/error_ulp.svg: sigmoid_f32 max %.4f ULP, fast tier %.4f, naive max %.4f ULP on "
           "normal results\n", max_ours, max_fast, max_naive_normal);
    return end(&c);
}

static int plot_softplus(void)
{
    static double x[241], sp[241], ls[241];
    chart c = {0, -6, 6, -6, 6, 0};
    int i;
    for (i = 0; i <= 240; i++) {
        x[i] = -6 + i * 0.05;
        sp[i] = sigmoid_softplus_f32((float)x[i]);
        ls[i] = sigmoid_log_f32((float)x[i]);
    }
    if (!begin(&c, "docs/softplus.svg", "softplus and log sigma", "x"))
        return 0;
    series(&c, x, sp, 241, "#1f77b4", 0, "sigmoid_softplus_f32(x) = log(1 + e^x): x for large x, e^x for very negative x");
    series(&c, x, ls, 241, "#ff7f0e", 1, "sigmoid_log_f32(x) = log sigma(x) = -softplus(-x)");
    return end(&c);
}

/* Worst relative error per bin of 1/4 over [-110, 30], capped at 10 (an
 * infinite or zero result where the exact one is not). */
static int plot_log_error(void)
{
    enum { NB = 560, PER = 200 };
    static double x[NB], naive[NB], stable[NB], ours[NB];
    chart c = {0, -110, 30, -9, 1, 1};
    int b, i;
    for (b = 0; b < NB; b++) {
        x[b] = c.x0 + (b + 0.5) / 4;
        for (i = 0; i < PER; i++) {
            float xi = (float)(c.x0 + (b + (i + 0.5) / PER) / 4);
            long double r = ref_log((long double)xi);
            volatile float s = 1.0f / (1.0f + expf(-xi));
            double e[3];
            int k;
            e[0] = (double)(fabsl((long double)logf(s) - r) / -r);
            e[1] = (double)(fabsl((long double)-log1pf(expf(-xi)) - r) / -r);
            e[2] = (double)(fabsl((long double)sigmoid_log_f32(xi) - r) / -r);
            for (k = 0; k < 3; k++)
                e[k] = e[k] < 10 ? e[k] : 10; /* and NaN from inf - inf */
            naive[b] = e[0] > naive[b] ? e[0] : naive[b];
            stable[b] = e[1] > stable[b] ? e[1] : stable[b];
            ours[b] = e[2] > ours[b] ? e[2] : ours[b];
        }
    }
    if (!begin(&c, "docs/log_error.svg", "Relative error of log sigma(x) in float (worst per bin, log scale)", "x"))
        return 0;
    series(&c, x, naive, NB, "#d62728", 0, "logf(1.0f/(1.0f+expf(-x))): -inf below -88.7, cancels for x > 0, 0 from 16.6");
    series(&c, x, stable, NB, "#2ca02c", 1, "-log1pf(expf(-x)): -inf below -88.7");
    series(&c, x, ours, NB, "#1f77b4", 2, "sigmoid_log_f32(x): correctly rounded everywhere");
    return end(&c);
}

/* logit(p) as in tests/reference.h: m = min(p, 1 - p) exact, log1pl of
 * (1 - 2m)/m near 1/2 (nothing cancels), logl((1 - m)/m) below; within
 * 2^-61 */
static long double ref_logit(long double p)
{
    long double m = p < 0.5L ? p : 1.0L - p;
    long double L = m >= 0.25L ? log1pl((1.0L - 2.0L * m) / m) : logl((1.0L - m) / m);
    return p < 0.5L ? -L : L;
}

/* Two panels in one file: logit over [0.005, 0.995], and the worst error
 * in ULP per bin of 1/500 of the naive formula and of sigmoid_logit_f32
 * (log scale; 0 ULP drawn at the bottom). */
static int plot_logit(void)
{
    enum { NB = 500, PER = 2000 };
    static double x[NB], naive[NB], ours[NB], px[199], val[199];
    chart c = {0, 0, 1, -2, 7, 1}, v = {0, 0, 1, -6, 6, 0};
    int b, i;
    float worst_naive = 0;
    for (b = 0; b < NB; b++) {
        x[b] = (b + 0.5) / NB;
        for (i = 0; i < PER; i++) {
            float p = (float)((b + (i + 0.5) / PER) / NB);
            long double r = ref_logit((long double)p);
            double en = err_ulp(logf(p / (1.0f - p)), r), eo = err_ulp(sigmoid_logit_f32(p), r);
            naive[b] = en > naive[b] ? en : naive[b];
            ours[b] = eo > ours[b] ? eo : ours[b];
            worst_naive = en > worst_naive ? (float)en : worst_naive;
        }
    }
    for (i = 0; i < 199; i++) {
        px[i] = (i + 1) * 0.005;
        val[i] = sigmoid_logit_f32((float)px[i]);
    }
    if (!begin(&v, "docs/logit.svg", "logit(p) = log(p/(1-p)), the inverse of sigma", "p"))
        return 0;
    series(&v, px, val, 199, "#1f77b4", 0, "sigmoid_logit_f32(p): -inf at 0, +inf at 1");
    if (!end(&v))
        return 0;
    if (!begin(&c, "docs/logit_error.svg", "Error of float logit in ULP (worst of 2000 inputs per bin, log scale)", "p"))
        return 0;
    series(&c, x, naive, NB, "#d62728", 0, "logf(p/(1-p)): cancels next to p = 1/2");
    series(&c, x, ours, NB, "#1f77b4", 1, "sigmoid_logit_f32(p): correctly rounded (<= 0.5 ULP)");
    printf("docs/logit_error.svg: naive max %.0f ULP on the sample\n", (double)worst_naive);
    return end(&c);
}

int main(void)
{
    return plot_sigmoid() && plot_deriv_error() && plot_error_ulp() && plot_softplus() && plot_log_error() &&
                   plot_logit()
               ? 0
               : 1;
}
