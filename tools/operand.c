/* operand.c — see operand.h. */
#include "tools/operand.h"

#include <stdio.h>
#include <string.h>

#include "specs/hom.h"

void operand_free(operand *o)
{
  if (!o) return;
  task_free(o->owned);
  category_free(o->work);
  memset(o, 0, sizeof *o);
}

static int is_hom(const char *text) { return strncmp(text, "hom:", 4) == 0; }

static yo_status resolve_task(const spec *s, const char *text, operand *o, char *err,
                              size_t cap)
{
  o->t = spec_find_task(s, text);
  if (!o->t) {
    snprintf(err, cap, "%s has no task '%s' (give a task name or hom:OBJECT)", spec_file(s),
             text);
    return YO_USAGE;
  }
  o->name = task_name(o->t);
  return YO_OK;
}

static yo_status resolve_hom(const category *c, task_variance v, const char *text,
                             int max_morphisms, operand *o, char *err, size_t cap)
{
  int X = category_find_object(c, text + 4);
  if (X < 0) {
    snprintf(err, cap, "category %s has no object '%s' (in '%s')", category_name(c), text + 4,
             text);
    return YO_USAGE;
  }
  const category *work = NULL;
  diag_list *d = diag_list_new(0);
  yo_status st = d ? task_work_on(c, v, max_morphisms, text, &work, &o->work, d) : YO_INTERNAL;
  if (st != YO_OK) {
    snprintf(err, cap, "%s", diag_count(d) > 0 ? diag_message_at(d, 0) : "out of memory");
    diag_list_free(d);
    return st;
  }
  diag_list_free(d);
  snprintf(o->namebuf, sizeof o->namebuf, "Hom_%s", text + 4);
  o->owned = hom_task_new(c, work, v, X, o->namebuf);
  if (!o->owned) {
    snprintf(err, cap, "out of memory");
    return YO_INTERNAL;
  }
  o->t = o->owned;
  o->name = o->namebuf;
  return YO_OK;
}

yo_status operand_resolve_pair(const spec *s, const char *from, const char *to,
                               int max_morphisms, operand *a, operand *b, char *err,
                               size_t cap)
{
  memset(a, 0, sizeof *a);
  memset(b, 0, sizeof *b);
  yo_status st = YO_OK;
  if (!is_hom(from) && (st = resolve_task(s, from, a, err, cap)) != YO_OK) return st;
  if (!is_hom(to) && (st = resolve_task(s, to, b, err, cap)) != YO_OK) return st;
  const task *known = a->t ? a->t : b->t;
  const category *c = known ? task_category(known) : NULL;
  task_variance v = known ? task_variance_of(known) : TASK_COVARIANT;
  if (!c) {
    if (spec_category_count(s) != 1) {
      snprintf(err, cap, "both operands are hom:, and %s has %d categories: name a task for "
               "one of them", spec_file(s), spec_category_count(s));
      return YO_USAGE;
    }
    c = spec_category(s, 0);
  }
  if (is_hom(from) && (st = resolve_hom(c, v, from, max_morphisms, a, err, cap)) != YO_OK)
    return st;
  if (is_hom(to) && (st = resolve_hom(c, v, to, max_morphisms, b, err, cap)) != YO_OK)
    return st;
  if (task_category(a->t) != task_category(b->t)) {
    snprintf(err, cap, "task %s is on category %s but task %s is on category %s", a->name,
             category_name(task_category(a->t)), b->name, category_name(task_category(b->t)));
    return YO_USAGE;
  }
  if (task_variance_of(a->t) != task_variance_of(b->t)) {
    snprintf(err, cap, "tasks %s and %s have different variances", a->name, b->name);
    return YO_USAGE;
  }
  return YO_OK;
}
