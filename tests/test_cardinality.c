/* test_cardinality.c — the cardinality filter (specs/cardinality.h):
 * |Hom(P,Y)| = |T(Y)| for every Y, with a witness object when it fails,
 * on a category of several objects. */
#include <CUnit/CUnit.h>
#include <string.h>

#include "specs/cardinality.h"
#include "specs/spec.h"

void test_cardinality_suite(void);

/* a -f-> b, a -g-> b, b -h-> c: Hom(a,-) has 1, 2, 2 morphisms to a, b, c */
static const char *SPEC =
    "<?xml version=\"1.0\"?>\n"
    "<yoneda version=\"1\">\n"
    "  <category name=\"C\">\n"
    "    <object name=\"a\"/><object name=\"b\"/><object name=\"c\"/>\n"
    "    <morphism name=\"f\" source=\"a\" target=\"b\"/>\n"
    "    <morphism name=\"g\" source=\"a\" target=\"b\"/>\n"
    "    <morphism name=\"h\" source=\"b\" target=\"c\"/>\n"
    "  </category>\n"
    "  <task name=\"HomA\" category=\"C\">\n"
    "    <set object=\"a\" elements=\"id\"/>\n"
    "    <set object=\"b\" elements=\"f g\"/>\n"
    "    <set object=\"c\" elements=\"fh gh\"/>\n"
    "    <map morphism=\"f\" to=\"f\"/>\n"
    "    <map morphism=\"g\" to=\"g\"/>\n"
    "    <map morphism=\"h\" to=\"fh gh\"/>\n"
    "  </task>\n"
    "  <task name=\"Short\" category=\"C\">\n"
    "    <set object=\"a\" elements=\"x\"/>\n"
    "    <set object=\"b\" elements=\"y z\"/>\n"
    "    <set object=\"c\" elements=\"w\"/>\n"
    "    <map morphism=\"f\" to=\"y\"/>\n"
    "    <map morphism=\"g\" to=\"z\"/>\n"
    "    <map morphism=\"h\" to=\"w w\"/>\n"
    "  </task>\n"
    "</yoneda>\n";

static void filter(void)
{
  spec_options o;
  spec_options_init(&o);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(spec_load_buffer(SPEC, strlen(SPEC), "c.xml", &o, &s, NULL), YO_OK);
  const task *hom = spec_find_task(s, "HomA"), *shrt = spec_find_task(s, "Short");
  const category *c = task_category(hom);
  cardinality *k = cardinality_new(hom, c);
  CU_ASSERT_PTR_NOT_NULL_FATAL(k);
  int w = -1;
  CU_ASSERT_EQUAL(cardinality_check(k, 0, &w), 1);   /* a: 1, 2, 2 */
  CU_ASSERT_EQUAL(w, -1);
  CU_ASSERT_EQUAL(cardinality_check(k, 1, &w), 0);   /* |Hom(b,b)| = 1, |T(b)| = 2 */
  CU_ASSERT_EQUAL(w, 1);
  CU_ASSERT_EQUAL(cardinality_check(k, 2, NULL), 0);
  CU_ASSERT_EQUAL(cardinality_check(k, 0, &w), 1);   /* scratch reset between calls */
  cardinality_free(k);
  k = cardinality_new(shrt, c);
  w = -1;
  CU_ASSERT_EQUAL(cardinality_check(k, 0, &w), 0);   /* |Hom(a,c)| = 2, |T(c)| = 1 */
  CU_ASSERT_EQUAL(w, 2);
  cardinality_free(k);
  cardinality_free(NULL);
  spec_free(s);
}

void test_cardinality_suite(void)
{
  CU_pSuite s = CU_add_suite("cardinality", NULL, NULL);
  CU_add_test(s, "filter", filter);
}
