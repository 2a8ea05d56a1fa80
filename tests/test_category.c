/* test_category.c — the presented-category engine: known sizes (groups,
 * monoids, simplex categories, free categories, products, opposites), limits,
 * and a structural cross-check of every enumerated category (complete
 * Cayley graph, every equation at every node, spanning tree, shortlex-least
 * distinct normal forms, hom counts, composition). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "specs/category.h"
#include "tests/families.h"

void test_category_suite(void);

/* ---- building presentations ------------------------------------------- */

static category *one_object(const char *name)
{
  category *c = category_new(name, 1);
  category_add_object(c, "*", 1);
  return c;
}

static int gen(category *c, const char *name, int s, int t)
{
  return category_add_generator(c, name, s, t, 2);
}

/* Equation lhs = rhs from `source`; words are -1-terminated lists. */
static void eq(category *c, int source, const int *lhs, const int *rhs)
{
  int nl = 0, nr = 0;
  while (lhs && lhs[nl] >= 0) nl++;
  while (rhs && rhs[nr] >= 0) nr++;
  CU_ASSERT_FATAL(category_add_equation(c, source, lhs, nl, rhs, nr, 3) >= 0);
}

/* The equation g^n = g^m on one generator at `source`. */
static void power_eq(category *c, int source, int g, int n, int m)
{
  int *l = malloc(sizeof(int) * (size_t)(n + 1)), *r = malloc(sizeof(int) * (size_t)(m + 1));
  for (int i = 0; i < n; i++) l[i] = g;
  for (int i = 0; i < m; i++) r[i] = g;
  l[n] = r[m] = -1;
  eq(c, source, l, r);
  free(l);
  free(r);
}

/* (a b)^k = 1 */
static void alt_eq(category *c, int a, int b, int k)
{
  int w[64];
  for (int i = 0; i < 2 * k; i++) w[i] = i % 2 ? b : a;
  w[2 * k] = -1;
  eq(c, 0, w, NULL);
}

static category *cyclic_group(int n)
{
  category *c = one_object("C");
  int a = gen(c, "a", 0, 0);
  power_eq(c, 0, a, n, 0);
  return c;
}

static category *dihedral(int n)
{
  category *c = one_object("D");
  int r = gen(c, "r", 0, 0), s = gen(c, "s", 0, 0);
  power_eq(c, 0, r, n, 0);
  power_eq(c, 0, s, 2, 0);
  alt_eq(c, r, s, 2);
  return c;
}

static category *cyclic_monoid(int m, int r)
{
  category *c = one_object("M");
  int a = gen(c, "a", 0, 0);
  power_eq(c, 0, a, m + r, m);
  return c;
}

