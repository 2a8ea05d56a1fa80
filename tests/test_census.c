/* test_census.c — the census of small categories: counts against OEIS
 * A125696 (all categories) and A058129 (monoids = one object), every
 * member re-checked as a category by code independent of the enumerator,
 * members pairwise non-isomorphic (brute-force canonical forms), the Euler
 * transform of the connected counts, shards adding up, visitor stop,
 * stop flag and bad options. */
#include <CUnit/CUnit.h>
#include <stdlib.h>
#include <string.h>

#include "solver/census.h"

void test_census_suite(void);

/* OEIS A125696 and A058129, n = 1..7. */
static const long long all_counts[] = {0, 1, 3, 11, 55, 329, 2858, 36440};
static const long long monoid_counts[] = {0, 1, 2, 7, 35, 228, 2237, 31559};

static long long count(int n, int min_obj, int max_obj, int connected, int shard, int shards,
                       census_stats *st)
{
  census_options o;
  census_options_init(&o);
  o.morphisms = n;
  o.min_objects = min_obj;
  o.max_objects = max_obj;
  o.connected_only = connected;
  o.shard_index = shard;
  o.shard_count = shards;
  census_stats local;
  if (!st) st = &local;
  diag_list *d = diag_list_new(0);
  yo_status s = census_run(&o, NULL, NULL, st, d);
  CU_ASSERT_EQUAL(s, YO_OK);
  diag_list_free(d);
  return s == YO_OK ? st->count : -1;
}

static void counts_match_oeis(void)
{
  for (int n = 1; n <= 6; n++) {
    census_stats st;
    CU_ASSERT_EQUAL(count(n, 0, 0, 0, 0, 0, &st), all_counts[n]);
    CU_ASSERT_EQUAL(st.by_objects[1], monoid_counts[n]);
    long long sum = 0;
    for (int k = 0; k <= CENSUS_MAX_MORPHISMS; k++) sum += st.by_objects[k];
    CU_ASSERT_EQUAL(sum, st.count);
    CU_ASSERT_EQUAL(st.by_objects[n], 1);   /* the discrete category */
  }
}

static void object_bounds(void)
{
  census_stats all;
  count(6, 0, 0, 0, 0, 0, &all);
  for (int k = 1; k <= 6; k++) CU_ASSERT_EQUAL(count(6, k, k, 0, 0, 0, NULL), all.by_objects[k]);
  CU_ASSERT_EQUAL(count(6, 0, 2, 0, 0, 0, NULL), all.by_objects[1] + all.by_objects[2]);
  CU_ASSERT_EQUAL(count(6, 5, 0, 0, 0, 0, NULL), all.by_objects[5] + all.by_objects[6]);
  CU_ASSERT_EQUAL(count(1, 1, 1, 0, 0, 0, NULL), 1);
}

static void euler_transform_of_connected(void)
{
  long long conn[8] = {0}, all[8];
  for (int n = 1; n <= 6; n++) {
    census_stats st;
    conn[n] = count(n, 0, 0, 1, 0, 0, &st);
    CU_ASSERT_EQUAL(st.connected, st.count);
    census_stats full;
    count(n, 0, 0, 0, 0, 0, &full);
    CU_ASSERT_EQUAL(full.connected, conn[n]);
  }
  CU_ASSERT_EQUAL(census_euler_transform(conn, all, 6), 0);
  for (int n = 1; n <= 6; n++) CU_ASSERT_EQUAL(all[n], all_counts[n]);
}

static void shards_add_up(void)
{
  for (int n = 1; n <= 6; n++) {
    for (int shards = 2; shards <= 7; shards += 5) {
      long long sum = 0, units = 0, total = -1;
      for (int k = 1; k <= shards; k++) {
        census_stats st;
        sum += count(n, 0, 0, 0, k, shards, &st);
        units += st.units;
        if (total < 0) total = st.units_total;
        CU_ASSERT_EQUAL(st.units_total, total);   /* the same split in every shard */
      }
      CU_ASSERT_EQUAL(sum, all_counts[n]);
      CU_ASSERT_EQUAL(units, total);
    }
  }
}

