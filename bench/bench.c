/* bench.c: speed of sigmoid.h against the naive libm formula and, when
 * their Debian packages are installed, XNNPACK, oneDNN, SLEEF and Eigen.
 *
 *   make bench      (sigmoid.h built with plain -O2, as a user's project would be)
 *
 * Method: every kernel runs once per round, rounds are interleaved (kernel
 * order rotates each round), time is the CPU time of this thread, and each
 * figure is the median over rounds (min beside it). Ratios are taken within
 * each round against the baseline measured in that same round, then the
 * median ratio is reported, so a noisy neighbour shifts both sides alike.
 * Inputs: x uniform in [-20, 20], and once in [-100, 100]; a function of
 * sigmoid outputs gets y = sigma(x) and dy uniform in [-0.5, 0.5].
 * sigmoid.h's rows come from its function table (tests/fn_table.h): each
 * public function, then each other path its row runs on. */
#include "../tests/fn_table.h"
#include "peers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 21
#define MAXK 160

typedef void (*kernel_fn)(size_t n);

static float *xf, *yf, *dyf, *outf;
static double *xd, *yd, *dyd, *outd;
/* the same inputs in bfloat16 and binary16 */
static uint16_t *xb, *yb, *dyb, *xh, *yh, *dyh, *outh;

/* The formula users write today; -O2 keeps it a scalar expf call. */
static __attribute__((noinline)) void naive_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = 1.0f / (1.0f + expf(-xf[i]));
}

/* What users write for half precision today: widen, the float formula,
 * narrow (with this header's conversions, rounding to nearest even). */
static __attribute__((noinline)) void naive_bf16(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outh[i] = sigmoid_f32_to_bf16(1.0f / (1.0f + expf(-sigmoid_bf16_to_f32(xb[i]))));
}

static __attribute__((noinline)) void naive_f16(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outh[i] = sigmoid_f32_to_f16(1.0f / (1.0f + expf(-sigmoid_f16_to_f32(xh[i]))));
}

static __attribute__((noinline)) void naive_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = 1.0 / (1.0 + exp(-xd[i]));
}

/* SiLU as users write it, and the library's scalar in the same loop */
static __attribute__((noinline)) void naive_silu_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = xf[i] / (1.0f + expf(-xf[i]));
}

static __attribute__((noinline)) void inline_silu_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = sigmoid_silu_f32(xf[i]);
}

static __attribute__((noinline)) void naive_silu_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = xd[i] / (1.0 + exp(-xd[i]));
}

static __attribute__((noinline)) void inline_silu_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = sigmoid_silu_f64(xd[i]);
}

/* log sigma and softplus as users write them (the stable forms, with
 * log1p), and the library's scalars in the same loops */
static __attribute__((noinline)) void naive_log_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = -log1pf(expf(-xf[i]));
}

static __attribute__((noinline)) void inline_log_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = sigmoid_log_f32(xf[i]);
}

static __attribute__((noinline)) void naive_softplus_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = log1pf(expf(xf[i]));
}

static __attribute__((noinline)) void naive_log_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = -log1p(exp(-xd[i]));
}

static __attribute__((noinline)) void inline_log_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = sigmoid_log_f64(xd[i]);
}

/* logit as users write it, on sigmoid outputs y, and the library's
 * scalars in the same loops */
static __attribute__((noinline)) void naive_logit_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = logf(yf[i] / (1.0f - yf[i]));
}

static __attribute__((noinline)) void inline_logit_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = sigmoid_logit_f32(yf[i]);
}

static __attribute__((noinline)) void naive_logit_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = log(yd[i] / (1.0 - yd[i]));
}

static __attribute__((noinline)) void inline_logit_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = sigmoid_logit_f64(yd[i]);
}

/* sigmoid_f32 inlined into the user's own loop. */
static __attribute__((noinline)) void inline_f32(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outf[i] = sigmoid_f32(xf[i]);
}

/* the double scalars inlined into the user's own loop */
static __attribute__((noinline)) void inline_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = sigmoid_f64(xd[i]);
}

static __attribute__((noinline)) void inline_fast_f64(size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        outd[i] = sigmoid_fast_f64(xd[i]);
}