static category *walking_iso(void)
{
  category *c = category_new("Iso", 1);
  int A = category_add_object(c, "A", 1), B = category_add_object(c, "B", 1);
  int f = gen(c, "f", A, B), g = gen(c, "g", B, A);
  int fg[] = {f, g, -1}, gf[] = {g, f, -1};
  eq(c, A, fg, NULL);
  eq(c, B, gf, NULL);
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
    genof[f] = gen(c, name, t->src[f], t->tgt[f]);
  }
  for (int f = 0; f < t->n; f++)
    for (int g = 0; g < t->n; g++) {
      if (t->ident[f] || t->ident[g] || t->tgt[f] != t->src[g]) continue;
      int h = t->comp[f * t->n + g];
      int l[] = {genof[f], genof[g], -1}, r[] = {genof[h], -1};
      eq(c, t->src[f], l, t->ident[h] ? NULL : r);
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

static int shortlex_cmp(const int *a, int na, const int *b, int nb)
{
  if (na != nb) return na < nb ? -1 : 1;
  for (int i = 0; i < na; i++)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

static int follow_word(const category *c, int f, const int *w, int n)
{
  for (int i = 0; i < n && f >= 0; i++) f = category_step(c, f, w[i]);
  return f;
}

/* Every property of the header's numbering contract, checked from the
 * accessors alone.  Returns the number of failed checks. */
static int check_category(const category *c)
{
  int bad = 0;
  const int N = category_morphism_count(c), O = category_object_count(c),
            G = category_generator_count(c);
  if (!category_is_enumerated(c)) return 1;
  int *wf = malloc(sizeof(int) * 4096), *wh = malloc(sizeof(int) * 4096);
  /* blocks and identities */
  int expect = 0;
  for (int x = 0; x < O; x++) {
    if (category_block_start(c, x) != expect) bad++;
    if (category_identity(c, x) != expect) bad++;
    int sum = 0;
    for (int y = 0; y < O; y++) sum += category_hom_count(c, x, y);
    if (sum != category_block_size(c, x)) bad++;
    expect += category_block_size(c, x);
  }
  if (expect != N) bad++;
  int *hom = calloc((size_t)(O * O + 1), sizeof(int));
  for (int f = 0; f < N; f++) {
    int s = category_source(c, f), t = category_target(c, f);
    if (s < 0 || t < 0 || f < category_block_start(c, s) ||
        f >= category_block_start(c, s) + category_block_size(c, s))
      bad++;
    else
      hom[s * O + t]++;
    /* spanning tree */
    int p = category_parent(c, f), g = category_parent_generator(c, f);
    if (f == category_identity(c, s)) {
      if (p != -1 || g != -1 || category_word_length(c, f) != 0 || t != s) bad++;
    } else {
      if (p < 0 || p >= f || g < 0 || category_step(c, p, g) != f) bad++;
      if (category_word_length(c, f) != category_word_length(c, p) + 1) bad++;
    }
    /* complete Cayley graph */
    for (int h = 0; h < G; h++) {
      int r = category_step(c, f, h);
      if (category_generator_source(c, h) != t) {
        if (r != -1) bad++;
        continue;
      }
      if (r < 0 || r >= N || category_source(c, r) != s ||
          category_target(c, r) != category_generator_target(c, h))
        bad++;
    }
    /* normal form traces back to f */
    int n = category_word(c, f, wf, 4096);
    if (n > 4096 || category_trace(c, s, wf, n) != f) bad++;
  }
  for (int x = 0; x < O; x++)
    for (int y = 0; y < O; y++)
      if (hom[x * O + y] != category_hom_count(c, x, y)) bad++;
  free(hom);
  /* shortlex: inside a block normal forms increase strictly, and no edge
   * f -g-> h gives a word nf(f) g smaller than nf(h) (by induction on
   * length, this makes every normal form shortlex-least) */
  for (int f = 0; f + 1 < N; f++) {
    if (category_source(c, f) != category_source(c, f + 1)) continue;
    int na = category_word(c, f, wf, 4096), nb = category_word(c, f + 1, wh, 4096);
    if (shortlex_cmp(wf, na, wh, nb) >= 0) bad++;
  }
  for (int f = 0; f < N; f++) {
    int nf = category_word(c, f, wf, 4095);
    for (int g = 0; g < G; g++) {
      int h = category_step(c, f, g);
      if (h < 0) continue;
      wf[nf] = g;
      int nh = category_word(c, h, wh, 4096);
      if (shortlex_cmp(wh, nh, wf, nf + 1) > 0) bad++;
    }
  }
  /* every equation holds at every node */
  for (int i = 0; i < category_equation_count(c); i++) {
    int s, nl, nr;
    const int *l, *r;
    category_equation(c, i, &s, &l, &nl, &r, &nr, NULL);
    for (int f = 0; f < N; f++) {
      if (category_target(c, f) != s) continue;
      if (follow_word(c, f, l, nl) != follow_word(c, f, r, nr)) bad++;
    }
  }
  /* composition: generators, identities, associativity on a sample */
  for (int g = 0; g < G; g++) {
    int m = category_generator_morphism(c, g);
    if (m != category_step(c, category_identity(c, category_generator_source(c, g)), g)) bad++;
  }
  for (int f = 0; f < N; f += 1 + N / 50) {
    int s = category_source(c, f), t = category_target(c, f);
    if (category_compose(c, category_identity(c, s), f) != f) bad++;
    if (category_compose(c, f, category_identity(c, t)) != f) bad++;
    for (int g = category_block_start(c, t); g < category_block_start(c, t) + category_block_size(c, t);
         g += 1 + category_block_size(c, t) / 20) {
      int fg = category_compose(c, f, g);
      int ng = category_word(c, g, wf, 4096);
      if (fg != follow_word(c, f, wf, ng)) bad++;
      int u = category_target(c, g);
      int h = category_block_start(c, u) + category_block_size(c, u) / 2;
      if (category_compose(c, fg, h) != category_compose(c, f, category_compose(c, g, h))) bad++;
    }
    for (int y = 0; y < O; y++)
      if (y != t && category_compose(c, f, category_identity(c, y)) != -1) bad++;
  }
  free(wf);
  free(wh);
  return bad;
}

/* Enumerate, check size and structure, free. */
static void expect_size(category *c, int size)
{
  yo_status st = category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS);
  CU_ASSERT_EQUAL(st, YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), size);
  if (st == YO_OK) CU_ASSERT_EQUAL(check_category(c), 0);
  if (category_morphism_count(c) != size)
    fprintf(stderr, "\n%s: %d morphisms, expected %d\n", category_name(c),
            category_morphism_count(c), size);
  category_free(c);
}

