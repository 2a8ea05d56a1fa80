/* test_kfunctor.c — the functor kernel (proofs/kernel/kfunctor.h) on
 * hand-built flat arrays (tests/flatcat.h): functors between the small
 * fixtures are accepted; one that breaks an equation, misses the image of
 * an object or is out of range is rejected. */
#include <CUnit/CUnit.h>
#include <string.h>

#include "proofs/kernel/kfunctor.h"
#include "tests/flatcat.h"

void test_kfunctor_suite(void);

/* Z/2 = {1, s}, s;s = 1 */
static void z2(flatcat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 2; c->m = 1; c->G = 1; c->D = 1; c->E = 1; c->W = 2;
  c->gslot[0] = 0; c->ogen[0] = 0;
  c->root[0] = 0; c->next[0] = 1; c->next[1] = 0;
  c->parent[0] = -1; c->pgen[0] = -1; c->parent[1] = 0; c->pgen[1] = 0;
  c->woff[0] = 0; c->wlen[0] = 2; c->woff[1] = 2; c->wlen[1] = 0;
}

static int functor_ok(const flatcat *C, const flatcat *D, const int *fobj,
                      const int *foff, const int *flen, const int *fgen,
                      int FW)
{
  return kfun_check(KCAT(D), C->m, C->G, C->gsrc,
                    C->gtgt, C->E, C->W, C->eq_src, C->woff, C->wlen, C->wgen,
                    fobj, foff, flen, fgen, FW);
}

static void functor_valid(void)
{
  flatcat C, D;
  flatcat_idempotent(&C);
  flatcat_idempotent(&D);
  int fobj[1] = {0}, foff[1] = {0}, flen[1] = {1}, fgen[1] = {0};
  CU_ASSERT_EQUAL(flatcat_check(&D), 1);
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj, foff, flen, fgen, 1), 1);  /* id */
  int len0[1] = {0};                                   /* e ↦ 1: constant */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj, foff, len0, fgen, 1), 1);
  flatcat_arrow(&C);
  flatcat_arrow(&D);
  int fobj2[2] = {0, 1};
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj2, foff, flen, fgen, 1), 1);
  /* the arrow onto the idempotent: a ↦ e */
  flatcat_idempotent(&D);
  int fobj3[2] = {0, 0};
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj3, foff, flen, fgen, 1), 1);
}

static void functor_broken(void)
{
  flatcat C, D;
  flatcat_idempotent(&C);
  z2(&D);
  CU_ASSERT_EQUAL(flatcat_check(&D), 1);
  int fobj[1] = {0}, foff[1] = {0}, flen[1] = {1}, fgen[1] = {0};
  /* e ↦ s: e;e = e becomes s;s = s, but s;s = 1 */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj, foff, flen, fgen, 1), 0);
  flatcat_arrow(&C);
  flatcat_arrow(&D);
  int fobj2[2] = {0, 1}, len0[1] = {0};
  /* a ↦ id0 does not reach F(1) */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj2, foff, len0, fgen, 1), 0);
  int fobj3[2] = {1, 1};          /* a ↦ a from id1: not composable */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj3, foff, flen, fgen, 1), 0);
  int fobj4[2] = {0, 2};          /* object out of range */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj4, foff, flen, fgen, 1), 0);
  int bad[1] = {3};               /* generator out of range */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj2, foff, flen, bad, 1), 0);
}

void test_kfunctor_suite(void)
{
  CU_pSuite s = CU_add_suite("kfunctor", NULL, NULL);
  CU_add_test(s, "functor_valid", functor_valid);
  CU_add_test(s, "functor_broken", functor_broken);
}