static void xnnpack(size_t n) { peer_xnnpack(xf, outf, n); }
static void onednn_fwd(size_t n) { peer_onednn_fwd(xf, outf, n); }
static void onednn_bwd(size_t n) { peer_onednn_bwd(yf, dyf, outf, n); }
static void sleef_f32(size_t n) { peer_sleef_f32(xf, outf, n); }
static void sleef_f64(size_t n) { peer_sleef_f64(xd, outd, n); }
static void eigen(size_t n) { peer_eigen(xf, outf, n); }

/* The loop shapes of bench/loop_shapes.c. The weight update: 32 hidden
 * units by n/32 inputs: w = outf, h = yf (sigmoid outputs), s = dyf,
 * in = xf. The element loops: y(1-y) and dy*y(1-y) over yf and dyf. */
#define LOOPS(suffix)                                                                                 \
    void weight_update_plain##suffix(float *, const float *, const float *, const float *, size_t,     \
                                     size_t, float);                                                 \
    void weight_update_library##suffix(float *, const float *, const float *, const float *, size_t,   \
                                       size_t, float);                                               \
    void from_output_plain##suffix(const float *, float *, size_t);                                   \
    void from_output_library##suffix(const float *, float *, size_t);                                 \
    void backward_plain##suffix(const float *, const float *, float *, size_t);                       \
    void backward_library##suffix(const float *, const float *, float *, size_t);                     \
    void backward_plain_f64##suffix(const double *, const double *, double *, size_t);                \
    void backward_library_f64##suffix(const double *, const double *, double *, size_t);              \
    static void bw64_plain##suffix(size_t n) { backward_plain_f64##suffix(yd, dyd, outd, n); }        \
    static void bw64_library##suffix(size_t n) { backward_library_f64##suffix(yd, dyd, outd, n); }    \
    static void wu_plain##suffix(size_t n) { weight_update_plain##suffix(outf, yf, dyf, xf, 32, n / 32, 1e-3f); } \
    static void wu_library##suffix(size_t n) { weight_update_library##suffix(outf, yf, dyf, xf, 32, n / 32, 1e-3f); } \
    static void fo_plain##suffix(size_t n) { from_output_plain##suffix(yf, outf, n); }                \
    static void fo_library##suffix(size_t n) { from_output_library##suffix(yf, outf, n); }            \
    static void bw_plain##suffix(size_t n) { backward_plain##suffix(yf, dyf, outf, n); }              \
    static void bw_library##suffix(size_t n) { backward_library##suffix(yf, dyf, outf, n); }
LOOPS(_o2)
LOOPS(_gcc_native)
#ifdef SIGMOID_BENCH_CLANG
LOOPS(_clang_native)
#endif
/* examples/xor.c's training, element-wise (bench/train_xor.c) */
float train_xor_f32_plain(void);
float train_xor_f32_library(void);
double train_xor_f64_plain(void);
double train_xor_f64_library(void);

static __attribute__((noinline)) void copy_f32(size_t n) { memcpy(outf, xf, n * sizeof *xf); }
typedef struct kernel {
    char name[64];
    kernel_fn fn;      /* a loop or a peer, or NULL: */
    const fn_row *row; /* a row of the function table on path, or its */
    int path, public_; /* public function (the dispatched path) */
    int group;         /* rows of a group share the first row as baseline */
    int big;           /* also run at 16M elements */
} kernel;

static kernel ks[MAXK];
static int nks;

/* Instructions per element of each array on each path, from make icount's
 * output (callgrind, n = 65536), when the Makefile passes its file: shown
 * beside the times, since they transfer between machines and times do not. */
static char icount_text[16384];

static double icount_of(const kernel *k)
{
    char key[96];
    const char *p;
    int path;
    if (!k->row || !icount_text[0])
        return -1;
    path = k->public_ ? sigmoid_internal_path() : k->path;
    snprintf(key, sizeof key, " %s,%s ", k->row->name, fn_path_name(path));
    p = strstr(icount_text, key);
    return p ? strtod(p + strlen(key), NULL) : -1;
}

static void read_icount(const char *file)
{
    FILE *f = fopen(file, "r");
    size_t n;
    if (!f)
        return;
    n = fread(icount_text, 1, sizeof icount_text - 1, f);
    icount_text[n] = 0;
    fclose(f);
}

