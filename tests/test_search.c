/* test_search.c — <search> (specs/search.h), the property evaluator
 * (solver/property.h), the Z3 search (encodings/search.h, solver/search.h):
 * loading and its errors, every property on hand-computed categories and
 * tasks, the number of functorial tasks on small categories, smallest
 * models of each property found by Z3 (sizes computed by hand), the
 * re-check rejecting a bad model, shards, timeouts, and the conjectures of
 * specs/paper/conjectures.xml. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solver/property.h"
#include "solver/search.h"
#include "specs/spec.h"
#include "tests/fixtures.h"

void test_search_suite(void);

static spec *load_text(const char *body, diag_list *d)
{
  return fixtures_load_body(body, "t.xml", d);
}

/* Is some diagnostic exactly `want`? */
static int has_diag(const diag_list *d, const char *want)
{
  char m[600];
  for (int i = 0; i < diag_count(d); i++) {
    diag_format(d, i, m, sizeof m);
    if (strcmp(m, want) == 0) return 1;
  }
  for (int i = 0; i < diag_count(d); i++) {
    diag_format(d, i, m, sizeof m);
    fprintf(stderr, "\n  got: %s", m);
  }
  fprintf(stderr, "\n  wanted: %s\n", want);
  return 0;
}

/* ---- loading --------------------------------------------------------------- */

