/* SLEEF behind the interface of peers.h. */
#include "peers.h"

#ifdef SIGMOID_BENCH_SLEEF
#include <immintrin.h>
#include <math.h>
#include <sleef.h>
/* 1/(1+e^-x) with SLEEF's 1-ULP AVX2 exp, 8 floats or 4 doubles at a time.
 * sleef.h declares its AVX2 functions only under -mavx2, so this file is
 * built with -mavx2 -mfma, and only on a machine that has them. */
int peer_sleef_f32(const float *x, float *y, size_t n)
{
    const __m256 one = _mm256_set1_ps(1.0f), sign = _mm256_set1_ps(-0.0f);
    size_t i;
    for (i = 0; i + 8 <= n; i += 8) {
        __m256 e = Sleef_expf8_u10avx2(_mm256_xor_ps(_mm256_loadu_ps(x + i), sign));
        _mm256_storeu_ps(y + i, _mm256_div_ps(one, _mm256_add_ps(one, e)));
    }
    for (; i < n; i++)
        y[i] = 1.0f / (1.0f + expf(-x[i]));
    return 1;
}

int peer_sleef_f64(const double *x, double *y, size_t n)
{
    const __m256d one = _mm256_set1_pd(1.0), sign = _mm256_set1_pd(-0.0);
    size_t i;
    for (i = 0; i + 4 <= n; i += 4) {
        __m256d e = Sleef_expd4_u10avx2(_mm256_xor_pd(_mm256_loadu_pd(x + i), sign));
        _mm256_storeu_pd(y + i, _mm256_div_pd(one, _mm256_add_pd(one, e)));
    }
    for (; i < n; i++)
        y[i] = 1.0 / (1.0 + exp(-x[i]));
    return 1;
}
#else
int peer_sleef_f32(const float *x, float *y, size_t n) { (void)x, (void)y, (void)n; return 0; }
int peer_sleef_f64(const double *x, double *y, size_t n) { (void)x, (void)y, (void)n; return 0; }
#endif
