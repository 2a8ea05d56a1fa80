/* test_kernel.c — the proved kernel (proofs/kernel/) on hand-built flat
 * arrays: each checker accepts a valid input and rejects broken ones (a
 * wrong identity or edge, a violated equation, a non-functorial task, a
 * positive certificate with one wrong image, a negative witness that is
 * not one, a missing witness, ...). */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/cert.h"
#include "proofs/check.h"

#include "proofs/kernel/kcategory.h"
#include "proofs/kernel/kfunctor.h"
#include "proofs/kernel/knatural.h"
#include "proofs/kernel/krepresent.h"
#include "proofs/kernel/ktask.h"

void test_kernel_suite(void);

/* ---- fixture: the idempotent monoid {1, e}, e;e = e ----------------------------
 * one object 0, generator e: 0 → 0; nodes 0 = id, 1 = e.  One slot per
 * object (D = 1) in this and the next fixtures; see fork() for more. */
typedef struct flat_cat {
  int n, m, G, D, E, W;
  int src[8], tgt[8], gsrc[4], gtgt[4], gslot[4], ogen[8], root[4], next[32];
  int parent[8], pgen[8];
  int eq_src[4], woff[8], wlen[8], wgen[16];
  int toff[5], tnode[8], tpos[8];
} flat_cat;

static void idempotent(flat_cat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 2; c->m = 1; c->G = 1; c->D = 1; c->E = 1; c->W = 3;
  c->src[0] = 0; c->src[1] = 0; c->tgt[0] = 0; c->tgt[1] = 0;
  c->gsrc[0] = 0; c->gtgt[0] = 0; c->gslot[0] = 0; c->ogen[0] = 0;
  c->root[0] = 0;
  c->next[0] = 1; c->next[1] = 1;           /* id;e = e, e;e = e */
  c->parent[0] = -1; c->pgen[0] = -1; c->parent[1] = 0; c->pgen[1] = 0;
  c->eq_src[0] = 0;
  c->woff[0] = 0; c->wlen[0] = 2;           /* e e */
  c->woff[1] = 2; c->wlen[1] = 1;           /* = e */
  c->wgen[0] = 0; c->wgen[1] = 0; c->wgen[2] = 0;
}

/* the arrow category 0 --a--> 1: nodes 0 = id0, 1 = a, 2 = id1 */
static void arrow(flat_cat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 3; c->m = 2; c->G = 1; c->D = 1; c->E = 0; c->W = 0;
  c->src[0] = 0; c->src[1] = 0; c->src[2] = 1;
  c->tgt[0] = 0; c->tgt[1] = 1; c->tgt[2] = 1;
  c->gsrc[0] = 0; c->gtgt[0] = 1; c->gslot[0] = 0;
  c->ogen[0] = 0; c->ogen[1] = -1;          /* object 1 has no generator */
  c->root[0] = 0; c->root[1] = 2;
  c->next[0] = 1; c->next[1] = -1; c->next[2] = -1;
  c->parent[0] = -1; c->parent[1] = 0; c->parent[2] = -1;
  c->pgen[0] = -1; c->pgen[1] = 0; c->pgen[2] = -1;
}

/* objects 0, 1, 2 of out-degrees 2, 1, 0 (D = 2): a: 0 → 1 (slot 0),
 * b: 0 → 2 (slot 1), c: 1 → 2 (slot 0), with a c = b.  Nodes 0 = id0,
 * 1 = a, 2 = b = a c, 3 = id1, 4 = c, 5 = id2. */
static void fork(flat_cat *c)
{
  static const int src[6] = {0, 0, 0, 1, 1, 2}, tgt[6] = {0, 1, 2, 1, 2, 2};
  static const int next[12] = {1, 2, 2, -1, -1, -1, 4, -1, -1, -1, -1, -1};
  static const int parent[6] = {-1, 0, 0, -1, 3, -1};
  static const int pgen[6] = {-1, 0, 1, -1, 2, -1};
  static const int ogen[6] = {0, 1, 2, -1, -1, -1};
  memset(c, 0, sizeof *c);
  c->n = 6; c->m = 3; c->G = 3; c->D = 2; c->E = 1; c->W = 3;
  memcpy(c->src, src, sizeof src); memcpy(c->tgt, tgt, sizeof tgt);
  memcpy(c->next, next, sizeof next); memcpy(c->parent, parent, sizeof parent);
  memcpy(c->pgen, pgen, sizeof pgen); memcpy(c->ogen, ogen, sizeof ogen);
  c->gsrc[0] = 0; c->gtgt[0] = 1; c->gslot[0] = 0;   /* a */
  c->gsrc[1] = 0; c->gtgt[1] = 2; c->gslot[1] = 1;   /* b */
  c->gsrc[2] = 1; c->gtgt[2] = 2; c->gslot[2] = 0;   /* c */
  c->root[0] = 0; c->root[1] = 3; c->root[2] = 5;
  c->eq_src[0] = 0;
  c->woff[0] = 0; c->wlen[0] = 2; c->woff[1] = 2; c->wlen[1] = 1;
  c->wgen[0] = 0; c->wgen[1] = 2; c->wgen[2] = 1;   /* a c = b */
}

