/* test_category.c — the presented-category engine: known sizes (groups,
 * monoids, simplex categories, free categories, products, opposites),
 * limits and accessors, each enumerated category passing the structural
 * cross-check of tests/present.h.  The enumeration engines against each
 * other, long relations and random groups: tests/test_enumerate.c. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "proofs/flat.h"
#include "specs/category.h"
#include "tests/families.h"
#include "tests/fixtures.h"
#include "tests/present.h"

void test_category_suite(void);

/* ---- building presentations ------------------------------------------- */

/* (a b)^k = 1 */
static void alt_eq(category *c, int a, int b, int k)
{
  int w[64];
  for (int i = 0; i < 2 * k; i++) w[i] = i % 2 ? b : a;
  w[2 * k] = -1;
  present_eq(c, 0, w, NULL);
}

static category *dihedral(int n)
{
  category *c = present_one_object("D");
  int r = present_gen(c, "r", 0, 0), s = present_gen(c, "s", 0, 0);
  present_power_eq(c, 0, r, n, 0);
  present_power_eq(c, 0, s, 2, 0);
  alt_eq(c, r, s, 2);
  return c;
}

static category *cyclic_monoid(int m, int r)
{
  category *c = present_one_object("M");
  int a = present_gen(c, "a", 0, 0);
  present_power_eq(c, 0, a, m + r, m);
  return c;
}

static long binomial(int n, int k)
{
  long r = 1;
  for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
  return r;
}

/* A category given by its full composition table: morphisms 0..n-1 with
 * source, target, identity flag, and comp[f*n+g] = f;g (-1 if not
 * composable).  Presented with every non-identity as a generator and every
 * composite as an equation. */
typedef struct table {
  int objects, n;
  int src[64], tgt[64], ident[64];
  int comp[64 * 64];
} table;

static category *from_table(const table *t)
{
  category *c = category_new("T", 1);
  char name[16];
  for (int x = 0; x < t->objects; x++) {
    snprintf(name, sizeof name, "o%d", x);
    category_add_object(c, name, 1);
  }
  int genof[64];
  for (int f = 0; f < t->n; f++) {
    genof[f] = -1;
    if (t->ident[f]) continue;
    snprintf(name, sizeof name, "m%d", f);
    genof[f] = present_gen(c, name, t->src[f], t->tgt[f]);
  }
  for (int f = 0; f < t->n; f++)
    for (int g = 0; g < t->n; g++) {
      if (t->ident[f] || t->ident[g] || t->tgt[f] != t->src[g]) continue;
      int h = t->comp[f * t->n + g];
      int l[] = {genof[f], genof[g], -1}, r[] = {genof[h], -1};
      present_eq(c, t->src[f], l, t->ident[h] ? NULL : r);
    }
  return c;
}

/* Z_m as a one-object table. */
static void group_table(table *t, int m)
{
  t->objects = 1;
  t->n = m;
  for (int f = 0; f < m; f++) {
    t->src[f] = t->tgt[f] = 0;
    t->ident[f] = f == 0;
    for (int g = 0; g < m; g++) t->comp[f * m + g] = (f + g) % m;
  }
}

/* The walking arrow 0 -> 1: id0, id1, a. */
static void arrow_table(table *t)
{
  t->objects = 2;
  t->n = 3;
  int s[] = {0, 1, 0}, g[] = {0, 1, 1};
  for (int f = 0; f < 3; f++) {
    t->src[f] = s[f];
    t->tgt[f] = g[f];
    t->ident[f] = f < 2;
  }
  for (int i = 0; i < 9; i++) t->comp[i] = -1;
  t->comp[0 * 3 + 0] = 0;
  t->comp[1 * 3 + 1] = 1;
  t->comp[0 * 3 + 2] = 2;
  t->comp[2 * 3 + 1] = 2;
}

