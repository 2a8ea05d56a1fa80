/* present.c — see present.h. */
#include "tests/present.h"

#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>

category *present_one_object(const char *name)
{
  category *c = category_new(name, 1);
  category_add_object(c, "*", 1);
  return c;
}

int present_gen(category *c, const char *name, int s, int t)
{
  return category_add_generator(c, name, s, t, 2);
}

/* Equation lhs = rhs from `source`; words are -1-terminated lists. */
void present_eq(category *c, int source, const int *lhs, const int *rhs)
{
  int nl = 0, nr = 0;
  while (lhs && lhs[nl] >= 0) nl++;
  while (rhs && rhs[nr] >= 0) nr++;
  CU_ASSERT_FATAL(category_add_equation(c, source, lhs, nl, rhs, nr, 3) >= 0);
}

/* The equation g^n = g^m on one generator at `source`. */
void present_power_eq(category *c, int source, int g, int n, int m)
{
  int *l = malloc(sizeof(int) * (size_t)(n + 1)), *r = malloc(sizeof(int) * (size_t)(m + 1));
  for (int i = 0; i < n; i++) l[i] = g;
  for (int i = 0; i < m; i++) r[i] = g;
  l[n] = r[m] = -1;
  present_eq(c, source, l, r);
  free(l);
  free(r);
}

category *present_cyclic_group(int n)
{
  category *c = present_one_object("C");
  int a = present_gen(c, "a", 0, 0);
  present_power_eq(c, 0, a, n, 0);
  return c;
}

category *present_walking_iso(void)
{
  category *c = category_new("Iso", 1);
  int A = category_add_object(c, "A", 1), B = category_add_object(c, "B", 1);
  int f = present_gen(c, "f", A, B), g = present_gen(c, "g", B, A);
  int fg[] = {f, g, -1}, gf[] = {g, f, -1};
  present_eq(c, A, fg, NULL);
  present_eq(c, B, gf, NULL);
  return c;
}

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
int present_check(const category *c)
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
void present_expect_size(category *c, int size)
{
  yo_status st = category_enumerate(c, CATEGORY_DEFAULT_MAX_MORPHISMS);
  CU_ASSERT_EQUAL(st, YO_OK);
  CU_ASSERT_EQUAL(category_morphism_count(c), size);
  if (st == YO_OK) CU_ASSERT_EQUAL(present_check(c), 0);
  if (category_morphism_count(c) != size)
    fprintf(stderr, "\n%s: %d morphisms, expected %d\n", category_name(c),
            category_morphism_count(c), size);
  category_free(c);
}
