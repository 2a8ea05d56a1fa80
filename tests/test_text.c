/* test_text.c — the string chores (specs/text.h): copies, cut fragments,
 * and a growing buffer across many reallocations. */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>

#include "specs/text.h"

void test_text_suite(void);

static void dup_and_cut(void)
{
  char *c = text_dup("abc");
  CU_ASSERT_STRING_EQUAL(c, "abc");
  free(c);
  CU_ASSERT_PTR_NULL(text_dup(NULL));
  char buf[8];
  strcpy(buf, "0123456");   /* as if a writer needed 10 characters */
  CU_ASSERT_STRING_EQUAL(text_cut(buf, sizeof buf, 10), "0123...");
  strcpy(buf, "0123456");   /* it needed 7: it fit */
  CU_ASSERT_STRING_EQUAL(text_cut(buf, sizeof buf, 7), "0123456");
  CU_ASSERT_STRING_EQUAL(text_cut(buf, sizeof buf, -1), "0123456");
}

static void growing(void)
{
  text_buf b = {0};
  for (int i = 0; i < 1000; i++) text_printf(&b, "%d,", i % 10);
  CU_ASSERT_EQUAL(b.oom, 0);
  CU_ASSERT_EQUAL(b.len, 2000);
  CU_ASSERT_EQUAL(strlen(b.s), 2000);
  CU_ASSERT_EQUAL(strncmp(b.s, "0,1,2,", 6), 0);
  CU_ASSERT_EQUAL(strcmp(b.s + 1994, "7,8,9,"), 0);
  free(b.s);
  text_buf e = {0};
  text_printf(&e, "%s", "");
  CU_ASSERT_PTR_NOT_NULL(e.s);
  CU_ASSERT_STRING_EQUAL(e.s, "");
  free(e.s);
}

void test_text_suite(void)
{
  CU_pSuite s = CU_add_suite("text", NULL, NULL);
  CU_add_test(s, "dup_and_cut", dup_and_cut);
  CU_add_test(s, "growing", growing);
}
