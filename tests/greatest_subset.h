/* greatest_subset.h: the part of greatest's API (github.com/silentbicycle/
 * greatest) that sigmoid.h's tests use, written for this project so that
 * `make test` needs nothing but a compiler. `make test GREATEST_DIR=dir`
 * builds the same tests against the real greatest.h instead.
 *
 * Implemented: TEST, SUITE, SUITE_EXTERN, RUN_TEST, RUN_SUITE, PASS, FAIL,
 * FAILm, SKIP, SKIPm, ASSERT, ASSERTm, ASSERT_FALSE, ASSERT_FALSEm, ASSERT_EQ,
 * ASSERT_EQm, ASSERT_EQ_FMT, ASSERT_EQ_FMTm, ASSERT_IN_RANGE,
 * ASSERT_IN_RANGEm, GREATEST_MAIN_DEFS, GREATEST_MAIN_BEGIN,
 * GREATEST_MAIN_END, GREATEST_PRINT_REPORT, greatest_all_passed,
 * greatest_get_report, GREATEST_IS_VERBOSE, RUN_TEST1 and
 * greatest_set_test_suffix (a per-path test runs once per path, its name
 * suffixed with the path's). Command line as greatest's: -h, -l (list),
 * -f (stop at the first failure), -a (abort there, for a debugger), -v,
 * -s SUITE, -t TEST, -e (exact names for -s and -t), -x EXCLUDE.
 * The report ends with greatest's line "Pass: N, fail: N, skip: N.".
 */
#ifndef GREATEST_SUBSET_H
#define GREATEST_SUBSET_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum greatest_test_res {
    GREATEST_TEST_RES_PASS = 0,
    GREATEST_TEST_RES_FAIL = -1,
    GREATEST_TEST_RES_SKIP = 1
} greatest_test_res;

struct greatest_report_t {
    unsigned int passed, failed, skipped, assertions;
};

typedef struct greatest_run_info {
    unsigned int passed, failed, skipped, assertions, tests_run;
    int verbose, list_only, first_fail, abort_on_fail, exact;
    const char *suite_filter, *test_filter, *exclude_filter, *suite_name, *suffix;
    char name_buf[128];
    const char *msg, *fail_file;
    unsigned int fail_line;
} greatest_run_info;

extern greatest_run_info greatest_info;

#define GREATEST_TEST static greatest_test_res
#define GREATEST_SUITE(NAME) void NAME(void); void NAME(void)
#define GREATEST_SUITE_EXTERN(NAME) void NAME(void)
#define GREATEST_IS_VERBOSE() (greatest_info.verbose > 0)