/* ---- tests ------------------------------------------------------------------ */

static void groups(void)
{
  for (int n = 1; n <= 12; n++) expect_size(cyclic_group(n), n);
  for (int n = 2; n <= 10; n++) expect_size(dihedral(n), 2 * n);
  int fact = 1;
  for (int n = 2; n <= 7; n++) {
    fact *= n;
    expect_size(families_symmetric(n), fact);
  }
}

static void monoids(void)
{
  for (int m = 0; m <= 4; m++)
    for (int r = 1; r <= 5; r++) expect_size(cyclic_monoid(m, r), m + r);
  /* the trivial monoid with no generator */
  expect_size(one_object("1"), 1);
  /* idempotent: a a = a */
  expect_size(cyclic_monoid(1, 1), 2);
  /* two commuting idempotents: {1, a, b, ab} */
  category *c = one_object("E");
  int a = gen(c, "a", 0, 0), b = gen(c, "b", 0, 0);
  int aa[] = {a, a, -1}, wa[] = {a, -1}, bb[] = {b, b, -1}, wb[] = {b, -1};
  int ab[] = {a, b, -1}, ba[] = {b, a, -1};
  eq(c, 0, aa, wa);
  eq(c, 0, bb, wb);
  eq(c, 0, ab, ba);
  expect_size(c, 4);
  /* a left-zero semigroup with identity: x y = x for x, y in {a, b} */
  c = one_object("L");
  a = gen(c, "a", 0, 0);
  b = gen(c, "b", 0, 0);
  eq(c, 0, aa, wa);
  eq(c, 0, ab, wa);
  eq(c, 0, ba, wb);
  eq(c, 0, bb, wb);
  expect_size(c, 3);
}

static void walking_isomorphism(void)
{
  category *c = walking_iso();
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 4);
  CU_ASSERT_EQUAL(check_category(c), 0);
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
    CU_ASSERT_EQUAL(check_category(c), 0);
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
    gen(c, name, edges[e][0], edges[e][1]);
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
  CU_ASSERT_EQUAL(check_category(c), 0);
  category_free(c);
  /* discrete categories and a long chain */
  c = category_new("chain", 1);
  for (int v = 0; v < 40; v++) {
    snprintf(name, sizeof name, "c%d", v);
    category_add_object(c, name, 1);
  }
  for (int v = 0; v + 1 < 40; v++) gen(c, "s", v, v + 1);
  expect_size(c, 40 * 41 / 2);
  c = category_new("discrete", 1);
  category_add_object(c, "a", 1);
  category_add_object(c, "b", 1);
  expect_size(c, 2);
  expect_size(category_new("empty", 1), 0);
}