/* ---- independent re-check of every member --------------------------------- */

typedef struct seen {
  int n;
  int bad;              /* members that are not categories or badly numbered */
  int count;
  int cap;
  signed char *forms;   /* count canonical forms of n*n bytes */
} seen;

/* Category axioms from the table alone. */
static int is_category(const census_category *c)
{
  int n = c->morphisms;
  for (int x = 0; x < c->objects; x++) {
    int i = c->id[x];
    if (i != x || c->src[i] != x || c->dst[i] != x) return 0;
  }
  for (int f = 0; f < n; f++) {
    if (c->src[f] < 0 || c->src[f] >= c->objects || c->dst[f] < 0 || c->dst[f] >= c->objects)
      return 0;
    if (c->comp[f * n + c->id[c->dst[f]]] != f || c->comp[c->id[c->src[f]] * n + f] != f)
      return 0;
    for (int g = 0; g < n; g++) {
      int gf = c->comp[f * n + g];
      if ((c->dst[f] == c->src[g]) != (gf >= 0)) return 0;
      if (gf >= 0 && (gf >= n || c->src[gf] != c->src[f] || c->dst[gf] != c->dst[g])) return 0;
      for (int h = 0; gf >= 0 && h < n; h++) {
        int hg = c->comp[g * n + h];
        if (hg < 0) continue;
        if (c->comp[gf * n + h] != c->comp[f * n + hg]) return 0;
      }
    }
  }
  /* non-identities sorted by (source, target) */
  for (int f = c->objects + 1; f < n; f++)
    if (c->src[f - 1] * n + c->dst[f - 1] > c->src[f] * n + c->dst[f]) return 0;
  return 1;
}

/* Least relabelling of the partial composition over all n! permutations of
 * the morphisms (objects are the identities, so this is isomorphism). */
static void brute_canonical(const census_category *c, signed char *best)
{
  int n = c->morphisms;
  int perm[8], inv[8], used[8] = {0};
  signed char cur[64];
  int first = 1, depth = 0;
  perm[0] = -1;
  while (depth >= 0) {
    /* next candidate for perm[depth] */
    if (perm[depth] >= 0) used[perm[depth]] = 0;
    int v = perm[depth] + 1;
    while (v < n && used[v]) v++;
    if (v >= n) {
      perm[depth] = -1;
      depth--;
      continue;
    }
    perm[depth] = v;
    used[v] = 1;
    if (depth + 1 < n) {
      perm[++depth] = -1;
      continue;
    }
    for (int i = 0; i < n; i++) inv[perm[i]] = i;
    for (int f = 0; f < n; f++)
      for (int g = 0; g < n; g++) {
        int x = c->comp[inv[f] * n + inv[g]];
        cur[f * n + g] = (signed char)(x < 0 ? -1 : perm[x]);
      }
    if (first || memcmp(cur, best, (size_t)(n * n)) < 0) memcpy(best, cur, (size_t)(n * n));
    first = 0;
  }
}

static int record(const census_category *c, void *arg)
{
  seen *s = arg;
  if (c->morphisms != s->n || c->index != s->count || !is_category(c)) s->bad++;
  if (s->count == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 64;
    s->forms = realloc(s->forms, (size_t)s->cap * (size_t)(s->n * s->n));
  }
  brute_canonical(c, s->forms + (size_t)s->count * (size_t)(s->n * s->n));
  s->count++;
  return 0;
}

static int cmp_n2;
static int cmp_forms(const void *a, const void *b)
{
  return memcmp(a, b, (size_t)cmp_n2);
}

