/* libFuzzer target (make fuzz): arbitrary bytes become the inputs, the
 * length, the offsets and the path of every array function, whose results
 * are checked against the scalar functions and the contracts.
 *
 * Layout of an input: byte 0 picks the path (mod the paths this CPU runs),
 * byte 1 the function, bytes 2-3 the offsets of input and output within
 * their buffers (and whether to work in place); the rest are the elements
 * (floats or doubles, host byte order), as many as fit. Buffers are
 * allocated at exactly the size used, so ASan sees any access beyond.
 *
 * Checked: exact arrays equal the scalar functions bit for bit; the fast
 * tier is in [0, 1], NaN exactly for NaN, and equal to itself at another
 * offset; nothing outside the n results is written.
 *
 * Built with SIGMOID_FUZZ_SEEDS it is instead a program that writes the
 * seed corpus (edge values) into the directory given. */
#include "../sigmoid.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SIGMOID_FUZZ_SEEDS

#define MAX_ELEMENTS 512

static int same32(float a, float b)
{
    uint32_t u, v;
    memcpy(&u, &a, sizeof u);
    memcpy(&v, &b, sizeof v);
    return u == v;
}

static int same64(double a, double b)
{
    uint64_t u, v;
    memcpy(&u, &a, sizeof u);
    memcpy(&v, &b, sizeof v);
    return u == v;
}

static void fail(const char *what, size_t i)
{
    fprintf(stderr, "fuzz: %s differs at element %zu\n", what, i);
    abort();
}

static int pick_path(unsigned char b)
{
    int paths[SIGMOID_INTERNAL_PATH_COUNT] = {SIGMOID_INTERNAL_PATH_SCALAR}, n = 0, p;
    for (p = 0; p < SIGMOID_INTERNAL_PATH_COUNT; p++)
        if (sigmoid_internal_path_ok(p))
            paths[n++] = p;
    return n ? paths[b % n] : SIGMOID_INTERNAL_PATH_SCALAR; /* the scalar path is always there */
}

static void fuzz_f32(int path, int fn, const unsigned char *data, size_t n, size_t off_in,
                     size_t off_out, int in_place)
{
    float *in = (float *)malloc((off_in + 2 * n) * sizeof(float) + 1);
    float *out = (float *)malloc((off_out + n) * sizeof(float) + 1);
    float *x = in + off_in, *dy = in + off_in + n, *y, *ref = (float *)malloc(n * sizeof(float) + 1);
    size_t i;
    memcpy(x, data, n * sizeof(float));
    memcpy(dy, data + n * sizeof(float), n * sizeof(float)); /* dy: the bytes after x */
    for (i = 0; i < n; i++) /* what the scalar function gives, before x is overwritten */
        switch (fn) {
        case 0: ref[i] = sigmoid_f32(x[i]); break;
        case 1: ref[i] = sigmoid_deriv_f32(x[i]); break;
        case 2: ref[i] = sigmoid_deriv_from_output_f32(x[i]); break;
        case 3: sigmoid_backward_f32(x + i, dy + i, ref + i, 1); break;
        default: {
            float one;
            sigmoid_internal_fast_array_f32_on(path, x + i, &one, 1); /* position independent */
            ref[i] = one;
        }
        }
    y = in_place ? x : out + off_out;
    switch (fn) {
    case 0: sigmoid_internal_array_f32_on(path, x, y, n); break;
    case 1: sigmoid_internal_deriv_array_f32_on(path, x, y, n); break;
    case 2: sigmoid_internal_deriv_from_output_array_f32_on(path, x, y, n); break;
    case 3: sigmoid_internal_backward_f32_on(path, x, dy, y, n); break;
    default: sigmoid_internal_fast_array_f32_on(path, x, y, n); break;
    }
    for (i = 0; i < n; i++) {
        if (!same32(y[i], ref[i]))
            fail("a float array result and its scalar function", i);
        if (fn == 4 && (ref[i] != ref[i] || !(ref[i] >= 0.0f && ref[i] <= 1.0f))) {
            float v;
            memcpy(&v, data + i * sizeof(float), sizeof v);
            if ((ref[i] != ref[i]) != (v != v))
                fail("the fast tier: NaN for a non-NaN input, or a number for a NaN", i);
            if (v == v)
                fail("the fast tier: a result outside [0, 1]", i);
        }
    }
    free(in);
    free(out);
    free(ref);
}

