/* check_task.c — kernel 2 (check.h): a task's action tables flattened on
 * its working category, checked against every equation, and a rejection
 * explained at the element and equation that fail (untrusted C, as in
 * check_category.c). */
#include "proofs/check_internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proofs/flat.h"
#include "proofs/kernel/ktask.h"
#include "specs/progress_hook.h"

void check_flat_task_free(flat_task *f)
{
  free(f->sz); free(f->aoff); free(f->act_own);
  memset(f, 0, sizeof *f);
}

/* Copy task t, read covariantly on `work` (task_apply is the covariant
 * action there), into f. */
static yo_status flatten_task(const task *t, const category *work,
                              flat_task *f, diag_list *d)
{
  memset(f, 0, sizeof *f);
  int m = category_object_count(work), G = category_generator_count(work);
  long A = 0;
  for (int g = 0; g < G; g++) {
    int k = task_set_size(t, category_generator_source(work, g));
    A += k > 0 ? k : 0;
  }
  if (A > INT_MAX) {
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: task '%s' is too large for the "
             "kernel (its action tables exceed its int indices)",
             task_name(t));
    return YO_LIMIT;
  }
  f->A = (int)A;
  /* the task's block of maps when it is the table already: the same
   * generators in the same order, each as long as its source's set */
  long nb = 0;
  const int *block = task_map_block(t, &nb);
  int borrow = block && nb == A;
  for (int g = 0; borrow && g < G; g++)
    borrow = category_generator_source(work, g) == task_domain(t, g);
  f->sz = flat_ints(m); f->aoff = flat_ints(G);
  f->act_own = borrow ? NULL : flat_ints(A);
  f->act = borrow ? block : f->act_own;
  if (!f->sz || !f->aoff || !f->act) {
    check_flat_task_free(f);
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel: out of memory");
    return YO_INTERNAL;
  }
  for (int x = 0; x < m; x++) f->sz[x] = task_set_size(t, x);
  int pos = 0;
  for (int g = 0; g < G; g++) {
    int k = task_set_size(t, category_generator_source(work, g));
    f->aoff[g] = pos;
    const int *map = task_map(t, g);
    if (borrow) {
      pos += k;   /* map = block + pos */
    } else if (k > 0 && map && task_set_size(t, task_domain(t, g)) == k) {
      memcpy(f->act_own + pos, map, (size_t)k * sizeof *map);   /* = task_apply(t, g, e) */
      pos += k;
    } else {
      for (int e = 0; e < k; e++) f->act_own[pos++] = task_apply(t, g, e);
    }
  }
  return YO_OK;
}

/* ---- kernel 2 ---------------------------------------------------------------------- */

static int untrusted_element_trace(const flat_cat *c, const flat_task *t,
                                   const int *w, int len, int e)
{
  for (int i = 0; i < len; i++) {
    int g = w[i];
    if (e < 0 || e >= t->sz[c->gsrc[g]]) return -1;
    e = t->act[t->aoff[g] + e];
  }
  return e;
}

static void explain_task(const task *t, const category *work,
                         const flat_cat *c, const flat_task *f, int tables_ok,
                         diag_list *d)
{
  const char *name = task_name(t);
  if (!tables_ok) {
    for (int g = 0; g < c->G; g++) {
      int k = f->sz[c->gsrc[g]];
      if (k < 0 || f->aoff[g] < 0 || f->aoff[g] > f->A - k) continue;
      for (int e = 0; e < k; e++) {
        int v = f->act[f->aoff[g] + e];
        if (v < 0 || v >= f->sz[c->gtgt[g]]) {
          diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s': the map "
                   "of generator '%s' sends element '%s' outside T(%s)",
                   name, category_generator_name(work, g),
                   check_element_text(t, c->gsrc[g], e), check_object_text(work, c->gtgt[g]));
          return;
        }
      }
    }
    diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s': its flattened "
             "tables are out of range", name);
    return;
  }
  for (int q = 0; q < c->E; q++) {
    int x = c->eq_src[q];
    for (int u = 0; u < f->sz[x]; u++) {
      int l = untrusted_element_trace(c, f, c->wgen + c->woff[2 * q],
                                      c->wlen[2 * q], u);
      int r = untrusted_element_trace(c, f, c->wgen + c->woff[2 * q + 1],
                                      c->wlen[2 * q + 1], u);
      if (l < 0 || l != r) {
        char b1[256], b2[256];
        long line = 0;
        int rev = task_variance_of(t) == TASK_CONTRAVARIANT;
        int ll = c->wlen[2 * q], y = ll > 0 ? c->gtgt[c->wgen[c->woff[2 * q] + ll - 1]] : x;
        category_equation(work, q, NULL, NULL, NULL, NULL, NULL, &line);
        check_word_text(work, x, c->wgen + c->woff[2 * q], ll, rev, b1, sizeof b1);
        check_word_text(work, x, c->wgen + c->woff[2 * q + 1], c->wlen[2 * q + 1], rev, b2,
                        sizeof b2);
        diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s': it does "
                 "not respect equation %s = %s (line %ld) at element '%s' of "
                 "T(%s): the sides give '%s' and '%s'", name, b1, b2, line,
                 check_element_text(t, x, u), check_object_text(work, x),
                 check_element_text(t, y, l), check_element_text(t, y, r));
        return;
      }
    }
  }
  diag_add(d, DIAG_ERROR, NULL, 0, "kernel rejected task '%s'", name);
}

yo_status check_task_kernel(const task *t, const category *work,
                             const flat_cat *c, flat_task *f, diag_list *d)
{
  yo_status st = flatten_task(t, work, f, d);
  if (st != YO_OK) return st;
  progress_hook_kernel("kernel 2: task");
  if (!ktask_tables(c->m, c->G, c->gsrc, c->gtgt, f->sz, f->aoff, f->act,
                    f->A)) {
    explain_task(t, work, c, f, 0, d);
    return YO_INTERNAL;
  }
  if (!ktask_check(c->m, c->G, c->gsrc, c->gtgt, c->E, c->W, c->eq_src,
                   c->woff, c->wlen, c->wgen, f->sz, f->aoff, f->act, f->A)) {
    explain_task(t, work, c, f, 1, d);
    return YO_INTERNAL;
  }
  return YO_OK;
}

yo_status check_task(const task *t, const category *work, diag_list *d)
{
  flat_cat c;
  flat_task f;
  memset(&f, 0, sizeof f);
  yo_status st = check_category_kernel(work, task_variance_of(t) == TASK_CONTRAVARIANT, &c, d);
  if (st == YO_OK) st = check_task_kernel(t, work, &c, &f, d);
  check_flat_task_free(&f);
  check_flat_cat_free(&c);
  return st;
}
