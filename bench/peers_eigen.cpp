// Eigen's logistic() on a float array (header-only: built here with
// -O2 -mavx2 -mfma, its best on an AVX2 machine).
#include "peers.h"
#ifdef SIGMOID_BENCH_EIGEN
#include <Eigen/Core>

extern "C" int peer_eigen(const float *x, float *y, size_t n)
{
    Eigen::Map<const Eigen::ArrayXf> in(x, static_cast<Eigen::Index>(n));
    Eigen::Map<Eigen::ArrayXf> out(y, static_cast<Eigen::Index>(n));
    out = in.logistic();
    return 1;
}
#else
extern "C" int peer_eigen(const float *, float *, size_t) { return 0; }
#endif
