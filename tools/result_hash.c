/* result_hash: every function's results on a fixed sample, hashed, one
 * line per function and path, so that two builds can be compared: make
 * check-determinism builds it for Linux and for Windows (MinGW-w64, run
 * under Wine) and requires the same lines, so that "the same bits on every
 * machine" covers an OS and a C runtime other than glibc.
 *
 * The sample: every 97th 32-bit pattern, 44,278,014 inputs. A float row
 * reads the pattern as a float. A double row reads, at every other point,
 * the float widened with its 29 low bits (zero in a widened float) set
 * from a mix of the pattern, a double near every sampled float; at the
 * others, a double whose high word is the pattern (every exponent, both
 * signs) and whose low word is the mix. A row of two inputs (y, dy) takes y from the
 * pattern and dy from the pattern of the next sample point. Every path
 * this CPU runs is hashed (FNV-1a over the result bytes); an exact row
 * must also hash the same on every path, which is checked here too. */
#include "../tests/fn_table.h"

#include <stdio.h>

#define STRIDE 97u
#define CHUNK 4096

static uint64_t fnv1a(uint64_t h, const unsigned char *p, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        h = (h ^ p[i]) * 0x100000001b3u;
    return h;
}

/* sample point u as an element of the row's type, into p[i] */
static void put(const fn_row *f, void *p, size_t i, uint32_t u)
{
    if (f->size == 2) { /* every half pattern, many times over */
        uint16_t h = (uint16_t)(u ^ (u >> 16));
        memcpy((unsigned char *)p + 2 * i, &h, 2);
    } else if (f->size == 4) {
        memcpy((unsigned char *)p + 4 * i, &u, 4);
    } else {
        uint32_t mix = u * 2654435761u;
        uint64_t b = ((uint64_t)u << 32) | mix;
        if ((u / STRIDE) % 2 == 0) {
            float x;
            double d;
            memcpy(&x, &u, 4);
            d = (double)x;
            memcpy(&b, &d, 8);
            b ^= mix & 0x1fffffffu;
        }
        memcpy((unsigned char *)p + 8 * i, &b, 8);
    }
}

static uint64_t hash_row(const fn_row *f, int path)
{
    static unsigned char a[CHUNK * 8], b[CHUNK * 8], out[CHUNK * 8];
    uint64_t h = 0xcbf29ce484222325u, u = 0;
    while (u < 0x100000000u) {
        size_t n = 0;
        for (; n < CHUNK && u < 0x100000000u; n++, u += STRIDE) {
            put(f, a, n, (uint32_t)u);
            put(f, b, n, (uint32_t)(u + STRIDE));
        }
        fn_run(f, path, a, b, out, n);
        h = fnv1a(h, out, n * f->size);
    }
    return h;
}

int main(void)
{
    size_t count, r;
    const fn_row *t = fn_table(&count);
    int path, failures = 0;
    for (r = 0; r < count; r++) {
        uint64_t first = 0;
        int have_first = 0;
        for (path = 0; path < SIGMOID_INTERNAL_PATH_COUNT; path++) {
            uint64_t h;
            if (!fn_runs_on(&t[r], path))
                continue;
            h = hash_row(&t[r], path);
            printf("%-40s %-7s %016llx\n", t[r].name, fn_path_name(path), (unsigned long long)h);
            if (!t[r].fast && have_first && h != first) {
                fprintf(stderr, "%s: the %s path differs from the scalar path\n", t[r].name, fn_path_name(path));
                failures++;
            }
            first = have_first ? first : h;
            have_first = 1;
        }
    }
    return failures != 0;
}
