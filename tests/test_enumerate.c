/* test_enumerate.c — the enumeration engines of specs/category.h against
 * each other and at scale: random group presentations by the groupoid and
 * the general engine, redundant generators, long relations and random
 * cyclic and dihedral groups, each result passing the structural
 * cross-check of tests/present.h. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "specs/category.h"
#include "tests/families.h"
#include "tests/fixtures.h"
#include "tests/present.h"

void test_enumerate_suite(void);

/* Differential test: random group presentations (generator pairs with
 * x X = X x = 1 and random equations) enumerated by the groupoid engine, and
 * by the general engine (forced by a second object carrying a
 * non-invertible generator), must agree on the block of the first object. */
static unsigned long long rng_state = 88172645463325252ULL;
static unsigned rng(void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (unsigned)(rng_state >> 11);
}

static void engines_agree(void)
{
  int both = 0;
  for (int trial = 0; trial < 60; trial++) {
    int ng = 2 + (int)(rng() % 2), nr = 1 + (int)(rng() % 4);
    int l[4][8], nl[4], r[4][2], nrr[4];
    for (int k = 0; k < nr; k++) {
      nl[k] = 1 + (int)(rng() % 8);
      for (int i = 0; i < nl[k]; i++) l[k][i] = (int)(rng() % (unsigned)(2 * ng));
      nrr[k] = (int)(rng() % 3);
      for (int i = 0; i < nrr[k]; i++) r[k][i] = (int)(rng() % (unsigned)(2 * ng));
    }
    int size[2];
    yo_status st[2];
    for (int mode = 0; mode < 2; mode++) {
      category *c = present_one_object("R");
      for (int g = 0; g < 2 * ng; g++) present_gen(c, g % 2 ? "X" : "x", 0, 0);
      for (int g = 0; g < ng; g++) {
        int xX[] = {2 * g, 2 * g + 1}, Xx[] = {2 * g + 1, 2 * g};
        category_add_equation(c, 0, xX, 2, NULL, 0, 1);
        category_add_equation(c, 0, Xx, 2, NULL, 0, 1);
      }
      for (int k = 0; k < nr; k++) category_add_equation(c, 0, l[k], nl[k], r[k], nrr[k], 1);
      if (mode) {
        category_add_object(c, "w", 1);
        int z = present_gen(c, "z", 1, 1);
        int zz[] = {z, z, -1}, wz[] = {z, -1};
        present_eq(c, 1, zz, wz);
      }
      st[mode] = category_enumerate(c, 3000);
      size[mode] = st[mode] == YO_OK ? category_block_size(c, 0) : -1;
      if (st[mode] == YO_OK) CU_ASSERT_EQUAL(present_check(c), 0);
      category_free(c);
    }
    if (st[0] == YO_OK && st[1] == YO_OK) {
      both++;
      CU_ASSERT_EQUAL(size[0], size[1]);
    } else {
      CU_ASSERT_EQUAL(st[0], st[1]);
    }
  }
  CU_ASSERT(both >= 20);
}

/* ---- long relations and redundant generators ------------------------------ */

/* <g0..g(n-1) | g_i^k = g_(i+1), g_(n-1)^k = 1> (Z_(k^n)); with `mono`, the
 * last equation is g_(n-1)^(k+1) = g_(n-1) instead (a cyclic monoid with
 * index k^(n-1) and period k^n, nothing invertible); with `swap`, every
 * equation is written right to left. */
static category *power_chain(int k, int n, int mono, int swap)
{
  category *c = present_one_object("chain");
  char name[16];
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "g%d", i);
    present_gen(c, name, 0, 0);
  }
  int *w = malloc(sizeof(int) * (size_t)(k + 2));
  for (int i = 0; i < n; i++) {
    int last = i + 1 == n, len = last && mono ? k + 1 : k;
    for (int j = 0; j < len; j++) w[j] = i;
    w[len] = -1;
    int r[] = {last ? (mono ? i : -1) : i + 1, -1};
    if (swap) present_eq(c, 0, r, w);
    else present_eq(c, 0, w, r);
  }
  free(w);
  return c;
}

