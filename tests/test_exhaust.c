/* test_exhaust.c — the Z3 search (solver/search.h) against the exhaustive
 * check over the census (solver/exhaust.h): on small bounds both must give
 * the same answer, and a counterexample of the same sizes (morphisms,
 * objects, elements) — for hand-picked conjectures and for pseudo-random
 * property formulas of both variances.  Also: the census --check counts of
 * categories and tasks on tiny bounds, by hand. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solver/exhaust.h"
#include "solver/search.h"
#include "specs/spec.h"
#include "tests/fixtures.h"

void test_exhaust_suite(void);

static spec *load_search(const char *body, diag_list *d)
{
  return fixtures_load_body(body, "x.xml", d);
}

static int elements(const property_model *m)
{
  int e = 0;
  for (int x = 0; x < m->objects; x++) e += m->size[x];
  return e;
}

/* Both engines on search se; 1 when they agree. */
static int agree_on(const search *se, const char *what)
{
  diag_list *d = diag_list_new(10);
  search_options so;
  search_options_init(&so);
  so.timeout = 120;
  search_result *a = NULL, *b = NULL;
  yo_status sa = search_run(se, &so, &a, d);
  exhaust_options eo;
  exhaust_options_init(&eo);
  yo_status sb = exhaust_search(se, &eo, &b, NULL, d);
  int ok = sa == sb && (sa == YO_YES || sa == YO_NO);
  if (ok && sa == YO_YES) {
    const property_model *ma = search_result_model(a), *mb = search_result_model(b);
    ok = ma->objects == mb->objects && ma->morphisms == mb->morphisms &&
         elements(ma) == elements(mb);
    if (!ok)
      fprintf(stderr, "\n  sizes differ: z3 (%d, %d, %d), census (%d, %d, %d)\n", ma->objects,
              ma->morphisms, elements(ma), mb->objects, mb->morphisms, elements(mb));
    /* the exhaustive answer is a counterexample by the evaluator too */
    if (!property_counterexample(se, mb, NULL)) ok = 0;
  }
  if (!ok) fprintf(stderr, "\n  z3 %s, census %s on:\n%s\n", yo_status_name(sa),
                   yo_status_name(sb), what);
  search_result_free(a);
  search_result_free(b);
  diag_list_free(d);
  return ok;
}

static int agree(const char *xml)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_search(xml, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  int ok = agree_on(spec_search(s, 0), xml);
  spec_free(s);
  diag_list_free(d);
  return ok;
}

/* Every conjecture of specs/paper/conjectures.xml. */
static void conjectures(void)
{
  diag_list *d = diag_list_new(10);
  spec_options so;
  spec_options_init(&so);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(spec_load_file("../specs/paper/conjectures.xml", &so, &s, d), YO_OK);
  CU_ASSERT_TRUE(spec_search_count(s) >= 8);
  for (int i = 0; i < spec_search_count(s); i++)
    CU_ASSERT_TRUE(agree_on(spec_search(s, i), search_name(spec_search(s, i))));
  spec_free(s);
  diag_list_free(d);
}

