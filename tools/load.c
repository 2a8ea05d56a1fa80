/* load.c — see load.h. */
#include "tools/load.h"

#include <stdlib.h>
#include <string.h>

#include "proofs/check.h"
#include "solver/exact.h"
#include "tools/print.h"

yo_status load_spec(const char *path, const cli_common *o, spec **out)
{
  return load_spec_report(path, o, out, NULL, 0);
}

static int by_category(const void *a, const void *b)
{
  const category *x = task_category(*(const task *const *)a);
  const category *y = task_category(*(const task *const *)b);
  return (x > y) - (x < y);
}

/* --exact: kernel 7 on every category of s and on the opposite of the
 * category of every contravariant task (whose presentation must be the
 * reversal of the original), once per category: the opposites come from a
 * check cache (task_work_category).  Prints a rejection or a limit. */
static yo_status load_exact(const spec *s, const cli_common *o)
{
  diag_list *d = diag_list_new(0);
  check_cache *cache = check_cache_new(o->max_morphisms);
  int n = spec_task_count(s);
  const task **contra = malloc((size_t)(n > 0 ? n : 1) * sizeof *contra);
  if (!d || !cache || !contra) {
    diag_list_free(d);
    check_cache_free(cache);
    free(contra);
    print_error("out of memory");
    return YO_INTERNAL;
  }
  yo_status worst = YO_OK;
  for (int i = 0; i < spec_category_count(s) && worst == YO_OK; i++)
    worst = exact_check_category(spec_category(s, i), NULL, NULL, d);
  int k = 0;
  for (int i = 0; i < n; i++)
    if (task_variance_of(spec_task(s, i)) == TASK_CONTRAVARIANT) contra[k++] = spec_task(s, i);
  qsort(contra, (size_t)k, sizeof *contra, by_category);
  for (int i = 0; i < k && worst == YO_OK; i++) {
    if (i > 0 && task_category(contra[i]) == task_category(contra[i - 1])) continue;
    const category *work = NULL;
    worst = check_cache_work(cache, contra[i], &work, d);
    if (worst == YO_OK) worst = exact_check_opposite(task_category(contra[i]), work, d);
  }
  if (worst == YO_INTERNAL) print_kernel_rejection(d, "yoneda: rejected by the kernel");
  else if (worst != YO_OK) print_diags(d, NULL);
  free(contra);
  check_cache_free(cache);
  diag_list_free(d);
  return worst;
}

yo_status load_spec_report(const char *path, const cli_common *o, spec **out,
                           char *first_error, size_t cap)
{
  if (first_error && cap > 0) first_error[0] = '\0';
  spec_options so;
  spec_options_init(&so);
  so.max_morphisms = o->max_morphisms;
  so.strict = o->strict;
  diag_list *d = diag_list_new(0);
  if (!d) {
    print_error("out of memory");
    return YO_INTERNAL;
  }
  *out = NULL;
  yo_status st = spec_load_file(path, &so, out, d);
  print_diags(d, path);
  if (st != YO_OK && diag_error_count(d) == 0)
    fprintf(stderr, "%s: error: %s\n", path, yo_status_name(st));
  if (first_error && cap > 0) {
    size_t used = 0;
    for (int i = 0; i < diag_count(d) && used + 1 < cap; i++)
      if (diag_severity_at(d, i) == DIAG_ERROR) {
        if (used > 0) first_error[used++] = '\n';
        diag_format(d, i, first_error + used, cap - used);
        used += strlen(first_error + used);
      }
    if (diag_dropped(d) > 0 && used + 1 < cap)
      snprintf(first_error + used, cap - used, "\n%s: %d more errors not shown", path,
               diag_dropped(d));
    if (!first_error[0] && st != YO_OK)
      snprintf(first_error, cap, "%s: error: %s", path, yo_status_name(st));
  }
  diag_list_free(d);
  if (st == YO_OK && o->exact) st = load_exact(*out, o);
  if (st != YO_OK && *out) {
    spec_free(*out);
    *out = NULL;
  }
  return st;
}