static void products(void)
{
  static table a, b, p, q;
  group_table(&a, 2);
  group_table(&b, 3);
  product_table(&a, &b, &p);
  expect_size(from_table(&p), 6);
  arrow_table(&a);
  group_table(&b, 3);
  product_table(&a, &b, &p);
  category *c = from_table(&p);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 9);
  CU_ASSERT_EQUAL(check_category(c), 0);
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
  expect_size(from_table(&p), 9);
  group_table(&b, 2);
  product_table(&p, &b, &q);
  expect_size(from_table(&q), 18);
}

/* Objects p, q, r in a cycle, f_i: i -> i+1 (stored in fl) and g_i back,
 * with f_i g_i = 1 and g_i f_i = 1: the free groupoid on the cycle. */
static category *loop_groupoid(const char *name, int fl[3])
{
  category *c = category_new(name, 1);
  int g[3];
  for (int i = 0; i < 3; i++) category_add_object(c, i == 0 ? "p" : i == 1 ? "q" : "r", 1);
  for (int i = 0; i < 3; i++) {
    fl[i] = gen(c, "f", i, (i + 1) % 3);
    g[i] = gen(c, "g", (i + 1) % 3, i);
  }
  for (int i = 0; i < 3; i++) {
    int fg[] = {fl[i], g[i], -1}, gf[] = {g[i], fl[i], -1};
    eq(c, i, fg, NULL);
    eq(c, (i + 1) % 3, gf, NULL);
  }
  return c;
}

static void groupoids_and_chains(void)
{
  /* groupoid mode (every generator invertible) and general mode */
  expect_size(families_coxeter_chain(3, 4, 1), 9 * 24);
  expect_size(families_coxeter_chain(4, 3, 1), 16 * 6);
  expect_size(families_coxeter_chain(3, 4, 0), 6 * 24);
  expect_size(families_coxeter_chain(5, 3, 0), 15 * 6);
  /* the same group with and without explicit inverses: D_5 with r R = R r = 1
   * (groupoid mode) equals D_5 from r^5 = 1 (general mode) */
  category *c = one_object("D5i");
  int r = gen(c, "r", 0, 0), s = gen(c, "s", 0, 0), R = gen(c, "R", 0, 0);
  int rR[] = {r, R, -1}, Rr[] = {R, r, -1}, ss[] = {s, s, -1};
  int r5[] = {r, r, r, r, r, -1}, rs[] = {r, s, -1}, sR[] = {s, R, -1};
  eq(c, 0, rR, NULL);
  eq(c, 0, Rr, NULL);
  eq(c, 0, ss, NULL);
  eq(c, 0, r5, NULL);
  eq(c, 0, rs, sR);
  expect_size(c, 10);
  /* a power relation t^k = 1 makes t invertible (hidden inverse): S_4 x Z_5
   * with t central, and Z_3 acting at the target of an arrow */
  c = families_symmetric(4);
  int t = gen(c, "t", 0, 0);
  power_eq(c, 0, t, 5, 0);
  for (int i = 0; i < 3; i++) {
    int ti[] = {t, i, -1}, it[] = {i, t, -1};
    eq(c, 0, ti, it);
  }
  expect_size(c, 120);
  c = category_new("arrowZ3", 1);
  int A = category_add_object(c, "A", 1), B = category_add_object(c, "B", 1);
  int f = gen(c, "f", A, B);
  int u = gen(c, "u", B, B);
  power_eq(c, B, u, 3, 0);
  (void)f;
  expect_size(c, 7);
  /* a relator that reduces to nothing, and an equation between two words */
  c = one_object("Z3");
  int x = gen(c, "x", 0, 0), X = gen(c, "X", 0, 0);
  int xX[] = {x, X, -1}, Xx[] = {X, x, -1}, xx[] = {x, x, -1}, wX[] = {X, -1};
  int xXxX[] = {x, X, x, X, -1};
  eq(c, 0, xX, NULL);
  eq(c, 0, Xx, NULL);
  eq(c, 0, xXxX, NULL);
  eq(c, 0, xx, wX);
  expect_size(c, 3);
  /* a free groupoid on a cycle of 3 objects is infinite */
  int fl[3];
  c = loop_groupoid("loop", fl);
  CU_ASSERT_EQUAL(category_enumerate(c, 5000), YO_LIMIT);
  category_free(c);
  /* ... and finite once the loop has order 2: 3 objects, Z_2 at each */
  c = loop_groupoid("loop2", fl);
  int loop2[] = {fl[0], fl[1], fl[2], fl[0], fl[1], fl[2], -1};
  eq(c, 0, loop2, NULL);
  expect_size(c, 9 * 2);
}

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
      category *c = one_object("R");
      for (int g = 0; g < 2 * ng; g++) gen(c, g % 2 ? "X" : "x", 0, 0);
      for (int g = 0; g < ng; g++) {
        int xX[] = {2 * g, 2 * g + 1}, Xx[] = {2 * g + 1, 2 * g};
        category_add_equation(c, 0, xX, 2, NULL, 0, 1);
        category_add_equation(c, 0, Xx, 2, NULL, 0, 1);
      }
      for (int k = 0; k < nr; k++) category_add_equation(c, 0, l[k], nl[k], r[k], nrr[k], 1);
      if (mode) {
        category_add_object(c, "w", 1);
        int z = gen(c, "z", 1, 1);
        int zz[] = {z, z, -1}, wz[] = {z, -1};
        eq(c, 1, zz, wz);
      }
      st[mode] = category_enumerate(c, 3000);
      size[mode] = st[mode] == YO_OK ? category_block_size(c, 0) : -1;
      if (st[mode] == YO_OK) CU_ASSERT_EQUAL(check_category(c), 0);
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

