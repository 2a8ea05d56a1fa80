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

static void columns_and_sorting(void)
{
  diag_list *d = diag_list_new(10);
  diag_add(d, DIAG_ERROR, "a.xml", 9, "nine");
  diag_add_at(d, DIAG_ERROR, "a.xml", 3, 14, "three, column 14");
  diag_add(d, DIAG_WARNING, "a.xml", 3, "three, first of its line");
  diag_add_at(d, DIAG_ERROR, "a.xml", 3, 2, "three, column 2");
  diag_add(d, DIAG_ERROR, "a.xml", 0, "no line");
  diag_add(d, DIAG_ERROR, "a.xml", 3, "three, second of its line");
  diag_sort(d, 1);   /* the first entry stays where it is */
  static const char *const want[] = {
      "a.xml:9: error: nine",
      "a.xml: error: no line",
      "a.xml:3: warning: three, first of its line",
      "a.xml:3: error: three, second of its line",
      "a.xml:3:2: error: three, column 2",
      "a.xml:3:14: error: three, column 14"};
  char buf[200];
  CU_ASSERT_EQUAL(diag_count(d), 6);
  for (int i = 0; i < 6 && i < diag_count(d); i++) {
    diag_format(d, i, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, want[i]);
  }
  CU_ASSERT_EQUAL(diag_column_at(d, 5), 14);
  CU_ASSERT_EQUAL(diag_cap(d), 10);
  /* a column without a line is dropped; append keeps columns */
  diag_list *e = diag_list_new(2);
  diag_add_at(e, DIAG_ERROR, "b.xml", 0, 7, "x");
  diag_list_append(e, d);
  diag_format(e, 0, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "b.xml: error: x");
  diag_format(e, 1, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "a.xml:9: error: nine");
  CU_ASSERT_EQUAL(diag_dropped(e), 4);   /* cap 2: four of d's five errors; its warning is kept */
  diag_list_free(e);
  diag_list_free(d);
}

void test_diag_suite(void)
{
  CU_pSuite s = CU_add_suite("diag", NULL, NULL);
  CU_add_test(s, "format_with_location", format_with_location);
  CU_add_test(s, "cap_drops_errors", cap_drops_errors);
  CU_add_test(s, "columns_and_sorting", columns_and_sorting);
}
