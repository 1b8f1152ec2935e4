/* XNNPACK, oneDNN and SLEEF behind the interface of peers.h. Operators are
 * created once per array size and reused, so only their run is timed. */
#include "peers.h"

#include <stdio.h>
#include <stdlib.h>

#ifdef SIGMOID_BENCH_XNNPACK
#include <xnnpack.h>
/* xnn_run_operator on xnn_create_sigmoid_nc_f32 (channels 1, batch n). */
int peer_xnnpack(const float *x, float *y, size_t n)
{
    static xnn_operator_t op;
    static const float *sx;
    static float *sy;
    static size_t sn;
    if (!op) {
        if (xnn_initialize(NULL) != xnn_status_success ||
            xnn_create_sigmoid_nc_f32(1, 1, 1, 0, &op) != xnn_status_success) {
            fprintf(stderr, "XNNPACK: cannot create the sigmoid operator\n");
            exit(1);
        }
    }
    if (x != sx || y != sy || n != sn) {
        if (xnn_setup_sigmoid_nc_f32(op, n, x, y, NULL) != xnn_status_success)
            exit(1);
        sx = x, sy = y, sn = n;
    }
    xnn_run_operator(op, NULL);
    return 1;
}
#else
int peer_xnnpack(const float *x, float *y, size_t n) { (void)x, (void)y, (void)n; return 0; }
#endif

#ifdef SIGMOID_BENCH_ONEDNN
#include <oneapi/dnnl/dnnl.h>
static dnnl_engine_t engine;
static dnnl_stream_t stream;

static void onednn_check(dnnl_status_t s)
{
    if (s != dnnl_success) {
        fprintf(stderr, "oneDNN: error %d\n", (int)s);
        exit(1);
    }
}

/* forward (inference) logistic, or backward from dst, for n elements */
static dnnl_primitive_t onednn_primitive(size_t n, int backward)
{
    static dnnl_primitive_t prim[2];
    static size_t made_for[2];
    dnnl_memory_desc_t md;
    dnnl_eltwise_desc_t fwd, bwd;
    dnnl_primitive_desc_t fpd, bpd;
    dnnl_dims_t dims;
    if (prim[backward] && made_for[backward] == n)
        return prim[backward];
    if (!engine) {
        onednn_check(dnnl_engine_create(&engine, dnnl_cpu, 0));
        onednn_check(dnnl_stream_create(&stream, engine, dnnl_stream_default_flags));
    }
    if (prim[backward])
        dnnl_primitive_destroy(prim[backward]);
    dims[0] = (dnnl_dim_t)n;
    onednn_check(dnnl_memory_desc_init_by_tag(&md, 1, dims, dnnl_f32, dnnl_a));
    onednn_check(dnnl_eltwise_forward_desc_init(&fwd, backward ? dnnl_forward_training : dnnl_forward_inference,
                                                backward ? dnnl_eltwise_logistic_use_dst_for_bwd : dnnl_eltwise_logistic,
                                                &md, 0.0f, 0.0f));
    onednn_check(dnnl_primitive_desc_create(&fpd, &fwd, NULL, engine, NULL));
    if (!backward) {
        onednn_check(dnnl_primitive_create(&prim[0], fpd));
    } else {
        onednn_check(dnnl_eltwise_backward_desc_init(&bwd, dnnl_eltwise_logistic_use_dst_for_bwd, &md, &md, 0.0f, 0.0f));
        onednn_check(dnnl_primitive_desc_create(&bpd, &bwd, NULL, engine, fpd));
        onednn_check(dnnl_primitive_create(&prim[1], bpd));
        dnnl_primitive_desc_destroy(bpd);
    }
    dnnl_primitive_desc_destroy(fpd);
    made_for[backward] = n;
    return prim[backward];
}

static dnnl_memory_t onednn_wrap(const float *p, size_t n)
{
    dnnl_memory_desc_t md;
    dnnl_memory_t m;
    dnnl_dims_t dims;
    dims[0] = (dnnl_dim_t)n;
    onednn_check(dnnl_memory_desc_init_by_tag(&md, 1, dims, dnnl_f32, dnnl_a));
    onednn_check(dnnl_memory_create(&m, &md, engine, (void *)(size_t)p));
    return m;
}

int peer_onednn_fwd(const float *x, float *y, size_t n)
{
    static dnnl_memory_t mx, my;
    static const float *sx;
    static float *sy;
    static size_t sn;
    dnnl_primitive_t p = onednn_primitive(n, 0);
    dnnl_exec_arg_t args[2];
    if (x != sx || y != sy || n != sn) {
        if (mx) dnnl_memory_destroy(mx), dnnl_memory_destroy(my);
        mx = onednn_wrap(x, n), my = onednn_wrap(y, n);
        sx = x, sy = y, sn = n;
    }
    args[0].arg = DNNL_ARG_SRC, args[0].memory = mx;
    args[1].arg = DNNL_ARG_DST, args[1].memory = my;
    onednn_check(dnnl_primitive_execute(p, stream, 2, args));
    onednn_check(dnnl_stream_wait(stream));
    return 1;
}

int peer_onednn_bwd(const float *y, const float *dy, float *dx, size_t n)
{
    static dnnl_memory_t my, mdy, mdx;
    static const float *sy, *sdy;
    static float *sdx;
    static size_t sn;
    dnnl_primitive_t p = onednn_primitive(n, 1);
    dnnl_exec_arg_t args[3];
    if (y != sy || dy != sdy || dx != sdx || n != sn) {
        if (my) dnnl_memory_destroy(my), dnnl_memory_destroy(mdy), dnnl_memory_destroy(mdx);
        my = onednn_wrap(y, n), mdy = onednn_wrap(dy, n), mdx = onednn_wrap(dx, n);
        sy = y, sdy = dy, sdx = dx, sn = n;
    }
    args[0].arg = DNNL_ARG_DST, args[0].memory = my;
    args[1].arg = DNNL_ARG_DIFF_DST, args[1].memory = mdy;
    args[2].arg = DNNL_ARG_DIFF_SRC, args[2].memory = mdx;
    onednn_check(dnnl_primitive_execute(p, stream, 3, args));
    onednn_check(dnnl_stream_wait(stream));
    return 1;
}
#else
int peer_onednn_fwd(const float *x, float *y, size_t n) { (void)x, (void)y, (void)n; return 0; }
int peer_onednn_bwd(const float *y, const float *dy, float *dx, size_t n)
{
    (void)y, (void)dy, (void)dx, (void)n;
    return 0;
}
#endif