/* CPU seconds since t0; a sanitized build (make check SANITIZE=..., which
 * defines YONEDA_SANITIZED) runs several times slower and counts a tenth. */
static double cpu_seconds(clock_t t0)
{
  double s = (double)(clock() - t0) / CLOCKS_PER_SEC;
#ifdef YONEDA_SANITIZED
  s /= 10.0;
#endif
  return s;
}

/* <g0..g(n-1) | g_i^k = g_(i+1), g_(n-1)^k = 1> (Z_(k^n)); with `mono`, the
 * last equation is g_(n-1)^(k+1) = g_(n-1) instead (a cyclic monoid with
 * index k^(n-1) and period k^n, nothing invertible); with `swap`, every
 * equation is written right to left. */
static category *power_chain(int k, int n, int mono, int swap)
{
  category *c = one_object("chain");
  char name[16];
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "g%d", i);
    gen(c, name, 0, 0);
  }
  int *w = malloc(sizeof(int) * (size_t)(k + 2));
  for (int i = 0; i < n; i++) {
    int last = i + 1 == n, len = last && mono ? k + 1 : k;
    for (int j = 0; j < len; j++) w[j] = i;
    w[len] = -1;
    int r[] = {last ? (mono ? i : -1) : i + 1, -1};
    if (swap) eq(c, 0, r, w);
    else eq(c, 0, w, r);
  }
  free(w);
  return c;
}