#define KCAT(c) (c)->n, (c)->m, (c)->G, (c)->D, (c)->src, (c)->tgt, \
                (c)->gsrc, (c)->gtgt, (c)->gslot, (c)->ogen, (c)->root, \
                (c)->next, (c)->parent, (c)->pgen

/* the index of the nodes by target object (nodes in increasing order) */
static void index_nodes(flat_cat *c)
{
  int k = 0;
  for (int x = 0; x < c->m; x++) {
    c->toff[x] = k;
    for (int v = 0; v < c->n; v++)
      if (c->tgt[v] == x) { c->tpos[v] = k; c->tnode[k++] = v; }
  }
  c->toff[c->m] = k;
}

#define KIDX(c) (c)->toff, (c)->tnode, (c)->tpos

/* kernel 1 with a freshly computed index */
static int cat_ok(flat_cat *c)
{
  index_nodes(c);
  return kcat_check(KCAT(c), c->E, c->W, c->eq_src, c->woff, c->wlen,
                    c->wgen, KIDX(c));
}

static void category_valid(void)
{
  flat_cat c;
  idempotent(&c);
  CU_ASSERT_EQUAL(cat_ok(&c), 1);
  arrow(&c);
  CU_ASSERT_EQUAL(cat_ok(&c), 1);
}

static void category_wrong_identity(void)
{
  flat_cat c;
  idempotent(&c);
  c.root[0] = 1;                        /* e is not a root */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  arrow(&c);
  c.root[1] = 1;                        /* a : 0 → 1 is not id1 */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  arrow(&c);
  c.parent[2] = 1; c.pgen[2] = 0;       /* id1 claimed as a;a */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
}

static void category_wrong_edge(void)
{
  flat_cat c;
  arrow(&c);
  c.next[0] = 2;                        /* id0;a = id1: source changes */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  arrow(&c);
  c.next[0] = 0;                        /* id0;a = id0: wrong target */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  arrow(&c);
  c.next[1] = 1;                        /* a;a defined though 1 != 0 */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  idempotent(&c);
  c.next[1] = -1;                       /* e;e missing: incomplete */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  idempotent(&c);
  c.next[1] = 5;                        /* out of range */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
}

static void category_violated_equation(void)
{
  flat_cat c;
  idempotent(&c);
  c.next[1] = 0;                        /* e;e = id: a group of order 2 */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 1);
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 1);
  CU_ASSERT_EQUAL(kcat_edges(KCAT(&c)), 1);
  index_nodes(&c);
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 1);
  CU_ASSERT_EQUAL(kcat_equations(KCAT(&c), c.E, c.W, c.eq_src, c.woff,
                                 c.wlen, c.wgen, KIDX(&c)), 0);
  idempotent(&c);
  c.wlen[1] = 4;                        /* word runs past wgen */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
}

/* Several objects with different out-degrees (2, 1, 0): valid, and each
 * slot-table fault rejected. */