static void product_table(const table *a, const table *b, table *p)
{
  p->objects = a->objects * b->objects;
  p->n = a->n * b->n;
  for (int f = 0; f < p->n; f++) {
    int fa = f / b->n, fb = f % b->n;
    p->src[f] = a->src[fa] * b->objects + b->src[fb];
    p->tgt[f] = a->tgt[fa] * b->objects + b->tgt[fb];
    p->ident[f] = a->ident[fa] && b->ident[fb];
    for (int g = 0; g < p->n; g++) {
      int ga = g / b->n, gb = g % b->n;
      int ca = a->comp[fa * a->n + ga], cb = b->comp[fb * b->n + gb];
      p->comp[f * p->n + g] = ca < 0 || cb < 0 ? -1 : ca * b->n + cb;
    }
  }
}

/* ---- the structural cross-check ----------------------------------------- */

/* ---- tests ------------------------------------------------------------------ */

static void groups(void)
{
  for (int n = 1; n <= 12; n++) present_expect_size(present_cyclic_group(n), n);
  for (int n = 2; n <= 10; n++) present_expect_size(dihedral(n), 2 * n);
  int fact = 1;
  for (int n = 2; n <= 7; n++) {
    fact *= n;
    present_expect_size(families_symmetric(n), fact);
  }
}

static void monoids(void)
{
  for (int m = 0; m <= 4; m++)
    for (int r = 1; r <= 5; r++) present_expect_size(cyclic_monoid(m, r), m + r);
  /* the trivial monoid with no generator */
  present_expect_size(present_one_object("1"), 1);
  /* idempotent: a a = a */
  present_expect_size(cyclic_monoid(1, 1), 2);
  /* two commuting idempotents: {1, a, b, ab} */
  category *c = present_one_object("E");
  int a = present_gen(c, "a", 0, 0), b = present_gen(c, "b", 0, 0);
  int aa[] = {a, a, -1}, wa[] = {a, -1}, bb[] = {b, b, -1}, wb[] = {b, -1};
  int ab[] = {a, b, -1}, ba[] = {b, a, -1};
  present_eq(c, 0, aa, wa);
  present_eq(c, 0, bb, wb);
  present_eq(c, 0, ab, ba);
  present_expect_size(c, 4);
  /* a left-zero semigroup with identity: x y = x for x, y in {a, b} */
  c = present_one_object("L");
  a = present_gen(c, "a", 0, 0);
  b = present_gen(c, "b", 0, 0);
  present_eq(c, 0, aa, wa);
  present_eq(c, 0, ab, wa);
  present_eq(c, 0, ba, wb);
  present_eq(c, 0, bb, wb);
  present_expect_size(c, 3);
}

static void walking_isomorphism(void)
{
  category *c = present_walking_iso();
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 4);
  CU_ASSERT_EQUAL(present_check(c), 0);
  for (int x = 0; x < 2; x++)
    for (int y = 0; y < 2; y++) CU_ASSERT_EQUAL(category_hom_count(c, x, y), 1);
  /* numbering: block A = {1_A, f}, block B = {1_B, g} */
  CU_ASSERT_EQUAL(category_identity(c, 0), 0);
  CU_ASSERT_EQUAL(category_generator_morphism(c, 0), 1);
  CU_ASSERT_EQUAL(category_identity(c, 1), 2);
  CU_ASSERT_EQUAL(category_generator_morphism(c, 1), 3);
  CU_ASSERT_EQUAL(category_compose(c, 1, 3), 0);
  CU_ASSERT_EQUAL(category_compose(c, 3, 1), 2);
  CU_ASSERT_EQUAL(category_compose(c, 1, 1), -1);
  /* calling it again is a no-op */
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 4);
  category_free(c);
}

static void simplex_categories(void)
{
  for (int n = 1; n <= 3; n++) {
    category *c = families_simplex(n);
    CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
    int total = 0;
    for (int a = 0; a <= n; a++)
      for (int b = 0; b <= n; b++) {
        long want = binomial(a + b + 1, a + 1);
        CU_ASSERT_EQUAL(category_hom_count(c, a, b), want);
        total += (int)want;
      }
    CU_ASSERT_EQUAL(category_morphism_count(c), total);
    CU_ASSERT_EQUAL(present_check(c), 0);
    if (n == 2) CU_ASSERT_EQUAL(total, 31);
    if (n == 3) CU_ASSERT_EQUAL(total, 121);
    category_free(c);
  }
}

