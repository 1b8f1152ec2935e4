/* The sigmoid.h test suite: `make test` builds it at -O0, -O2 and as C++. */
#include "test_common.h"

GREATEST_MAIN_DEFS();

int main(int argc, char **argv)
{
    GREATEST_MAIN_BEGIN();
    RUN_SUITE(special_values);
    RUN_SUITE(accuracy);
    RUN_SUITE(derivatives);
    RUN_SUITE(backward);
    RUN_SUITE(arrays);
    RUN_SUITE(fp_exceptions);
    RUN_SUITE(memory_safety);
    RUN_SUITE(half_precision);
    RUN_SUITE(logistic_family);
    GREATEST_MAIN_END();
}
