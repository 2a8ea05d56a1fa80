/* test_names.c — "did you mean" hints: nearest candidate by edit distance,
 * with the acceptance bar growing with the name's length. */
#include <CUnit/CUnit.h>
#include <string.h>

#include "specs/names.h"

void test_names_suite(void);

static const char *best(const char *want, const char *const *cands)
{
  names_hint h;
  names_hint_init(&h, want);
  for (int i = 0; cands[i]; i++) names_hint_offer(&h, cands[i]);
  return h.best;
}

static void hints(void)
{
  const char *objs[] = {"image", "label", "rot90", "Rotation", NULL};
  CU_ASSERT_STRING_EQUAL(best("imgae", objs), "image");        /* transposition */
  CU_ASSERT_STRING_EQUAL(best("imag", objs), "image");         /* deletion */
  CU_ASSERT_STRING_EQUAL(best("rot9", objs), "rot90");
  CU_ASSERT_STRING_EQUAL(best("Rotaton", objs), "Rotation");
  CU_ASSERT_PTR_NULL(best("zebra", objs));                     /* nothing close */
  CU_ASSERT_PTR_NULL(best("x", objs));                         /* too short to guess */
  const char *xs[] = {"x", "y", NULL};
  CU_ASSERT_PTR_NULL(best("z", xs));
  const char *two[] = {"ab", "xyz", NULL};
  CU_ASSERT_STRING_EQUAL(best("ba", two), "ab");
  const char *tie[] = {"abcd", "abce", NULL};
  CU_ASSERT_STRING_EQUAL(best("abcf", tie), "abcd");           /* first of equals */
  char longname[NAMES_HINT_MAX + 10];
  memset(longname, 'a', sizeof longname - 1);
  longname[sizeof longname - 1] = '\0';
  const char *longs[] = {longname, NULL};
  CU_ASSERT_PTR_NULL(best(longname, longs));                   /* not compared */
}

void test_names_suite(void)
{
  CU_pSuite s = CU_add_suite("names", NULL, NULL);
  CU_add_test(s, "hints", hints);
}
