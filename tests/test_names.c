/* test_names.c — the name table (short keys held in the slot, long keys
 * through their pointer, whole lists looked up and inserted at once) and
 * "did you mean" hints: nearest candidate by edit distance, with the
 * acceptance bar growing with the name's length. */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "specs/names.h"

void test_names_suite(void);

static const char *best(const char *want, const char *const *cands)
{
  names_hint h;
  names_hint_init(&h, want);
  for (int i = 0; cands[i]; i++) names_hint_offer(&h, cands[i]);
  return h.best;
}

static void hints(void)
{
  const char *objs[] = {"image", "label", "rot90", "Rotation", NULL};
  CU_ASSERT_STRING_EQUAL(best("imgae", objs), "image");        /* transposition */
  CU_ASSERT_STRING_EQUAL(best("imag", objs), "image");         /* deletion */
  CU_ASSERT_STRING_EQUAL(best("rot9", objs), "rot90");
  CU_ASSERT_STRING_EQUAL(best("Rotaton", objs), "Rotation");
  CU_ASSERT_PTR_NULL(best("zebra", objs));                     /* nothing close */
  CU_ASSERT_PTR_NULL(best("x", objs));                         /* too short to guess */
  const char *xs[] = {"x", "y", NULL};
  CU_ASSERT_PTR_NULL(best("z", xs));
  const char *two[] = {"ab", "xyz", NULL};
  CU_ASSERT_STRING_EQUAL(best("ba", two), "ab");
  const char *tie[] = {"abcd", "abce", NULL};
  CU_ASSERT_STRING_EQUAL(best("abcf", tie), "abcd");           /* first of equals */
  char longname[NAMES_HINT_MAX + 10];
  memset(longname, 'a', sizeof longname - 1);
  longname[sizeof longname - 1] = '\0';
  const char *longs[] = {longname, NULL};
  CU_ASSERT_PTR_NULL(best(longname, longs));                   /* not compared */
}

/* Keys of 1 to 20 characters around the 8 bytes a slot holds. */
static void table(void)
{
  static const char *const keys[] = {"a", "ab", "abcdefg", "abcdefgh", "abcdefghi",
                                     "abcdefgh_", "abcdefghij_longer", "b", "x1", "x10"};
  int n = (int)(sizeof keys / sizeof keys[0]);
  names *t = names_new(2);   /* grows */
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  for (int i = 0; i < n; i++) CU_ASSERT_EQUAL(names_insert(t, keys[i], 10 * i, NULL), 0);
  CU_ASSERT_EQUAL(names_count(t), (size_t)n);
  for (int i = 0; i < n; i++) CU_ASSERT_EQUAL(names_find(t, keys[i]), 10 * i);
  int old = -5;
  CU_ASSERT_EQUAL(names_insert(t, "abcdefghi", 7, &old), 1);
  CU_ASSERT_EQUAL(old, 40);
  CU_ASSERT_EQUAL(names_find(t, "abcdefgh"), 30);      /* a prefix of a long key */
  CU_ASSERT_EQUAL(names_find(t, "abcdefghij"), -1);
  CU_ASSERT_EQUAL(names_find(t, "abcdef"), -1);
  CU_ASSERT_EQUAL(names_find(t, ""), -1);
  CU_ASSERT_EQUAL(names_find_n(t, "x10 rest", 3), 90);
  CU_ASSERT_EQUAL(names_find_n(t, "x1", 2), 80);
  CU_ASSERT_EQUAL(names_find_n(t, "ab\0", 3), -1);    /* a NUL byte matches nothing */
  CU_ASSERT_EQUAL(names_find_n(t, "abcdefghi\0", 10), -1);
  CU_ASSERT_EQUAL(names_set(t, "b", 3), 0);
  CU_ASSERT_EQUAL(names_find(t, "b"), 3);
  CU_ASSERT_EQUAL(names_set(t, "new_long_name_z", 4), 0);
  CU_ASSERT_EQUAL(names_find(t, "new_long_name_z"), 4);
  names_free(t);
}

/* A list of 5000 names, looked up at once (more names than the pipeline
 * holds, unknown and repeated ones, white space of every kind). */