#define GREATEST_RUN_SUITE(S) greatest_run_suite(S, #S)
#define GREATEST_RUN_TEST(T)                                          \
    do {                                                              \
        if (greatest_test_pre(#T))                                    \
            greatest_test_post(T());                                  \
    } while (0)
#define GREATEST_RUN_TEST1(T, ENV)                                    \
    do {                                                              \
        if (greatest_test_pre(#T))                                    \
            greatest_test_post(T(ENV));                               \
    } while (0)

#define GREATEST_PASS() return GREATEST_TEST_RES_PASS
#define GREATEST_FAILm(MSG)                                           \
    do {                                                              \
        greatest_info.fail_file = __FILE__;                           \
        greatest_info.fail_line = __LINE__;                           \
        greatest_info.msg = MSG;                                      \
        return GREATEST_TEST_RES_FAIL;                                \
    } while (0)
#define GREATEST_FAIL() GREATEST_FAILm(NULL)
#define GREATEST_SKIPm(MSG)                                           \
    do {                                                              \
        greatest_info.msg = MSG;                                      \
        return GREATEST_TEST_RES_SKIP;                                \
    } while (0)
#define GREATEST_SKIP() GREATEST_SKIPm(NULL)

#define GREATEST_ASSERTm(MSG, COND)                                   \
    do {                                                              \
        greatest_info.assertions++;                                   \
        if (!(COND)) GREATEST_FAILm(MSG);                             \
    } while (0)
#define GREATEST_ASSERT(COND) GREATEST_ASSERTm(#COND, COND)
#define GREATEST_ASSERT_FALSEm(MSG, COND) GREATEST_ASSERTm(MSG, !(COND))
#define GREATEST_ASSERT_FALSE(COND) GREATEST_ASSERT_FALSEm(#COND, COND)
#define GREATEST_ASSERT_EQm(MSG, EXP, GOT) GREATEST_ASSERTm(MSG, (EXP) == (GOT))
#define GREATEST_ASSERT_EQ(EXP, GOT) GREATEST_ASSERT_EQm(#EXP " != " #GOT, EXP, GOT)
#define GREATEST_ASSERT_EQ_FMTm(MSG, EXP, GOT, FMT)                   \
    do {                                                              \
        greatest_info.assertions++;                                   \
        if ((EXP) != (GOT)) {                                         \
            printf("\nExpected: ");                                   \
            printf(FMT, EXP);                                         \
            printf("\n     Got: ");                                   \
            printf(FMT, GOT);                                         \
            printf("\n");                                             \
            GREATEST_FAILm(MSG);                                      \
        }                                                             \
    } while (0)
#define GREATEST_ASSERT_EQ_FMT(EXP, GOT, FMT)                         \
    GREATEST_ASSERT_EQ_FMTm(#EXP " != " #GOT, EXP, GOT, FMT)
#define GREATEST_ASSERT_IN_RANGEm(MSG, EXP, GOT, TOL)                 \
    do {                                                              \
        double greatest_exp_ = (EXP), greatest_got_ = (GOT),          \
               greatest_tol_ = (TOL);                                 \
        greatest_info.assertions++;                                   \
        if (!(greatest_got_ >= greatest_exp_ - greatest_tol_ &&       \
              greatest_got_ <= greatest_exp_ + greatest_tol_)) {      \
            printf("\nExpected: %g +/- %g\n     Got: %g\n",           \
                   greatest_exp_, greatest_tol_, greatest_got_);      \
            GREATEST_FAILm(MSG);                                      \
        }                                                             \
    } while (0)
#define GREATEST_ASSERT_IN_RANGE(EXP, GOT, TOL)                       \
    GREATEST_ASSERT_IN_RANGEm(#EXP " != " #GOT " +/- " #TOL, EXP, GOT, TOL)

int greatest_test_pre(const char *name);
void greatest_test_post(greatest_test_res res);
void greatest_set_test_suffix(const char *suffix);
void greatest_run_suite(void (*suite)(void), const char *name);
void GREATEST_PRINT_REPORT(void);
int greatest_all_passed(void);
void greatest_get_report(struct greatest_report_t *report);
void greatest_parse_options(int argc, char **argv);

#define GREATEST_MAIN_DEFS()                                                   \
    greatest_run_info greatest_info;                                           \
    static int greatest_name_match(const char *name, const char *filter)       \
    {                                                                          \
        if (filter == NULL) return 1;                                          \
        return greatest_info.exact ? strcmp(name, filter) == 0                 \
                                   : strstr(name, filter) != NULL;             \
    }                                                                          \
    void greatest_set_test_suffix(const char *suffix)                          \
    {                                                                          \
        greatest_info.suffix = suffix;                                         \
    }                                                                          \
    int greatest_test_pre(const char *name)                                    \
    {                                                                          \
        const char *full = name;                                               \
        if (greatest_info.suffix != NULL) {                                    \
            snprintf(greatest_info.name_buf, sizeof greatest_info.name_buf,    \
                     "%s_%s", name, greatest_info.suffix);                     \
            full = greatest_info.name_buf;                                     \
        }                                                                      \
        greatest_info.suffix = NULL;                                           \
        if (!greatest_name_match(full, greatest_info.test_filter) ||           \
            (greatest_info.exclude_filter != NULL &&                           \
             strstr(full, greatest_info.exclude_filter) != NULL) ||            \
            (greatest_info.first_fail && greatest_info.failed > 0))            \
            return 0;                                                          \
        if (greatest_info.list_only) {                                         \
            printf("  %s\n", full);                                            \
            return 0;                                                          \
        }                                                                      \
        if (full != greatest_info.name_buf)                                    \
            snprintf(greatest_info.name_buf, sizeof greatest_info.name_buf,    \
                     "%s", name);                                              \
        return 1;                                                              \
    }                                                                          \
    void greatest_test_post(greatest_test_res res)                             \
    {                                                                          \
        const char *name = greatest_info.name_buf;                             \
        greatest_info.tests_run++;                                             \
        if (res == GREATEST_TEST_RES_PASS) {                                   \
            greatest_info.passed++;                                            \
            if (greatest_info.verbose) printf("PASS %s\n", name);              \
            else printf(".");                                                  \
        } else if (res == GREATEST_TEST_RES_SKIP) {                            \
            greatest_info.skipped++;                                           \
            printf("\nSKIP %s: %s\n", name,                                    \
                   greatest_info.msg ? greatest_info.msg : "");                \
        } else {                                                               \
            greatest_info.failed++;                                            \
            printf("\nFAIL %s: %s (%s:%u)\n", name,                            \
                   greatest_info.msg ? greatest_info.msg : "",                 \
                   greatest_info.fail_file, greatest_info.fail_line);          \
            if (greatest_info.abort_on_fail) abort();                          \
        }                                                                      \
        greatest_info.msg = NULL;                                              \
        fflush(stdout);                                                        \
    }                                                                          \
    void greatest_run_suite(void (*suite)(void), const char *name)             \
    {                                                                          \
        if (!greatest_name_match(name, greatest_info.suite_filter) ||          \
            (greatest_info.first_fail && greatest_info.failed > 0))            \
            return;                                                            \
        greatest_info.suite_name = name;                                       \
        printf("\n* Suite %s:\n", name);                                       \
        suite();                                                               \
        printf("\n");                                                          \
    }                                                                          \
    void GREATEST_PRINT_REPORT(void)                                           \
    {                                                                          \
        if (greatest_info.list_only) return;                                   \
        printf("\nTotal: %u tests, %u assertions\n", greatest_info.tests_run,  \
               greatest_info.assertions);                                      \
        printf("Pass: %u, fail: %u, skip: %u.\n", greatest_info.passed,        \
               greatest_info.failed, greatest_info.skipped);                   \
    }                                                                          \
    int greatest_all_passed(void) { return greatest_info.failed == 0; }        \
    void greatest_get_report(struct greatest_report_t *report)                 \
    {                                                                          \
        report->passed = greatest_info.passed;                                 \
        report->failed = greatest_info.failed;                                 \
        report->skipped = greatest_info.skipped;                               \
        report->assertions = greatest_info.assertions;                         \
    }                                                                          \
    static void greatest_usage(const char *name)                               \
    {                                                                          \
        printf("Usage: %s [-hlfave] [-s SUITE] [-t TEST] [-x EXCLUDE]\n"       \
               "  -h          print this help\n"                               \
               "  -l          list suites and tests, then exit\n"              \
               "  -f          stop after the first failure\n"                  \
               "  -a          abort at the first failure (implies -f)\n"       \
               "  -v          verbose output\n"                                \
               "  -s SUITE    only run suites containing SUITE\n"              \
               "  -t TEST     only run tests containing TEST\n"                \
               "  -e          only run exact name matches for -s and -t\n"     \
               "  -x EXCLUDE  exclude tests containing EXCLUDE\n", name);      \
    }                                                                          \
    void greatest_parse_options(int argc, char **argv)                         \
    {                                                                          \
        int i;                                                                 \
        for (i = 1; i < argc; i++) {                                           \
            const char *a = argv[i];                                           \
            if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {            \
                greatest_usage(argv[0]);                                       \
                exit(EXIT_SUCCESS);                                            \
            } else if ((a[1] == 's' || a[1] == 't' || a[1] == 'x') &&          \
                       a[0] == '-' && a[2] == '\0' && i + 1 < argc) {          \
                const char **f = a[1] == 's' ? &greatest_info.suite_filter     \
                               : a[1] == 't' ? &greatest_info.test_filter      \
                                             : &greatest_info.exclude_filter;  \
                *f = argv[++i];                                                \
            } else if (a[0] == '-' && a[1] != '\0' &&                          \
                       strspn(a + 1, "lfave") == strlen(a + 1)) {              \
                greatest_info.list_only |= strchr(a, 'l') != NULL;             \
                greatest_info.first_fail |= strpbrk(a, "fa") != NULL;         \
                greatest_info.abort_on_fail |= strchr(a, 'a') != NULL;         \
                greatest_info.verbose |= strchr(a, 'v') != NULL;               \
                greatest_info.exact |= strchr(a, 'e') != NULL;                 \
            } else {                                                           \
                greatest_usage(argv[0]);                                       \
                exit(EXIT_FAILURE);                                            \
            }                                                                  \
        }                                                                      \
    }

#define GREATEST_MAIN_BEGIN()                                                  \
    do {                                                                       \
        memset(&greatest_info, 0, sizeof greatest_info);                       \
        greatest_parse_options(argc, argv);                                    \
    } while (0)

#define GREATEST_MAIN_END()                                                    \
    do {                                                                       \
        GREATEST_PRINT_REPORT();                                               \
        return greatest_all_passed() ? EXIT_SUCCESS : EXIT_FAILURE;            \
    } while (0)

#define TEST GREATEST_TEST
#define SUITE GREATEST_SUITE
#define SUITE_EXTERN GREATEST_SUITE_EXTERN
#define RUN_TEST GREATEST_RUN_TEST
#define RUN_TEST1 GREATEST_RUN_TEST1
#define RUN_SUITE GREATEST_RUN_SUITE
#define PASS GREATEST_PASS
#define FAIL GREATEST_FAIL
#define FAILm GREATEST_FAILm
#define SKIP GREATEST_SKIP
#define SKIPm GREATEST_SKIPm
#define ASSERT GREATEST_ASSERT
#define ASSERTm GREATEST_ASSERTm
#define ASSERT_FALSE GREATEST_ASSERT_FALSE
#define ASSERT_FALSEm GREATEST_ASSERT_FALSEm
#define ASSERT_EQ GREATEST_ASSERT_EQ
#define ASSERT_EQm GREATEST_ASSERT_EQm
#define ASSERT_EQ_FMT GREATEST_ASSERT_EQ_FMT
#define ASSERT_EQ_FMTm GREATEST_ASSERT_EQ_FMTm
#define ASSERT_IN_RANGE GREATEST_ASSERT_IN_RANGE
#define ASSERT_IN_RANGEm GREATEST_ASSERT_IN_RANGEm

#endif /* GREATEST_SUBSET_H */