static void free_categories(void)
{
  /* a DAG with parallel edges: paths counted by dynamic programming */
  enum { V = 7 };
  int edges[][2] = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {2, 3}, {3, 4}, {1, 4},
                    {4, 5}, {3, 5}, {0, 5}, {5, 6}, {5, 6}, {5, 6}};
  int E = (int)(sizeof edges / sizeof edges[0]);
  category *c = category_new("DAG", 1);
  char name[16];
  for (int v = 0; v < V; v++) {
    snprintf(name, sizeof name, "v%d", v);
    category_add_object(c, name, 1);
  }
  for (int e = 0; e < E; e++) {
    snprintf(name, sizeof name, "e%d", e);
    present_gen(c, name, edges[e][0], edges[e][1]);
  }
  long paths[V][V];
  memset(paths, 0, sizeof paths);
  for (int v = 0; v < V; v++) paths[v][v] = 1;
  for (int y = 0; y < V; y++) /* vertices are topologically ordered */
    for (int e = 0; e < E; e++)
      if (edges[e][1] == y)
        for (int x = 0; x < V; x++) paths[x][y] += paths[x][edges[e][0]];
  long total = 0;
  for (int x = 0; x < V; x++)
    for (int y = 0; y < V; y++) total += paths[x][y];
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 10000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), total);
  for (int x = 0; x < V; x++)
    for (int y = 0; y < V; y++) CU_ASSERT_EQUAL(category_hom_count(c, x, y), paths[x][y]);
  CU_ASSERT_EQUAL(present_check(c), 0);
  category_free(c);
  /* discrete categories and a long chain */
  c = category_new("chain", 1);
  for (int v = 0; v < 40; v++) {
    snprintf(name, sizeof name, "c%d", v);
    category_add_object(c, name, 1);
  }
  for (int v = 0; v + 1 < 40; v++) present_gen(c, "s", v, v + 1);
  present_expect_size(c, 40 * 41 / 2);
  c = category_new("discrete", 1);
  category_add_object(c, "a", 1);
  category_add_object(c, "b", 1);
  present_expect_size(c, 2);
  present_expect_size(category_new("empty", 1), 0);
}

static void products(void)
{
  static table a, b, p, q;
  group_table(&a, 2);
  group_table(&b, 3);
  product_table(&a, &b, &p);
  present_expect_size(from_table(&p), 6);
  arrow_table(&a);
  group_table(&b, 3);
  product_table(&a, &b, &p);
  category *c = from_table(&p);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 9);
  CU_ASSERT_EQUAL(present_check(c), 0);
  for (int x = 0; x < p.objects; x++)
    for (int y = 0; y < p.objects; y++) {
      int want = 0;
      for (int f = 0; f < p.n; f++) want += p.src[f] == x && p.tgt[f] == y;
      CU_ASSERT_EQUAL(category_hom_count(c, x, y), want);
    }
  category_free(c);
  /* arrow x arrow (the commutative square) and arrow x arrow x Z2 */
  arrow_table(&a);
  product_table(&a, &a, &p);
  present_expect_size(from_table(&p), 9);
  group_table(&b, 2);
  product_table(&p, &b, &q);
  present_expect_size(from_table(&q), 18);
}

/* Objects p, q, r in a cycle, f_i: i -> i+1 (stored in fl) and g_i back,
 * with f_i g_i = 1 and g_i f_i = 1: the free groupoid on the cycle. */
static category *loop_groupoid(const char *name, int fl[3])
{
  category *c = category_new(name, 1);
  int g[3];
  for (int i = 0; i < 3; i++) category_add_object(c, i == 0 ? "p" : i == 1 ? "q" : "r", 1);
  for (int i = 0; i < 3; i++) {
    fl[i] = present_gen(c, "f", i, (i + 1) % 3);
    g[i] = present_gen(c, "g", (i + 1) % 3, i);
  }
  for (int i = 0; i < 3; i++) {
    int fg[] = {fl[i], g[i], -1}, gf[] = {g[i], fl[i], -1};
    present_eq(c, i, fg, NULL);
    present_eq(c, (i + 1) % 3, gf, NULL);
  }
  return c;
}

