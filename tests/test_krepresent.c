/* test_krepresent.c — kernels 3 and 4 (proofs/kernel/krepresent.h) on
 * hand-built flat arrays (tests/flatcat.h): positive certificates (a
 * universal pair with its images) accepted, and rejected with one wrong
 * image or a pair that is not universal; negative certificates accepted,
 * and rejected when a witness is not one or missing, or a collision's tree
 * paths are broken. */
#include <CUnit/CUnit.h>
#include <string.h>

#include "proofs/kernel/krepresent.h"
#include "tests/flatcat.h"

void test_krepresent_suite(void);

/* ---- representability: positive certificates --------------------------------------- */

static int positive(const flatcat *c, const int *sz, const int *aoff,
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
  flatcat c;
  flatcat_idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};
  int images[2] = {0, 1};               /* id ↦ id, e ↦ e */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, images, 2, 0), 1);
  /* the arrow category: Hom(0,-) = T with T(0) = {*}, T(1) = {*} */
  flatcat_arrow(&c);
  int sz2[2] = {1, 1}, aoff2[1] = {0}, act2[1] = {0};
  int images2[2] = {0, 0};
  CU_ASSERT_EQUAL(positive(&c, sz2, aoff2, act2, 1, 0, 0, images2, 2, 0), 1);
}

static void positive_wrong_image(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};
  int images[2] = {0, 0};               /* e ↦ id: wrong */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, images, 2, 0), 0);
  int good[2] = {0, 1};
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, good, 1, 0), 0);
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 0, good, 2, 1), 0);
}

static void positive_not_universal(void)
{
  flatcat c;
  flatcat_idempotent(&c);
  int sz[1] = {2}, aoff[1] = {0}, hom[2] = {1, 1};
  int images[2] = {1, 1};
  /* u = e: id and e both go to e (not injective) */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 1, images, 2, 0), 0);
  /* u out of range */
  CU_ASSERT_EQUAL(positive(&c, sz, aoff, hom, 2, 0, 2, images, 2, 0), 0);
  /* arrow: (1, *) misses T(0) = {*} since Hom(1, 0) is empty */
  flatcat_arrow(&c);
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

static int negative(const flatcat *c, const int *sz, const int *aoff,
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
  flatcat c;
  flatcat_idempotent(&c);
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
  flatcat c;
  flatcat_idempotent(&c);
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
  flatcat c;
  flatcat_idempotent(&c);
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
  flatcat_arrow(&c);
  int sz2[2] = {2, 1}, act2[2] = {0, 0};
  memset(&w, 0, sizeof w);
  w.wkind[0] = KREP_CARDINALITY; w.wobj[0] = 0;  /* |Hom(0,0)| = 1 != 2 */
  CU_ASSERT_EQUAL(negative(&c, sz2, aoff, act2, 2, &w), 0);   /* none for 1 */
  w.wkind[1] = KREP_CARDINALITY; w.wobj[1] = 0;  /* |Hom(1,0)| = 0 != 2 */
  CU_ASSERT_EQUAL(negative(&c, sz2, aoff, act2, 2, &w), 1);
}

/* the cyclic monoid {1, r, r², r³}, r⁴ = 1 (only the arrays kernel 4 reads):
 * nodes 0 = id, 1 = r, 2 = r r, 3 = r r r, a tree path of depth 3 */
static void cyclic4(flatcat *c)
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
  flatcat c;
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

void test_krepresent_suite(void)
{
  CU_pSuite s = CU_add_suite("krepresent", NULL, NULL);
  CU_add_test(s, "positive_valid", positive_valid);
  CU_add_test(s, "positive_wrong_image", positive_wrong_image);
  CU_add_test(s, "positive_not_universal", positive_not_universal);
  CU_add_test(s, "negative_valid", negative_valid);
  CU_add_test(s, "negative_not_a_witness", negative_not_a_witness);
  CU_add_test(s, "negative_missing_witness", negative_missing_witness);
  CU_add_test(s, "negative_collision_paths", negative_collision_paths);
}
