/* test_task.c — tasks built through the API: sets, maps, both variances,
 * task_apply_word / task_apply_morphism and the functoriality check. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/task.h"
#include "tests/families.h"

void test_task_suite(void);

/* Rot: one object x, r: x -> x, r r r r = x. */
static category *rot(void)
{
  category *c = families_cyclic(4);
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  return c;
}

/* A chain a -f-> b -g-> c (free: 6 morphisms). */
static category *chain(void)
{
  category *c = category_new("Chain", 1);
  int a = category_add_object(c, "a", 2), b = category_add_object(c, "b", 2);
  int cc = category_add_object(c, "c", 2);
  category_add_generator(c, "f", a, b, 3);
  category_add_generator(c, "g", b, cc, 4);
  CU_ASSERT_EQUAL(category_enumerate(c, 100), YO_OK);
  return c;
}

static void covariant_rotation(void)
{
  category *c = rot();
  task *t = task_new("Angle", c, TASK_COVARIANT, 7);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  const char *names[] = {"a0", "a1", "a2", "a3"};
  CU_ASSERT_EQUAL(task_set_line(t, 0), 0);
  CU_ASSERT_EQUAL(task_set_elements(t, 0, 4, names, 8), 0);
  int img[4] = {1, 2, 3, 0};
  CU_ASSERT_EQUAL(task_map_line(t, 0), 0);
  CU_ASSERT_EQUAL(task_set_map(t, 0, img, 9), 0);
  CU_ASSERT_STRING_EQUAL(task_name(t), "Angle");
  CU_ASSERT_EQUAL(task_line(t), 7);
  CU_ASSERT_PTR_EQUAL(task_category(t), c);
  CU_ASSERT_EQUAL(task_set_size(t, 0), 4);
  CU_ASSERT_EQUAL(task_set_line(t, 0), 8);
  CU_ASSERT_EQUAL(task_map_line(t, 0), 9);
  CU_ASSERT_EQUAL(task_element_total(t), 4);
  CU_ASSERT_EQUAL(task_find_element(t, 0, "a2"), 2);
  CU_ASSERT_EQUAL(task_find_element(t, 0, "a9"), -1);
  CU_ASSERT_STRING_EQUAL(task_element_name(t, 0, 1), "a1");
  CU_ASSERT_PTR_NULL(task_element_name(t, 0, 4));
  CU_ASSERT_EQUAL(task_apply(t, 0, 3), 0);
  CU_ASSERT_EQUAL(task_apply(t, 0, 4), -1);
  int w[3] = {0, 0, 0};
  CU_ASSERT_EQUAL(task_apply_word(t, w, 3, 1), 0);
  CU_ASSERT_EQUAL(task_apply_word(t, w, 0, 1), 1);
  /* every morphism r^k acts as +k */
  for (int f = 0; f < category_morphism_count(c); f++) {
    int k = category_word_length(c, f);
    CU_ASSERT_EQUAL(task_apply_morphism(t, f, 2), (2 + k) % 4);
  }
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(task_check_equations(t, "rot.xml", d), YO_OK);
  CU_ASSERT_EQUAL(diag_count(d), 0);
  /* out-of-range images are refused */
  int bad[4] = {1, 2, 3, 4};
  CU_ASSERT_EQUAL(task_set_map(t, 0, bad, 9), -1);
  CU_ASSERT_EQUAL(task_apply(t, 0, 3), 0);   /* unchanged */
  /* a 3-cycle on 4 elements is not a Z4 action */
  int cyc[4] = {1, 2, 0, 3};
  CU_ASSERT_EQUAL(task_set_map(t, 0, cyc, 9), 0);
  CU_ASSERT_EQUAL(task_check_equations(t, "rot.xml", d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_count(d), 1);
  char buf[300];
  diag_format(d, 0, buf, sizeof buf);
  CU_ASSERT_STRING_EQUAL(buf, "rot.xml:9: error: task Angle: map of r breaks equation r r r r = id_x (line 4): element a0 of x goes to a1 by the left side, a0 by the right side");
  diag_list_free(d);
  task_free(t);
  category_free(c);
}

static void contravariant_chain(void)
{
  category *c = chain();
  task *t = task_new("P", c, TASK_CONTRAVARIANT, 1);
  const char *an[] = {"p", "q"}, *bn[] = {"s", "t", "u"}, *cn[] = {"v"};
  CU_ASSERT_EQUAL(task_set_elements(t, 0, 2, an, 2), 0);
  CU_ASSERT_EQUAL(task_set_elements(t, 1, 3, bn, 3), 0);
  CU_ASSERT_EQUAL(task_set_elements(t, 2, 1, cn, 4), 0);
  /* T(f): T(b) -> T(a), T(g): T(c) -> T(b) */
  CU_ASSERT_EQUAL(task_domain(t, 0), 1);
  CU_ASSERT_EQUAL(task_codomain(t, 0), 0);
  CU_ASSERT_EQUAL(task_domain(t, 1), 2);
  int tf[3] = {0, 1, 1}, tg[1] = {2};
  CU_ASSERT_EQUAL(task_set_map(t, 0, tf, 5), 0);
  CU_ASSERT_EQUAL(task_set_map(t, 1, tg, 6), 0);
  CU_ASSERT_EQUAL(task_element_total(t), 6);
  /* the path f g (first f, then g) acts on T(c), g first: v -> u -> q */
  int w[2] = {0, 1};
  CU_ASSERT_EQUAL(task_apply_word(t, w, 2, 0), 1);
  int bad[2] = {1, 0};   /* g f does not compose */
  CU_ASSERT_EQUAL(task_apply_word(t, bad, 2, 0), -1);
  int fg = category_trace(c, 0, w, 2);
  CU_ASSERT_TRUE(fg >= 0);
  CU_ASSERT_EQUAL(task_apply_morphism(t, fg, 0), 1);
  CU_ASSERT_EQUAL(task_apply_morphism(t, category_identity(c, 1), 2), 2);
  CU_ASSERT_EQUAL(task_apply_morphism(t, category_morphism_count(c), 0), -1);
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(task_check_equations(t, "chain.xml", d), YO_OK);
  diag_list_free(d);
  task_free(t);
  category_free(c);
}

static void empty_sets(void)
{
  category *c = chain();
  task *t = task_new("E", c, TASK_COVARIANT, 1);
  const char *one[] = {"z"};
  CU_ASSERT_EQUAL(task_set_elements(t, 0, 0, NULL, 2), 0);
  CU_ASSERT_EQUAL(task_set_elements(t, 1, 0, NULL, 3), 0);
  CU_ASSERT_EQUAL(task_set_elements(t, 2, 1, one, 4), 0);
  CU_ASSERT_EQUAL(task_set_map(t, 0, NULL, 5), 0);
  CU_ASSERT_EQUAL(task_set_map(t, 1, NULL, 6), 0);
  CU_ASSERT_EQUAL(task_set_size(t, 0), 0);
  CU_ASSERT_EQUAL(task_set_line(t, 0), 2);
  CU_ASSERT_EQUAL(task_element_total(t), 1);
  CU_ASSERT_EQUAL(task_apply(t, 0, 0), -1);
  /* re-setting a set replaces it */
  CU_ASSERT_EQUAL(task_set_elements(t, 2, 1, one, 9), 0);
  CU_ASSERT_EQUAL(task_set_line(t, 2), 9);
  CU_ASSERT_EQUAL(task_find_element(t, 2, "z"), 0);
  CU_ASSERT_EQUAL(task_first_duplicate(t, 2), -1);
  const char *dup[] = {"p", "q", "p", "q"};
  CU_ASSERT_EQUAL(task_set_elements(t, 0, 4, dup, 10), 0);
  CU_ASSERT_EQUAL(task_first_duplicate(t, 0), 2);
  CU_ASSERT_EQUAL(task_find_element(t, 0, "p"), 0);   /* the first one */
  task_free(t);
  category_free(c);
}

/* Z_59 acting on itself, built from name lists as the loader does: the
 * set from one list, the map's names looked up at once and handed over;
 * the functoriality check follows several elements at a time, so a
 * failure in the last, partial group must still be the first one named. */
static void lists(void)
{
  enum { N = 59 };
  category *c = families_cyclic(N);
  CU_ASSERT_EQUAL_FATAL(category_enumerate(c, 2 * N), YO_OK);
  task *t = task_new("Z", c, TASK_COVARIANT, 1);
  char *set = malloc(N * 8 + 16), *to = malloc(N * 8 + 16);
  CU_ASSERT_PTR_NOT_NULL_FATAL(set);
  CU_ASSERT_PTR_NOT_NULL_FATAL(to);
  char *p = set, *q = to;
  for (int i = 0; i < N; i++) {
    p += sprintf(p, "%se%d", i ? (i % 7 ? " " : "\n  ") : "", i);
    q += sprintf(q, " e%d", (i + 1) % N);
  }
  CU_ASSERT_EQUAL(task_set_element_list(t, 0, set, 3), 0);
  CU_ASSERT_EQUAL(task_set_size(t, 0), N);
  CU_ASSERT_EQUAL(task_set_line(t, 0), 3);
  CU_ASSERT_STRING_EQUAL(task_element_name(t, 0, 40), "e40");
  CU_ASSERT_EQUAL(task_first_duplicate(t, 0), -1);
  int *img = malloc(N * sizeof *img);
  CU_ASSERT_PTR_NOT_NULL_FATAL(img);
  CU_ASSERT_EQUAL(task_find_elements(t, 0, to, img, N), (size_t)N);
  CU_ASSERT_EQUAL(img[0], 1);
  CU_ASSERT_EQUAL(img[N - 1], 0);
  int few[3] = {-5, -5, -5};
  CU_ASSERT_EQUAL(task_find_elements(t, 0, "e5 x e5", few, 2), 3);
  CU_ASSERT_EQUAL(few[0], 5);
  CU_ASSERT_EQUAL(few[1], -1);
  CU_ASSERT_EQUAL(few[2], -5);   /* past cap: untouched */
  CU_ASSERT_EQUAL(task_take_map(t, 0, img, 4), 0);   /* the task owns img now */
  CU_ASSERT_EQUAL(task_apply(t, 0, N - 1), 0);
  CU_ASSERT_EQUAL(task_map_line(t, 0), 4);
  diag_list *d = diag_list_new(10);
  CU_ASSERT_EQUAL(task_check_equations(t, "z.xml", d), YO_OK);
  /* the identity but for e57 <-> e58: r^59 = r breaks the equation at e57
   * first (in the partial group 56..58) */
  int *sw = malloc(N * sizeof *sw);
  CU_ASSERT_PTR_NOT_NULL_FATAL(sw);
  for (int i = 0; i < N; i++) sw[i] = i;
  sw[N - 2] = N - 1;
  sw[N - 1] = N - 2;
  int *out = malloc(N * sizeof *out);
  CU_ASSERT_PTR_NOT_NULL_FATAL(out);
  out[0] = N;   /* out of range: refused, still the caller's */
  CU_ASSERT_EQUAL(task_take_map(t, 0, out, 5), -1);
  free(out);
  CU_ASSERT_EQUAL(task_take_map(t, 0, sw, 5), 0);
  CU_ASSERT_EQUAL(task_check_equations(t, "z.xml", d), YO_INVALID);
  CU_ASSERT_EQUAL(diag_count(d), 1);
  char buf[600];
  diag_format(d, 0, buf, sizeof buf);
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, "z.xml:5: error: task Z: map of r breaks equation "));
  CU_ASSERT_PTR_NOT_NULL(strstr(buf, ": element e57 of x goes to e58 by the left side, e57 by the right side"));
  diag_list_free(d);
  /* the block of maps: filled in place, kept, read as the action table */
  long nb = -1;
  CU_ASSERT_PTR_NULL(task_map_block(t, &nb));   /* no block yet */
  CU_ASSERT_EQUAL(nb, 0);
  int *into = task_map_buffer(t, 0);
  CU_ASSERT_PTR_NOT_NULL_FATAL(into);
  CU_ASSERT_EQUAL(task_find_elements(t, 0, to, into, N), (size_t)N);
  CU_ASSERT_EQUAL(task_keep_map(t, 0, 7), 0);
  CU_ASSERT_EQUAL(task_apply(t, 0, 3), 4);
  CU_ASSERT_EQUAL(task_map_line(t, 0), 7);
  CU_ASSERT_PTR_EQUAL(task_map_block(t, &nb), into);
  CU_ASSERT_EQUAL(nb, N);
  CU_ASSERT_EQUAL(task_check_equations(t, "z.xml", NULL), YO_OK);
  into[1] = N;   /* out of range: refused, the map stays */
  CU_ASSERT_EQUAL(task_keep_map(t, 0, 8), -1);
  CU_ASSERT_EQUAL(task_map_line(t, 0), 7);
  into[1] = 2;
  int ident[N];
  for (int i = 0; i < N; i++) ident[i] = i;
  CU_ASSERT_EQUAL(task_set_map(t, 0, ident, 9), 0);   /* a map of its own: no table */
  CU_ASSERT_EQUAL(task_apply(t, 0, 3), 3);
  CU_ASSERT_PTR_NULL(task_map_block(t, &nb));
  CU_ASSERT_EQUAL(task_keep_map(t, 0, 10), 0);
  CU_ASSERT_EQUAL(task_apply(t, 0, 3), 4);
  CU_ASSERT_PTR_EQUAL(task_map_block(t, &nb), into);
  /* a repeated name */
  CU_ASSERT_EQUAL(task_set_element_list(t, 0, " a b\tc b a ", 6), 0);
  CU_ASSERT_EQUAL(task_set_size(t, 0), 5);
  CU_ASSERT_EQUAL(task_first_duplicate(t, 0), 3);
  CU_ASSERT_STRING_EQUAL(task_element_name(t, 0, 2), "c");
  CU_ASSERT_PTR_NULL(task_map_buffer(t, 0));   /* the sets changed */
  CU_ASSERT_PTR_NULL(task_map_block(t, &nb));
  free(set);
  free(to);
  task_free(t);
  category_free(c);
}

void test_task_suite(void)
{
  CU_pSuite s = CU_add_suite("task", NULL, NULL);
  CU_add_test(s, "covariant_rotation", covariant_rotation);
  CU_add_test(s, "contravariant_chain", contravariant_chain);
  CU_add_test(s, "empty_sets", empty_sets);
  CU_add_test(s, "lists", lists);
}