static void members_are_distinct_categories(void)
{
  for (int n = 1; n <= 6; n++) {
    seen s = {n, 0, 0, 0, NULL};
    census_options o;
    census_options_init(&o);
    o.morphisms = n;
    census_stats st;
    CU_ASSERT_EQUAL(census_run(&o, record, &s, &st, NULL), YO_OK);
    CU_ASSERT_EQUAL(s.bad, 0);
    CU_ASSERT_EQUAL(s.count, all_counts[n]);
    cmp_n2 = n * n;
    qsort(s.forms, (size_t)s.count, (size_t)(n * n), cmp_forms);
    int dup = 0;
    for (int i = 1; i < s.count; i++)
      if (memcmp(s.forms + (size_t)(i - 1) * (size_t)(n * n), s.forms + (size_t)i * (size_t)(n * n),
                 (size_t)(n * n)) == 0)
        dup++;
    CU_ASSERT_EQUAL(dup, 0);
    free(s.forms);
  }
}

static int stop_after_ten(const census_category *c, void *arg)
{
  (void)c;
  return ++*(int *)arg >= 10;
}

static void visitor_stops(void)
{
  census_options o;
  census_options_init(&o);
  o.morphisms = 5;
  int calls = 0;
  census_stats st;
  CU_ASSERT_EQUAL(census_run(&o, stop_after_ten, &calls, &st, NULL), YO_OK);
  CU_ASSERT_EQUAL(calls, 10);
  CU_ASSERT_EQUAL(st.stopped, 1);
  CU_ASSERT_EQUAL(st.count, 10);
}

static void stop_flag_is_a_limit(void)
{
  census_options o;
  census_options_init(&o);
  o.morphisms = 7;
  volatile int stop = 1;
  o.stop = &stop;
  census_stats st;
  diag_list *d = diag_list_new(0);
  CU_ASSERT_EQUAL(census_run(&o, NULL, NULL, &st, d), YO_LIMIT);
  CU_ASSERT_TRUE(st.count < all_counts[7]);
  CU_ASSERT_EQUAL(diag_error_count(d), 1);
  diag_list_free(d);
}

static void bad_options(void)
{
  census_options o;
  census_options_init(&o);
  diag_list *d = diag_list_new(0);
  o.morphisms = 0;
  CU_ASSERT_EQUAL(census_run(&o, NULL, NULL, NULL, d), YO_USAGE);
  o.morphisms = CENSUS_MAX_MORPHISMS + 1;
  CU_ASSERT_EQUAL(census_run(&o, NULL, NULL, NULL, d), YO_USAGE);
  o.morphisms = 3;
  o.shard_index = 4;
  o.shard_count = 3;
  CU_ASSERT_EQUAL(census_run(&o, NULL, NULL, NULL, d), YO_USAGE);
  o.shard_index = 0;
  CU_ASSERT_EQUAL(census_run(&o, NULL, NULL, NULL, d), YO_USAGE);
  o.shard_count = 0;
  o.min_objects = 3;
  o.max_objects = 2;
  CU_ASSERT_EQUAL(census_run(&o, NULL, NULL, NULL, d), YO_USAGE);
  CU_ASSERT_EQUAL(diag_error_count(d), 5);
  diag_list_free(d);
}

static void euler_transform_overflow(void)
{
  long long conn[3] = {0, 0x7fffffffffffffffLL, 0x7fffffffffffffffLL}, all[3];
  CU_ASSERT_EQUAL(census_euler_transform(conn, all, 2), -1);
}

void test_census_suite(void)
{
  CU_pSuite s = CU_add_suite("census", NULL, NULL);
  CU_add_test(s, "counts_match_oeis", counts_match_oeis);
  CU_add_test(s, "object_bounds", object_bounds);
  CU_add_test(s, "euler_transform_of_connected", euler_transform_of_connected);
  CU_add_test(s, "shards_add_up", shards_add_up);
  CU_add_test(s, "members_are_distinct_categories", members_are_distinct_categories);
  CU_add_test(s, "visitor_stops", visitor_stops);
  CU_add_test(s, "stop_flag_is_a_limit", stop_flag_is_a_limit);
  CU_add_test(s, "bad_options", bad_options);
  CU_add_test(s, "euler_transform_overflow", euler_transform_overflow);
}