static void category_slots(void)
{
  flat_cat c;
  fork(&c);
  CU_ASSERT_EQUAL(cat_ok(&c), 1);
  /* tracing checks the typing: c from id0 (object 0, c starts at 1) is
   * undefined although slot gslot[c] = 0 of row 0 holds a (= node 1) */
  int w[2] = {2, 0};
  CU_ASSERT_EQUAL(kcat_trace(c.n, c.G, c.D, c.tgt, c.gsrc, c.gslot, c.next,
                             w, 0, 1, 0), -1);
  CU_ASSERT_EQUAL(kcat_trace(c.n, c.G, c.D, c.tgt, c.gsrc, c.gslot, c.next,
                             c.wgen, 0, 2, 0), 2);             /* a c = b */
  fork(&c);
  c.next[5 * 2 + 1] = 5;                /* an edge in an empty slot */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.next[1 * 2 + 0] = -1;               /* a;c missing */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.next[0 * 2 + 1] = 1;                /* id0;b = a: wrong target */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.parent[2] = 1; c.pgen[2] = 2;       /* b as a;c: a valid tree too */
  CU_ASSERT_EQUAL(cat_ok(&c), 1);
  c.pgen[2] = 1;                        /* b as a;b: b does not start at 1 */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.pgen[4] = 0;           /* c as id1;a: slot 0 of row 3 is c, but a starts at 0 */
  CU_ASSERT_EQUAL(kcat_tree(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  /* the same layout with the slots of a and b exchanged everywhere */
  fork(&c);
  c.gslot[0] = 1; c.gslot[1] = 0; c.ogen[0] = 1; c.ogen[1] = 0;
  c.next[0] = 2; c.next[1] = 1;
  CU_ASSERT_EQUAL(cat_ok(&c), 1);
}

/* A generator's slot is wrong: gslot and ogen disagree, or the slot is out
 * of range. */
static void category_wrong_slot(void)
{
  flat_cat c;
  fork(&c);
  c.gslot[1] = 0;                       /* b claims a's slot */
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 1);
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.gslot[0] = 1; c.gslot[1] = 0;       /* exchanged, ogen not */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.gslot[2] = 1;                       /* c in the empty slot 1 of object 1 */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.gslot[2] = 2;                       /* slot out of range (D = 2) */
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.ogen[2 * 2 + 0] = 2;                /* object 2 claims c, which starts at 1 */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.ogen[0] = 1; c.ogen[1] = 0;         /* ogen exchanged, gslot not */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  fork(&c);
  c.ogen[1] = 3;                        /* not a generator */
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
}

/* A wrong index of the nodes by target object is rejected (it would let
 * the equation check skip a node). */
/* ---- equations that are powers of one generator (r^n = 1) ----------------------
 * One object, one generator r, nodes 0..n-1 and r acting by step[]; the
 * equation r^a = r^b; the index lists the nodes in the order `ord`. */
typedef struct power_cat {
  int n, *src, *tgt, *next, *parent, *pgen, *tnode, *tpos, *wgen;
  int toff[2], gsrc[1], gtgt[1], gslot[1], ogen[1], root[1];
  int eq_src[1], woff[2], wlen[2];
} power_cat;

static int power_check(power_cat *p, const int *step, const int *ord, int a,
                       int b)
{
  int n = p->n;
  for (int v = 0; v < n; v++) {
    p->src[v] = 0; p->tgt[v] = 0; p->next[v] = step[v];
    p->parent[v] = v == 0 ? -1 : v - 1; p->pgen[v] = v == 0 ? -1 : 0;
    p->tnode[v] = ord[v]; p->tpos[ord[v]] = v;
  }
  p->toff[0] = 0; p->toff[1] = n;
  p->gsrc[0] = 0; p->gtgt[0] = 0; p->gslot[0] = 0; p->ogen[0] = 0;
  p->root[0] = 0; p->eq_src[0] = 0;
  p->woff[0] = 0; p->wlen[0] = a; p->woff[1] = a; p->wlen[1] = b;
  for (int k = 0; k < a + b; k++) p->wgen[k] = 0;
  return kcat_equations(n, 1, 1, 1, p->src, p->tgt, p->gsrc, p->gtgt,
                        p->gslot, p->ogen, p->root, p->next, p->parent,
                        p->pgen, 1, a + b, p->eq_src, p->woff, p->wlen,
                        p->wgen, p->toff, p->tnode, p->tpos);
}

static int power_alloc(power_cat *p, int n, int w)
{
  memset(p, 0, sizeof *p);
  p->n = n;
  p->src = malloc((size_t)n * sizeof(int)); p->tgt = malloc((size_t)n * sizeof(int));
  p->next = malloc((size_t)n * sizeof(int)); p->parent = malloc((size_t)n * sizeof(int));
  p->pgen = malloc((size_t)n * sizeof(int)); p->tnode = malloc((size_t)n * sizeof(int));
  p->tpos = malloc((size_t)n * sizeof(int)); p->wgen = malloc((size_t)(w + 1) * sizeof(int));
  return p->src && p->tgt && p->next && p->parent && p->pgen && p->tnode &&
         p->tpos && p->wgen;
}

static void power_free(power_cat *p)
{
  free(p->src); free(p->tgt); free(p->next); free(p->parent); free(p->pgen);
  free(p->tnode); free(p->tpos); free(p->wgen);
}

/* Z_n = <r | r^n = 1> with n = 200,000: linear (it was n^2 = 4*10^10
 * steps, minutes); a wrong graph (one edge redirected) is rejected. */
static void category_long_power(void)
{
  int n = 200000;
  power_cat p;
  int *step = malloc((size_t)n * sizeof(int)), *ord = malloc((size_t)n * sizeof(int));
  CU_ASSERT_FATAL(step && ord && power_alloc(&p, n, n + 1));
  for (int v = 0; v < n; v++) { step[v] = (v + 1) % n; ord[v] = v; }
  clock_t t0 = clock();
  CU_ASSERT_EQUAL(power_check(&p, step, ord, n, 0), 1);
  CU_ASSERT(clock() - t0 < 5 * CLOCKS_PER_SEC);
  CU_ASSERT_EQUAL(power_check(&p, step, ord, n + 1, 1), 1);
  CU_ASSERT_EQUAL(power_check(&p, step, ord, n - 1, 0), 0);
  step[n / 2] = n / 2;                     /* r fixes node n/2 */
  CU_ASSERT_EQUAL(power_check(&p, step, ord, n, 0), 0);
  power_free(&p); free(step); free(ord);
}

/* reference: the equation r^a = r^b traced at every node */
static int power_naive(const int *step, int n, int a, int b)
{
  for (int v = 0; v < n; v++) {
    int l = v, r = v;
    for (int k = 0; k < a; k++) l = step[l];
    for (int k = 0; k < b; k++) r = step[r];
    if (l != r) return 0;
  }
  return 1;
}

/* random maps r on up to 40 nodes, random index orders, random r^a = r^b
 * (a + b >= 16): the orbit walk agrees with tracing at every node */
static void category_power_random(void)
{
  power_cat p;
  int step[40], ord[40], agree = 1, yes = 0, no = 0;
  CU_ASSERT_FATAL(power_alloc(&p, 40, 80));
  srand(14);
  for (int t = 0; t < 20000; t++) {
    int n = 1 + rand() % 40;
    p.n = n;
    int kind = rand() % 3;
    for (int v = 0; v < n; v++) {
      step[v] = kind == 0 ? (v + 1) % n
              : kind == 1 ? (v + 1 < n ? v + 1 : rand() % n) : rand() % n;
      ord[v] = v;
    }
    if (rand() % 2)
      for (int v = n - 1; v > 0; v--) {
        int w = rand() % (v + 1), tmp = ord[v];
        ord[v] = ord[w]; ord[w] = tmp;
      }
    int a = rand() % 41, b = rand() % 41;
    if (a + b < 16) a += 16;
    if (rand() % 2 && n > 1) b = a + n * (rand() % 2);  /* often true */
    if (a + b > 80) { a = 40; b = 40; }
    int want = power_naive(step, n, a, b);
    want ? yes++ : no++;
    if (power_check(&p, step, ord, a, b) != want) agree = 0;
  }
  CU_ASSERT(agree);
  CU_ASSERT(yes > 100 && no > 100);
  power_free(&p);
}

static void category_wrong_index(void)
{
  flat_cat c;
  fork(&c);
  index_nodes(&c);
  CU_ASSERT_EQUAL(kcat_check(KCAT(&c), c.E, c.W, c.eq_src, c.woff, c.wlen,
                             c.wgen, KIDX(&c)), 1);
  c.toff[1] = 0;             /* id0 (target 0) outside the block of 0 */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
  CU_ASSERT_EQUAL(kcat_check(KCAT(&c), c.E, c.W, c.eq_src, c.woff, c.wlen,
                             c.wgen, KIDX(&c)), 0);
  index_nodes(&c);
  c.tnode[0] = 1;            /* two places list node 1, none node 0 */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
  index_nodes(&c);
  c.tpos[4] = 9;             /* out of range */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
  index_nodes(&c);
  c.toff[3] = 7;             /* block past the nodes */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
}

static void category_broken_tree(void)
{
  flat_cat c;
  idempotent(&c);
  c.parent[1] = 1;                      /* parent not smaller */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
  idempotent(&c);
  c.parent[1] = -1; c.pgen[1] = -1;     /* a second root of object 0 */
  CU_ASSERT_EQUAL(cat_ok(&c), 0);
}

/* ---- tasks ----------------------------------------------------------------------- */

static int task_ok(const flat_cat *c, const int *sz, const int *aoff,
                   const int *act, int A)
{
  return ktask_check(c->m, c->G, c->gsrc, c->gtgt, c->E, c->W, c->eq_src,
                     c->woff, c->wlen, c->wgen, sz, aoff, act, A);
}

static void task_functorial(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0};
  int hom[2] = {1, 1};                  /* Hom(0,-): id ↦ e, e ↦ e */
  CU_ASSERT_EQUAL(task_ok(&c, sz, aoff, hom, 2), 1);
  int proj[2] = {0, 0};                 /* constant map: idempotent */
  CU_ASSERT_EQUAL(task_ok(&c, sz, aoff, proj, 2), 1);
}

