/* libFuzzer target (make fuzz): arbitrary bytes become the inputs, the
 * length, the offsets and the path of every array function of the header's
 * function table, whose results are checked against the element functions
 * and the contracts.
 *
 * Layout of an input: byte 0 picks the path (mod the paths this CPU runs),
 * byte 1 the row of the table, bytes 2-3 the offsets of input and output
 * within their buffers (and whether to work in place); the rest are the
 * elements (floats or doubles, host byte order), as many as fit, first the
 * inputs, then the second inputs of a binary row. Buffers are allocated at
 * exactly the size used, so ASan sees any access beyond.
 *
 * Checked: exact arrays equal the element functions bit for bit; the fast
 * tier is in [0, 1], NaN exactly for NaN, and equal to itself on a
 * one-element array (its results do not depend on position); nothing
 * outside the n results is written.
 *
 * Built with SIGMOID_FUZZ_SEEDS it is instead a program that writes the
 * seed corpus (edge values) into the directory given. */
#include "fn_table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SIGMOID_FUZZ_SEEDS

#define MAX_ELEMENTS 512

static void fail(const fn_row *f, int path, const char *what, size_t i)
{
    fprintf(stderr, "fuzz: %s, %s path: %s at element %zu\n", f->name, fn_path_name(path), what, i);
    abort();
}

/* the path byte b picks among the paths row f runs on */
static int pick_path(const fn_row *f, unsigned char b)
{
    int paths[SIGMOID_INTERNAL_PATH_COUNT] = {SIGMOID_INTERNAL_PATH_SCALAR}, n = 0, p;
    for (p = 0; p < SIGMOID_INTERNAL_PATH_COUNT; p++)
        if (fn_runs_on(f, p))
            paths[n++] = p;
    return n ? paths[b % n] : SIGMOID_INTERNAL_PATH_SCALAR; /* the scalar path is always there */
}

static void fuzz_row(const fn_row *f, int path, const unsigned char *data, size_t n, size_t off_in,
                     size_t off_out, int in_place)
{
    size_t sz = f->size, i;
    unsigned char *in = (unsigned char *)malloc((off_in + 2 * n) * sz + 1);
    unsigned char *out = (unsigned char *)calloc((off_out + n) * sz + 1, 1);
    unsigned char *ref = (unsigned char *)malloc(n * sz + 1);
    unsigned char *a = in + off_in * sz, *b = in + (off_in + n) * sz, *y;
    memcpy(a, data, 2 * n * sz); /* the inputs, then the second inputs */
    for (i = 0; i < n; i++)      /* what each element must be, before a is overwritten */
        if (f->fast)
            fn_run(f, path, a + i * sz, b + i * sz, ref + i * sz, 1);
        else
            fn_elem(f, a, b, i, ref);
    y = in_place ? a : out + off_out * sz;
    fn_run(f, path, a, b, y, n);
    for (i = 0; i < n; i++) {
        double r = fn_get(f, ref, i);
        if (fn_bits(f, y, i) != fn_bits(f, ref, i))
            fail(f, path, "the array and its element function differ", i);
        if (!f->fast)
            continue;
        if (r != r || !(r >= 0.0 && r <= 1.0)) {
            unsigned char v[8];
            double xv;
            memcpy(v, data + i * sz, sz);
            xv = fn_get(f, v, 0);
            if ((r != r) != (xv != xv))
                fail(f, path, "the fast tier: NaN for a non-NaN input, or a number for a NaN", i);
            if (xv == xv)
                fail(f, path, "the fast tier: a result outside [0, 1]", i);
        }
    }
    free(in);
    free(out);
    free(ref);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    size_t count, n, off_in, off_out;
    const fn_row *t = fn_table(&count), *f;
    int in_place;
    if (size < 4)
        return 0;
    f = &t[data[1] % count];
    off_in = data[2] & 15;
    off_out = data[3] & 15;
    in_place = (data[3] & 16) != 0;
    n = (size - 4) / f->size / 2;
    if (n > MAX_ELEMENTS)
        n = MAX_ELEMENTS;
    fuzz_row(f, pick_path(f, data[0]), data + 4, n, off_in, off_out, in_place);
    return 0;
}

#else

/* The seed corpus: every row of the table on the edge values, at a few
 * lengths. */
int main(int argc, char **argv)
{
    static const float ef[] = {0.0f, -0.0f, 1e-45f, -1e-45f, 1.17549435e-38f, 1e-30f, 0.5f, 1.0f,
                               -1.0f, 0.99999994f, 17.32868f, -87.33655f, -89.0f, -103.97208f,
                               -104.0f, 87.0f, 88.7f, 119.9f, 120.0f, -120.0f, 3.4028235e38f,
                               -3.4028235e38f, INFINITY, -INFINITY, NAN};
    static const double ed[] = {0.0, -0.0, 5e-324, 2.2250738585072014e-308, 0.5, 1.0, -1.0,
                                0.99999999999999989, 36.7, 37.42994775023705, -708.4, -745.1,
                                -746.0, 746.0, 1e300, -1e300, (double)INFINITY, -(double)INFINITY, (double)NAN};
    size_t count, row;
    const fn_row *t = fn_table(&count);
    int len, k = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: %s corpus-directory\n", argv[0]);
        return 2;
    }
    for (row = 0; row < count; row++)
        for (len = 1; len <= 40; len = len * 3 + 1) {
            unsigned char buf[4 + 2 * 40 * sizeof(double)];
            size_t size = 4, i;
            char name[4096];
            FILE *f;
            buf[0] = (unsigned char)(row + (size_t)len);
            buf[1] = (unsigned char)row;
            buf[2] = (unsigned char)len;
            buf[3] = (unsigned char)(len & 16);
            for (i = 0; i < 2 * (size_t)len; i++) {
                if (t[row].size == 2) {
                    uint16_t h = fn_half_from_double(&t[row], (double)ef[(i * 7 + row) % (sizeof ef / sizeof ef[0])]);
                    memcpy(buf + size, &h, 2);
                } else if (t[row].size == 4)
                    memcpy(buf + size, &ef[(i * 7 + row) % (sizeof ef / sizeof ef[0])], sizeof(float));
                else
                    memcpy(buf + size, &ed[(i * 5 + row) % (sizeof ed / sizeof ed[0])], sizeof(double));
                size += t[row].size;
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
