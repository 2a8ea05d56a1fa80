/* natcount.c — see natcount.h. */
#include "tools/natcount.h"

#include <stdlib.h>

#include "proofs/check.h"

static const int *sorted_base;
static int sorted_width;

static int cmp_index(const void *a, const void *b)
{
  const int *x = sorted_base + *(const long *)a * (long)sorted_width;
  const int *y = sorted_base + *(const long *)b * (long)sorted_width;
  for (int i = 0; i < sorted_width; i++)
    if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/* Kernel 5 on every member, then distinctness (sorting).  YO_OK, or the
 * kernel's verdict with a reason in d. */
yo_status natcount_certify(const task *S, const task *T, const nat_result *r, diag_list *d)
{
  yo_status st = YO_OK;
  check_nat *k = check_nat_new(S, T, &st, d);
  if (!k) return st;
  long n = nat_result_count(r);
  for (long i = 0; i < n && st == YO_OK; i++) st = check_nat_run(k, nat_result_at(r, i), d);
  check_nat_free(k);
  if (st != YO_OK || n < 2) return st;
  long *idx = malloc((size_t)n * sizeof *idx);
  if (!idx) {
    diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
    return YO_INTERNAL;
  }
  for (long i = 0; i < n; i++) idx[i] = i;
  sorted_base = nat_result_at(r, 0);
  sorted_width = nat_result_width(r);
  qsort(idx, (size_t)n, sizeof *idx, cmp_index);
  for (long i = 1; i < n && st == YO_OK; i++)
    if (cmp_index(&idx[i - 1], &idx[i]) == 0) {
      diag_add(d, DIAG_ERROR, NULL, 0, "the engine returned transformation %ld twice",
               idx[i] + 1);
      st = YO_INTERNAL;
    }
  free(idx);
  return st;
}

yo_status natcount_run(const task *S, const task *T, const nat_options *o, int max_morphisms,
                       nat_result **out, int *rejected, diag_list *d)
{
  *out = NULL;
  *rejected = 0;
  /* kernel 1 once on the working category, kernel 2 on both tasks */
  check_cache *cc = check_cache_new(max_morphisms);
  check_context *k1 = NULL, *k2 = NULL;
  yo_status st = cc ? check_cache_prepare(cc, S, &k1, d) : YO_INTERNAL;
  if (st == YO_OK) st = check_cache_prepare(cc, T, &k2, d);
  check_context_free(k1);
  check_context_free(k2);
  check_cache_free(cc);
  if (st != YO_OK) {
    *rejected = st == YO_INTERNAL;
    return st;
  }
  st = nat_enumerate(S, T, o, out, d);
  if (st != YO_OK) return st;
  st = natcount_certify(S, T, *out, d);
  if (st != YO_OK) {
    *rejected = st == YO_INTERNAL;
    nat_result_free(*out);
    *out = NULL;
  }
  return st;
}