static void redundant_generators(void)
{
  /* the reported case: Z_1000 as a monoid with three generators, 10^6
   * limit (was YO_LIMIT: breadth-first Felsch needed over 3*10^6 nodes) */
  clock_t t0 = clock();
  present_expect_size(power_chain(10, 3, 0, 0), 1000);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 1.0);
  present_expect_size(power_chain(10, 3, 0, 1), 1000);
  /* exactly at the limit */
  category *c = power_chain(10, 3, 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 999), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 1000);
  category_free(c);
  /* the same without inverses: cyclic monoids of index k^(n-1), period k^n */
  present_expect_size(power_chain(10, 3, 1, 0), 1100);
  present_expect_size(power_chain(3, 5, 1, 1), 324);
  present_expect_size(power_chain(4, 4, 1, 0), 320);
  present_expect_size(power_chain(2, 8, 1, 0), 384);
  /* shorter chains of groups */
  present_expect_size(power_chain(2, 10, 0, 0), 1024);
  present_expect_size(power_chain(7, 4, 0, 1), 2401);
  present_expect_size(power_chain(20, 3, 0, 0), 8000);
  /* Z_1000 chain in the general engine: a second object with a
   * non-invertible arrow out of x */
  c = power_chain(10, 3, 0, 0);
  category_add_object(c, "y", 1);
  present_gen(c, "f", 0, 1);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_hom_count(c, 0, 0), 1000);
  CU_ASSERT_EQUAL(category_hom_count(c, 0, 1), 1000);
  CU_ASSERT_EQUAL(present_check(c), 0);
  category_free(c);
  /* inverses inferred between two objects (groupoid mode): in the walking
   * isomorphism f, g, h = f g f is invertible, and so is e = h; still 4
   * morphisms */
  c = present_walking_iso();
  int h = present_gen(c, "h", 0, 1), e = present_gen(c, "e", 0, 1);
  int fgf[] = {0, 1, 0, -1}, hw[] = {h, -1}, ew[] = {e, -1};
  present_eq(c, 0, hw, fgf);
  present_eq(c, 0, ew, hw);
  present_expect_size(c, 4);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 3.0);
}

/* <r, a | r^L = r^M, a a = a, extra> with r^L = r^M and each extra
 * equation given as {lhs..., -1, rhs..., -1} over r = 0, a = 1 (-2 ends
 * the list; "R" in a word: r^L). */
static category *power_with_idempotent(int L, int M, const int *extra)
{
  category *c = present_one_object("P");
  present_gen(c, "r", 0, 0);
  present_gen(c, "a", 0, 0);
  present_power_eq(c, 0, 0, L, M);
  present_power_eq(c, 0, 1, 2, 1);
  int u[16], v[16];
  while (extra && *extra != -2) {
    int nu = 0, nv = 0;
    while (*extra != -1) u[nu++] = *extra++;
    extra++;
    while (*extra != -1) v[nv++] = *extra++;
    extra++;
    u[nu] = v[nv] = -1;
    present_eq(c, 0, nu ? u : NULL, nv ? v : NULL);
  }
  return c;
}

/* Long powers in general mode (a non-invertible generator next to r^L =
 * 1): the g-components and the skipped turns of coset_general.c.  Every
 * node of the a-part is a fixed point of r, or on a short r-cycle. */
static void general_long_powers(void)
{
  /* a r = a: 2L morphisms r^k, r^k a (the a-part fixed by r) */
  const int ar[] = {1, 0, -1, 1, -1, -2};
  present_expect_size(power_with_idempotent(40, 0, ar), 80);
  /* r^41 = r (r not invertible): 41 + 41 */
  present_expect_size(power_with_idempotent(41, 1, ar), 82);
  /* r a = a: the a-part a r^j, one r-cycle of length L */
  const int ra[] = {0, 1, -1, 1, -1, -2};
  present_expect_size(power_with_idempotent(36, 0, ra), 72);
  /* a r r = a, a r a = a: r^k a and r^k a r, r-cycles of length 2 */
  const int arr[] = {1, 0, 0, -1, 1, -1, 1, 0, 1, -1, 1, -1, -2};
  present_expect_size(power_with_idempotent(40, 0, arr), 120);
  present_expect_size(power_with_idempotent(33, 0, arr), 66);   /* r^33 = 1 and a r r = a: a r = a */
  /* the same with L = 30000: linear (it was quadratic: 8,000 took 1.3 s,
   * 30,000 would take about 18 s) */
  clock_t t0 = clock();
  category *c = power_with_idempotent(30000, 0, ar);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 60000);
  int bad = 0;
  for (int f = 0; f < 60000; f++) {
    int h = category_step(c, f, 0), e = category_step(c, f, 1);
    if (h < 0 || e < 0 || category_step(c, e, 1) != e || category_step(c, e, 0) != e) bad++;
  }
  CU_ASSERT_EQUAL(bad, 0);
  category_free(c);
  c = power_with_idempotent(30000, 0, arr);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 90000);
  category_free(c);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 5.0);
}