static void hand_picked(void)
{
  static const char *const cases[] = {
    "<hypothesis><representable/></hypothesis><conclusion><nonempty/></conclusion>",
    "<hypothesis><has-initial/><constant size=\"1\"/></hypothesis>"
    "<conclusion><representable/></conclusion>",
    "<hypothesis><connected/><representable/></hypothesis><conclusion><nonempty/></conclusion>",
    "<hypothesis><one-object/><not><discrete/></not></hypothesis>"
    "<conclusion><not><representable/></not></conclusion>",
    "<hypothesis><groupoid/><connected/></hypothesis><conclusion><thin/></conclusion>",
    "<hypothesis><has-terminal/><not><has-initial/></not></hypothesis>"
    "<conclusion><one-object/></conclusion>",
    "<conclusion><or><thin/><groupoid/><one-object/></or></conclusion>",
    "<hypothesis><nonempty/><representable/></hypothesis>"
    "<conclusion><has-initial/></conclusion>",
    /* smallest counterexample: an arrow and a separate point (3, 4) */
    "<hypothesis><thin/><not><discrete/></not><not><one-object/></not></hypothesis>"
    "<conclusion><connected/></conclusion>",
    "<hypothesis><not><connected/></not><representable/></hypothesis>"
    "<conclusion><not><nonempty/></not></conclusion>",
    "<hypothesis><constant size=\"2\"/></hypothesis><conclusion><not><representable/></not>"
    "</conclusion>",
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    for (int v = 0; v < 2; v++) {
      char xml[1024];
      snprintf(xml, sizeof xml,
               "<search name=\"s\" max-objects=\"3\" max-morphisms=\"4\" max-elements=\"2\" "
               "variance=\"%s\">%s</search>\n",
               v ? "contravariant" : "covariant", cases[i]);
      CU_ASSERT_TRUE(agree(xml));
    }
}

/* ---- pseudo-random formulas -------------------------------------------------- */

static unsigned long rng = 12345;
static unsigned next_rand(unsigned n)
{
  rng = rng * 6364136223846793005UL + 1442695040888963407UL;
  return (unsigned)((rng >> 33) % n);
}

static void random_prop(char *buf, size_t cap, int depth)
{
  static const char *const atoms[] = {
    "<connected/>", "<groupoid/>", "<thin/>", "<one-object/>", "<has-initial/>",
    "<has-terminal/>", "<discrete/>", "<representable/>", "<representable/>", "<nonempty/>",
    "<constant size=\"0\"/>", "<constant size=\"1\"/>", "<constant size=\"2\"/>"};
  unsigned k = next_rand(depth > 0 ? 16 : 13);
  if (k < 13) {
    snprintf(buf, cap, "%s", atoms[k]);
    return;
  }
  char a[512], b[512];
  random_prop(a, sizeof a, depth - 1);
  if (k == 13) {
    snprintf(buf, cap, "<not>%s</not>", a);
    return;
  }
  random_prop(b, sizeof b, depth - 1);
  snprintf(buf, cap, "<%s>%s%s</%s>", k == 14 ? "and" : "or", a, b, k == 14 ? "and" : "or");
}

static void random_formulas(void)
{
  for (int i = 0; i < 48; i++) {
    char h[1100], c[1100], xml[3000];
    random_prop(h, sizeof h, 2);
    random_prop(c, sizeof c, 2);
    snprintf(xml, sizeof xml,
             "<search name=\"r%d\" max-objects=\"%u\" max-morphisms=\"%u\" max-elements=\"2\" "
             "variance=\"%s\"><hypothesis>%s</hypothesis><conclusion>%s</conclusion></search>\n",
             i, 1 + next_rand(3), 1 + next_rand(4), next_rand(2) ? "contravariant" : "covariant",
             h, c);
    CU_ASSERT_TRUE(agree(xml));
  }
}

/* Hand counts: with at most 2 morphisms there are 1 + 3 categories (the
 * point; two points, Z2, the idempotent e e = e); tasks with at most one
 * element per set: point 2, two points 4, Z2 2, idempotent 2 = 10. */
static void counts(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_search("<search name=\"s\" max-objects=\"2\" max-morphisms=\"2\" "
                        "max-elements=\"1\"><conclusion><or><thin/><not><thin/></not></or>"
                        "</conclusion></search>\n",
                        d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  exhaust_options eo;
  exhaust_options_init(&eo);
  exhaust_stats st;
  search_result *r = NULL;
  CU_ASSERT_EQUAL(exhaust_search(spec_search(s, 0), &eo, &r, &st, d), YO_NO);
  CU_ASSERT_EQUAL(st.categories, 4);
  CU_ASSERT_EQUAL(st.tasks, 10);
  CU_ASSERT_PTR_NULL(r);
  /* only the level of exactly 2 morphisms: 3 categories, 8 tasks */
  eo.morphisms = 2;
  CU_ASSERT_EQUAL(exhaust_search(spec_search(s, 0), &eo, &r, &st, d), YO_NO);
  CU_ASSERT_EQUAL(st.categories, 3);
  CU_ASSERT_EQUAL(st.tasks, 8);
  spec_free(s);
  diag_list_free(d);
}

void test_exhaust_suite(void)
{
  CU_pSuite s = CU_add_suite("exhaust", NULL, NULL);
  CU_add_test(s, "counts", counts);
  CU_add_test(s, "hand_picked", hand_picked);
  CU_add_test(s, "random_formulas", random_formulas);
  CU_add_test(s, "conjectures", conjectures);
}