static void groupoids_and_chains(void)
{
  /* groupoid mode (every generator invertible) and general mode */
  present_expect_size(families_coxeter_chain(3, 4, 1), 9 * 24);
  present_expect_size(families_coxeter_chain(4, 3, 1), 16 * 6);
  present_expect_size(families_coxeter_chain(3, 4, 0), 6 * 24);
  present_expect_size(families_coxeter_chain(5, 3, 0), 15 * 6);
  /* the same group with and without explicit inverses: D_5 with r R = R r = 1
   * (groupoid mode) equals D_5 from r^5 = 1 (general mode) */
  category *c = present_one_object("D5i");
  int r = present_gen(c, "r", 0, 0), s = present_gen(c, "s", 0, 0), R = present_gen(c, "R", 0, 0);
  int rR[] = {r, R, -1}, Rr[] = {R, r, -1}, ss[] = {s, s, -1};
  int r5[] = {r, r, r, r, r, -1}, rs[] = {r, s, -1}, sR[] = {s, R, -1};
  present_eq(c, 0, rR, NULL);
  present_eq(c, 0, Rr, NULL);
  present_eq(c, 0, ss, NULL);
  present_eq(c, 0, r5, NULL);
  present_eq(c, 0, rs, sR);
  present_expect_size(c, 10);
  /* a power relation t^k = 1 makes t invertible (hidden inverse): S_4 x Z_5
   * with t central, and Z_3 acting at the target of an arrow */
  c = families_symmetric(4);
  int t = present_gen(c, "t", 0, 0);
  present_power_eq(c, 0, t, 5, 0);
  for (int i = 0; i < 3; i++) {
    int ti[] = {t, i, -1}, it[] = {i, t, -1};
    present_eq(c, 0, ti, it);
  }
  present_expect_size(c, 120);
  c = category_new("arrowZ3", 1);
  int A = category_add_object(c, "A", 1), B = category_add_object(c, "B", 1);
  int f = present_gen(c, "f", A, B);
  int u = present_gen(c, "u", B, B);
  present_power_eq(c, B, u, 3, 0);
  (void)f;
  present_expect_size(c, 7);
  /* a relator that reduces to nothing, and an equation between two words */
  c = present_one_object("Z3");
  int x = present_gen(c, "x", 0, 0), X = present_gen(c, "X", 0, 0);
  int xX[] = {x, X, -1}, Xx[] = {X, x, -1}, xx[] = {x, x, -1}, wX[] = {X, -1};
  int xXxX[] = {x, X, x, X, -1};
  present_eq(c, 0, xX, NULL);
  present_eq(c, 0, Xx, NULL);
  present_eq(c, 0, xXxX, NULL);
  present_eq(c, 0, xx, wX);
  present_expect_size(c, 3);
  /* a free groupoid on a cycle of 3 objects is infinite */
  int fl[3];
  c = loop_groupoid("loop", fl);
  CU_ASSERT_EQUAL(category_enumerate(c, 5000), YO_LIMIT);
  category_free(c);
  /* ... and finite once the loop has order 2: 3 objects, Z_2 at each */
  c = loop_groupoid("loop2", fl);
  int loop2[] = {fl[0], fl[1], fl[2], fl[0], fl[1], fl[2], -1};
  present_eq(c, 0, loop2, NULL);
  present_expect_size(c, 9 * 2);
}

