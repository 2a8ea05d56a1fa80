/* test_ktask.c — kernel 2 (proofs/kernel/ktask.h) on hand-built flat
 * arrays (tests/flatcat.h): a functorial task is accepted; one that breaks
 * an equation, maps outside its sets or has a table out of range is
 * rejected, also one wrong image among more elements than one batch of
 * lanes. */
#include <CUnit/CUnit.h>
#include <stdlib.h>

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

/* Kernel 2 traces each equation from many elements in lockstep: on the
 * regular representation of each grid object (flatcat.h: more elements
 * than one batch of lanes), the task passes, and one wrong image of c,
 * which breaks a = c at one element only, first, last or inside a batch,
 * is found. */
static void task_lanes(void)
{
  for (int m = 1; m <= 2; m++) {
    flatgrid g;
    CU_ASSERT_FATAL(flatgrid_make(&g, m));
    int pq = FLATGRID_P * FLATGRID_Q, A = g.G * pq;
    int sz[2], aoff[6], *act = malloc((size_t)A * sizeof *act);
    CU_ASSERT_FATAL(act != NULL);
    for (int x = 0; x < m; x++) sz[x] = pq;
    for (int k = 0; k < g.G; k++) {
      int x = g.gsrc[k], base = x * pq;
      aoff[k] = k * pq;
      for (int u = 0; u < pq; u++)
        act[k * pq + u] = g.next[g.D * (base + u) + g.gslot[k]] - base;
    }
    CU_ASSERT_EQUAL(ktask_check(m, g.G, g.gsrc, g.gtgt, g.E, g.W, g.eq_src, g.woff,
                                g.wlen, g.wgen, sz, aoff, act, A), 1);
    int caught = 0, tried = 0;
    for (int x = 0; x < m; x++)
      for (int u = 0; u < pq; u++) {
        int i = aoff[3 * x + 2] + u;      /* T(c)(u): only a = c at u reads it */
        int keep = act[i];
        act[i] = (keep + 1) % pq;
        tried++;
        caught += ktask_equations(m, g.G, g.gsrc, g.gtgt, g.E, g.W, g.eq_src, g.woff,
                                  g.wlen, g.wgen, sz, aoff, act, A) == 0;
        act[i] = keep;
      }
    CU_ASSERT_EQUAL(caught, tried);
    free(act);
    flatgrid_free(&g);
  }
}

void test_ktask_suite(void)
{
  CU_pSuite s = CU_add_suite("ktask", NULL, NULL);
  CU_add_test(s, "task_functorial", task_functorial);
  CU_add_test(s, "task_not_functorial", task_not_functorial);
  CU_add_test(s, "task_lanes", task_lanes);
}