static void task_not_functorial(void)
{
  flat_cat c;
  idempotent(&c);
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

/* ---- representability: positive certificates --------------------------------------- */

static int positive(const flat_cat *c, const int *sz, const int *aoff,
                    const int *act, int A, int P, int u, const int *images,
                    int nimages, int bstart)
{
  long val[8];
  unsigned char seen[8];
  return krep_check_positive(c->n, c->m, c->G, c->src, c->tgt, c->gsrc,
                             c->gtgt, c->root, c->parent, c->pgen, sz, aoff,
                             act, A, P, u, images, nimages, bstart, val, seen,
                             8);
}

static void positive_valid(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};
  int images[2] = {0, 1};               /* id ↦ id, e ↦ e */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, images, 2, 0), 1);
  /* the arrow category: Hom(0,-) = T with T(0) = {*}, T(1) = {*} */
  arrow(&c);
  int sz2[2] = {1, 1}, aoff2[1] = {0}, act2[1] = {0};
  int images2[2] = {0, 0};
  CU_ASSERT_EQUAL(positive(&c, sz2, aoff2, act2, 1, 0, 0, images2, 2, 0), 1);
}

static void positive_wrong_image(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};
  int images[2] = {0, 0};               /* e ↦ id: wrong */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, images, 2, 0), 0);
  int good[2] = {0, 1};
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, good, 1, 0), 0);
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, good, 2, 1), 0);
}