static void opposites(void)
{
  category *c = families_simplex(2);
  yo_status st = YO_INTERNAL;
  category *o = category_opposite(c, 1000, &st);
  CU_ASSERT_EQUAL_FATAL(st, YO_OK);
  CU_ASSERT_PTR_NOT_NULL_FATAL(o);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(o), 31);
  CU_ASSERT_EQUAL(present_check(o), 0);
  for (int x = 0; x < 3; x++)
    for (int y = 0; y < 3; y++) CU_ASSERT_EQUAL(category_hom_count(o, x, y), category_hom_count(c, y, x));
  /* a morphism of the opposite, read reversed, is a morphism of c with
   * source and target swapped */
  char buf[256];
  int w[64];
  for (int f = 0; f < category_morphism_count(o); f++) {
    int n = category_word(o, f, w, 64);
    for (int i = 0; i < n / 2; i++) {
      int s = w[i];
      w[i] = w[n - 1 - i];
      w[n - 1 - i] = s;
    }
    int g = category_trace(c, category_target(o, f), w, n);
    CU_ASSERT(g >= 0);
    CU_ASSERT_EQUAL(category_target(c, g), category_source(o, f));
    category_format_morphism(o, f, 1, buf, sizeof buf);
    /* parse the reversed text back in c */
    int m = 0;
    for (char *tok = strtok(buf, " "); tok; tok = strtok(NULL, " ")) {
      int gg = category_find_generator(c, tok);
      if (gg >= 0) w[m++] = gg;
    }
    if (n > 0) CU_ASSERT_EQUAL(category_trace(c, category_target(o, f), w, m), g);
  }
  category_free(o);
  category_free(c);
  /* opposite of a monoid: same size */
  c = cyclic_monoid(3, 4);
  o = category_opposite(c, 100, &st);
  CU_ASSERT_EQUAL_FATAL(st, YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(o), 7);
  category_free(o);
  category_free(c);
  c = present_walking_iso();
  o = category_opposite(c, 100, &st);
  CU_ASSERT_EQUAL(category_morphism_count(o), 4);
  category_free(o);
  /* the limit applies to the opposite too */
  o = category_opposite(c, 3, &st);
  CU_ASSERT_PTR_NULL(o);
  CU_ASSERT_EQUAL(st, YO_LIMIT);
  category_free(c);
}

static void limits(void)
{
  /* the free monoid on one generator is infinite */
  clock_t t0 = clock();
  category *c = present_one_object("N");
  present_gen(c, "a", 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_LIMIT);
  CU_ASSERT_FALSE(category_is_enumerated(c));
  CU_ASSERT_EQUAL(category_morphism_count(c), 0);
  category_free(c);
  /* the bicyclic monoid <b, c | b c = 1> is infinite */
  c = present_one_object("B");
  int b = present_gen(c, "b", 0, 0), d = present_gen(c, "c", 0, 0);
  int bc[] = {b, d, -1};
  present_eq(c, 0, bc, NULL);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_LIMIT);
  category_free(c);
  /* the free monoid on two generators, with the default limit */
  c = present_one_object("F2");
  present_gen(c, "a", 0, 0);
  present_gen(c, "b", 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_LIMIT);
  category_free(c);
  CU_ASSERT(fixtures_cpu_seconds(t0) < 10.0);
  /* exactly at the limit succeeds, one below fails */
  c = families_symmetric(5);
  CU_ASSERT_EQUAL(category_enumerate(c, 119), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 120), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 120);
  category_free(c);
  c = families_simplex(3);
  CU_ASSERT_EQUAL(category_enumerate(c, 120), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 121), YO_OK);
  category_free(c);
  c = present_cyclic_group(1);
  CU_ASSERT_EQUAL(category_enumerate(c, 0), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 1), YO_OK);
  category_free(c);
  /* an ill-typed equation is refused */
  c = present_walking_iso();
  int ff[] = {0, 0, -1};
  present_eq(c, 0, ff, NULL);
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_INVALID);
  category_free(c);
}

/* The arrays the kernel's flattening borrows (category_arrays) hold what
 * the queries answer, flat_morphisms's arrays (borrowed, shared or built)
 * too, and the normal-form lengths (kept per length, not per morphism)
 * are those of the words: on one- and many-object categories, uniform or
 * not, with hidden inverses (C_7, D_5) or without. */