static void fuzz_f64(int fn, const unsigned char *data, size_t n, size_t off_in, size_t off_out,
                     int in_place)
{
    double *in = (double *)malloc((off_in + 2 * n) * sizeof(double) + 1);
    double *out = (double *)malloc((off_out + n) * sizeof(double) + 1);
    double *x = in + off_in, *dy = in + off_in + n, *y, *ref = (double *)malloc(n * sizeof(double) + 1);
    size_t i;
    memcpy(x, data, n * sizeof(double));
    memcpy(dy, data + n * sizeof(double), n * sizeof(double));
    for (i = 0; i < n; i++)
        switch (fn) {
        case 0: ref[i] = sigmoid_f64(x[i]); break;
        case 1: ref[i] = sigmoid_deriv_f64(x[i]); break;
        case 2: ref[i] = sigmoid_deriv_from_output_f64(x[i]); break;
        default: sigmoid_backward_f64(x + i, dy + i, ref + i, 1); break;
        }
    y = in_place ? x : out + off_out;
    switch (fn) {
    case 0: sigmoid_array_f64(x, y, n); break;
    case 1: sigmoid_deriv_array_f64(x, y, n); break;
    case 2: sigmoid_deriv_from_output_array_f64(x, y, n); break;
    default: sigmoid_backward_f64(x, dy, y, n); break;
    }
    for (i = 0; i < n; i++)
        if (!same64(y[i], ref[i]))
            fail("a double array result and its scalar function", i);
    free(in);
    free(out);
    free(ref);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    int path, fn, in_place;
    size_t off_in, off_out, n;
    if (size < 4)
        return 0;
    path = pick_path(data[0]);
    fn = data[1] % 9; /* 0-4 float (sigma, sigma', y(1-y), backward, fast), 5-8 double */
    off_in = data[2] & 15;
    off_out = data[3] & 15;
    in_place = (data[3] & 16) != 0;
    data += 4;
    size -= 4;
    if (fn < 5) {
        n = size / sizeof(float) / 2; /* x, then dy */
        if (n > MAX_ELEMENTS) n = MAX_ELEMENTS;
        fuzz_f32(path, fn, data, n, off_in, off_out, in_place);
    } else {
        n = size / sizeof(double) / 2;
        if (n > MAX_ELEMENTS) n = MAX_ELEMENTS;
        fuzz_f64(fn - 5, data, n, off_in, off_out, in_place);
    }
    return 0;
}

#else

/* The seed corpus: every function on the edge values, at a few lengths. */
int main(int argc, char **argv)
{
    static const float ef[] = {0.0f, -0.0f, 1e-45f, -1e-45f, 1.17549435e-38f, 1e-30f, 0.5f, 1.0f,
                               -1.0f, 0.99999994f, 17.32868f, -87.33655f, -89.0f, -103.97208f,
                               -104.0f, 87.0f, 88.7f, 119.9f, 120.0f, -120.0f, 3.4028235e38f,
                               -3.4028235e38f, INFINITY, -INFINITY, NAN};
    static const double ed[] = {0.0, -0.0, 5e-324, 2.2250738585072014e-308, 0.5, 1.0, -1.0,
                                0.99999999999999989, 36.7, 37.42994775023705, -708.4, -745.1,
                                -746.0, 746.0, 1e300, -1e300, (double)INFINITY, -(double)INFINITY, (double)NAN};
    int fn, len, k = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: %s corpus-directory\n", argv[0]);
        return 2;
    }
    for (fn = 0; fn < 9; fn++)
        for (len = 1; len <= 40; len = len * 3 + 1) {
            unsigned char buf[4 + 2 * 40 * sizeof(double)];
            size_t size = 4, i;
            char name[4096];
            FILE *f;
            buf[0] = (unsigned char)(fn + len);
            buf[1] = (unsigned char)fn;
            buf[2] = (unsigned char)len;
            buf[3] = (unsigned char)(len & 16);
            for (i = 0; i < 2 * (size_t)len; i++) {
                if (fn < 5) {
                    memcpy(buf + size, &ef[(i * 7 + (size_t)fn) % (sizeof ef / sizeof ef[0])], sizeof(float));
                    size += sizeof(float);
                } else {
                    memcpy(buf + size, &ed[(i * 5 + (size_t)fn) % (sizeof ed / sizeof ed[0])], sizeof(double));
                    size += sizeof(double);
                }
            }
            snprintf(name, sizeof name, "%s/seed-%02d", argv[1], k++);
            f = fopen(name, "wb");
            if (!f || fwrite(buf, 1, size, f) != size || fclose(f) != 0) {
                fprintf(stderr, "cannot write %s\n", name);
                return 1;
            }
        }
    printf("%d seeds written to %s\n", k, argv[1]);
    return 0;
}

#endif
