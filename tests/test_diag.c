/* test_diag.c — diagnostics list: formatting, cap, counters. */
#include <CUnit/CUnit.h>
#include <string.h>

#include "specs/diag.h"

void test_diag_suite(void);

static void format_with_location(void)
{
  diag_list *d = diag_list_new(10);
  diag_add(d, DIAG_ERROR, "a.xml", 12, "unknown object '%s' in <map>", "z");
  diag_add(d, DIAG_WARNING, "a.xml", 0, "w");
  diag_add(d, DIAG_ERROR, NULL, 0, "plain");
  char buf[200];
  diag_format(d, 0, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "a.xml:12: error: unknown object 'z' in <map>");
  diag_format(d, 1, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "a.xml: warning: w");
  diag_format(d, 2, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "error: plain");
  CU_ASSERT_EQUAL(diag_error_count(d), 2);
  CU_ASSERT_EQUAL(diag_warning_count(d), 1);
  diag_list_free(d);
}

static void cap_drops_errors(void)
{
  diag_list *d = diag_list_new(3);
  for (int i = 0; i < 10; i++) diag_add(d, DIAG_ERROR, "f", i + 1, "e%d", i);
  CU_ASSERT_EQUAL(diag_count(d), 3);
  CU_ASSERT_EQUAL(diag_error_count(d), 10);
  CU_ASSERT_EQUAL(diag_dropped(d), 7);
  CU_ASSERT_TRUE(diag_full(d));
  diag_list_clear(d);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  CU_ASSERT_FALSE(diag_full(d));
  diag_list_free(d);
}

void test_diag_suite(void)
{
  CU_pSuite s = CU_add_suite("diag", NULL, NULL);
  CU_add_test(s, "format_with_location", format_with_location);
  CU_add_test(s, "cap_drops_errors", cap_drops_errors);
}