static void positive_not_universal(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};
  int images[2] = {1, 1};
  /* u = e: id and e both go to e (not injective) */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 1, images, 2, 0), 0);
  /* u out of range */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 2, images, 2, 0), 0);
  /* arrow: (1, *) misses T(0) = {*} since Hom(1, 0) is empty */
  arrow(&c);
  int sz2[2] = {1, 1}, aoff2[1] = {0}, act2[1] = {0}, img2[1] = {0};
  CU_ASSERT_EQUAL(positive(&c, sz2, aoff2, act2, 1, 1, 0, img2, 1, 2), 0);
  /* T(1) with two elements: not surjective */
  int sz3[2] = {1, 2};
  int images3[2] = {0, 0};
  CU_ASSERT_EQUAL(positive(&c, sz3, aoff2, act2, 1, 0, 0, images3, 2, 0), 0);
}

/* ---- representability: negative certificates --------------------------------------- */

typedef struct flat_neg {
  int wkind[4], wobj[4], wfirst[4];
  int NE, ekind[8], eobj[8], ef1[8], ef2[8], eelem[8];
} flat_neg;

static int negative(const flat_cat *c, const int *sz, const int *aoff,
                    const int *act, int A, const flat_neg *w)
{
  long val[8], cnt[4];
  return krep_check_negative(c->n, c->m, c->G, c->src, c->tgt, c->gsrc,
                             c->gtgt, c->root, c->parent, c->pgen, sz, aoff,
                             act, A, w->wkind, w->wobj, w->wfirst, w->NE,
                             w->ekind, w->eobj, w->ef1, w->ef2, w->eelem,
                             val, cnt);
}