static void long_relators(void)
{
  /* Z_100000 = <r | r^100000 = 1>: was quadratic (over 60 s) */
  clock_t t0 = clock();
  category *c = present_cyclic_group(100000);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 100000);
  /* shortlex numbering: morphism k is r^k */
  int bad = 0;
  for (int f = 0; f < 100000; f++)
    if (category_step(c, f, 0) != (f + 1) % 100000 || category_word_length(c, f) != f) bad++;
  CU_ASSERT_EQUAL(bad, 0);
  category_free(c);
  c = present_cyclic_group(100000);
  CU_ASSERT_EQUAL(category_enumerate(c, 99999), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 100000), YO_OK);
  category_free(c);
  /* r^6000 = r^0 next to a long power that must collapse: r^4000 = 1 too
   * gives Z_2000 */
  c = present_cyclic_group(6000);
  present_power_eq(c, 0, 0, 4000, 0);
  present_expect_size(c, 2000);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 5.0);

  /* Z_2^19: 19 commuting involutions, 524,288 morphisms */
  t0 = clock();
  c = present_one_object("Z2^19");
  char name[16];
  for (int i = 0; i < 19; i++) {
    snprintf(name, sizeof name, "a%d", i);
    present_gen(c, name, 0, 0);
    present_power_eq(c, 0, i, 2, 0);
  }
  for (int i = 0; i < 19; i++)
    for (int j = i + 1; j < 19; j++) {
      int u[] = {i, j, -1}, v[] = {j, i, -1};
      present_eq(c, 0, u, v);
    }
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 1 << 19);
  bad = 0;
  for (int f = 0; f < (1 << 19); f++)
    for (int i = 0; i < 19; i += 3) {
      int h = category_step(c, f, i);
      if (h < 0 || category_step(c, h, i) != f) bad++;
      if (category_step(c, h, (i + 1) % 19) != category_step(c, category_step(c, f, (i + 1) % 19), i))
        bad++;
    }
  CU_ASSERT_EQUAL(bad, 0);
  category_free(c);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 15.0);

  /* infinite presentations with long relations still end in bounded time:
   * <a, b | (ab)^5 = (ba)^5> (no relation applies to a power of a) and
   * <a, b | ab = ba> */
  t0 = clock();
  c = present_one_object("I");
  present_gen(c, "a", 0, 0);
  present_gen(c, "b", 0, 0);
  int ab[11], ba[11];
  for (int i = 0; i < 10; i++) {
    ab[i] = i % 2;
    ba[i] = 1 - i % 2;
  }
  ab[10] = ba[10] = -1;
  present_eq(c, 0, ab, ba);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_LIMIT);
  category_free(c);
  c = present_one_object("N2");
  present_gen(c, "a", 0, 0);
  present_gen(c, "b", 0, 0);
  int u[] = {0, 1, -1}, v[] = {1, 0, -1};
  present_eq(c, 0, u, v);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_LIMIT);
  category_free(c);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 10.0);
}

/* Random presentations of small groups (cyclic, dihedral) padded with
 * redundant generators and random true equations: the enumeration (either
 * engine) must find the group's order.  Elements of D_n are (k, s): the
 * rotation r^k, then the reflection s when s = 1; Z_n is D_n without s. */
typedef struct del {
  int k, s;
} del;

