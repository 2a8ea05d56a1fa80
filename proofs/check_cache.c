/* check_cache.c — the check cache (check.h): the working category of each
 * (category, variance) and kernel 1's verdict on it, computed once, with
 * the diagnostics of a failure kept for every later request. */
#include "proofs/check_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- the cache: working categories and kernel 1, once per category -------------------- */

/* One working category: (category, variance) -> the working category and
 * kernel 1's verdict on it.  A failure is kept with its diagnostics, which
 * every later request gets again. */
typedef struct work_entry {
  const category *c;
  task_variance v;
  const category *work;
  category *owned;
  check_context *k1;        /* kernel 1 accepted (NULL until asked) */
  yo_status work_st, k1_st; /* YO_OK, or why it failed (then *_why) */
  diag_list *work_why, *k1_why;
} work_entry;

struct check_cache {
  int max_morphisms;
  work_entry *e;
  int n, cap;
};

check_cache *check_cache_new(int max_morphisms)
{
  check_cache *c = calloc(1, sizeof *c);
  if (c) c->max_morphisms = max_morphisms;
  return c;
}

void check_cache_free(check_cache *c)
{
  if (!c) return;
  for (int i = 0; i < c->n; i++) {
    check_context_free(c->e[i].k1);
    category_free(c->e[i].owned);
    diag_list_free(c->e[i].work_why);
    diag_list_free(c->e[i].k1_why);
  }
  free(c->e);
  free(c);
}

/* Append every diagnostic of `from` to d. */
static void replay(const diag_list *from, diag_list *d)
{
  for (int i = 0; from && i < diag_count(from); i++)
    diag_add(d, diag_severity_at(from, i), diag_file_at(from, i), diag_line_at(from, i),
             "%s", diag_message_at(from, i));
}

/* After a preparation step that wrote into the private list `local` (NULL
 * when it could not be allocated: the step then wrote into d): replay it
 * into d, and keep it in *why when the step failed. */
static void keep_why(yo_status st, diag_list *local, diag_list *d, diag_list **why)
{
  if (!local) return;
  replay(local, d);
  if (st != YO_OK) *why = local;
  else diag_list_free(local);
}

static work_entry *find_entry(check_cache *c, const category *cat, task_variance v,
                              diag_list *d)
{
  for (int i = 0; i < c->n; i++)
    if (c->e[i].c == cat && c->e[i].v == v) return &c->e[i];
  if (c->n == c->cap) {
    int cap = c->cap ? 2 * c->cap : 8;
    work_entry *e = realloc(c->e, (size_t)cap * sizeof *e);
    if (!e) {
      diag_add(d, DIAG_ERROR, NULL, 0, "out of memory");
      return NULL;
    }
    c->e = e;
    c->cap = cap;
  }
  work_entry *e = &c->e[c->n++];
  memset(e, 0, sizeof *e);
  e->c = cat;
  e->v = v;
  e->work_st = e->k1_st = YO_OK;
  return e;
}

static yo_status entry_work(check_cache *c, work_entry *e, const task *t, diag_list *d)
{
  if (e->work) return YO_OK;
  if (e->work_st != YO_OK) {
    replay(e->work_why, d);
    return e->work_st;
  }
  diag_list *local = diag_list_new(0);
  yo_status st = task_work_category(t, c->max_morphisms, &e->work, &e->owned,
                                    local ? local : d);
  keep_why(st, local, d, &e->work_why);
  e->work_st = st;
  return st;
}

static yo_status entry_kernel1(work_entry *e, diag_list *d)
{
  if (e->k1) return YO_OK;
  if (e->k1_st != YO_OK) {
    replay(e->k1_why, d);
    return e->k1_st;
  }
  diag_list *local = diag_list_new(0);
  yo_status st = check_prepare_category(e->work, e->v == TASK_CONTRAVARIANT, &e->k1,
                                        local ? local : d);
  keep_why(st, local, d, &e->k1_why);
  e->k1_st = st;
  return st;
}

yo_status check_cache_work(check_cache *c, const task *t, const category **work,
                           diag_list *d)
{
  *work = NULL;
  work_entry *e = find_entry(c, task_category(t), task_variance_of(t), d);
  if (!e) return YO_INTERNAL;
  yo_status st = entry_work(c, e, t, d);
  if (st == YO_OK) *work = e->work;
  return st;
}

yo_status check_cache_category(check_cache *c, const category *cat, diag_list *d)
{
  work_entry *e = find_entry(c, cat, TASK_COVARIANT, d);
  if (!e) return YO_INTERNAL;
  e->work = cat;
  return entry_kernel1(e, d);
}

yo_status check_cache_prepare(check_cache *c, const task *t, check_context **out,
                              diag_list *d)
{
  *out = NULL;
  work_entry *e = find_entry(c, task_category(t), task_variance_of(t), d);
  if (!e) return YO_INTERNAL;
  yo_status st = entry_work(c, e, t, d);
  if (st == YO_OK) st = entry_kernel1(e, d);
  if (st == YO_OK) st = check_prepare_task(e->k1, t, out, d);
  return st;
}
