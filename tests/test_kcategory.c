/* test_kcategory.c — kernel 1 (proofs/kernel/kcategory.h) on hand-built
 * flat arrays (tests/flatcat.h): a valid category is accepted, and a wrong
 * identity or edge, a violated equation, a broken spanning tree, a wrong
 * slot table or node index are rejected; equations that are long powers of
 * one generator are checked in linear time and agree with tracing; a wrong
 * edge anywhere in a block longer than one batch of lanes is found. */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/kernel/kcategory.h"
#include "tests/flatcat.h"

void test_kcategory_suite(void);

/* objects 0, 1, 2 of out-degrees 2, 1, 0 (D = 2): a: 0 → 1 (slot 0),
 * b: 0 → 2 (slot 1), c: 1 → 2 (slot 0), with a c = b.  Nodes 0 = id0,
 * 1 = a, 2 = b = a c, 3 = id1, 4 = c, 5 = id2. */
static void fork(flatcat *c)
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

static void category_valid(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  CU_ASSERT_EQUAL(flatcat_check(&c), 1);
  flatcat_arrow(&c);
  CU_ASSERT_EQUAL(flatcat_check(&c), 1);
}

static void category_wrong_identity(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  c.root[0] = 1;                        /* e is not a root */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_arrow(&c);
  c.root[1] = 1;                        /* a : 0 → 1 is not id1 */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_arrow(&c);
  c.parent[2] = 1; c.pgen[2] = 0;       /* id1 claimed as a;a */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
}

static void category_wrong_edge(void)
{
  flatcat c;
  flatcat_arrow(&c);
  c.next[0] = 2;                        /* id0;a = id1: source changes */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_arrow(&c);
  c.next[0] = 0;                        /* id0;a = id0: wrong target */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_arrow(&c);
  c.next[1] = 1;                        /* a;a defined though 1 != 0 */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_idempotent(&c);
  c.next[1] = -1;                       /* e;e missing: incomplete */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_idempotent(&c);
  c.next[1] = 5;                        /* out of range */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
}

static void category_violated_equation(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  c.next[1] = 0;                        /* e;e = id: a group of order 2 */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 1);
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 1);
  CU_ASSERT_EQUAL(kcat_edges(KCAT(&c)), 1);
  flatcat_index(&c);
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 1);
  CU_ASSERT_EQUAL(kcat_equations(KCAT(&c), c.E, c.W, c.eq_src, c.woff,
                                 c.wlen, c.wgen, KIDX(&c)), 0);
  flatcat_idempotent(&c);
  c.wlen[1] = 4;                        /* word runs past wgen */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
}

/* Several objects with different out-degrees (2, 1, 0): valid, and each
 * slot-table fault rejected. */