static void loads_search(void)
{
  diag_list *d = diag_list_new(20);
  spec *s = load_text(
      "<search name=\"s\" max-objects=\"3\" max-morphisms=\"5\" max-elements=\"2\"\n"
      "        variance=\"contravariant\">\n"
      "  <hypothesis><representable/><or><thin/><not><groupoid/></not></or></hypothesis>\n"
      "  <hypothesis><constant size=\"1\"/></hypothesis>\n"
      "  <conclusion><has-terminal/></conclusion>\n"
      "</search>\n"
      "<search name=\"u\" max-objects=\"1\" max-morphisms=\"1\" max-elements=\"0\">\n"
      "  <conclusion><and><connected/><discrete/></and><one-object/></conclusion>\n"
      "</search>\n"
      "<claim name=\"c\" search=\"s\" expect=\"no-counterexample\"/>\n",
      d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  CU_ASSERT_EQUAL(spec_search_count(s), 2);
  const search *se = spec_find_search(s, "s");
  CU_ASSERT_PTR_NOT_NULL_FATAL(se);
  CU_ASSERT_PTR_EQUAL(spec_search(s, 0), se);
  CU_ASSERT_PTR_NULL(spec_find_search(s, "nope"));
  CU_ASSERT_EQUAL(search_max_objects(se), 3);
  CU_ASSERT_EQUAL(search_max_morphisms(se), 5);
  CU_ASSERT_EQUAL(search_max_elements(se), 2);
  CU_ASSERT_EQUAL(search_variance(se), TASK_CONTRAVARIANT);
  CU_ASSERT_EQUAL(search_line(se), 4);   /* libxml2: the line where the start tag ends */
  const search_prop *h = search_hypothesis(se);
  CU_ASSERT_EQUAL(search_prop_kind_of(h), PROP_AND);
  CU_ASSERT_EQUAL(search_prop_child_count(h), 3);
  CU_ASSERT_EQUAL(search_prop_kind_of(search_prop_child(h, 1)), PROP_OR);
  CU_ASSERT_EQUAL(search_prop_size(search_prop_child(h, 2)), 1);
  CU_ASSERT_TRUE(search_prop_uses(h, PROP_GROUPOID));
  CU_ASSERT_FALSE(search_prop_uses(h, PROP_HAS_TERMINAL));
  char text[256];
  search_prop_format(h, text, sizeof text);
  CU_ASSERT_STRING_EQUAL(text, "representable and (thin or not groupoid) and constant size=1");
  search_prop_format(search_conclusion(spec_search(s, 1)), text, sizeof text);
  CU_ASSERT_STRING_EQUAL(text, "(connected and discrete) and one-object");
  /* search_to_xml reads back as the same search */
  char *x = search_to_xml(se, "");
  CU_ASSERT_PTR_NOT_NULL_FATAL(x);
  spec *s2 = load_text(x, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s2);
  const search *se2 = spec_search(s2, 0);
  char t2[256];
  search_prop_format(search_hypothesis(se2), t2, sizeof t2);
  search_prop_format(h, text, sizeof text);
  CU_ASSERT_STRING_EQUAL(t2, text);
  CU_ASSERT_EQUAL(search_variance(se2), TASK_CONTRAVARIANT);
  CU_ASSERT_EQUAL(search_max_morphisms(se2), 5);
  free(x);
  spec_free(s2);
  spec_free(s);
  diag_list_free(d);
}

static void rejects_bad_search(void)
{
  diag_list *d = diag_list_new(20);
  spec *s = load_text(
      "<search name=\"s\" max-objects=\"0\" max-morphisms=\"17\" max-elements=\"9\">\n"
      "  <conclusion><nonempty/></conclusion>\n"
      "</search>\n"
      "<search name=\"s\" max-objects=\"1\" max-morphisms=\"1\" max-elements=\"1\">\n"
      "  <conclusion><nonempty/></conclusion>\n"
      "</search>\n"
      "<claim name=\"c\" search=\"nope\" expect=\"counterexample\"/>\n",
      d);
  CU_ASSERT_PTR_NULL(s);
  CU_ASSERT_TRUE(has_diag(d, "t.xml:3: error: max-objects=\"0\" in <search name=\"s\">: the "
                             "number of objects must be an integer from 1 to 16"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:3: error: max-morphisms=\"17\" in <search name=\"s\">: the "
                             "number of morphisms must be an integer from 1 to 16"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:3: error: max-elements=\"9\" in <search name=\"s\">: the "
                             "number of elements per set must be an integer from 0 to 8"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:6: error: duplicate search name 's' in <search "
                             "name=\"s\"> (first declared at line 3)"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:9: error: unknown search 'nope' in <claim name=\"c\">"));
  diag_list_clear(d);
  /* structural errors, explained by the schema walk */
  s = load_text("<search name=\"s\" max-objects=\"1\" max-morphisms=\"1\" max-elements=\"x\">\n"
                "  <conclusion><not><thin/><thin/></not><constant size=\"-1\"/></conclusion>\n"
                "</search>\n"
                "<claim name=\"c\" expect=\"counterexample\"/>\n",
                d);
  CU_ASSERT_PTR_NULL(s);
  CU_ASSERT_TRUE(has_diag(d, "t.xml:3: error: invalid number 'x' in max-elements of <search "
                             "name=\"s\"> (expected an integer >= 0)"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:4: error: <not> needs exactly one property"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:4: error: invalid number '-1' in size of <constant> "
                             "(expected an integer >= 0)"));
  CU_ASSERT_TRUE(has_diag(d, "t.xml:6: error: missing attribute 'search' in <claim "
                             "name=\"c\">"));
  diag_list_free(d);
}

/* ---- the evaluator ---------------------------------------------------------- */

/* The value of the property written as XML `prop` on task T of the spec. */
static int eval_on(const spec *s, const char *tname, const char *prop)
{
  diag_list *d = diag_list_new(10);
  char body[1024];
  snprintf(body, sizeof body,
           "<search name=\"p\" max-objects=\"9\" max-morphisms=\"9\" max-elements=\"8\">"
           "<conclusion>%s</conclusion></search>\n",
           prop);
  spec *ps = load_text(body, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(ps);
  const task *t = spec_find_task(s, tname);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  property_tables *pt = property_tables_from_task(t, 1000, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL(pt);
  int v = property_eval(search_conclusion(spec_search(ps, 0)), property_tables_model(pt));
  property_tables_free(pt);
  spec_free(ps);
  diag_list_free(d);
  return v;
}

static const char *const examples =
    /* the walking arrow a -> b: a initial, b terminal */
    "<category name=\"Arrow\"><object name=\"a\"/><object name=\"b\"/>"
    "<morphism name=\"f\" source=\"a\" target=\"b\"/></category>\n"
    "<task name=\"HomA\" category=\"Arrow\"><set object=\"a\" elements=\"i\"/>"
    "<set object=\"b\" elements=\"f\"/><map morphism=\"f\" to=\"f\"/></task>\n"
    "<task name=\"HomB\" category=\"Arrow\"><set object=\"a\" elements=\"\"/>"
    "<set object=\"b\" elements=\"i\"/><map morphism=\"f\" to=\"\"/></task>\n"
    "<task name=\"HomIntoA\" category=\"Arrow\" variance=\"contravariant\">"
    "<set object=\"a\" elements=\"i\"/><set object=\"b\" elements=\"\"/>"
    "<map morphism=\"f\" to=\"\"/></task>\n"
    "<task name=\"Two\" category=\"Arrow\"><set object=\"a\" elements=\"p q\"/>"
    "<set object=\"b\" elements=\"p q\"/><map morphism=\"f\" to=\"p q\"/></task>\n"
    /* Z2: one object, r r = identity */
    "<category name=\"Z2\"><object name=\"x\"/><morphism name=\"r\" source=\"x\" target=\"x\"/>"
    "<equation lhs=\"r r\" rhs=\"x\"/></category>\n"
    "<task name=\"Regular\" category=\"Z2\"><set object=\"x\" elements=\"p q\"/>"
    "<map morphism=\"r\" to=\"q p\"/></task>\n"
    "<task name=\"Fixed\" category=\"Z2\"><set object=\"x\" elements=\"p q\"/>"
    "<map morphism=\"r\" to=\"p q\"/></task>\n"
    /* two objects, no morphism between; and the idempotent monoid e e = e */
    "<category name=\"Two\"><object name=\"x\"/><object name=\"y\"/></category>\n"
    "<task name=\"HomX\" category=\"Two\"><set object=\"x\" elements=\"i\"/>"
    "<set object=\"y\" elements=\"\"/></task>\n"
    "<category name=\"Idem\"><object name=\"x\"/><morphism name=\"e\" source=\"x\" target=\"x\"/>"
    "<equation lhs=\"e e\" rhs=\"e\"/></category>\n"
    "<task name=\"IdemPoint\" category=\"Idem\"><set object=\"x\" elements=\"z\"/>"
    "<map morphism=\"e\" to=\"z\"/></task>\n"
    "<task name=\"IdemHom\" category=\"Idem\"><set object=\"x\" elements=\"i e\"/>"
    "<map morphism=\"e\" to=\"e e\"/></task>\n";

static void properties_by_hand(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_text(examples, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  /* category properties: Arrow, Z2, Two, Idem */
  static const struct {
    const char *task, *prop;
    int want;
  } cases[] = {
    {"HomA", "<connected/>", 1},     {"HomX", "<connected/>", 0},
    {"Regular", "<connected/>", 1},  {"HomA", "<groupoid/>", 0},
    {"Regular", "<groupoid/>", 1},   {"IdemPoint", "<groupoid/>", 0},
    {"HomX", "<groupoid/>", 1},      {"HomA", "<thin/>", 1},
    {"Regular", "<thin/>", 0},       {"HomX", "<thin/>", 1},
    {"HomA", "<one-object/>", 0},    {"Regular", "<one-object/>", 1},
    {"HomA", "<has-initial/>", 1},   {"HomA", "<has-terminal/>", 1},
    {"HomX", "<has-initial/>", 0},   {"HomX", "<has-terminal/>", 0},
    {"Regular", "<has-initial/>", 0}, {"IdemPoint", "<has-terminal/>", 0},
    {"HomA", "<discrete/>", 0},      {"HomX", "<discrete/>", 1},
    {"Regular", "<discrete/>", 0},
    /* task properties */
    {"HomA", "<representable/>", 1}, {"HomB", "<representable/>", 1},
    {"HomIntoA", "<representable/>", 1}, {"Two", "<representable/>", 0},
    {"Regular", "<representable/>", 1}, {"Fixed", "<representable/>", 0},
    {"HomX", "<representable/>", 1}, {"IdemPoint", "<representable/>", 0},
    {"IdemHom", "<representable/>", 1},
    {"HomA", "<nonempty/>", 1},      {"HomB", "<nonempty/>", 0},
    {"HomX", "<nonempty/>", 0},      {"Two", "<nonempty/>", 1},
    {"HomA", "<constant size=\"1\"/>", 1}, {"Two", "<constant size=\"2\"/>", 1},
    {"Two", "<constant size=\"1\"/>", 0}, {"Fixed", "<constant size=\"2\"/>", 1},
    {"Regular", "<constant size=\"2\"/>", 0}, {"HomB", "<constant size=\"1\"/>", 0},
    {"IdemPoint", "<constant size=\"1\"/>", 1},
    /* combinators */
    {"HomA", "<not><thin/></not>", 0}, {"HomA", "<and><thin/><connected/></and>", 1},
    {"HomA", "<and><thin/><groupoid/></and>", 0}, {"HomA", "<or><groupoid/><thin/></or>", 1},
    {"Regular", "<or><thin/><discrete/></or>", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int v = eval_on(s, cases[i].task, cases[i].prop);
    if (v != cases[i].want)
      fprintf(stderr, "\n  %s on %s: got %d, by hand %d\n", cases[i].prop, cases[i].task, v,
              cases[i].want);
    CU_ASSERT_EQUAL(v, cases[i].want);
  }
  spec_free(s);
  diag_list_free(d);
}

static int count_visit(const property_model *m, void *user)
{
  (void)m;
  (*(long *)user)++;
  return 0;
}

/* Hand counts: tasks on Arrow with sets of at most 2 elements are the
 * functions T(a) -> T(b): sum over sizes a, b in 0..2 of b^a = 11 (both
 * variances, by symmetry); on Z2: the empty set, one point, and on two
 * points the identity or the swap: 4; on Idem (e e = e) with 2 elements:
 * 1 + 1 + idempotents of {0,1} (id, const 0, const 1) = 5. */
static void counts_tasks(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_text(examples, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  static const struct {
    const char *task;
    int maxe;
    task_variance v;
    long want;
  } cases[] = {
    {"HomA", 2, TASK_COVARIANT, 11},  {"HomA", 2, TASK_CONTRAVARIANT, 11},
    {"Regular", 2, TASK_COVARIANT, 4}, {"IdemPoint", 2, TASK_COVARIANT, 5},
    {"HomX", 2, TASK_COVARIANT, 9},   {"HomA", 0, TASK_COVARIANT, 1},
    /* Z2 on 3 points: involutions of 3 points: 1 + 3 = 4; total 1+1+2+4 */
    {"Regular", 3, TASK_COVARIANT, 8},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    property_tables *pt = property_tables_from_task(spec_find_task(s, cases[i].task), 100, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pt);
    long visited = 0, counted = 0;
    int r = property_each_task(property_tables_model(pt), cases[i].maxe, cases[i].v, count_visit,
                               &visited, &counted);
    CU_ASSERT_EQUAL(r, 0);
    if (visited != cases[i].want)
      fprintf(stderr, "\n  tasks on %s (max %d): %ld, by hand %ld\n", cases[i].task,
              cases[i].maxe, visited, cases[i].want);
    CU_ASSERT_EQUAL(visited, cases[i].want);
    CU_ASSERT_EQUAL(counted, cases[i].want);
    property_tables_free(pt);
  }
  spec_free(s);
  diag_list_free(d);
}

/* ---- Z3 search ---------------------------------------------------------------- */

/* Run the search written as XML; return its status and the model's sizes. */
static yo_status run_search(const char *xml, int *objects, int *morphisms, int *elements,
                            int *classes)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_text(xml, d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  const search *se = spec_search(s, 0);
  search_options o;
  search_options_init(&o);
  o.timeout = 60;
  search_result *r = NULL;
  yo_status st = search_run(se, &o, &r, d);
  if (st == YO_YES) {
    const property_model *m = search_result_model(r);
    *objects = m->objects;
    *morphisms = m->morphisms;
    *elements = 0;
    for (int x = 0; x < m->objects; x++) *elements += m->size[x];
    CU_ASSERT_TRUE(search_result_minimal(r));
    /* the model is a counterexample by the evaluator, and survives the
     * round trip through the spec loader */
    CU_ASSERT_TRUE(property_counterexample(se, m, NULL));
    char *text = search_counterexample_xml(se, m);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    CU_ASSERT_EQUAL(search_confirm(se, m, text, "ce.xml", d), YO_OK);
    free(text);
  }
  if (classes) *classes = r ? search_result_classes(r) : -1;
  search_result_free(r);
  spec_free(s);
  diag_list_free(d);
  return st;
}

/* The smallest model of each property (conclusion "not P" finds a model of
 * P), in the order (morphisms, objects, elements); sizes by hand. */
static void smallest_models(void)
{
  static const struct {
    const char *hyp, *concl, *variance;
    int objects, morphisms, elements;
  } cases[] = {
    /* connected with two objects: the walking arrow */
    {"<connected/>", "<one-object/>", "covariant", 2, 3, 0},
    {"<nonempty/>", "<connected/>", "covariant", 2, 2, 2},
    /* a non-trivial group: Z2 */
    {"<groupoid/>", "<discrete/>", "covariant", 1, 2, 0},
    {"<one-object/>", "<thin/>", "covariant", 1, 2, 0},
    {"<one-object/><nonempty/>", "<groupoid/>", "covariant", 1, 2, 1},
    {"<has-initial/>", "<one-object/>", "covariant", 2, 3, 0},
    {"<has-terminal/><not><has-initial/></not>", "<one-object/>", "covariant", 2, 4, 0},
    {"<nonempty/>", "<has-initial/>", "covariant", 1, 2, 1},
    /* representable but with an empty set: Hom(x0,-) on two objects */
    {"<representable/>", "<nonempty/>", "covariant", 2, 2, 1},
    {"<representable/>", "<nonempty/>", "contravariant", 2, 2, 1},
    /* not constant: Hom(x,-) on Z2 or on e e = e, 2 elements (one
     * morphism: every representable task is the point) */
    {"<representable/>", "<constant size=\"1\"/>", "contravariant", 1, 2, 2},
    {"<representable/><nonempty/>", "<constant size=\"1\"/>", "covariant", 1, 2, 2},
    {"<constant size=\"2\"/>", "<discrete/>", "covariant", 1, 2, 2},
    {"<one-object/><constant size=\"1\"/>", "<representable/>", "covariant", 1, 2, 1},
    {"<or><groupoid/><thin/></or><not><one-object/></not>", "<discrete/>", "covariant", 2, 3, 0},
    /* a connected groupoid on two objects with a non-trivial group has 8
     * morphisms: within 6 only the thin one, 4 morphisms */
    {"<connected/><groupoid/><not><one-object/></not>", "<not><thin/></not>", "covariant", 2, 4,
     0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char xml[1024];
    snprintf(xml, sizeof xml,
             "<search name=\"s\" max-objects=\"2\" max-morphisms=\"6\" max-elements=\"2\" "
             "variance=\"%s\"><hypothesis>%s</hypothesis><conclusion>%s</conclusion></search>\n",
             cases[i].variance, cases[i].hyp, cases[i].concl);
    int n = -1, m = -1, e = -1;
    yo_status st = run_search(xml, &n, &m, &e, NULL);
    CU_ASSERT_EQUAL(st, YO_YES);
    if (n != cases[i].objects || m != cases[i].morphisms || e != cases[i].elements)
      fprintf(stderr, "\n  case %zu (%s => %s): %d objects, %d morphisms, %d elements; by hand "
                      "%d, %d, %d\n",
              i, cases[i].hyp, cases[i].concl, n, m, e, cases[i].objects, cases[i].morphisms,
              cases[i].elements);
    CU_ASSERT_EQUAL(n, cases[i].objects);
    CU_ASSERT_EQUAL(m, cases[i].morphisms);
    CU_ASSERT_EQUAL(e, cases[i].elements);
  }
}

/* True statements: no counterexample. */
static void true_statements(void)
{
  static const char *const cases[] = {
    "<hypothesis><has-initial/><constant size=\"1\"/></hypothesis>"
    "<conclusion><representable/></conclusion>",
    "<hypothesis><discrete/></hypothesis><conclusion><thin/><groupoid/></conclusion>",
    "<hypothesis><one-object/><thin/></hypothesis><conclusion><discrete/></conclusion>",
    "<hypothesis><representable/><connected/><groupoid/></hypothesis>"
    "<conclusion><nonempty/></conclusion>",
    "<conclusion><or><representable/><not><representable/></not></or></conclusion>",
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char xml[1024];
    snprintf(xml, sizeof xml,
             "<search name=\"s\" max-objects=\"2\" max-morphisms=\"4\" max-elements=\"2\">%s"
             "</search>\n",
             cases[i]);
    int n, m, e, classes = 0;
    CU_ASSERT_EQUAL(run_search(xml, &n, &m, &e, &classes), YO_NO);
    CU_ASSERT_EQUAL(classes, 7);   /* (m, n): (1,1) (2,1) (2,2) (3,1) (3,2) (4,1) (4,2) */
  }
}

/* A table that is not associative, or a model that is no counterexample,
 * is rejected by the re-check. */
static void confirm_rejects(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_text("<search name=\"s\" max-objects=\"1\" max-morphisms=\"3\" "
                      "max-elements=\"1\"><conclusion><thin/></conclusion></search>\n",
                      d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  const search *se = spec_search(s, 0);
  /* one object, morphisms id=0, a=1, b=2: a a = a, a b = b, b a = a,
   * b b = a: (b b) b = a b = b but b (b b) = b a = a */
  int src[3] = {0, 0, 0}, tgt[3] = {0, 0, 0}, id[1] = {0};
  int comp[9] = {0, 1, 2, 1, 1, 2, 2, 1, 1};
  int size[1] = {0}, act[3] = {-1, -1, -1};
  property_model m = {1, 3, src, tgt, id, comp, TASK_COVARIANT, size, act, 1};
  char *x = search_counterexample_xml(se, &m);
  CU_ASSERT_PTR_NOT_NULL_FATAL(x);
  CU_ASSERT_EQUAL(search_confirm(se, &m, x, "bad.xml", d), YO_INTERNAL);
  CU_ASSERT_TRUE(diag_count(d) > 0 &&
                 strstr(diag_message_at(d, 0), "internal error: the counterexample") != NULL);
  free(x);
  diag_list_clear(d);
  /* associative (a a = a, b b = b, a b = b, b a = a) but the search wants
   * "not thin" and this is ... not thin: a counterexample; with max-objects
   * honoured; change the conclusion's truth by using a thin model instead */
  int comp2[9] = {0, 1, 2, 1, 1, 2, 2, 1, 2};
  m.compose = comp2;
  x = search_counterexample_xml(se, &m);
  CU_ASSERT_EQUAL(search_confirm(se, &m, x, "ok.xml", d), YO_OK);
  free(x);
  /* a one-morphism model is thin: the conclusion holds, not a counterexample */
  property_model t = {1, 1, src, tgt, id, comp, TASK_COVARIANT, size, act, 1};
  int c1[1] = {0};
  t.compose = c1;
  x = search_counterexample_xml(se, &t);
  CU_ASSERT_EQUAL(search_confirm(se, &t, x, "thin.xml", d), YO_INTERNAL);
  CU_ASSERT_TRUE(diag_count(d) > 0 &&
                 strstr(diag_message_at(d, 0), "the conclusion holds") != NULL);
  free(x);
  spec_free(s);
  diag_list_free(d);
}

static void shards_and_timeout(void)
{
  diag_list *d = diag_list_new(10);
  spec *s = load_text("<search name=\"s\" max-objects=\"2\" max-morphisms=\"4\" "
                      "max-elements=\"1\"><conclusion><or><thin/><not><thin/></not></or>"
                      "</conclusion></search>\n"
                      "<search name=\"hard\" max-objects=\"3\" max-morphisms=\"16\" "
                      "max-elements=\"8\"><hypothesis><has-initial/><constant size=\"1\"/>"
                      "</hypothesis><conclusion><representable/></conclusion></search>\n",
                      d);
  CU_ASSERT_PTR_NOT_NULL_FATAL(s);
  int total = 0;
  for (int k = 1; k <= 3; k++) {
    search_options o;
    search_options_init(&o);
    o.shard_k = k;
    o.shard_n = 3;
    search_result *r = NULL;
    CU_ASSERT_EQUAL(search_run(spec_search(s, 0), &o, &r, d), YO_NO);
    total += search_result_classes(r);
    search_result_free(r);
  }
  CU_ASSERT_EQUAL(total, 7);
  search_options o;
  search_options_init(&o);
  o.timeout = 0.3;
  search_result *r = NULL;
  CU_ASSERT_EQUAL(search_run(spec_search(s, 1), &o, &r, d), YO_LIMIT);
  CU_ASSERT_PTR_NULL(search_result_model(r));
  search_result_free(r);
  spec_free(s);
  diag_list_free(d);
}

/* specs/paper/conjectures.xml: each claim's answer, and the sizes of the
 * counterexamples (by hand, docs/paper.md). */
static void conjectures(void)
{
  static const struct {
    const char *claim;
    int objects, morphisms, elements;   /* 0s: no counterexample */
  } hand[] = {
    {"representable-implies-nonempty", 2, 2, 1},
    {"connected-representable-implies-nonempty", 2, 3, 1},
    {"connected-groupoid-representable-implies-nonempty", 0, 0, 0},
    {"initial-and-point-implies-representable", 0, 0, 0},
    {"terminal-and-point-implies-representable", 0, 0, 0},
    {"point-representable-implies-initial", 0, 0, 0},
    {"corollary-1-constant-labels", 0, 0, 0},
    {"one-object-never-representable", 1, 2, 2},
  };
  diag_list *d = diag_list_new(10);
  spec_options so;
  spec_options_init(&so);
  spec *s = NULL;
  CU_ASSERT_EQUAL_FATAL(spec_load_file("../specs/paper/conjectures.xml", &so, &s, d), YO_OK);
  CU_ASSERT_EQUAL(spec_claim_count(s), (int)(sizeof hand / sizeof hand[0]));
  for (int i = 0; i < spec_claim_count(s); i++) {
    const spec_claim *c = spec_claim_at(s, i);
    size_t h = 0;
    while (h < sizeof hand / sizeof hand[0] && strcmp(hand[h].claim, spec_claim_name(c)) != 0)
      h++;
    if (h == sizeof hand / sizeof hand[0]) {
      fprintf(stderr, "\n  claim %s has no hand entry\n", spec_claim_name(c));
      CU_FAIL("claim without a hand entry");
      continue;
    }
    const search *se = spec_find_search(s, spec_claim_attr(c, "search"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(se);
    int want = strcmp(spec_claim_expect(c), "counterexample") == 0;
    CU_ASSERT_EQUAL(want, hand[h].objects > 0);
    search_options o;
    search_options_init(&o);
    o.timeout = 120;
    search_result *r = NULL;
    yo_status st = search_run(se, &o, &r, d);
    CU_ASSERT_EQUAL(st, want ? YO_YES : YO_NO);
    if (st == YO_YES) {
      const property_model *m = search_result_model(r);
      int el = 0;
      for (int x = 0; x < m->objects; x++) el += m->size[x];
      CU_ASSERT_EQUAL(m->objects, hand[h].objects);
      CU_ASSERT_EQUAL(m->morphisms, hand[h].morphisms);
      CU_ASSERT_EQUAL(el, hand[h].elements);
    }
    search_result_free(r);
  }
  spec_free(s);
  diag_list_free(d);
}

void test_search_suite(void)
{
  CU_pSuite s = CU_add_suite("search", NULL, NULL);
  CU_add_test(s, "loads_search", loads_search);
  CU_add_test(s, "rejects_bad_search", rejects_bad_search);
  CU_add_test(s, "properties_by_hand", properties_by_hand);
  CU_add_test(s, "counts_tasks", counts_tasks);
  CU_add_test(s, "smallest_models", smallest_models);
  CU_add_test(s, "true_statements", true_statements);
  CU_add_test(s, "confirm_rejects", confirm_rejects);
  CU_add_test(s, "shards_and_timeout", shards_and_timeout);
  CU_add_test(s, "conjectures", conjectures);
}