/* A full table is a build error in spirit: stop rather than drop rows. */
static void room_for(int k)
{
    if (nks + k > MAXK) {
        fprintf(stderr, "bench: more than MAXK (%d) rows; raise it\n", MAXK);
        exit(1);
    }
}

static int add(const char *name, kernel_fn fn, int group, int big)
{
    room_for(1);
    snprintf(ks[nks].name, sizeof ks[nks].name, "%s", name);
    ks[nks].fn = fn, ks[nks].row = NULL, ks[nks].group = group, ks[nks].big = big;
    return nks++;
}

/* The rows of the table of this element size that take x (or y) into
 * group: the public function first, then each other path the row runs on. */
static void add_rows(size_t size, int takes_output, int group)
{
    size_t count, r;
    const fn_row *t = fn_table(&count);
    int path;
    for (r = 0; r < count; r++) {
        if (t[r].size != size || fn_takes_output(&t[r]) != takes_output)
            continue;
        room_for(1 + SIGMOID_INTERNAL_PATH_COUNT);
        snprintf(ks[nks].name, sizeof ks[nks].name, "%s", t[r].name);
        ks[nks].fn = NULL, ks[nks].row = &t[r], ks[nks].public_ = 1;
        ks[nks].group = group, ks[nks].big = strcmp(t[r].name, "sigmoid_fast_array_f32") == 0 ||
                                             strcmp(t[r].name, "sigmoid_array_f32") == 0;
        nks++;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            if (!fn_runs_on(&t[r], path) || (path == sigmoid_internal_path() && t[r].vector) ||
                (!t[r].vector && path == SIGMOID_INTERNAL_PATH_SCALAR))
                continue;
            snprintf(ks[nks].name, sizeof ks[nks].name, "%s, %s path", t[r].name, fn_path_name(path));
            ks[nks].fn = NULL, ks[nks].row = &t[r], ks[nks].path = path, ks[nks].public_ = 0;
            ks[nks].group = group, ks[nks].big = 0;
            nks++;
        }
    }
}

/* the index of the public function called name, or -1 */
static int find(const char *name)
{
    int k;
    for (k = 0; k < nks; k++)
        if (ks[k].row && ks[k].public_ && strcmp(ks[k].name, name) == 0)
            return k;
    return -1;
}

static void call(const kernel *k, size_t n)
{
    const void *a, *b;
    void *out;
    if (k->fn) {
        k->fn(n);
        return;
    }
    if (k->row->size == 2) {
        int bf16 = k->row->format == FN_BF16;
        a = fn_takes_output(k->row) ? (bf16 ? yb : yh) : (bf16 ? xb : xh), b = bf16 ? dyb : dyh, out = outh;
    } else if (k->row->size == 4) {
        a = fn_takes_output(k->row) ? yf : xf, b = dyf, out = outf;
    } else {
        a = fn_takes_output(k->row) ? yd : xd, b = dyd, out = outd;
    }
    if (k->public_)
        fn_run_public(k->row, a, b, out, n);
    else
        fn_run(k->row, k->path, a, b, out, n);
}

static double thread_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void fill(size_t n, double range, unsigned seed)
{
    size_t i;
    srand(seed);
    for (i = 0; i < n; i++) {
        double u = (double)rand() / RAND_MAX;
        xf[i] = (float)((2 * u - 1) * range);
        xd[i] = (2 * u - 1) * range;
        yf[i] = sigmoid_f32(xf[i]);
        dyf[i] = (float)(u - 0.5);
        yd[i] = sigmoid_f64(xd[i]);
        dyd[i] = u - 0.5;
        xb[i] = sigmoid_f32_to_bf16(xf[i]), yb[i] = sigmoid_f32_to_bf16(yf[i]), dyb[i] = sigmoid_f32_to_bf16(dyf[i]);
        xh[i] = sigmoid_f32_to_f16(xf[i]), yh[i] = sigmoid_f32_to_f16(yf[i]), dyh[i] = sigmoid_f32_to_f16(dyf[i]);
    }
}

static double ns[MAXK][ROUNDS];

