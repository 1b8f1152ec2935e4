/* A program that uses an installed (or add_subdirectory'd) sigmoid.h,
 * found through pkg-config or CMake. Exits 0 when the values are right. */
#include <sigmoid.h>
#include <stdio.h>

int main(void)
{
    float x[4] = {-1.0f, 0.0f, 1.0f, 2.0f}, y[4];
    sigmoid_array_f32(x, y, 4);
    printf("sigmoid.h %d.%d.%d: sigmoid_f32(2) = %.9g\n", SIGMOID_VERSION_MAJOR,
           SIGMOID_VERSION_MINOR, SIGMOID_VERSION_PATCH, (double)y[3]);
    return y[1] == 0.5f && y[3] == sigmoid_f32(2.0f) && y[3] > 0.880797f && y[3] < 0.880798f ? 0 : 1;
}