static void redundant_generators(void)
{
  /* the reported case: Z_1000 as a monoid with three generators, 10^6
   * limit (was YO_LIMIT: breadth-first Felsch needed over 3*10^6 nodes) */
  clock_t t0 = clock();
  expect_size(power_chain(10, 3, 0, 0), 1000);
  CU_ASSERT(cpu_seconds(t0) < 1.0);
  expect_size(power_chain(10, 3, 0, 1), 1000);
  /* exactly at the limit */
  category *c = power_chain(10, 3, 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 999), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 1000);
  category_free(c);
  /* the same without inverses: cyclic monoids of index k^(n-1), period k^n */
  expect_size(power_chain(10, 3, 1, 0), 1100);
  expect_size(power_chain(3, 5, 1, 1), 324);
  expect_size(power_chain(4, 4, 1, 0), 320);
  expect_size(power_chain(2, 8, 1, 0), 384);
  /* shorter chains of groups */
  expect_size(power_chain(2, 10, 0, 0), 1024);
  expect_size(power_chain(7, 4, 0, 1), 2401);
  expect_size(power_chain(20, 3, 0, 0), 8000);
  /* Z_1000 chain in the general engine: a second object with a
   * non-invertible arrow out of x */
  c = power_chain(10, 3, 0, 0);
  category_add_object(c, "y", 1);
  gen(c, "f", 0, 1);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_hom_count(c, 0, 0), 1000);
  CU_ASSERT_EQUAL(category_hom_count(c, 0, 1), 1000);
  CU_ASSERT_EQUAL(check_category(c), 0);
  category_free(c);
  /* inverses inferred between two objects (groupoid mode): in the walking
   * isomorphism f, g, h = f g f is invertible, and so is e = h; still 4
   * morphisms */
  c = walking_iso();
  int h = gen(c, "h", 0, 1), e = gen(c, "e", 0, 1);
  int fgf[] = {0, 1, 0, -1}, hw[] = {h, -1}, ew[] = {e, -1};
  eq(c, 0, hw, fgf);
  eq(c, 0, ew, hw);
  expect_size(c, 4);
  CU_ASSERT(cpu_seconds(t0) < 3.0);
}

