/* The whole suite as one translation unit: the header is compiled once
 * instead of once per file, which makes check-matrix's many builds cheaper.
 * Same tests, same report as the separate files. */
#include "test_main.c"
#include "test_special.c"
#include "test_accuracy.c"
#include "test_derivatives.c"
#include "test_backward.c"
#include "test_arrays.c"
#include "test_fp_exceptions.c"
#include "test_memory.c"
#include "test_half.c"
#include "test_family.c"
