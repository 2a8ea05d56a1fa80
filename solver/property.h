/* property.h — the meaning of the properties of a <search> (specs/search.h)
 * on one concrete finite category C and task T, computed directly in plain
 * C (no solver).  It is the reference semantics: `yoneda search` re-checks
 * every counterexample Z3 finds with it (after loading the counterexample
 * back through the spec loader), and `yoneda census --check` evaluates it on
 * every category of the census and every task up to the bounds.
 *
 * The category is given as a table (property_model): morphisms 0..m-1 with
 * source, target, identities and the full composition table; the task as
 * set sizes and the action of every morphism (T(f)(e) for e in T(dom f),
 * where dom f is the source for a covariant task and the target for a
 * contravariant one).  Definitions (n objects, m morphisms):
 *   connected     the graph with an edge x—y per morphism x→y is connected
 *   groupoid      every f has g with f;g and g;f identities
 *   thin          |Hom(x,y)| <= 1 for all x, y
 *   one-object    n = 1
 *   has-initial   some x has |Hom(x,y)| = 1 for every y
 *   has-terminal  some x has |Hom(y,x)| = 1 for every y
 *   discrete      every morphism is an identity
 *   representable some P and u ∈ T(P) are universal: for every Y,
 *                 f ↦ T(f)(u) is a bijection Hom(P,Y) → T(Y) (covariant)
 *                 or Hom(Y,P) → T(Y) (contravariant)
 *   nonempty      every T(x) has an element
 *   constant k    every |T(x)| = k and every T(f) maps element i to i
 *   not/and/or    as usual (and of nothing: true; or of nothing: false)
 *
 * Ownership: the model's arrays are borrowed; property_tables_* return
 * tables the caller frees with property_tables_free.
 */
#ifndef YONEDA_PROPERTY_H
#define YONEDA_PROPERTY_H

#include "specs/category.h"
#include "specs/search.h"
#include "specs/task.h"

typedef struct property_model {
  int objects, morphisms;
  const int *source, *target;   /* [morphisms] */
  const int *identity;          /* [objects] */
  const int *compose;           /* [morphisms * morphisms]: f;g (first f) or -1 */
  task_variance variance;
  const int *size;              /* [objects] */
  const int *action;            /* [morphisms * stride]: T(f)(e) */
  int stride;                   /* >= every size, >= 1 */
} property_model;

/* 1 if p holds on m, 0 if not. */
int property_eval(const search_prop *p, const property_model *m);

/* 1 if m is a counterexample to s: within the bounds (objects, morphisms,
 * elements per set), the same variance, every hypothesis holds and the
 * conclusion fails.  0 otherwise; *why (if not NULL) then names the first
 * reason ("the hypothesis fails", ...; static text). */
int property_counterexample(const search *s, const property_model *m, const char **why);

/* ---- tables of a loaded category and task ------------------------------ */
typedef struct property_tables property_tables;

/* The most morphisms property tables hold: the composition table has
 * PROPERTY_MAX_MORPHISMS^2 entries (64 MiB of ints). */
#define PROPERTY_MAX_MORPHISMS 4096

/* The tables of task t on its category (enumerated), filled with
 * category_compose and task_apply_morphism.  NULL on OOM or when the
 * category has more than `max_morphisms` (or PROPERTY_MAX_MORPHISMS)
 * morphisms (then *too_big = 1). */
property_tables *property_tables_from_task(const task *t, int max_morphisms, int *too_big);
const property_model *property_tables_model(const property_tables *pt);
void property_tables_free(property_tables *pt);

/* ---- every task on a category ------------------------------------------ */

/* Call visit(m', user) for every task on the category of m (m's task fields
 * are ignored) with every set of at most max_elements elements, of the
 * given variance: every choice of set sizes and every functorial action
 * (backtracking over the morphisms, each composite checked as soon as its
 * three actions are fixed).  Stops early when visit returns non-zero and
 * returns that value; 0 after the last task; -1 on OOM.  *count (if not
 * NULL) is increased by the number of tasks visited. */
int property_each_task(const property_model *m, int max_elements, task_variance v,
                       int (*visit)(const property_model *task_model, void *user),
                       void *user, long *count);

#endif