static del del_mul(del a, del b, int n)
{
  /* (r^a.k s^a.s)(r^b.k s^b.s) = r^(a.k + (-1)^a.s b.k) s^(a.s + b.s) */
  del r = {((a.s ? a.k - b.k : a.k + b.k) % n + n) % n, a.s ^ b.s};
  return r;
}

static del del_word(const del *val, const int *w, int len, int n)
{
  del x = {0, 0};
  for (int i = 0; i < len; i++) x = del_mul(x, val[w[i]], n);
  return x;
}

static void random_groups(void)
{
  int tried = 0;
  for (int trial = 0; trial < 40; trial++) {
    int dihedral_group = (int)(rng() % 2);
    int n = 2 + (int)(rng() % (dihedral_group ? 9 : 30));
    int order = dihedral_group ? 2 * n : n;
    int extra = 1 + (int)(rng() % 4); /* redundant generators */
    int G = (dihedral_group ? 2 : 1) + extra;
    del val[8];
    val[0] = (del){1, 0};
    if (dihedral_group) val[1] = (del){0, 1};
    int first_extra = dihedral_group ? 2 : 1;
    for (int g = first_extra; g < G; g++)
      val[g] = (del){(int)(rng() % (unsigned)n), dihedral_group ? (int)(rng() % 2) : 0};
    int general = (int)(rng() % 3) == 0;
    category *c = present_one_object(dihedral_group ? "D" : "Z");
    for (int g = 0; g < G; g++) present_gen(c, "g", 0, 0);
    /* a defining presentation: r^n = 1 (s^2 = 1, s r s r = 1), each
     * redundant generator equal to a word in r (and s) */
    int w[64], v[64];
    for (int i = 0; i < n; i++) w[i] = 0;
    w[n] = -1;
    present_eq(c, 0, w, NULL);
    if (dihedral_group) {
      int ss[] = {1, 1, -1}, srsr[] = {1, 0, 1, 0, -1};
      present_eq(c, 0, ss, NULL);
      present_eq(c, 0, srsr, NULL);
    }
    for (int g = first_extra; g < G; g++) {
      int len = 0;
      for (int i = 0; i < val[g].k; i++) w[len++] = 0;
      if (val[g].s) w[len++] = 1;
      w[len] = -1;
      int one[] = {g, -1};
      if (rng() % 2) present_eq(c, 0, one, w);
      else present_eq(c, 0, w, one);
    }
    /* random true equations between random words over all generators */
    int neq = 2 + (int)(rng() % 6);
    for (int e = 0; e < neq; e++) {
      int lu = 1 + (int)(rng() % 8);
      for (int i = 0; i < lu; i++) w[i] = (int)(rng() % (unsigned)G);
      del target = del_word(val, w, lu, n);
      int lv = -1;
      for (int tries = 0; tries < 2000 && lv < 0; tries++) {
        int l = (int)(rng() % 9);
        for (int i = 0; i < l; i++) v[i] = (int)(rng() % (unsigned)G);
        del x = del_word(val, v, l, n);
        if (x.k == target.k && x.s == target.s) lv = l;
      }
      if (lv < 0) continue;
      w[lu] = -1;
      v[lv] = -1;
      present_eq(c, 0, w, v);
    }
    if (general) {
      category_add_object(c, "w", 1);
      int z = present_gen(c, "z", 0, 1);
      (void)z;
    }
    yo_status st = category_enumerate(c, 200000);
    CU_ASSERT_EQUAL(st, YO_OK);
    int got = category_hom_count(c, 0, 0);
    CU_ASSERT_EQUAL(got, order);
    if (general) CU_ASSERT_EQUAL(category_hom_count(c, 0, 1), order);
    if (st == YO_OK) CU_ASSERT_EQUAL(present_check(c), 0);
    if (got != order)
      fprintf(stderr, "\nrandom_groups trial %d: %s order %d, got %d (status %d)\n", trial,
              dihedral_group ? "D" : "Z", order, got, (int)st);
    category_free(c);
    tried++;
  }
  CU_ASSERT_EQUAL(tried, 40);
}

/* ---- the Coxeter engine ------------------------------------------------------- */

/* The Coxeter relation of generators s and t with m_st = mm, at random
 * (s t)^mm = 1 or the braid form s t s .. = t s t .., sides in either
 * order. */