/* What a command can pick from a file: tasks or categories. */
typedef struct kind {
  const char *noun, *plural, *option;
  int (*count)(const spec *s);
  const char *(*name_at)(const spec *s, int i);
} kind;

static const char *task_name_at(const spec *s, int i) { return task_name(spec_task(s, i)); }
static const char *category_name_at(const spec *s, int i)
{
  return category_name(spec_category(s, i));
}

static const kind TASKS = {"task", "tasks", "--task", spec_task_count, task_name_at};
static const kind CATEGORIES = {"category", "categories", "--category", spec_category_count,
                                category_name_at};

/* The index of the one named `name` (or the only one when name is NULL);
 * -1 with a printed error and *status set otherwise. */
static int pick(const spec *s, const kind *k, const char *name, const cli_command *cmd,
                yo_status *status)
{
  int n = k->count(s);
  char names[1024];
  size_t used = 0;
  names[0] = '\0';
  for (int i = 0; i < n && used + 1 < sizeof names; i++) {
    int w = snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "", k->name_at(s, i));
    if (w < 0) break;
    used += (size_t)w;
  }
  if (name) {
    for (int i = 0; i < n; i++)
      if (strcmp(k->name_at(s, i), name) == 0) return i;
    if (n > 0)
      cli_usage_error(cmd, "%s has no %s '%s' (%s: %s)", spec_file(s), k->noun, name,
                      k->plural, names);
    else
      cli_usage_error(cmd, "%s has no %s '%s' (it has no %s)", spec_file(s), k->noun, name,
                      k->plural);
    *status = YO_USAGE;
    return -1;
  }
  if (n == 1) return 0;
  if (n == 0) {
    fprintf(stderr, "%s: error: no <%s> in this file\n", spec_file(s), k->noun);
    *status = YO_INVALID;
    return -1;
  }
  cli_usage_error(cmd, "%s has %d %s: choose one with %s (%s: %s)", spec_file(s), n,
                  k->plural, k->option, k->plural, names);
  *status = YO_USAGE;
  return -1;
}

const task *load_pick_task(const spec *s, const char *name, const cli_command *cmd,
                           yo_status *status)
{
  int i = pick(s, &TASKS, name, cmd, status);
  return i >= 0 ? spec_task(s, i) : NULL;
}

const category *load_pick_category(const spec *s, const char *name,
                                   const cli_command *cmd, yo_status *status)
{
  int i = pick(s, &CATEGORIES, name, cmd, status);
  return i >= 0 ? spec_category(s, i) : NULL;
}

const functor *load_pick_functor(const spec *s, const char *name, const cli_command *cmd,
                                 yo_status *status)
{
  const functor *F = NULL;
  if (name) {
    F = spec_find_functor(s, name);
    if (!F) *status = (yo_status)cli_usage_error(cmd, "%s has no functor '%s'", spec_file(s), name);
  } else if (spec_functor_count(s) == 1) {
    F = spec_functor(s, 0);
  } else {
    *status = (yo_status)cli_usage_error(cmd, "%s has %d functors: choose one with --functor",
                                         spec_file(s), spec_functor_count(s));
  }
  return F;
}

/* Free *s unless `picked`; returns picked. */
static const void *keep_if(const void *picked, spec **s)
{
  if (!picked && *s) {
    spec_free(*s);
    *s = NULL;
  }
  return picked;
}

const task *load_task(const char *path, const cli_common *o, const char *name,
                      const cli_command *cmd, spec **s, yo_status *status)
{
  *status = load_spec(path, o, s);
  return keep_if(*status == YO_OK ? load_pick_task(*s, name, cmd, status) : NULL, s);
}

const category *load_category(const char *path, const cli_common *o, const char *name,
                              const cli_command *cmd, spec **s, yo_status *status)
{
  *status = load_spec(path, o, s);
  return keep_if(*status == YO_OK ? load_pick_category(*s, name, cmd, status) : NULL, s);
}

const functor *load_functor(const char *path, const cli_common *o, const char *name,
                            const cli_command *cmd, spec **s, yo_status *status)
{
  *status = load_spec(path, o, s);
  return keep_if(*status == YO_OK ? load_pick_functor(*s, name, cmd, status) : NULL, s);
}
