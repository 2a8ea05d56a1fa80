/* test_check.c — the trusted path (proofs/check.h: flattening plus the
 * proved kernel) on categories, tasks, functors and certificates built with
 * the real engine (specs/): what it accepts and the messages it rejects
 * with, named as the spec writes them (also for a contravariant task,
 * checked on the opposite category). */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "tests/families.h"

void test_check_suite(void);

static int message_has(const diag_list *d, const char *needle)
{
  for (int i = 0; i < diag_count(d); i++)
    if (strstr(diag_message_at(d, i), needle)) return 1;
  return 0;
}

/* the idempotent monoid presented and enumerated by specs/category.h */
static category *idempotent_category(void)
{
  category *c = families_idempotent();
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  return c;
}

static void check_path(void)
{
  category *c = idempotent_category();
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(check_category(c, d), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 2);

  const char *two[2] = {"a", "b"};
  task *hom = task_new("Hom", c, TASK_COVARIANT, 0);
  task_set_elements(hom, 0, 2, two, 0);
  int to_b[2] = {1, 1};
  task_set_map(hom, 0, to_b, 0);
  CU_ASSERT_EQUAL(check_task(hom, c, d), YO_OK);

  task *swap = task_new("Swap", c, TASK_COVARIANT, 0);
  task_set_elements(swap, 0, 2, two, 0);
  int sw[2] = {1, 0};
  task_set_map(swap, 0, sw, 0);
  CU_ASSERT_EQUAL(check_task(swap, c, d), YO_INTERNAL);
  CU_ASSERT_TRUE(message_has(d, "does not respect equation e e = e (line 0) at element 'a' "
                                 "of T(x): the sides give 'a' and 'b'"));
  diag_list_clear(d);

  /* Hom(x, -) is represented by (x, a): images of id and e are a and b */
  rep_cert *pos = cert_new(CERT_REPRESENTABLE, "Hom", TASK_COVARIANT);
  pos->object = 0; pos->element = 0; pos->nimages = 2;
  pos->images = malloc(2 * sizeof(int));
  pos->images[0] = 0; pos->images[1] = 1;
  CU_ASSERT_EQUAL(check_representability(hom, c, pos, d), YO_OK);
  pos->images[1] = 0;                                  /* one wrong image */
  CU_ASSERT_EQUAL(check_representability(hom, c, pos, d), YO_INTERNAL);
  CU_ASSERT_TRUE(message_has(d, "the image listed for morphism 'e' is 'a', the task gives 'b'"));
  diag_list_clear(d);
  pos->images[1] = 1; pos->element = 1;                /* (x, b): not universal */
  CU_ASSERT_EQUAL(check_representability(hom, c, pos, d), YO_INTERNAL);
  CU_ASSERT_TRUE(message_has(d, "('x', 'b') is not universal: 'id_x' and 'e' in Hom(x,x) both "
                                 "send it to 'b'"));
  diag_list_clear(d);

  /* a false negative certificate: the cardinalities agree */
  rep_cert *neg = cert_new(CERT_NOT_REPRESENTABLE, "Hom", TASK_COVARIANT);
  neg->nobjects = 1;
  neg->objects = calloc(1, sizeof *neg->objects);
  neg->objects[0].kind = WIT_CARDINALITY; neg->objects[0].object = 0;
  CU_ASSERT_EQUAL(check_representability(hom, c, neg, d), YO_INTERNAL);
  CU_ASSERT_TRUE(message_has(d, "cardinality witness for object 'x' does not hold: "
                                 "|Hom(x,x)| = |T(x)| = 2"));
  diag_list_clear(d);
  CU_ASSERT_EQUAL(check_representability(swap, c, pos, d), YO_INTERNAL);

  /* functors Idem -> Z/2 */
  category *z = category_new("Z2", 0);
  int zx = category_add_object(z, "y", 0);
  int s_ = category_add_generator(z, "s", zx, zx, 0);
  int ss[2] = {s_, s_};
  category_add_equation(z, zx, ss, 2, NULL, 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(z, 100), YO_OK);
  functor *F = functor_new("F", c, z, 0);
  functor_set_object(F, 0, 0, 0);
  int w[1] = {s_};
  functor_set_generator(F, 0, NULL, 0, 0);              /* e -> identity */
  CU_ASSERT_EQUAL(check_functor(F, d), YO_OK);
  functor_set_generator(F, 0, w, 1, 0);                 /* e -> s: s s != s */
  CU_ASSERT_EQUAL(check_functor(F, d), YO_INTERNAL);
  CU_ASSERT_TRUE(message_has(d, "kernel rejected functor 'F': equation e e = e (line 0) of "
                                 "'Idem' is not preserved: its sides go to"));
  functor_free(F);
  category_free(z);

  cert_free(neg);
  cert_free(pos);
  task_free(swap);
  task_free(hom);
  diag_list_free(d);
  category_free(c);
}

/* a contravariant task that breaks f g = k: the rejection, made on the
 * opposite category, names the equation as the spec writes it */
static void check_contravariant_names(void)
{
  category *c = category_new("Tri", 0);
  int a = category_add_object(c, "a", 0), b = category_add_object(c, "b", 0);
  int cc = category_add_object(c, "c", 0);
  int f = category_add_generator(c, "f", a, b, 0), g = category_add_generator(c, "g", b, cc, 0);
  int k = category_add_generator(c, "k", a, cc, 0);
  int fg[2] = {f, g}, kk[1] = {k};
  category_add_equation(c, a, fg, 2, kk, 1, 0);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 100), YO_OK);
  task *t = task_new("T", c, TASK_CONTRAVARIANT, 0);
  const char *xs[2] = {"x1", "x2"}, *ys[2] = {"y1", "y2"}, *zs[1] = {"z"};
  task_set_elements(t, a, 2, xs, 0);
  task_set_elements(t, b, 2, ys, 0);
  task_set_elements(t, cc, 1, zs, 0);
  int tg[1] = {0}, tf[2] = {0, 1}, tk[1] = {1};
  task_set_map(t, g, tg, 0);
  task_set_map(t, f, tf, 0);
  task_set_map(t, k, tk, 0);
  diag_list *d = diag_list_new(10);
  const category *work = NULL;
  category *owned = NULL;
  CU_ASSERT_EQUAL_FATAL(task_work_category(t, 100, &work, &owned, d), YO_OK);
  CU_ASSERT_EQUAL(check_task(t, work, d), YO_INTERNAL);
  CU_ASSERT_TRUE(message_has(d, "kernel rejected task 'T': it does not respect equation f g = k "
                                "(line 0) at element 'z' of T(c): the sides give 'x1' and 'x2'"));
  diag_list_free(d);
  category_free(owned);
  task_free(t);
  category_free(c);
}

void test_check_suite(void)
{
  CU_pSuite s = CU_add_suite("check", NULL, NULL);
  CU_add_test(s, "check_path", check_path);
  CU_add_test(s, "check_contravariant_names", check_contravariant_names);
}