static void long_relators(void)
{
  /* Z_100000 = <r | r^100000 = 1>: was quadratic (over 60 s) */
  clock_t t0 = clock();
  category *c = cyclic_group(100000);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), 100000);
  /* shortlex numbering: morphism k is r^k */
  int bad = 0;
  for (int f = 0; f < 100000; f++)
    if (category_step(c, f, 0) != (f + 1) % 100000 || category_word_length(c, f) != f) bad++;
  CU_ASSERT_EQUAL(bad, 0);
  category_free(c);
  c = cyclic_group(100000);
  CU_ASSERT_EQUAL(category_enumerate(c, 99999), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 100000), YO_OK);
  category_free(c);
  /* r^6000 = r^0 next to a long power that must collapse: r^4000 = 1 too
   * gives Z_2000 */
  c = cyclic_group(6000);
  power_eq(c, 0, 0, 4000, 0);
  expect_size(c, 2000);
  CU_ASSERT(cpu_seconds(t0) < 5.0);

  /* Z_2^19: 19 commuting involutions, 524,288 morphisms */
  t0 = clock();
  c = one_object("Z2^19");
  char name[16];
  for (int i = 0; i < 19; i++) {
    snprintf(name, sizeof name, "a%d", i);
    gen(c, name, 0, 0);
    power_eq(c, 0, i, 2, 0);
  }
  for (int i = 0; i < 19; i++)
    for (int j = i + 1; j < 19; j++) {
      int u[] = {i, j, -1}, v[] = {j, i, -1};
      eq(c, 0, u, v);
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
  CU_ASSERT(cpu_seconds(t0) < 15.0);

  /* infinite presentations with long relations still end in bounded time:
   * <a, b | (ab)^5 = (ba)^5> (no relation applies to a power of a) and
   * <a, b | ab = ba> */
  t0 = clock();
  c = one_object("I");
  gen(c, "a", 0, 0);
  gen(c, "b", 0, 0);
  int ab[11], ba[11];
  for (int i = 0; i < 10; i++) {
    ab[i] = i % 2;
    ba[i] = 1 - i % 2;
  }
  ab[10] = ba[10] = -1;
  eq(c, 0, ab, ba);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_LIMIT);
  category_free(c);
  c = one_object("N2");
  gen(c, "a", 0, 0);
  gen(c, "b", 0, 0);
  int u[] = {0, 1, -1}, v[] = {1, 0, -1};
  eq(c, 0, u, v);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_LIMIT);
  category_free(c);
  CU_ASSERT(cpu_seconds(t0) < 10.0);
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
    category *c = one_object(dihedral_group ? "D" : "Z");
    for (int g = 0; g < G; g++) gen(c, "g", 0, 0);
    /* a defining presentation: r^n = 1 (s^2 = 1, s r s r = 1), each
     * redundant generator equal to a word in r (and s) */
    int w[64], v[64];
    for (int i = 0; i < n; i++) w[i] = 0;
    w[n] = -1;
    eq(c, 0, w, NULL);
    if (dihedral_group) {
      int ss[] = {1, 1, -1}, srsr[] = {1, 0, 1, 0, -1};
      eq(c, 0, ss, NULL);
      eq(c, 0, srsr, NULL);
    }
    for (int g = first_extra; g < G; g++) {
      int len = 0;
      for (int i = 0; i < val[g].k; i++) w[len++] = 0;
      if (val[g].s) w[len++] = 1;
      w[len] = -1;
      int one[] = {g, -1};
      if (rng() % 2) eq(c, 0, one, w);
      else eq(c, 0, w, one);
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
      eq(c, 0, w, v);
    }
    if (general) {
      category_add_object(c, "w", 1);
      int z = gen(c, "z", 0, 1);
      (void)z;
    }
    yo_status st = category_enumerate(c, 200000);
    CU_ASSERT_EQUAL(st, YO_OK);
    int got = category_hom_count(c, 0, 0);
    CU_ASSERT_EQUAL(got, order);
    if (general) CU_ASSERT_EQUAL(category_hom_count(c, 0, 1), order);
    if (st == YO_OK) CU_ASSERT_EQUAL(check_category(c), 0);
    if (got != order)
      fprintf(stderr, "\nrandom_groups trial %d: %s order %d, got %d (status %d)\n", trial,
              dihedral_group ? "D" : "Z", order, got, (int)st);
    category_free(c);
    tried++;
  }
  CU_ASSERT_EQUAL(tried, 40);
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
  CU_ASSERT_EQUAL(check_category(o), 0);
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
  c = walking_iso();
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
  category *c = one_object("N");
  gen(c, "a", 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_LIMIT);
  CU_ASSERT_FALSE(category_is_enumerated(c));
  CU_ASSERT_EQUAL(category_morphism_count(c), 0);
  category_free(c);
  /* the bicyclic monoid <b, c | b c = 1> is infinite */
  c = one_object("B");
  int b = gen(c, "b", 0, 0), d = gen(c, "c", 0, 0);
  int bc[] = {b, d, -1};
  eq(c, 0, bc, NULL);
  CU_ASSERT_EQUAL(category_enumerate(c, 1000), YO_LIMIT);
  category_free(c);
  /* the free monoid on two generators, with the default limit */
  c = one_object("F2");
  gen(c, "a", 0, 0);
  gen(c, "b", 0, 0);
  CU_ASSERT_EQUAL(category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS), YO_LIMIT);
  category_free(c);
  CU_ASSERT(cpu_seconds(t0) < 10.0);
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
  c = cyclic_group(1);
  CU_ASSERT_EQUAL(category_enumerate(c, 0), YO_LIMIT);
  CU_ASSERT_EQUAL(category_enumerate(c, 1), YO_OK);
  category_free(c);
  /* an ill-typed equation is refused */
  c = walking_iso();
  int ff[] = {0, 0, -1};
  eq(c, 0, ff, NULL);
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_INVALID);
  category_free(c);
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
  CU_ASSERT_EQUAL(category_format_morphism(c, 0, 0, buf, sizeof buf), 1);
  CU_ASSERT_STRING_EQUAL(buf, "*");
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
    gen(c, nm, i % 1000, (i + 1) % 1000);
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
  c = one_object("x");
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
  CU_add_test(s, "engines_agree", engines_agree);
  CU_add_test(s, "redundant_generators", redundant_generators);
  CU_add_test(s, "long_relators", long_relators);
  CU_add_test(s, "random_groups", random_groups);
  CU_add_test(s, "opposites", opposites);
  CU_add_test(s, "limits", limits);
  CU_add_test(s, "accessors", accessors);
}
