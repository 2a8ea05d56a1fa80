/* load.c — see load.h. */
#include "tools/load.h"

#include <string.h>

#include "solver/exact.h"
#include "tools/print.h"

yo_status load_spec(const char *path, const cli_common *o, spec **out)
{
  return load_spec_report(path, o, out, NULL, 0);
}

/* --exact: kernel 7 on every category of s and on the opposite of the
 * category of every contravariant task (whose presentation must be the
 * reversal of the original).  Prints a rejection or a limit. */
static yo_status load_exact(const spec *s, const cli_common *o)
{
  diag_list *d = diag_list_new(0);
  if (!d) return YO_INTERNAL;
  yo_status worst = YO_OK;
  for (int i = 0; i < spec_category_count(s) && worst == YO_OK; i++)
    worst = exact_check_category(spec_category(s, i), NULL, NULL, d);
  for (int i = 0; i < spec_task_count(s) && worst == YO_OK; i++) {
    const task *t = spec_task(s, i);
    if (task_variance_of(t) == TASK_COVARIANT) continue;
    yo_status st = YO_OK;
    category *op = category_opposite(task_category(t), o->max_morphisms, &st);
    if (!op) {
      diag_add(d, DIAG_ERROR, NULL, 0, "cannot build the opposite of category %s: %s",
               category_name(task_category(t)), yo_status_name(st == YO_OK ? YO_INTERNAL : st));
      worst = st == YO_OK ? YO_INTERNAL : st;
      break;
    }
    worst = exact_check_opposite(task_category(t), op, d);
    category_free(op);
  }
  if (worst == YO_INTERNAL) print_kernel_rejection(d, "yoneda: rejected by the kernel");
  else if (worst != YO_OK) print_diags(d, NULL);
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
    for (int i = 0; i < diag_count(d); i++)
      if (diag_severity_at(d, i) == DIAG_ERROR) {
        diag_format(d, i, first_error, cap);
        break;
      }
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

/* "a, b, c" into buf. */
static void list_names(char *buf, size_t cap, int n, const char *(*name)(const void *, int),
                       const void *ctx)
{
  size_t used = 0;
  buf[0] = '\0';
  for (int i = 0; i < n && used + 1 < cap; i++) {
    int w = snprintf(buf + used, cap - used, "%s%s", i ? ", " : "", name(ctx, i));
    if (w < 0) break;
    used += (size_t)w;
  }
}

static const char *task_name_at(const void *s, int i)
{
  return task_name(spec_task((const spec *)s, i));
}

static const char *category_name_at(const void *s, int i)
{
  return category_name(spec_category((const spec *)s, i));
}

const task *load_pick_task(const spec *s, const char *name, const cli_command *cmd,
                           yo_status *status)
{
  int n = spec_task_count(s);
  char names[1024];
  list_names(names, sizeof names, n, task_name_at, s);
  if (name) {
    const task *t = spec_find_task(s, name);
    if (t) return t;
    if (n > 0)
      cli_usage_error(cmd, "%s has no task '%s' (tasks: %s)", spec_file(s), name, names);
    else
      cli_usage_error(cmd, "%s has no task '%s' (it has no tasks)", spec_file(s), name);
    *status = YO_USAGE;
    return NULL;
  }
  if (n == 1) return spec_task(s, 0);
  if (n == 0) {
    fprintf(stderr, "%s: error: no <task> in this file\n", spec_file(s));
    *status = YO_INVALID;
    return NULL;
  }
  cli_usage_error(cmd, "%s has %d tasks: choose one with --task (tasks: %s)",
                  spec_file(s), n, names);
  *status = YO_USAGE;
  return NULL;
}

const category *load_pick_category(const spec *s, const char *name,
                                   const cli_command *cmd, yo_status *status)
{
  int n = spec_category_count(s);
  char names[1024];
  list_names(names, sizeof names, n, category_name_at, s);
  if (name) {
    const category *c = spec_find_category(s, name);
    if (c) return c;
    if (n > 0)
      cli_usage_error(cmd, "%s has no category '%s' (categories: %s)", spec_file(s),
                      name, names);
    else
      cli_usage_error(cmd, "%s has no category '%s' (it has no categories)",
                      spec_file(s), name);
    *status = YO_USAGE;
    return NULL;
  }
  if (n == 1) return spec_category(s, 0);
  if (n == 0) {
    fprintf(stderr, "%s: error: no <category> in this file\n", spec_file(s));
    *status = YO_INVALID;
    return NULL;
  }
  cli_usage_error(cmd, "%s has %d categories: choose one with --category (categories: %s)",
                  spec_file(s), n, names);
  *status = YO_USAGE;
  return NULL;
}

const task *load_task(const char *path, const cli_common *o, const char *name,
                      const cli_command *cmd, spec **s, yo_status *status)
{
  *status = load_spec(path, o, s);
  const task *t = *status == YO_OK ? load_pick_task(*s, name, cmd, status) : NULL;
  if (!t && *s) {
    spec_free(*s);
    *s = NULL;
  }
  return t;
}

const category *load_category(const char *path, const cli_common *o, const char *name,
                              const cli_command *cmd, spec **s, yo_status *status)
{
  *status = load_spec(path, o, s);
  const category *c = *status == YO_OK ? load_pick_category(*s, name, cmd, status) : NULL;
  if (!c && *s) {
    spec_free(*s);
    *s = NULL;
  }
  return c;
}