/* median over rounds of ns[a]/ns[b], both measured in the same round */
static double ratio(int a, int b)
{
    double v[ROUNDS];
    int r;
    for (r = 0; r < ROUNDS; r++)
        v[r] = ns[a][r] / ns[b][r];
    return median(v, ROUNDS);
}

typedef struct target {
    const char *what;
    int *a, *b;
    double at_most;
} target;

static void run(size_t n, double range, int big_only, const target *t, int nt)
{
    int r, j, on[MAXK], non = 0;
    /* enough repetitions that one timing is >= ~2 ms of work */
    int reps = (int)(2000000 / n) + 1;
    fill(n, range, 1);
    for (j = 0; j < nks; j++)
        if (!big_only || ks[j].big) {
            on[non++] = j;
            call(&ks[j], n); /* warm up, and create peers' operators */
        }
    for (r = 0; r < ROUNDS; r++)
        for (j = 0; j < non; j++) {
            int kk = on[(j + r) % non], q;
            double t0 = thread_ns();
            for (q = 0; q < reps; q++) {
                call(&ks[kk], n);
                __asm__ volatile("" ::: "memory");
            }
            ns[kk][r] = (thread_ns() - t0) / ((double)reps * (double)n);
        }
    printf("\nn = %zu, x uniform in [-%g, %g]\n", n, range, range);
    printf("  %-46s %9s %9s %7s  %s\n", "kernel", "ns/elem", "min", "instr", "ratio to the group's first row");
    for (j = 0; j < non; j++) {
        int k = on[j], first = k;
        double v[ROUNDS], mn = ns[k][0];
        while (first > 0 && ks[first - 1].group == ks[k].group)
            first--;
        if (j > 0 && ks[on[j - 1]].group != ks[k].group)
            printf("\n");
        for (r = 0; r < ROUNDS; r++) {
            v[r] = ns[k][r];
            mn = v[r] < mn ? v[r] : mn;
        }
        printf("  %-46s %9.3f %9.3f ", ks[k].name, median(v, ROUNDS), mn);
        if (icount_of(&ks[k]) >= 0)
            printf("%7.2f  ", icount_of(&ks[k]));
        else
            printf("%7s  ", "");
        if (first == k)
            printf("(baseline)\n");
        else
            printf("%.3fx\n", ratio(k, first));
    }
    printf("  targets (median of per-round ratios):\n");
    for (j = 0; j < nt; j++) {
        int a = *t[j].a, b = *t[j].b, ok_a = 0, ok_b = 0, q;
        double x;
        for (q = 0; q < non; q++)
            ok_a |= on[q] == a, ok_b |= on[q] == b;
        if (a < 0 || b < 0 || !ok_a || !ok_b)
            continue;
        x = ratio(a, b);
        printf("    %-56s %6.3fx  (target <= %.2fx: %s)\n", t[j].what, x, t[j].at_most,
               x <= t[j].at_most ? "met" : "missed");
    }
}

/* Each training run in turn, interleaved over rounds; median ms and the
 * median of the per-round ratios library / plain. */
static void run_training(void)
{
    enum { RUNS = 4, TRAIN_ROUNDS = 15 };
    static const char *const names[RUNS] = {"float, plain 1/(1+expf(-x)) and dy*y*(1-y)",
                                            "float, sigmoid_f32 and sigmoid_backward_step_f32",
                                            "double, plain 1/(1+exp(-x)) and dy*y*(1-y)",
                                            "double, sigmoid_f64 and sigmoid_backward_step_f64"};
    double t[RUNS][TRAIN_ROUNDS], ratio[2][TRAIN_ROUNDS], sink = 0;
    int r, k;
    for (r = 0; r < TRAIN_ROUNDS; r++)
        for (k = 0; k < RUNS; k++) {
            double t0 = thread_ns();
            sink += k == 0 ? train_xor_f32_plain() : k == 1 ? train_xor_f32_library()
                  : k == 2 ? train_xor_f64_plain() : train_xor_f64_library();
            t[k][r] = (thread_ns() - t0) * 1e-6;
        }
    for (r = 0; r < TRAIN_ROUNDS; r++)
        ratio[0][r] = t[1][r] / t[0][r], ratio[1][r] = t[3][r] / t[2][r];
    printf("\nexamples/xor.c's training (4000 epochs), element-wise, -O2; median ms (final loss sum %.3g)\n", sink);
    for (k = 0; k < RUNS; k++) {
        printf("  %-52s %8.3f", names[k], median(t[k], TRAIN_ROUNDS));
        if (k % 2)
            printf("  %.3fx the plain run", median(ratio[k / 2], TRAIN_ROUNDS));
        printf("\n");
    }
}