static void shared_arrays(void)
{
  category *cs[] = {dihedral(5), present_cyclic_group(7), cyclic_monoid(3, 4), present_walking_iso(),
                    families_simplex(3), families_coxeter_chain(3, 3, 1),
                    families_coxeter_chain(3, 3, 0)};
  int uniform[] = {1, 1, 1, 1, 0, 0, 0};
  for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
    category *c = cs[i];
    CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 100000), YO_OK);
    int n = category_morphism_count(c), m = category_object_count(c);
    int G = category_generator_count(c);
    const int *tgt, *par, *pg, *next;
    int width, bad = 0;
    CU_ASSERT_FATAL(category_arrays(c, &tgt, &par, &pg, &next, &width));
    CU_ASSERT_EQUAL(next != NULL, uniform[i]);
    for (int f = 0; f < n; f++) {
      if (tgt[f] != category_target(c, f) || par[f] != category_parent(c, f) ||
          pg[f] != category_parent_generator(c, f))
        bad++;
      int p = par[f], len = category_word_length(c, f);
      if (p < 0 ? len != 0 : len != category_word_length(c, p) + 1) bad++;
      int w[64], k = category_word(c, f, w, 64);
      if (k != len || (k <= 64 && category_trace(c, category_source(c, f), w, k) != f)) bad++;
      for (int g = 0, slot = 0; next && g < G; g++) {
        if (category_generator_source(c, g) != tgt[f]) continue;
        if (next[(long)f * width + slot++] != category_step(c, f, g)) bad++;
      }
    }
    CU_ASSERT_EQUAL(bad, 0);
    long W;
    int D;
    CU_ASSERT_EQUAL_FATAL(flat_sizes(c, &W, &D), 0);
    int *gsrc = flat_ints(G), *gtgt = flat_ints(G), *gslot = flat_ints(G);
    int *ogen = flat_ints((long)m * D), *toff = flat_ints(m + 1);
    flat_generators(c, D, gsrc, gtgt, gslot, ogen);
    flat_owned own = {0};
    const int *fs, *ft, *fp, *fg, *fn;
    int *tnode, *tpos;
    CU_ASSERT_EQUAL(flat_morphisms(c, D, ogen, &fs, &ft, &fp, &fg, &fn, toff, &tnode, &tpos,
                                   &own), 0);
    CU_ASSERT(ft == tgt && fp == par && fg == pg);
    CU_ASSERT_EQUAL(fn == next, uniform[i]);
    CU_ASSERT_EQUAL(fs == ft, m == 1);
    for (int f = 0; f < n; f++) {
      if (fs[f] != category_source(c, f) || tnode[tpos[f]] != f) bad++;
      if (tpos[f] < toff[ft[f]] || tpos[f] >= toff[ft[f] + 1]) bad++;
      for (int k = 0; k < D; k++) {
        int g = ogen[(long)ft[f] * D + k];
        if (fn[(long)f * D + k] != (g < 0 ? -1 : category_step(c, f, g))) bad++;
      }
    }
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(toff[m], n);
    flat_owned_free(&own);
    free(gsrc); free(gtgt); free(gslot); free(ogen); free(toff);
    category_free(c);
  }
}