static void negative_valid(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {1}, aoff[1] = {0}, act[1] = {0};   /* the terminal task */
  flat_neg w;
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_CARDINALITY; w.wobj[0] = 0;  /* |Hom(0,0)| = 2 != 1 */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, act, 1, &w), 1);
  w.wkind[0] = KREP_PER_ELEMENT; w.wfirst[0] = 0; w.NE = 1;
  w.ekind[0] = KREP_COLLISION; w.eobj[0] = 0; w.ef1[0] = 0; w.ef2[0] = 1;
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, act, 1, &w), 1);
  int zero[1] = {0};                               /* the empty task */
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_EMPTY;
  CU_ASSERT_EQUAL(negative(&c, zero, aoff, act, 0, &w), 1);
  /* T(0) = {0, 1, 2}, e ↦ 0: u = 0 reaches {0} only: 1 unreached */
  int sz3[1] = {3}, act3[3] = {0, 0, 0};
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_PER_ELEMENT; w.NE = 3;
  for (int u = 0; u < 3; u++) {
    w.ekind[u] = KREP_UNREACHED; w.eobj[u] = 0; w.eelem[u] = u == 1 ? 2 : 1;
  }
  CU_ASSERT_EQUAL(negative(&c, sz3, aoff, act3, 3, &w), 1);
}

static void negative_not_a_witness(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};  /* representable */
  flat_neg w;
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_CARDINALITY; w.wobj[0] = 0;  /* 2 == 2 */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, hom, 2, &w), 0);
  w.wkind[0] = KREP_EMPTY;                       /* T(0) is not empty */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, hom, 2, &w), 0);
  /* u = 0 is universal: no collision, nothing unreached */
  w.wkind[0] = KREP_PER_ELEMENT; w.wfirst[0] = 0; w.NE = 2;
  w.ekind[0] = KREP_COLLISION; w.eobj[0] = 0; w.ef1[0] = 0; w.ef2[0] = 1;
  w.ekind[1] = KREP_COLLISION; w.eobj[1] = 0; w.ef1[1] = 0; w.ef2[1] = 1;
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, hom, 2, &w), 0);
  w.ekind[0] = KREP_UNREACHED; w.eelem[0] = 1;
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, hom, 2, &w), 0);
  /* a collision of a node with itself */
  int sz1[1] = {1}, act1[1] = {0};
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_PER_ELEMENT; w.NE = 1;
  w.ekind[0] = KREP_COLLISION; w.ef1[0] = 1; w.ef2[0] = 1;
  CU_ASSERT_EQUAL(negative(&c, sz1, aoff, act1, 1, &w), 0);
}

static void negative_missing_witness(void)
{
  flat_cat c;
  idempotent(&c);
  int sz[1] = {3}, aoff[1] = {0}, act[3] = {0, 0, 0};
  flat_neg w;
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_PER_ELEMENT; w.NE = 2;       /* 3 elements, 2 witnesses */
  for (int u = 0; u < 2; u++) {
    w.ekind[u] = KREP_UNREACHED; w.eobj[u] = 0; w.eelem[u] = u == 1 ? 2 : 1;
  }
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, act, 3, &w), 0);
  w.wkind[0] = 0;                                /* no witness kind */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, act, 3, &w), 0);
  /* the arrow category, T(0) = {x, y}, T(1) = {*}: nothing represents T */
  arrow(&c);
  int sz2[2] = {2, 1}, act2[2] = {0, 0};
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_CARDINALITY; w.wobj[0] = 0;  /* |Hom(0,0)| = 1 != 2 */
  CU_ASSERT_EQUAL(negative(&c, sz2, aoff, act2, 2, &w), 0);   /* none for 1 */
  w.wkind[1] = KREP_CARDINALITY; w.wobj[1] = 0;  /* |Hom(1,0)| = 0 != 2 */
  CU_ASSERT_EQUAL(negative(&c, sz2, aoff, act2, 2, &w), 1);
}

/* the cyclic monoid {1, r, r², r³}, r⁴ = 1 (only the arrays kernel 4 reads):
 * nodes 0 = id, 1 = r, 2 = r r, 3 = r r r, a tree path of depth 3 */
static void cyclic4(flat_cat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 4; c->m = 1; c->G = 1; c->D = 1;
  c->root[0] = 0;
  c->parent[0] = -1; c->pgen[0] = -1;
  for (int f = 1; f < 4; f++) { c->parent[f] = f - 1; c->pgen[f] = 0; }
}

/* T(0) = {0, 1}, r flips: u = 0 gives 0, 1, 0, 1 along the nodes, u = 1
 * gives 1, 0, 1, 0.  Collisions are checked along the tree paths alone
 * (climbing through parent to the root): equal morphisms, a pair of
 * different values and a broken path are rejected. */
