/* icount.c: instructions per element of every array function of the
 * function table on every path, counted by valgrind's callgrind (make
 * icount). Unlike a time, an instruction count does not depend on the
 * machine's load or on the microarchitecture, so it compares kernels
 * across machines. Each row runs once on n = 65536 inputs: x uniform in
 * [-20, 20] (y = sigma(x) and dy uniform in [-0.5, 0.5] for the functions
 * of sigmoid outputs), between two callgrind client requests, so that each
 * call's count is dumped on its own; the Makefile runs this under
 * callgrind (valgrind's callgrind.h) and prints count / n per call. */
#include "../tests/fn_table.h"

#include <stdio.h>
#include <stdlib.h>
#include <valgrind/callgrind.h>

#define N 65536

int main(void)
{
    static float xf[N], yf[N], dyf[N], of[N];
    static double xd[N], yd[N], dyd[N], od[N];
    static uint16_t xb[N], yb[N], dyb[N], xh[N], yh[N], dyh[N], oh[N]; /* the same, in half precision */
    size_t count, r, i;
    const fn_row *t = fn_table(&count);
    int path;
    srand(1);
    for (i = 0; i < N; i++) {
        double u = (double)rand() / RAND_MAX;
        xf[i] = (float)((2 * u - 1) * 20.0);
        xd[i] = (2 * u - 1) * 20.0;
        yf[i] = sigmoid_f32(xf[i]);
        yd[i] = sigmoid_f64(xd[i]);
        dyf[i] = (float)(u - 0.5);
        dyd[i] = u - 0.5;
        xb[i] = sigmoid_f32_to_bf16(xf[i]), yb[i] = sigmoid_f32_to_bf16(yf[i]), dyb[i] = sigmoid_f32_to_bf16(dyf[i]);
        xh[i] = sigmoid_f32_to_f16(xf[i]), yh[i] = sigmoid_f32_to_f16(yf[i]), dyh[i] = sigmoid_f32_to_f16(dyf[i]);
    }
    for (r = 0; r < count; r++)
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            const fn_row *f = &t[r];
            char name[96];
            if (!fn_runs_on(f, path))
                continue;
            snprintf(name, sizeof name, "%s,%s", f->name, fn_path_name(path));
            CALLGRIND_ZERO_STATS;
            if (f->size == 2 && f->format == FN_BF16)
                fn_run(f, path, fn_takes_output(f) ? yb : xb, dyb, oh, N);
            else if (f->size == 2)
                fn_run(f, path, fn_takes_output(f) ? yh : xh, dyh, oh, N);
            else if (f->size == 4)
                fn_run(f, path, fn_takes_output(f) ? yf : xf, dyf, of, N);
            else
                fn_run(f, path, fn_takes_output(f) ? yd : xd, dyd, od, N);
            CALLGRIND_DUMP_STATS_AT(name);
        }
    printf("%g %g\n", (double)of[N / 2], od[N / 2]);
    return 0;
}