static void accessors(void)
{
  category *c = dihedral(4);
  CU_ASSERT_STRING_EQUAL(category_name(c), "D");
  CU_ASSERT_EQUAL(category_find_generator(c, "s"), 1);
  CU_ASSERT_EQUAL(category_find_generator(c, "t"), -1);
  CU_ASSERT_EQUAL(category_find_object(c, "*"), 0);
  int rr[] = {0, 0};
  CU_ASSERT_EQUAL(category_word_target(c, 0, rr, 2), 0);
  int bad[] = {0, 7};
  CU_ASSERT_EQUAL(category_word_target(c, 0, bad, 2), -1);
  CU_ASSERT_EQUAL(category_step(c, 0, 0), -1); /* not enumerated yet */
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  /* shortlex order: 1, r, s, rr, rs, sr?  r s = s r^3, so s r = r^3 s */
  char buf[64];
  CU_ASSERT_EQUAL(category_format_morphism(c, 0, 0, buf, sizeof buf), 4);
  CU_ASSERT_STRING_EQUAL(buf, "id_*");
  CU_ASSERT_STRING_EQUAL((category_format_morphism(c, 1, 0, buf, sizeof buf), buf), "r");
  CU_ASSERT_STRING_EQUAL((category_format_morphism(c, 2, 0, buf, sizeof buf), buf), "s");
  CU_ASSERT_STRING_EQUAL((category_format_morphism(c, 3, 0, buf, sizeof buf), buf), "r r");
  CU_ASSERT_STRING_EQUAL((category_format_morphism(c, 4, 0, buf, sizeof buf), buf), "r s");
  CU_ASSERT_STRING_EQUAL((category_format_morphism(c, 5, 0, buf, sizeof buf), buf), "s r");
  int n7 = category_format_morphism(c, 7, 0, buf, sizeof buf);
  CU_ASSERT_EQUAL(n7, (int)strlen(buf));
  /* truncation like snprintf */
  int f = category_morphism_count(c) - 1;
  int need = category_format_morphism(c, f, 0, buf, sizeof buf);
  char small[4];
  CU_ASSERT_EQUAL(category_format_morphism(c, f, 0, small, sizeof small), need);
  CU_ASSERT_EQUAL(strlen(small), 3);
  CU_ASSERT_EQUAL(strncmp(small, buf, 3), 0);
  char rev[64];
  category_format_morphism(c, 4, 1, rev, sizeof rev);
  CU_ASSERT_STRING_EQUAL(rev, "s r");
  int w[2];
  CU_ASSERT_EQUAL(category_word(c, 3, w, 1), 2);
  CU_ASSERT_EQUAL(w[0], 0);
  /* out of range */
  CU_ASSERT_EQUAL(category_source(c, -1), -1);
  CU_ASSERT_EQUAL(category_target(c, 8), -1);
  CU_ASSERT_EQUAL(category_step(c, 0, 2), -1);
  CU_ASSERT_EQUAL(category_compose(c, 0, 99), -1);
  CU_ASSERT_EQUAL(category_hom_count(c, 0, 1), 0);
  CU_ASSERT_EQUAL(category_hom_count(c, 0, 0), 8);
  CU_ASSERT(category_nodes_defined(c) >= 8);
  CU_ASSERT(category_peak_bytes(c) > 0);
  category_free(c);
  /* name lookup: many names, and duplicates answer the first */
  c = category_new("names", 1);
  char nm[16];
  for (int i = 0; i < 1000; i++) {
    snprintf(nm, sizeof nm, "x%d", i);
    category_add_object(c, nm, 1);
  }
  for (int i = 0; i < 3000; i++) {
    snprintf(nm, sizeof nm, "g%d", i % 1500);
    present_gen(c, nm, i % 1000, (i + 1) % 1000);
  }
  int found = 1;
  for (int i = 0; i < 1000; i++) {
    snprintf(nm, sizeof nm, "x%d", i);
    found &= category_find_object(c, nm) == i;
  }
  for (int i = 0; i < 1500; i++) {
    snprintf(nm, sizeof nm, "g%d", i);
    found &= category_find_generator(c, nm) == i;
  }
  CU_ASSERT_TRUE(found);
  CU_ASSERT_EQUAL(category_find_object(c, "x1000"), -1);
  CU_ASSERT_EQUAL(category_find_generator(c, "g1500"), -1);
  CU_ASSERT_EQUAL(category_find_generator(c, ""), -1);
  category_free(c);
  /* adding a generator with an unknown object fails */
  c = present_one_object("x");
  CU_ASSERT_EQUAL(category_add_generator(c, "g", 0, 3, 1), -1);
  category_free(c);
}

void test_category_suite(void)
{
  CU_pSuite s = CU_add_suite("category", NULL, NULL);
  CU_add_test(s, "groups", groups);
  CU_add_test(s, "monoids", monoids);
  CU_add_test(s, "walking_isomorphism", walking_isomorphism);
  CU_add_test(s, "simplex_categories", simplex_categories);
  CU_add_test(s, "free_categories", free_categories);
  CU_add_test(s, "products", products);
  CU_add_test(s, "groupoids_and_chains", groupoids_and_chains);
  CU_add_test(s, "opposites", opposites);
  CU_add_test(s, "limits", limits);
  CU_add_test(s, "accessors", accessors);
  CU_add_test(s, "shared_arrays", shared_arrays);
}