static void coxeter_relation(category *c, int s, int t, int mm)
{
  int u[16], v[16];
  if (rng() % 2) {
    for (int i = 0; i < 2 * mm; i++) u[i] = i % 2 ? t : s;
    u[2 * mm] = -1;
    present_eq(c, 0, u, NULL);
    return;
  }
  for (int i = 0; i < mm; i++) {
    u[i] = i % 2 ? t : s;
    v[i] = i % 2 ? s : t;
  }
  u[mm] = v[mm] = -1;
  if (rng() % 2)
    present_eq(c, 0, u, v);
  else
    present_eq(c, 0, v, u);
}

/* A Coxeter presentation of the n x n matrix m (m[i*n+j] for i != j; 0: no
 * relation for the pair), its generators declared in the order of perm
 * (matrix index perm[k] is generator k): s s = 1 for each, and for each
 * pair in random order either (s t)^m = 1 or (t s)^m = 1 or the braid form
 * s t s .. = t s t .., sides swapped at random.  With `extra`, one more
 * equation s s s = s (a consequence, not of the Coxeter form: Todd-Coxeter
 * then enumerates the same group). */
static category *coxeter_presentation(int n, const int *m, const int *perm, int extra)
{
  category *c = present_one_object("W");
  int g[16];
  char name[16];
  for (int k = 0; k < n; k++) {
    snprintf(name, sizeof name, "s%d", k);
    g[perm[k]] = present_gen(c, name, 0, 0);
  }
  for (int k = 0; k < n; k++) {
    int w[3] = {g[k], g[k], -1};
    present_eq(c, 0, w, NULL);
  }
  int pairs[256][2], np = 0;
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (m[i * n + j]) {
        pairs[np][0] = i;
        pairs[np++][1] = j;
      }
  for (int k = np - 1; k > 0; k--) { /* shuffle */
    int r = (int)(rng() % (unsigned)(k + 1)), a = pairs[k][0], b = pairs[k][1];
    pairs[k][0] = pairs[r][0];
    pairs[k][1] = pairs[r][1];
    pairs[r][0] = a;
    pairs[r][1] = b;
  }
  for (int k = 0; k < np; k++) {
    int s = g[pairs[k][0]], t = g[pairs[k][1]], mm = m[pairs[k][0] * n + pairs[k][1]];
    if (rng() % 2) {
      int x = s;
      s = t;
      t = x;
    }
    coxeter_relation(c, s, t, mm);
  }
  if (extra) {
    int u[4] = {g[0], g[0], g[0], -1}, v[2] = {g[0], -1};
    present_eq(c, 0, u, v);
  }
  return c;
}

/* Same morphisms, targets, normal forms and rows. */
static int same_enumeration(const category *a, const category *b)
{
  int n = category_morphism_count(a);
  if (n != category_morphism_count(b)) return 0;
  const int *ta, *pa, *ga, *na, *tb, *pb, *gb, *nb;
  int wa, wb;
  if (!category_arrays(a, &ta, &pa, &ga, &na, &wa) ||
      !category_arrays(b, &tb, &pb, &gb, &nb, &wb) || wa != wb || !na || !nb)
    return 0;
  return !memcmp(ta, tb, (size_t)n * sizeof(int)) && !memcmp(pa, pb, (size_t)n * sizeof(int)) &&
         !memcmp(ga, gb, (size_t)n * sizeof(int)) &&
         !memcmp(na, nb, (size_t)n * (size_t)wa * sizeof(int));
}

/* A Coxeter diagram: the edges (i, j, m) of a path-like list; every other
 * pair commutes (m = 2). */
typedef struct diagram {
  const char *name;
  int n, order;
  int edges[8][3];
  int ne;
} diagram;

static void diagram_matrix(const diagram *d, int *m)
{
  for (int i = 0; i < d->n * d->n; i++) m[i] = 2;
  for (int k = 0; k < d->ne; k++) {
    m[d->edges[k][0] * d->n + d->edges[k][1]] = d->edges[k][2];
    m[d->edges[k][1] * d->n + d->edges[k][0]] = d->edges[k][2];
  }
}

