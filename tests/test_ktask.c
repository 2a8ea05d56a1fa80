/* test_ktask.c — kernel 2 (proofs/kernel/ktask.h) on hand-built flat
 * arrays (tests/flatcat.h): a functorial task is accepted; one that breaks
 * an equation, maps outside its sets or has a table out of range is
 * rejected. */
#include <CUnit/CUnit.h>

#include "proofs/kernel/ktask.h"
#include "tests/flatcat.h"

void test_ktask_suite(void);

static int task_ok(const flatcat *c, const int *sz, const int *aoff,
                   const int *act, int A)
{
  return ktask_check(c->m, c->G, c->gsrc, c->gtgt, c->E, c->W, c->eq_src,
                     c->woff, c->wlen, c->wgen, sz, aoff, act, A);
}

static void task_functorial(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0};
  int hom[2] = {1, 1};                  /* Hom(0,-): id ↦ e, e ↦ e */
  CU_ASSERT_EQUAL(task_ok(&c, sz, aoff, hom, 2), 1);
  int proj[2] = {0, 0};                 /* constant map: idempotent */
  CU_ASSERT_EQUAL(task_ok(&c, sz, aoff, proj, 2), 1);
}

static void task_not_functorial(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0};
  int swap[2] = {1, 0};                 /* swap;swap = id != swap */
  CU_ASSERT_EQUAL(task_ok(&c, sz, aoff, swap, 2), 0);
  int wild[2] = {1, 2};                 /* image outside T(0) */
  CU_ASSERT_EQUAL(task_ok(&c, sz, aoff, wild, 2), 0);
  int off[1] = {1};                     /* table runs past act */
  CU_ASSERT_EQUAL(task_ok(&c, sz, off, swap, 2), 0);
  int neg[1] = {-1};
  CU_ASSERT_EQUAL(task_ok(&c, neg, aoff, swap, 2), 0);
}

void test_ktask_suite(void)
{
  CU_pSuite s = CU_add_suite("ktask", NULL, NULL);
  CU_add_test(s, "task_functorial", task_functorial);
  CU_add_test(s, "task_not_functorial", task_not_functorial);
}
