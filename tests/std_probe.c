/* The header under old language standards (make check-matrix): written in
 * C89 so that only the header decides. C89/C90 and C++98/03 must stop with
 * the header's one #error line; GNU C89 (gcc -std=gnu89) must work. */
#include <stdio.h>
#include "../sigmoid.h"

int main(void)
{
    float x[3], y[3];
    x[0] = -1.0f;
    x[1] = 0.0f;
    x[2] = 2.0f;
    sigmoid_array_f32(x, y, 3);
    if (y[1] != 0.5f || sigmoid_f32(2.0f) != y[2] || !(y[0] > 0.26f && y[0] < 0.27f)) {
        printf("std_probe: wrong results\n");
        return 1;
    }
    printf("Pass: 1, fail: 0, skip: 0.\n");
    return 0;
}