/* Finite crystallographic Coxeter presentations (every generator order,
 * braid and power forms mixed) go to the Coxeter engine, which must make
 * exactly the category Todd-Coxeter makes of the same group: the same
 * morphisms in the same (shortlex) order, the same rows.  Its opposite too. */
static void coxeter_engine(void)
{
  static const diagram ds[] = {
      {"A1", 1, 2, {{0}}, 0},
      {"A2", 2, 6, {{0, 1, 3}}, 1},
      {"A4", 4, 120, {{0, 1, 3}, {1, 2, 3}, {2, 3, 3}}, 3},
      {"A5", 5, 720, {{0, 1, 3}, {1, 2, 3}, {2, 3, 3}, {3, 4, 3}}, 4},
      {"B3", 3, 48, {{0, 1, 4}, {1, 2, 3}}, 2},
      {"B4", 4, 384, {{0, 1, 3}, {1, 2, 3}, {2, 3, 4}}, 3},
      {"D4", 4, 192, {{0, 1, 3}, {1, 2, 3}, {1, 3, 3}}, 3},
      {"D5", 5, 1920, {{0, 1, 3}, {1, 2, 3}, {2, 3, 3}, {2, 4, 3}}, 4},
      {"G2", 2, 12, {{0, 1, 6}}, 1},
      {"F4", 4, 1152, {{0, 1, 3}, {1, 2, 4}, {2, 3, 3}}, 3},
      {"E6", 6, 51840, {{0, 2, 3}, {2, 3, 3}, {3, 4, 3}, {4, 5, 3}, {1, 3, 3}}, 5},
      {"A2xA1", 3, 12, {{0, 1, 3}}, 1},
      {"A1^4", 4, 16, {{0}}, 0},
      {"B2xG2", 4, 96, {{0, 1, 4}, {2, 3, 6}}, 2},
  };
  int checked = 0;
  for (size_t k = 0; k < sizeof ds / sizeof ds[0]; k++)
    for (int trial = 0; trial < 3; trial++) {
      const diagram *d = &ds[k];
      int m[64], perm[8];
      diagram_matrix(d, m);
      for (int i = 0; i < d->n; i++) perm[i] = i;
      for (int i = d->n - 1; i > 0 && trial > 0; i--) {
        int r = (int)(rng() % (unsigned)(i + 1)), x = perm[i];
        perm[i] = perm[r];
        perm[r] = x;
      }
      category *c = coxeter_presentation(d->n, m, perm, 0);
      category *t = coxeter_presentation(d->n, m, perm, 1);
      CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 100000), YO_OK);
      CU_ASSERT_EQUAL_FATAL(category_enumerate(t, 100000), YO_OK);
      CU_ASSERT_STRING_EQUAL(category_engine(c), "coxeter");
      CU_ASSERT_STRING_NOT_EQUAL(category_engine(t), "coxeter");
      CU_ASSERT_EQUAL(category_morphism_count(c), d->order);
      CU_ASSERT(same_enumeration(c, t));
      CU_ASSERT_EQUAL(present_check(c), 0);
      if (!same_enumeration(c, t)) fprintf(stderr, "\ncoxeter_engine: %s trial %d differs\n", d->name, trial);
      yo_status s1, s2;
      category *co = category_opposite(c, 100000, &s1), *to = category_opposite(t, 100000, &s2);
      CU_ASSERT(co && to && s1 == YO_OK && s2 == YO_OK);
      if (co && to) {
        CU_ASSERT_STRING_EQUAL(category_engine(co), "coxeter");
        CU_ASSERT(same_enumeration(co, to));
      }
      category_free(co);
      category_free(to);
      category_free(c);
      category_free(t);
      checked++;
    }
  CU_ASSERT_EQUAL(checked, 42);
}

