/* runner.c — the CUnit test runner.  Every tests/test_NAME.c defines
 * `void test_NAME_suite(void)` adding one suite; the build generates the list.
 * Usage: test_runner [SUITE...]   (no argument: all suites).  Runs from tests/
 * so suites can open fixtures by relative path.  Exit 1 on any failure. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>

#define SUITE(name) void test_##name##_suite(void);
#include "suites.inc"
#undef SUITE

int main(int argc, char **argv)
{
  if (CU_initialize_registry() != CUE_SUCCESS) return 4;
#define SUITE(name) test_##name##_suite();
#include "suites.inc"
#undef SUITE
  CU_basic_set_mode(CU_BRM_VERBOSE);
  if (argc > 1) {
    for (int i = 1; i < argc; i++) {
      CU_pSuite s = CU_get_suite(argv[i]);
      if (!s) {
        fprintf(stderr, "test_runner: no suite named '%s'\n", argv[i]);
        CU_cleanup_registry();
        return 2;
      }
      CU_basic_run_suite(s);
    }
  } else {
    CU_basic_run_tests();
  }
  unsigned fails = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
  unsigned run = CU_get_number_of_tests_run();
  CU_cleanup_registry();
  if (run == 0) {
    fprintf(stderr, "test_runner: no test ran\n");
    return 1;
  }
  return fails ? 1 : 0;
}