static void lists(void)
{
  enum { N = 5000 };
  char (*buf)[24] = malloc(N * sizeof *buf);
  const char **keys = malloc(N * sizeof *keys);
  CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
  CU_ASSERT_PTR_NOT_NULL_FATAL(keys);
  for (int i = 0; i < N; i++) {
    snprintf(buf[i], sizeof buf[i], i % 3 ? "e%d" : "element_%d", i);
    keys[i] = buf[i];
  }
  names *t = names_new(0);
  CU_ASSERT_PTR_NOT_NULL_FATAL(t);
  CU_ASSERT_EQUAL(names_insert_all(t, keys, N), -1);
  CU_ASSERT_EQUAL(names_count(t), (size_t)N);
  for (int i = 0; i < N; i += 97) CU_ASSERT_EQUAL(names_find(t, keys[i]), i);
  const char *again[] = {"zz", "e1", "yy", "e2"};
  CU_ASSERT_EQUAL(names_insert_all(t, again, 4), 1);   /* e1 was there */
  CU_ASSERT_EQUAL(names_find(t, "e1"), 1);
  CU_ASSERT_EQUAL(names_find(t, "yy"), 2);
  const char *dup[] = {"p", "q", "p", "q"};
  names *u = names_new(4);
  CU_ASSERT_EQUAL(names_insert_all(u, dup, 4), 2);
  CU_ASSERT_EQUAL(names_find(u, "p"), 0);
  CU_ASSERT_EQUAL(names_count(u), (size_t)2);
  names_free(u);

  /* the list: names N-1 .. 0 backwards, then "nope", then e1 again */
  size_t len = 0;
  for (int i = 0; i < N; i++) len += strlen(keys[i]) + 2;
  char *text = malloc(len + 32);
  CU_ASSERT_PTR_NOT_NULL_FATAL(text);
  char *p = text;
  *p++ = '\n';
  for (int i = N - 1; i >= 0; i--) p += sprintf(p, "%s%s", keys[i], i % 5 ? " " : "\t\r\n ");
  p += sprintf(p, "nope e1  ");
  int *v = malloc((N + 2) * sizeof *v);
  CU_ASSERT_PTR_NOT_NULL_FATAL(v);
  CU_ASSERT_EQUAL(names_find_tokens(t, text, v, N + 2, NULL, 0), (size_t)N + 2);
  int ok = 1;
  for (int i = 0; i < N; i++) ok &= v[i] == N - 1 - i;
  CU_ASSERT(ok);
  CU_ASSERT_EQUAL(v[N], -1);
  CU_ASSERT_EQUAL(v[N + 1], 1);
  v[3] = -7;
  CU_ASSERT_EQUAL(names_find_tokens(t, text, v, 3, keys, N), (size_t)N + 2);   /* counts them all */
  CU_ASSERT_EQUAL(v[2], N - 3);
  CU_ASSERT_EQUAL(v[3], -7);                                           /* past cap: untouched */
  CU_ASSERT_EQUAL(names_find_tokens(NULL, "a b", v, 2, NULL, 0), 2);
  CU_ASSERT_EQUAL(v[0], -1);
  CU_ASSERT_EQUAL(v[1], -1);
  CU_ASSERT_EQUAL(names_find_tokens(t, " \t ", v, 2, keys, N), 0);
  CU_ASSERT_EQUAL(names_count_tokens(text), (size_t)N + 2);
  size_t tl = 0;
  const char *tok = names_token(text, N, &tl);
  CU_ASSERT(tok && tl == 4 && strncmp(tok, "nope", 4) == 0);
  CU_ASSERT_PTR_NULL(names_token(text, N + 2, &tl));
  /* runs in the keys' order, checked against the successor's key first:
   * jumps back and forth, a prefix of the successor (e), a name longer
   * than it (e55), unknown names inside a run (e9, nope) */
  sprintf(text, "e1 e2 element_3 e4 e5 element_6 e7 e4 e5 e8 e1 e e2 nope element_3 e4 e55 "
                "e56 e9 element_9 e10");
  int want[] = {1, 2, 3, 4, 5, 6, 7, 4, 5, 8, 1, -1, 2, -1, 3, 4, 55, 56, -1, 9, 10};
  size_t nw = sizeof want / sizeof want[0];
  CU_ASSERT_EQUAL(names_find_tokens(t, text, v, nw, keys, N), nw);
  for (size_t i = 0; i < nw; i++) CU_ASSERT_EQUAL(v[i], want[i]);
  /* runs of lag 2 and 3 (pairs swapped, triples rotated), broken by a
   * name that is not the run's next key, by an unknown one, and at the end
   * of the keys */
  sprintf(text, "e11 e10 e13 element_12 element_15 e14 e7 element_21 e22 e20 element_24 e25 e23 "
                "element_27 nope e26 e4999 element_4998 e5000 e4999");
  int lagged[] = {11, 10, 13, 12, 15, 14, 7, 21, 22, 20,
                  24, 25, 23, 27, -1, 26, 4999, 4998, -1, 4999};
  size_t nl = sizeof lagged / sizeof lagged[0];
  CU_ASSERT_EQUAL(names_find_tokens(t, text, v, nl, keys, N), nl);
  for (size_t i = 0; i < nl; i++) CU_ASSERT_EQUAL(v[i], lagged[i]);
  CU_ASSERT_EQUAL(names_find_tokens(t, "e4997 element_4998 e4999 e5000", v, 4, keys, N), 4);
  CU_ASSERT(v[0] == 4997 && v[1] == 4998 && v[2] == 4999 && v[3] == -1);   /* none past the last */
  free(v);
  free(text);
  names_free(t);
  free(keys);
  free(buf);
}

static void syntax(void)
{
  CU_ASSERT(names_valid("a"));
  CU_ASSERT(names_valid("_x.y'-9"));
  CU_ASSERT(!names_valid(""));
  CU_ASSERT(!names_valid("9a"));
  CU_ASSERT(!names_valid("a b"));
  CU_ASSERT(!names_valid("a\xC3\xA9"));
  CU_ASSERT(!names_valid("-a"));
  CU_ASSERT(names_valid_n("ab(", 2));
}

void test_names_suite(void)
{
  CU_pSuite s = CU_add_suite("names", NULL, NULL);
  CU_add_test(s, "table", table);
  CU_add_test(s, "lists", lists);
  CU_add_test(s, "syntax", syntax);
  CU_add_test(s, "hints", hints);
}