static void negative_collision_paths(void)
{
  flat_cat c;
  cyclic4(&c);
  int sz[1] = {2}, aoff[1] = {0}, flip[2] = {1, 0};
  flat_neg w;
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_PER_ELEMENT; w.wfirst[0] = 0; w.NE = 2;
  w.ekind[0] = KREP_COLLISION; w.ef1[0] = 1; w.ef2[0] = 3;   /* r, r³: 1 */
  w.ekind[1] = KREP_COLLISION; w.ef1[1] = 2; w.ef2[1] = 0;   /* r², id: 1 */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 1);
  w.ef1[0] = 3; w.ef2[0] = 3;                                /* f1 == f2 */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 0);
  w.ef1[0] = 2; w.ef2[0] = 3;                                /* 0 != 1 */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 0);
  w.ef1[0] = 1; w.ef2[0] = 3;
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 1);
  /* the same values, but the path of r³ does not reach the root */
  c.parent[3] = 3;                                           /* a loop */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 0);
  c.parent[3] = 2; c.pgen[2] = -1;                           /* no generator */
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 0);
  c.pgen[2] = 0;
  CU_ASSERT_EQUAL(negative(&c, sz, aoff, flip, 2, &w), 1);
  /* r² moved to a second object (T of it empty): r³'s path leaves P's block */
  int sz2[2] = {2, 0};
  c.m = 2; c.src[2] = 1; c.root[1] = 2; w.wkind[1] = KREP_EMPTY;
  CU_ASSERT_EQUAL(negative(&c, sz2, aoff, flip, 2, &w), 0);
  /* a value out of range on the way: T(0) read as {0} */
  cyclic4(&c);
  int sz1[1] = {1}, zero[1] = {0};
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_PER_ELEMENT; w.NE = 1;
  w.ekind[0] = KREP_COLLISION; w.ef1[0] = 1; w.ef2[0] = 3;
  CU_ASSERT_EQUAL(negative(&c, sz1, aoff, zero, 1, &w), 1);
  w.ef2[0] = 0;                                              /* root: u */
  CU_ASSERT_EQUAL(negative(&c, sz1, aoff, zero, 1, &w), 1);
  w.ef1[0] = 0; w.ef2[0] = -1;                               /* no node */
  CU_ASSERT_EQUAL(negative(&c, sz1, aoff, zero, 1, &w), 0);
}

/* ---- functors -------------------------------------------------------------------- */

/* Z/2 = {1, s}, s;s = 1 */
static void z2(flat_cat *c)
{
  memset(c, 0, sizeof *c);
  c->n = 2; c->m = 1; c->G = 1; c->D = 1; c->E = 1; c->W = 2;
  c->gslot[0] = 0; c->ogen[0] = 0;
  c->root[0] = 0; c->next[0] = 1; c->next[1] = 0;
  c->parent[0] = -1; c->pgen[0] = -1; c->parent[1] = 0; c->pgen[1] = 0;
  c->woff[0] = 0; c->wlen[0] = 2; c->woff[1] = 2; c->wlen[1] = 0;
}

static int functor_ok(const flat_cat *C, const flat_cat *D, const int *fobj,
                      const int *foff, const int *flen, const int *fgen,
                      int FW)
{
  return kfun_check(KCAT(D), C->m, C->G, C->gsrc,
                    C->gtgt, C->E, C->W, C->eq_src, C->woff, C->wlen, C->wgen,
                    fobj, foff, flen, fgen, FW);
}

static void functor_valid(void)
{
  flat_cat C, D;
  idempotent(&C);
  idempotent(&D);
  int fobj[1] = {0}, foff[1] = {0}, flen[1] = {1}, fgen[1] = {0};
  CU_ASSERT_EQUAL(cat_ok(&D), 1);
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj, foff, flen, fgen, 1), 1);  /* id */
  int len0[1] = {0};                                   /* e ↦ 1: constant */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj, foff, len0, fgen, 1), 1);
  arrow(&C);
  arrow(&D);
  int fobj2[2] = {0, 1};
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj2, foff, flen, fgen, 1), 1);
  /* the arrow onto the idempotent: a ↦ e */
  idempotent(&D);
  int fobj3[2] = {0, 0};
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj3, foff, flen, fgen, 1), 1);
}

