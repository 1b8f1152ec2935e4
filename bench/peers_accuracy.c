/* peers_accuracy.c: the error in ULP of every float sigmoid this machine
 * has, over all 2^32 inputs (NaNs skipped):
 *
 *   make peers-accuracy
 *
 * sigmoid.h's exact and fast tiers, the naive glibc formula, and the peers
 * of bench/ that are installed (XNNPACK, oneDNN, SLEEF-based, Eigen).
 * Reference: sigma in double through t = e^-|x| with glibc's exp (< 1 ULP
 * of double, so within 2^-28 ULP of float: far finer than the figures).
 * Errors are in ULP of the exact value, ULP of the subnormal grid below
 * 2^-126: the maximum over all results, and over normal results (exact
 * value >= 2^-126); "misrounded" counts results more than 0.5 ULP off,
 * "flushed" inputs whose exact result rounds to a nonzero float but which
 * returned 0. */
#include "../sigmoid.h"
#include "peers.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define CHUNK 65536

typedef struct peer {
    const char *name;
    int (*run)(const float *, float *, size_t);
    double max_ulp, max_normal;
    float worst, worst_normal;
    unsigned long long flushed, over_half;
    int present;
} peer;

static int exact(const float *x, float *y, size_t n) { sigmoid_array_f32(x, y, n); return 1; }
static int fast(const float *x, float *y, size_t n) { sigmoid_fast_array_f32(x, y, n); return 1; }
static int naive(const float *x, float *y, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        y[i] = 1.0f / (1.0f + expf(-x[i]));
    return 1;
}

static double ref(float x)
{
    double t = exp(-fabs((double)x));
    return x >= 0 ? 1.0 / (1.0 + t) : t / (1.0 + t);
}

static double ulp_at(double v)
{
    int e;
    if (v < 0x1p-126)
        return 0x1p-149;
    frexp(v, &e);
    return ldexp(1.0, e - 24);
}

int main(void)
{
    static peer p[] = {
        {"sigmoid_array_f32 (exact)", exact, 0, 0, 0, 0, 0, 0, 0},
        {"sigmoid_fast_array_f32", fast, 0, 0, 0, 0, 0, 0, 0},
        {"naive 1.0f/(1.0f+expf(-x)), glibc", naive, 0, 0, 0, 0, 0, 0, 0},
        {"XNNPACK sigmoid_nc_f32", peer_xnnpack, 0, 0, 0, 0, 0, 0, 0},
        {"oneDNN eltwise logistic", peer_onednn_fwd, 0, 0, 0, 0, 0, 0, 0},
        {"1/(1+Sleef_expf8_u10avx2(-x))", peer_sleef_f32, 0, 0, 0, 0, 0, 0, 0},
        {"Eigen logistic()", peer_eigen, 0, 0, 0, 0, 0, 0, 0},
    };
    const int np = (int)(sizeof p / sizeof p[0]);
    static float x[CHUNK], y[CHUNK];
    static double r[CHUNK];
    unsigned long long u;
    int k;
    size_t i;
    for (k = 0; k < np; k++)
        p[k].present = p[k].run(x, y, 8);
    for (u = 0; u < 0x100000000ull; u += CHUNK) {
        for (i = 0; i < CHUNK; i++) {
            uint32_t b = (uint32_t)(u + i);
            if ((b & 0x7fffffffu) > 0x7f800000u)
                b = 0; /* NaN patterns: skipped (tested elsewhere) */
            memcpy(&x[i], &b, sizeof b);
            r[i] = ref(x[i]);
        }
        for (k = 0; k < np; k++) {
            if (!p[k].present)
                continue;
            p[k].run(x, y, CHUNK);
            for (i = 0; i < CHUNK; i++) {
                double e = fabs((double)y[i] - r[i]) / ulp_at(r[i]);
                if (e > p[k].max_ulp)
                    p[k].max_ulp = e, p[k].worst = x[i];
                if (r[i] >= 0x1p-126 && e > p[k].max_normal)
                    p[k].max_normal = e, p[k].worst_normal = x[i];
                p[k].over_half += e > 0.5 + 0x1p-20;
                p[k].flushed += y[i] == 0.0f && r[i] >= 0x1p-150;
            }
        }
    }
    printf("%-36s %10s %-16s %12s %-16s %12s %10s\n", "implementation", "max ULP", "worst x",
           "normal res.", "worst x", "misrounded", "flushed");
    for (k = 0; k < np; k++)
        if (p[k].present)
            printf("%-36s %10.3f %-16a %12.3f %-16a %12llu %10llu\n", p[k].name, p[k].max_ulp,
                   (double)p[k].worst, p[k].max_normal, (double)p[k].worst_normal, p[k].over_half,
                   p[k].flushed);
        else
            printf("%-36s (not installed)\n", p[k].name);
    return 0;
}