static void category_slots(void)
{
  flatcat c;
  fork(&c);
  CU_ASSERT_EQUAL(flatcat_check(&c), 1);
  /* tracing checks the typing: c from id0 (object 0, c starts at 1) is
   * undefined although slot gslot[c] = 0 of row 0 holds a (= node 1) */
  int w[2] = {2, 0};
  CU_ASSERT_EQUAL(kcat_trace(c.n, c.G, c.D, c.tgt, c.gsrc, c.gslot, c.next,
                             w, 0, 1, 0), -1);
  CU_ASSERT_EQUAL(kcat_trace(c.n, c.G, c.D, c.tgt, c.gsrc, c.gslot, c.next,
                             c.wgen, 0, 2, 0), 2);             /* a c = b */
  fork(&c);
  c.next[5 * 2 + 1] = 5;                /* an edge in an empty slot */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.next[1 * 2 + 0] = -1;               /* a;c missing */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.next[0 * 2 + 1] = 1;                /* id0;b = a: wrong target */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.parent[2] = 1; c.pgen[2] = 2;       /* b as a;c: a valid tree too */
  CU_ASSERT_EQUAL(flatcat_check(&c), 1);
  c.pgen[2] = 1;                        /* b as a;b: b does not start at 1 */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.pgen[4] = 0;           /* c as id1;a: slot 0 of row 3 is c, but a starts at 0 */
  CU_ASSERT_EQUAL(kcat_tree(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  /* the same layout with the slots of a and b exchanged everywhere */
  fork(&c);
  c.gslot[0] = 1; c.gslot[1] = 0; c.ogen[0] = 1; c.ogen[1] = 0;
  c.next[0] = 2; c.next[1] = 1;
  CU_ASSERT_EQUAL(flatcat_check(&c), 1);
}

/* A generator's slot is wrong: gslot and ogen disagree, or the slot is out
 * of range. */
static void category_wrong_slot(void)
{
  flatcat c;
  fork(&c);
  c.gslot[1] = 0;                       /* b claims a's slot */
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 1);
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.gslot[0] = 1; c.gslot[1] = 0;       /* exchanged, ogen not */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.gslot[2] = 1;                       /* c in the empty slot 1 of object 1 */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.gslot[2] = 2;                       /* slot out of range (D = 2) */
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.ogen[2 * 2 + 0] = 2;                /* object 2 claims c, which starts at 1 */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.ogen[0] = 1; c.ogen[1] = 0;         /* ogen exchanged, gslot not */
  CU_ASSERT_EQUAL(kcat_slots(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  fork(&c);
  c.ogen[1] = 3;                        /* not a generator */
  CU_ASSERT_EQUAL(kcat_ranges(KCAT(&c)), 0);
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
}

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

/* r^h = 1 with h = n/2 = 100,000 on a graph whose other half is fixed
 * by r, or on r-cycles of length 2 or 4 (what a non-invertible a with
 * a r = a, or a r r = a, makes of the a-nodes), each its own orbit:
 * linear (each was traced h letters, 10^10 steps); a cycle whose length
 * does not divide h, and a fixed point made to step into the long cycle,
 * are rejected. */
static void category_power_short_cycles(void)
{
  int n = 200000, h = n / 2;
  power_cat p;
  int *step = malloc((size_t)n * sizeof(int)), *ord = malloc((size_t)n * sizeof(int));
  CU_ASSERT_FATAL(step && ord && power_alloc(&p, n, h + 2));
  for (int c = 1; c <= 4; c *= 2) {
    for (int v = 0; v < n; v++) {
      step[v] = v < h ? (v + 1) % h : v - (v - h) % c + ((v - h) % c + 1) % c;
      ord[v] = v;
    }
    clock_t t0 = clock();
    CU_ASSERT_EQUAL(power_check(&p, step, ord, h, 0), 1);
    CU_ASSERT_EQUAL(power_check(&p, step, ord, h + 1, 1), 1);
    CU_ASSERT(clock() - t0 < 5 * CLOCKS_PER_SEC);
    CU_ASSERT_EQUAL(power_check(&p, step, ord, h - 1, 0), 0);
  }
  /* one 3-cycle among the 4-cycles: 3 does not divide h */
  step[n - 1] = n - 3;
  CU_ASSERT_EQUAL(power_check(&p, step, ord, h, 0), 0);
  for (int v = h; v < n; v++) step[v] = v;
  CU_ASSERT_EQUAL(power_check(&p, step, ord, h, 0), 1);
  step[n - 1] = 0;                         /* no longer fixed */
  CU_ASSERT_EQUAL(power_check(&p, step, ord, h, 0), 0);
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
 * (a + b >= 32, KCAT_POWER_MIN; a + b < 32 in every third case: the
 * lanes): the kernel agrees with tracing at every node */
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
    if (a + b < 32 && t % 3 != 0) a += 32;
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

/* A wrong index of the nodes by target object is rejected (it would let
 * the equation check skip a node). */
static void category_wrong_index(void)
{
  flatcat c;
  fork(&c);
  flatcat_index(&c);
  CU_ASSERT_EQUAL(kcat_check(KCAT(&c), c.E, c.W, c.eq_src, c.woff, c.wlen,
                             c.wgen, KIDX(&c)), 1);
  c.toff[1] = 0;             /* id0 (target 0) outside the block of 0 */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
  CU_ASSERT_EQUAL(kcat_check(KCAT(&c), c.E, c.W, c.eq_src, c.woff, c.wlen,
                             c.wgen, KIDX(&c)), 0);
  flatcat_index(&c);
  c.tnode[0] = 1;            /* two places list node 1, none node 0 */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
  flatcat_index(&c);
  c.tpos[4] = 9;             /* out of range */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
  flatcat_index(&c);
  c.toff[3] = 7;             /* block past the nodes */
  CU_ASSERT_EQUAL(kcat_index(KCAT(&c), KIDX(&c)), 0);
}

static void category_broken_tree(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  c.parent[1] = 1;                      /* parent not smaller */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
  flatcat_idempotent(&c);
  c.parent[1] = -1; c.pgen[1] = -1;     /* a second root of object 0 */
  CU_ASSERT_EQUAL(flatcat_check(&c), 0);
}

/* Kernel 1 traces the short equations from many nodes in lockstep: a
 * wrong edge that breaks an equation at one node only, first, last or
 * inside a batch, of one or two objects, is found; the intact grid
 * passes. */
static void category_lanes(void)
{
  for (int m = 1; m <= 2; m++) {
    flatgrid g;
    flatgrid_make(&g, m);
    CU_ASSERT_EQUAL(kcat_check(FGRID(&g), FGRID_EQ(&g)), 1);
    int caught = 0, tried = 0;
    for (int f = 0; f < g.n; f++) {
      /* the c-edge of node f: only a = c at f reads it */
      int keep = g.next[3 * f + 2];
      int base = g.tgt[f] * FLATGRID_P * FLATGRID_Q;
      g.next[3 * f + 2] = base + (keep - base + 1) % (FLATGRID_P * FLATGRID_Q);
      tried++;
      caught += kcat_equations(FGRID(&g), FGRID_EQ(&g)) == 0;
      g.next[3 * f + 2] = keep;
    }
    CU_ASSERT_EQUAL(caught, tried);
    CU_ASSERT_EQUAL(kcat_equations(FGRID(&g), FGRID_EQ(&g)), 1);
    flatgrid_free(&g);
  }
}

void test_kcategory_suite(void)
{
  CU_pSuite s = CU_add_suite("kcategory", NULL, NULL);
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
  CU_add_test(s, "category_power_short_cycles", category_power_short_cycles);
  CU_add_test(s, "category_lanes", category_lanes);
}