static void functor_broken(void)
{
  flat_cat C, D;
  idempotent(&C);
  z2(&D);
  CU_ASSERT_EQUAL(cat_ok(&D), 1);
  int fobj[1] = {0}, foff[1] = {0}, flen[1] = {1}, fgen[1] = {0};
  /* e ↦ s: e;e = e becomes s;s = s, but s;s = 1 */
  CU_ASSERT_EQUAL(functor_ok(&C, &D, fobj, foff, flen, fgen, 1), 0);
  arrow(&C);
  arrow(&D);
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

/* ---- natural transformations ------------------------------------------------------ */

static void natural_valid_and_broken(void)
{
  flat_cat c;
  idempotent(&c);
  int hsz[1] = {2}, hoff[1] = {0}, hom[2] = {1, 1};     /* Hom(0,-) */
  int tsz[1] = {1}, toff[1] = {0}, term[1] = {0};       /* terminal */
  int aloff[1] = {0};
  int to_term[2] = {0, 0};
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, hsz, hoff, hom, 2, tsz,
                             toff, term, 1, aloff, to_term, 2), 1);
  int pick_e[1] = {1};                                  /* * ↦ e: natural */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, tsz, toff, term, 1, hsz,
                             hoff, hom, 2, aloff, pick_e, 1), 1);
  int pick_id[1] = {0};                                 /* * ↦ id: not */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, tsz, toff, term, 1, hsz,
                             hoff, hom, 2, aloff, pick_id, 1), 0);
  int wild[1] = {2};                                    /* outside Hom */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, tsz, toff, term, 1, hsz,
                             hoff, hom, 2, aloff, wild, 1), 0);
  /* component table too short */
  CU_ASSERT_EQUAL(knat_check(c.m, c.G, c.gsrc, c.gtgt, hsz, hoff, hom, 2, tsz,
                             toff, term, 1, aloff, to_term, 1), 0);
}

/* ---- the trusted path (proofs/check_*.c) on the real engine --------------------------- */

static int message_has(const diag_list *d, const char *needle)
{
  for (int i = 0; i < diag_count(d); i++)
    if (strstr(diag_message_at(d, i), needle)) return 1;
  return 0;
}

/* the idempotent monoid presented and enumerated by specs/category.h */
static category *idempotent_category(void)
{
  category *c = category_new("Idem", 0);
  int x = category_add_object(c, "x", 0);
  int e = category_add_generator(c, "e", x, x, 0);
  int ee[2] = {e, e}, one[1] = {e};
  category_add_equation(c, x, ee, 2, one, 1, 0);
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

void test_kernel_suite(void)
{
  CU_pSuite s = CU_add_suite("kernel", NULL, NULL);
  CU_add_test(s, "category_valid", category_valid);
  CU_add_test(s, "category_wrong_identity", category_wrong_identity);
  CU_add_test(s, "category_wrong_edge", category_wrong_edge);
  CU_add_test(s, "category_violated_equation", category_violated_equation);
  CU_add_test(s, "category_broken_tree", category_broken_tree);
  CU_add_test(s, "category_slots", category_slots);
  CU_add_test(s, "category_wrong_slot", category_wrong_slot);
  CU_add_test(s, "category_wrong_index", category_wrong_index);
  CU_add_test(s, "category_long_power", category_long_power);
  CU_add_test(s, "category_power_random", category_power_random);
  CU_add_test(s, "task_functorial", task_functorial);
  CU_add_test(s, "task_not_functorial", task_not_functorial);
  CU_add_test(s, "positive_valid", positive_valid);
  CU_add_test(s, "positive_wrong_image", positive_wrong_image);
  CU_add_test(s, "positive_not_universal", positive_not_universal);
  CU_add_test(s, "negative_valid", negative_valid);
  CU_add_test(s, "negative_not_a_witness", negative_not_a_witness);
  CU_add_test(s, "negative_missing_witness", negative_missing_witness);
  CU_add_test(s, "negative_collision_paths", negative_collision_paths);
  CU_add_test(s, "functor_valid", functor_valid);
  CU_add_test(s, "functor_broken", functor_broken);
  CU_add_test(s, "natural_valid_and_broken", natural_valid_and_broken);
  CU_add_test(s, "check_path", check_path);
  CU_add_test(s, "check_contravariant_names", check_contravariant_names);
}