int main(int argc, char **argv)
{
    const size_t maxn = (size_t)1 << 24;
    static const size_t sizes[] = {1024, 65536};
    size_t s;
    float probe_in[8] = {0}, probe_out[8];
    double probe_d[8] = {0}, probe_dout[8];
    int naive, inlined, fast, exact, xnn = -1, f64, bwd64, plain64_3, fast64, naive64, inl64, sleef64 = -1, plain3, plainfo3, fo, bwd, copy;
    int one = -1, sl = -1, eig = -1, dnnl = -1, dnnlb = -1;
    int wu_o2, wul_o2, wu_gn, wul_gn, wu_cn = -1, wul_cn = -1;
    int nbf16, nf16, abf16, af16, bbf16, bf16_, nsilu, isilu, asilu, nsilu64, isilu64, asilu64;
    int nlog, ilog, alog, nsp, asp, nlog64, ilog64, alog64, nlogit, ilogit, alogit, nlogit64, ilogit64, alogit64;
    const char *path = sigmoid_internal_path() == SIGMOID_INTERNAL_PATH_AVX2   ? "AVX2"
                       : sigmoid_internal_path() == SIGMOID_INTERNAL_PATH_SSE2 ? "SSE2"
                       : sigmoid_internal_path() == SIGMOID_INTERNAL_PATH_NEON ? "NEON"
                                                                               : "scalar";
    (void)one;
    if (argc > 1)
        read_icount(argv[1]);
    /* oneDNN runs on OpenMP threads, whose time the thread clock would not
     * see: one thread, set before the OpenMP runtime starts (at load). */
    if (!getenv("OMP_NUM_THREADS")) {
        setenv("OMP_NUM_THREADS", "1", 1);
        execv("/proc/self/exe", argv);
    }

    naive = add("naive 1/(1+expf(-x)) loop, -O2", naive_f32, 0, 1);
    inlined = add("sigmoid_f32 inlined in a loop, -O2", inline_f32, 0, 0);
    nsilu = add("naive x/(1+expf(-x)) loop, -O2", naive_silu_f32, 0, 0);
    isilu = add("sigmoid_silu_f32 inlined in a loop, -O2", inline_silu_f32, 0, 0);
    nlog = add("naive -log1pf(expf(-x)) loop, -O2", naive_log_f32, 0, 0);
    ilog = add("sigmoid_log_f32 inlined in a loop, -O2", inline_log_f32, 0, 0);
    nsp = add("naive log1pf(expf(x)) loop, -O2", naive_softplus_f32, 0, 0);
    add_rows(4, 0, 0);
    alog = find("sigmoid_log_array_f32");
    asp = find("sigmoid_softplus_array_f32");
    exact = find("sigmoid_array_f32");
    asilu = find("sigmoid_silu_array_f32");
    fast = find("sigmoid_fast_array_f32");
    if (peer_xnnpack(probe_in, probe_out, 8))
        xnn = add("XNNPACK sigmoid (xnn_run_operator)", xnnpack, 0, 1);
    if (peer_onednn_fwd(probe_in, probe_out, 8))
        dnnl = add("oneDNN eltwise logistic, forward", onednn_fwd, 0, 1);
    if (peer_sleef_f32(probe_in, probe_out, 8))
        sl = add("1/(1+Sleef_expf8_u10avx2(-x))", sleef_f32, 0, 1);
    if (peer_eigen(probe_in, probe_out, 8))
        eig = add("Eigen logistic() (-O2 -mavx2 -mfma)", eigen, 0, 1);
    copy = add("memcpy of the same bytes", copy_f32, 0, 1);
    naive64 = add("naive 1/(1+exp(-x)) loop, double, -O2", naive_f64, 1, 0);
    inl64 = add("sigmoid_f64 inlined in a loop, -O2", inline_f64, 1, 0);
    add("sigmoid_fast_f64 inlined in a loop, -O2", inline_fast_f64, 1, 0);
    nsilu64 = add("naive x/(1+exp(-x)) loop, double, -O2", naive_silu_f64, 1, 0);
    isilu64 = add("sigmoid_silu_f64 inlined in a loop, -O2", inline_silu_f64, 1, 0);
    nlog64 = add("naive -log1p(exp(-x)) loop, double, -O2", naive_log_f64, 1, 0);
    ilog64 = add("sigmoid_log_f64 inlined in a loop, -O2", inline_log_f64, 1, 0);
    add_rows(8, 0, 1);
    asilu64 = find("sigmoid_silu_array_f64");
    alog64 = find("sigmoid_log_array_f64");
    nlogit64 = add("naive log(p/(1-p)) loop, double, -O2", naive_logit_f64, 1, 0);
    ilogit64 = add("sigmoid_logit_f64 inlined in a loop, -O2", inline_logit_f64, 1, 0);
    add_rows(8, 1, 1);
    alogit64 = find("sigmoid_logit_array_f64");
    add("plain dy*y*(1-y) loop, double, -O2", bw64_plain_o2, 1, 0);
    plain64_3 = add("plain dy*y*(1-y) loop, double, -O3 -march=native", bw64_plain_gcc_native, 1, 0);
    add("sigmoid_backward_step_f64 loop, -O2", bw64_library_o2, 1, 0);
    add("sigmoid_backward_step_f64 loop, gcc native", bw64_library_gcc_native, 1, 0);
#ifdef SIGMOID_BENCH_CLANG
    add("sigmoid_backward_step_f64 loop, clang native", bw64_library_clang_native, 1, 0);
#endif
    bwd64 = find("sigmoid_backward_f64");
    f64 = find("sigmoid_array_f64");
    fast64 = find("sigmoid_fast_array_f64");
    if (peer_sleef_f64(probe_d, probe_dout, 8))
        sleef64 = add("1/(1+Sleef_expd4_u10avx2(-x)), double", sleef_f64, 1, 0);
    wu_o2 = add("weight update, plain y*(1-y), gcc -O2", wu_plain_o2, 3, 0);
    wul_o2 = add("weight update, sigmoid_deriv_from_output_f32, gcc -O2", wu_library_o2, 3, 0);
    wu_gn = add("weight update, plain, gcc -O3 -march=native", wu_plain_gcc_native, 3, 0);
    wul_gn = add("weight update, library, gcc -O3 -march=native", wu_library_gcc_native, 3, 0);
#ifdef SIGMOID_BENCH_CLANG
    wu_cn = add("weight update, plain, clang -O3 -march=native", wu_plain_clang_native, 3, 0);
    wul_cn = add("weight update, library, clang -O3 -march=native", wu_library_clang_native, 3, 0);
#endif
    /* y(1-y) and the backward step, against the plain loops (rounding up
     * to ~2 ULP) and as the user's own element loop */
    add("plain y*(1-y) loop, -O2", fo_plain_o2, 2, 0);
    plainfo3 = add("plain y*(1-y) loop, -O3 -march=native", fo_plain_gcc_native, 2, 0);
    add("sigmoid_deriv_from_output_f32 loop, -O2", fo_library_o2, 2, 0);
    add("sigmoid_deriv_from_output_f32 loop, gcc native", fo_library_gcc_native, 2, 0);
#ifdef SIGMOID_BENCH_CLANG
    add("plain y*(1-y) loop, clang -O3 -march=native", fo_plain_clang_native, 2, 0);
    add("sigmoid_deriv_from_output_f32 loop, clang native", fo_library_clang_native, 2, 0);
#endif
    add("plain dy*y*(1-y) loop, -O2", bw_plain_o2, 2, 0);
    plain3 = add("plain dy*y*(1-y) loop, -O3 -march=native", bw_plain_gcc_native, 2, 0);
    add("sigmoid_backward_step_f32 loop, -O2", bw_library_o2, 2, 0);
    add("sigmoid_backward_step_f32 loop, gcc native", bw_library_gcc_native, 2, 0);
#ifdef SIGMOID_BENCH_CLANG
    add("plain dy*y*(1-y) loop, clang -O3 -march=native", bw_plain_clang_native, 2, 0);
    add("sigmoid_backward_step_f32 loop, clang native", bw_library_clang_native, 2, 0);
#endif
    nlogit = add("naive logf(p/(1-p)) loop, -O2", naive_logit_f32, 2, 0);
    ilogit = add("sigmoid_logit_f32 inlined in a loop, -O2", inline_logit_f32, 2, 0);
    add_rows(4, 1, 2);
    alogit = find("sigmoid_logit_array_f32");
    fo = find("sigmoid_deriv_from_output_array_f32");
    bwd = find("sigmoid_backward_f32");
    if (peer_onednn_bwd(probe_in, probe_in, probe_out, 8))
        dnnlb = add("oneDNN logistic backward from dst", onednn_bwd, 2, 0);
    nbf16 = add("widen, 1/(1+expf(-x)), narrow: bfloat16, -O2", naive_bf16, 4, 0);
    nf16 = add("widen, 1/(1+expf(-x)), narrow: binary16, -O2", naive_f16, 4, 0);
    add_rows(2, 0, 4);
    add_rows(2, 1, 4);
    abf16 = find("sigmoid_array_bf16");
    af16 = find("sigmoid_array_f16");
    bbf16 = find("sigmoid_backward_bf16");
    bf16_ = find("sigmoid_backward_f16");
    {
        const target t[] = {
            {"sigmoid_f32 inlined / naive loop, both -O2", &inlined, &naive, 1.0},
            {"sigmoid_fast_array_f32 / XNNPACK", &fast, &xnn, 1.0},
            {"sigmoid_array_f32 / naive loop", &exact, &naive, 0.25},
            {"sigmoid_array_f32 / XNNPACK", &exact, &xnn, 3.0},
            {"sigmoid_array_f64 / SLEEF expd4 sigmoid", &f64, &sleef64, 1.0},
            {"sigmoid_fast_array_f64 / SLEEF expd4 sigmoid", &fast64, &sleef64, 0.6},
            {"sigmoid_f64 in a loop / naive double loop, both -O2", &inl64, &naive64, 1.0},
            {"sigmoid_deriv_from_output_array_f32 / plain -O3 native", &fo, &plainfo3, 3.0},
            {"sigmoid_backward_f32 / plain loop -O3 -march=native", &bwd, &plain3, 3.0},
            {"sigmoid_backward_f64 / plain double loop -O3 -march=native", &bwd64, &plain64_3, 3.0},
            {"sigmoid_fast_array_f32 / oneDNN forward", &fast, &dnnl, 1.0},
            {"sigmoid_fast_array_f32 / SLEEF sigmoid", &fast, &sl, 1.0},
            {"sigmoid_fast_array_f32 / Eigen logistic()", &fast, &eig, 1.0},
            {"sigmoid_backward_f32 / oneDNN backward", &bwd, &dnnlb, 1.0},
            {"weight update, library / plain, gcc -O2", &wul_o2, &wu_o2, 1.5},
            {"weight update, library / plain, gcc -O3 -march=native", &wul_gn, &wu_gn, 1.5},
            {"weight update, library / plain, clang -O3 -march=native", &wul_cn, &wu_cn, 1.5},
            {"sigmoid_array_bf16 / sigmoid_array_f32", &abf16, &exact, 1.0},
            {"sigmoid_array_f16 / sigmoid_array_f32", &af16, &exact, 1.0},
            {"sigmoid_array_bf16 / widen-formula-narrow loop", &abf16, &nbf16, 0.5},
            {"sigmoid_array_f16 / widen-formula-narrow loop", &af16, &nf16, 0.5},
            {"sigmoid_backward_bf16 / sigmoid_backward_f32", &bbf16, &bwd, 1.2},
            {"sigmoid_backward_f16 / sigmoid_backward_f32", &bf16_, &bwd, 1.2},
            {"sigmoid_silu_array_f32 / naive x/(1+expf(-x)) loop", &asilu, &nsilu, 1.0},
            {"sigmoid_silu_array_f32 / sigmoid_array_f32", &asilu, &exact, 1.5},
            {"sigmoid_silu_f32 inlined / naive silu loop, both -O2", &isilu, &nsilu, 1.0},
            {"sigmoid_silu_array_f64 / naive double silu loop", &asilu64, &nsilu64, 1.0},
            {"sigmoid_silu_f64 inlined / naive double silu loop", &isilu64, &nsilu64, 1.0},
            {"sigmoid_log_array_f32 / naive -log1pf(expf(-x)) loop", &alog, &nlog, 1.0},
            {"sigmoid_softplus_array_f32 / naive log1pf(expf(x)) loop", &asp, &nsp, 1.0},
            {"sigmoid_log_f32 inlined / naive log loop, both -O2", &ilog, &nlog, 1.0},
            {"sigmoid_log_array_f64 / naive double log loop", &alog64, &nlog64, 1.0},
            {"sigmoid_log_f64 inlined / naive double log loop", &ilog64, &nlog64, 1.0},
            {"sigmoid_logit_array_f32 / naive logf(p/(1-p)) loop", &alogit, &nlogit, 1.0},
            {"sigmoid_logit_f32 inlined / naive logit loop, both -O2", &ilogit, &nlogit, 1.0},
            {"sigmoid_logit_array_f64 / naive double logit loop", &alogit64, &nlogit64, 1.0},
            {"sigmoid_logit_f64 inlined / naive double logit loop", &ilogit64, &nlogit64, 1.0},
        };
        const target big[] = {{"sigmoid_fast_array_f32 / memcpy, 16M elements", &fast, &copy, 1.5}};
        xf = (float *)malloc(maxn * sizeof *xf);
        yf = (float *)malloc(maxn * sizeof *yf);
        dyf = (float *)malloc(maxn * sizeof *dyf);
        outf = (float *)malloc(maxn * sizeof *outf);
        xd = (double *)malloc(maxn * sizeof *xd);
        yd = (double *)malloc(maxn * sizeof *yd);
        dyd = (double *)malloc(maxn * sizeof *dyd);
        outd = (double *)malloc(maxn * sizeof *outd);
        xb = (uint16_t *)malloc(maxn * sizeof *xb), yb = (uint16_t *)malloc(maxn * sizeof *yb);
        dyb = (uint16_t *)malloc(maxn * sizeof *dyb), xh = (uint16_t *)malloc(maxn * sizeof *xh);
        yh = (uint16_t *)malloc(maxn * sizeof *yh), dyh = (uint16_t *)malloc(maxn * sizeof *dyh);
        outh = (uint16_t *)malloc(maxn * sizeof *outh);
        if (!xf || !yf || !dyf || !outf || !xd || !yd || !dyd || !outd || !xb || !yb || !dyb || !xh || !yh ||
            !dyh || !outh)
            return 1;
        printf("sigmoid.h %d.%d.%d benchmark: one thread, %d interleaved rounds, thread CPU time;\n"
               "dispatched path: %s. Peers compiled in:%s%s%s%s%s\n",
               SIGMOID_VERSION_MAJOR, SIGMOID_VERSION_MINOR, SIGMOID_VERSION_PATCH, ROUNDS, path,
               xnn >= 0 ? " XNNPACK" : "", dnnl >= 0 ? " oneDNN" : "", sl >= 0 ? " SLEEF" : "",
               eig >= 0 ? " Eigen" : "", xnn < 0 && dnnl < 0 && sl < 0 && eig < 0 ? " none" : "");
        if (xnn >= 0)
            printf("Note: XNNPACK enables flush-to-zero (and denormals-are-zero) while its operator runs.\n");
        if (dnnl >= 0)
            printf("oneDNN runs with OMP_NUM_THREADS=%s (XNNPACK without a thread pool).\n",
                   getenv("OMP_NUM_THREADS"));
        for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
            run(sizes[s], 20.0, 0, t, (int)(sizeof t / sizeof t[0]));
        run(65536, 100.0, 0, t, (int)(sizeof t / sizeof t[0]));
        run(maxn, 20.0, 1, big, 1);
        run_training();
    }
    return 0;
}
