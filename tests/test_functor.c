/* test_functor.c — functors built through the API: images of morphisms,
 * typing and equation checks with their exact messages. */
#include <CUnit/CUnit.h>
#include <string.h>

#include "specs/functor.h"

void test_functor_suite(void);

/* One object `obj`, one loop `gen` with gen^n = identity. */
static category *cyclic(const char *name, const char *obj, const char *gen, int n)
{
  category *c = category_new(name, 1);
  int x = category_add_object(c, obj, 2);
  int g = category_add_generator(c, gen, x, x, 3);
  int w[16];
  for (int i = 0; i < n; i++) w[i] = g;
  category_add_equation(c, x, w, n, NULL, 0, 4);
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  return c;
}

static category *arrow(void)
{
  category *c = category_new("Arrow", 1);
  int a = category_add_object(c, "a", 2), b = category_add_object(c, "b", 2);
  category_add_generator(c, "f", a, b, 3);
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  return c;
}

static int formatted_is(const diag_list *d, int i, const char *want)
{
  char buf[400];
  diag_format(d, i, buf, sizeof buf);
  if (strcmp(buf, want) != 0) return 0;
  return 1;
}

static void arrow_to_rotation(void)
{
  category *A = arrow(), *R = cyclic("Rot", "x", "r", 4);
  functor *F = functor_new("F", A, R, 10);
  CU_ASSERT_PTR_NOT_NULL_FATAL(F);
  CU_ASSERT_EQUAL(functor_object(F, 0), -1);
  CU_ASSERT_EQUAL(functor_set_object(F, 0, 0, 11), 0);
  CU_ASSERT_EQUAL(functor_set_object(F, 1, 0, 12), 0);
  CU_ASSERT_EQUAL(functor_set_object(F, 1, 5, 12), -1);
  int rr[2] = {0, 0};
  CU_ASSERT_EQUAL(functor_set_generator(F, 0, rr, 2, 13), 0);
  CU_ASSERT_STRING_EQUAL(functor_name(F), "F");
  CU_ASSERT_EQUAL(functor_line(F), 10);
  CU_ASSERT_PTR_EQUAL(functor_source(F), A);
  CU_ASSERT_PTR_EQUAL(functor_target(F), R);
  CU_ASSERT_EQUAL(functor_object(F, 1), 0);
  const int *w;
  int n;
  functor_generator_word(F, 0, &w, &n);
  CU_ASSERT_EQUAL(n, 2);
  CU_ASSERT_EQUAL(functor_generator_line(F, 0), 13);
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(functor_check(F, "f.xml", d), YO_OK);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  int r2 = category_trace(R, 0, rr, 2);
  CU_ASSERT_EQUAL(functor_morphism(F, category_generator_morphism(A, 0)), r2);
  CU_ASSERT_EQUAL(functor_morphism(F, category_identity(A, 1)), category_identity(R, 0));
  CU_ASSERT_EQUAL(functor_morphism(F, category_morphism_count(A)), -1);
  diag_list_free(d);
  functor_free(F);
  category_free(A);
  category_free(R);
}

static void equations_checked(void)
{
  category *R4 = cyclic("Rot", "x", "r", 4), *Z3 = cyclic("Z3", "y", "t", 3);
  functor *F = functor_new("F", R4, Z3, 10);
  int t1[1] = {0};
  functor_set_object(F, 0, 0, 11);
  functor_set_generator(F, 0, t1, 1, 12);
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(functor_check(F, "f.xml", d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_count(d), 1);
  CU_ASSERT_TRUE(formatted_is(d, 0, "f.xml:12: error: functor F: map of r breaks equation r r r r = id_x of Rot (line 4): F(r r r r) = t t t t = t but F(id_x) = id_y, a different morphism of Z3"));
  /* the trivial functor (r to the identity) is fine */
  functor_set_generator(F, 0, NULL, 0, 12);
  diag_list_clear(d);
  CU_ASSERT_EQUAL(functor_check(F, "f.xml", d), YO_OK);
  CU_ASSERT_EQUAL(functor_morphism(F, 3), category_identity(Z3, 0));
  diag_list_free(d);
  functor_free(F);
  category_free(R4);
  category_free(Z3);
}

static void typing_and_completeness(void)
{
  category *A = arrow(), *R = cyclic("Rot", "x", "r", 4);
  functor *G = functor_new("G", R, A, 20);
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(functor_check(G, "g.xml", d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_count(d), 2);
  CU_ASSERT_TRUE(formatted_is(d, 0, "g.xml:20: error: functor G has no <map> for object x"));
  CU_ASSERT_TRUE(formatted_is(d, 1, "g.xml:20: error: functor G has no <map> for morphism r"));
  /* r: x -> x cannot go to f: a -> b */
  functor_set_object(G, 0, 0, 21);
  int f[1] = {0};
  functor_set_generator(G, 0, f, 1, 22);
  diag_list_clear(d);
  CU_ASSERT_EQUAL(functor_check(G, "g.xml", d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_count(d), 1);
  CU_ASSERT_TRUE(formatted_is(d, 0, "g.xml:22: error: <map morphism=\"r\"> of functor G: f goes from a to b, but G(r) must go from G(x) = a to G(x) = a"));
  CU_ASSERT_EQUAL(functor_set_generator(G, 0, f, 1, 22), 0);
  int bad[1] = {7};
  CU_ASSERT_EQUAL(functor_set_generator(G, 0, bad, 1, 22), -1);
  diag_list_free(d);
  functor_free(G);
  category_free(A);
  category_free(R);
}

void test_functor_suite(void)
{
  CU_pSuite s = CU_add_suite("functor", NULL, NULL);
  CU_add_test(s, "arrow_to_rotation", arrow_to_rotation);
  CU_add_test(s, "equations_checked", equations_checked);
  CU_add_test(s, "typing_and_completeness", typing_and_completeness);
}
