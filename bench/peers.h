/* Peer kernels for bench.c, each compiled in when make bench finds the
 * Debian package (bench/peers.c, bench/peers_eigen.cpp). */
#ifndef SIGMOID_BENCH_PEERS_H
#define SIGMOID_BENCH_PEERS_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
/* each returns 0 when the library is not compiled in */
int peer_xnnpack(const float *x, float *y, size_t n);
int peer_onednn_fwd(const float *x, float *y, size_t n);
int peer_onednn_bwd(const float *y, const float *dy, float *dx, size_t n);
int peer_sleef_f32(const float *x, float *y, size_t n);
int peer_sleef_f64(const double *x, double *y, size_t n);
int peer_eigen(const float *x, float *y, size_t n);
#ifdef __cplusplus
}
#endif
#endif