/* What the Coxeter engine leaves to Todd-Coxeter, and its limit. */
static void coxeter_engine_bounds(void)
{
  int id[3] = {0, 1, 2};
  /* H_3 (m = 5) and I_2(5): not crystallographic */
  int h3[9] = {0, 5, 2, 5, 0, 3, 2, 3, 0}, i25[4] = {0, 5, 5, 0};
  category *c = coxeter_presentation(3, h3, id, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 100000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 120);
  CU_ASSERT_STRING_EQUAL(category_engine(c), "groupoid");
  category_free(c);
  c = coxeter_presentation(2, i25, id, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 100000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 10);
  CU_ASSERT_STRING_EQUAL(category_engine(c), "groupoid");
  category_free(c);
  /* affine A~2 (a triangle of 3s) and the infinite dihedral group (no
   * relation for the pair): infinite, so the limit */
  int a2[9] = {0, 3, 3, 3, 0, 3, 3, 3, 0}, inf[4] = {0, 0, 0, 0};
  c = coxeter_presentation(3, a2, id, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 2000), YO_LIMIT);
  category_free(c);
  c = coxeter_presentation(2, inf, id, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 2000), YO_LIMIT);
  category_free(c);
  /* a pair with two different m: (s t)^2 = (s t)^3 = 1 makes s = t */
  c = coxeter_presentation(2, (int[]){0, 2, 2, 0}, id, 0);
  int w[7] = {0, 1, 0, 1, 0, 1, -1};
  present_eq(c, 0, w, NULL);
  CU_ASSERT_EQUAL(category_enumerate(c, 2000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 2);
  CU_ASSERT_STRING_EQUAL(category_engine(c), "groupoid");
  category_free(c);
  /* the limit: A_4 has 120 elements */
  int a4[16] = {0, 3, 2, 2, 3, 0, 3, 2, 2, 3, 0, 3, 2, 2, 3, 0}, id4[4] = {0, 1, 2, 3};
  c = coxeter_presentation(4, a4, id4, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 119), YO_LIMIT);
  CU_ASSERT_EQUAL(category_morphism_count(c), 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 120), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 120);
  CU_ASSERT_STRING_EQUAL(category_engine(c), "coxeter");
  category_free(c);
  /* S_8 by its usual presentation (tests/families.c) */
  c = families_symmetric(8);
  CU_ASSERT_EQUAL(category_enumerate(c, 100000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 40320);
  CU_ASSERT_STRING_EQUAL(category_engine(c), "coxeter");
  CU_ASSERT_EQUAL(present_check(c), 0);
  category_free(c);
}

/* A product W x Z_k1 x ... : the Coxeter presentation of diagram d (power
 * and braid forms at random) with one generator of order k[i] per entry of
 * k (nk of them) declared at random places among W's, each commuting with
 * every other generator (g h = h g, sides at random).  With `extra`, the
 * consequence g^(o+1) = g for the first declared generator (o its order),
 * which keeps the Coxeter engine out. */
static category *product_presentation(int n, const int *m, const int *k, int nk, int extra)
{
  category *c = present_one_object("P");
  int total = n + nk, kind[16], g[16];
  /* positions of the cyclic generators among all */
  for (int i = 0; i < total; i++) kind[i] = 0;
  for (int i = 0; i < nk; i++) {
    int p;
    do p = (int)(rng() % (unsigned)total);
    while (kind[p]);
    kind[p] = k[i];
  }
  char name[16];
  int ci = 0, cyc[16];
  for (int i = 0; i < total; i++) {
    snprintf(name, sizeof name, "g%d", i);
    int h = present_gen(c, name, 0, 0);
    if (kind[i]) cyc[i] = h;
    else g[ci++] = h;
  }
  for (int i = 0; i < n; i++) {
    int w[3] = {g[i], g[i], -1};
    present_eq(c, 0, w, NULL);
  }
  for (int i = 0; i < total; i++)
    if (kind[i]) present_power_eq(c, 0, cyc[i], kind[i], 0);
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++) coxeter_relation(c, g[i], g[j], m[i * n + j]);
  /* every pair with a cyclic generator commutes */
  for (int i = 0; i < total; i++)
    for (int j = 0; j < total; j++) {
      if (j <= i || (!kind[i] && !kind[j])) continue;
      int a = kind[i] ? cyc[i] : -1, b = kind[j] ? cyc[j] : -1;
      /* the Coxeter generator's handle: its declaration index is its id */
      if (a < 0) a = i;
      if (b < 0) b = j;
      int u[3] = {a, b, -1}, v[3] = {b, a, -1};
      if (rng() % 2) present_eq(c, 0, u, v);
      else present_eq(c, 0, v, u);
    }
  if (extra) {
    int o = kind[0] ? kind[0] : 2, u[16], v[2] = {0, -1};
    for (int l = 0; l <= o; l++) u[l] = 0;
    u[o + 1] = -1;
    present_eq(c, 0, u, v);
  }
  return c;
}

/* Coxeter groups times cyclic groups (S_8 x Z_25, the regular
 * representation benchmark, is one) go to the Coxeter engine too, without
 * hidden inverses; cyclic groups alone as well. */
static void coxeter_products(void)
{
  int a2[4] = {0, 3, 3, 0}, b3[9] = {0, 4, 2, 4, 0, 3, 2, 3, 0}, none[1] = {0};
  struct {
    int n;
    const int *m;
    int k[3], nk, order;
  } cs[] = {
      {2, a2, {5}, 1, 30},      {3, b3, {3, 4}, 2, 576}, {0, none, {7}, 1, 7},
      {0, none, {3, 4}, 2, 12}, {2, a2, {3}, 1, 18},     {3, b3, {6}, 1, 288},
  };
  int checked = 0;
  for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++)
    for (int trial = 0; trial < 3; trial++) {
      unsigned long long save = rng_state;
      category *c = product_presentation(cs[i].n, cs[i].m, cs[i].k, cs[i].nk, 0);
      rng_state = save; /* the same presentation, plus the extra equation */
      category *t = product_presentation(cs[i].n, cs[i].m, cs[i].k, cs[i].nk, 1);
      CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 100000), YO_OK);
      CU_ASSERT_EQUAL_FATAL(category_enumerate(t, 100000), YO_OK);
      CU_ASSERT_STRING_EQUAL(category_engine(c), "coxeter");
      CU_ASSERT_STRING_NOT_EQUAL(category_engine(t), "coxeter");
      CU_ASSERT_EQUAL(category_morphism_count(c), cs[i].order);
      CU_ASSERT(same_enumeration(c, t));
      CU_ASSERT_EQUAL(present_check(c), 0);
      if (!same_enumeration(c, t)) fprintf(stderr, "\ncoxeter_products: case %zu trial %d differs\n", i, trial);
      category_free(c);
      category_free(t);
      checked++;
    }
  CU_ASSERT_EQUAL(checked, 18);
  /* not products: g of order 3 and an involution h with (g h)^2 = 1 (the
   * dihedral group of order 6: g h g h = 1 is not g h = h g); g of order 3
   * with no relation to h (infinite); g with g^2 = 1 and g^3 = 1 (g = 1) */
  category *c = present_one_object("D3");
  int g = present_gen(c, "g", 0, 0), h = present_gen(c, "h", 0, 0);
  present_power_eq(c, 0, g, 3, 0);
  present_power_eq(c, 0, h, 2, 0);
  int w[5] = {g, h, g, h, -1};
  present_eq(c, 0, w, NULL);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 6);
  CU_ASSERT_STRING_NOT_EQUAL(category_engine(c), "coxeter");
  category_free(c);
  c = present_one_object("free");
  g = present_gen(c, "g", 0, 0);
  h = present_gen(c, "h", 0, 0);
  present_power_eq(c, 0, g, 3, 0);
  present_power_eq(c, 0, h, 2, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_LIMIT);
  category_free(c);
  c = present_one_object("one");
  g = present_gen(c, "g", 0, 0);
  present_power_eq(c, 0, g, 2, 0);
  present_power_eq(c, 0, g, 3, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 1);
  CU_ASSERT_STRING_NOT_EQUAL(category_engine(c), "coxeter");
  category_free(c);
}

void test_enumerate_suite(void)
{
  CU_pSuite s = CU_add_suite("enumerate", NULL, NULL);
  CU_add_test(s, "engines_agree", engines_agree);
  CU_add_test(s, "redundant_generators", redundant_generators);
  CU_add_test(s, "long_relators", long_relators);
  CU_add_test(s, "general_long_powers", general_long_powers);
  CU_add_test(s, "random_groups", random_groups);
  CU_add_test(s, "coxeter_engine", coxeter_engine);
  CU_add_test(s, "coxeter_engine_bounds", coxeter_engine_bounds);
  CU_add_test(s, "coxeter_products", coxeter_products);
}
