/* task.h — a task: a functor T from a presented category C to finite sets
 * (spec v1 <task>), covariant or contravariant.
 *
 * Elements of T(x) are 0..set_size(x)-1, named.  Each generating morphism g
 * acts by a total function T(g) from T(domain(g)) to T(codomain(g)), where
 * domain/codomain are source/target of g for a covariant task and
 * target/source for a contravariant one.  Hence a contravariant task on C
 * is, table for table, a covariant task on the opposite category
 * (category_opposite): task_apply(t, g, e) is the covariant action of g
 * there.  Functoriality (every equation respected on every element) is
 * checked by the loader (task_check_equations) and again by the kernel.
 *
 * Ownership: task_new returns a task the caller frees with task_free; the
 * category is borrowed and must outlive the task; names are copied.
 */
#ifndef YONEDA_TASK_H
#define YONEDA_TASK_H

#include <stddef.h>

#include "specs/category.h"
#include "specs/diag.h"

typedef struct task task;
typedef enum task_variance { TASK_COVARIANT = 0, TASK_CONTRAVARIANT = 1 } task_variance;

/* ---- building (the loader, tests, generators) --------------------------- */
task *task_new(const char *name, const category *c, task_variance v, long line);
void task_free(task *t);
/* T(x) := the n named elements (names copied).  0 on success, -1 on OOM. */
int task_set_elements(task *t, int x, int n, const char *const *names, long line);
/* T(x) := the elements named by the space-separated list `list` (XML
 * white space between names; copied, the list is not modified), in
 * order.  The names' syntax is the caller's to check.  0, or -1 on OOM or
 * more than INT_MAX / 2 names. */
int task_set_element_list(task *t, int x, const char *list, long line);
/* T(g) := images (images[i] is the image of element i of T(domain(g)); each
 * must be < set_size(codomain(g))).  0 on success, -1 on OOM/range. */
int task_set_map(task *t, int g, const int *images, long line);
/* task_set_map without a copy: on success the task owns images (malloc'ed,
 * at least one entry); on failure (-1: out of range) the caller keeps it. */
int task_take_map(task *t, int g, int *images, long line);
/* The maps in one block: room for T(g)'s images (the size of
 * T(domain(g)) ints) inside one array the task owns that holds every
 * generator's images in generator order, each as long as its domain's set
 * (the layout of kernel 2's action table), allocated at the first call for
 * the sets as they are then; NULL on OOM or when the sets changed since.
 * Write the images there, then task_keep_map (the block stays the task's
 * either way). */
int *task_map_buffer(task *t, int g);
/* T(g) := the images written into task_map_buffer(t, g).  0, or -1 (out
 * of range: then g's map stays as it was). */
int task_keep_map(task *t, int g, long line);
/* The block of task_map_buffer when it holds every map (each generator's
 * images at its place, the sets unchanged), with its length in *n; else
 * NULL. */
const int *task_map_block(const task *t, long *n);
/* Functoriality: every equation holds on every element.  Reports each
 * failing equation once, at the line of the <map> of the generator where
 * its two sides part ways (path_divergence, in the order the task applies
 * them): "task T: map of g breaks equation L = R (line N): element e of X
 * goes to a by the left side, b by the right side"; returns YO_OK or
 * YO_INVALID. */
yo_status task_check_equations(const task *t, const char *file, diag_list *d);

/* ---- queries ------------------------------------------------------------- */
const char *task_name(const task *t);
long task_line(const task *t);
const category *task_category(const task *t);
task_variance task_variance_of(const task *t);
int task_set_size(const task *t, int x);
long task_set_line(const task *t, int x);      /* line of <set>, 0 if none */
long task_map_line(const task *t, int g);      /* line of <map>, 0 if none */
const char *task_element_name(const task *t, int x, int e);
int task_find_element(const task *t, int x, const char *name);   /* -1 */
/* task_find_element for each name of the space-separated list `list`:
 * out[i] := the element the i-th name names, or -1, for the first cap
 * names; returns how many names the list has (names_find_tokens). */
size_t task_find_elements(const task *t, int x, const char *list, int *out, size_t cap);
/* The index of the first element of T(x) whose name repeats an earlier
 * one (task_find_element then gives the earlier index), or -1. */
int task_first_duplicate(const task *t, int x);
long task_element_total(const task *t);        /* sum of all set sizes */
int task_domain(const task *t, int g);         /* object whose set T(g) reads */
int task_codomain(const task *t, int g);
/* T(g)(e) for e in T(domain(g)). */
int task_apply(const task *t, int g, int e);
/* T(g) as its table: entry e is T(g)(e) for e in T(domain(g)), each below
 * task_set_size(codomain(g)) (the loader checked it); NULL if unset. */
const int *task_map(const task *t, int g);
/* T(w)(e) for a path w of C (generators in order of application) starting
 * at `source`: covariant, e in T(source), generators applied first to last;
 * contravariant, e in T(target of w), applied last to first.  -1 on error. */
int task_apply_word(const task *t, const int *w, int n, int e);
/* T(f)(e) for a morphism f of task_category(t), through its normal form. */
int task_apply_morphism(const task *t, int f, int e);

/* ---- the working category ---------------------------------------------- */
/* The category a task is decided and checked on (proofs/cert.h): for a
 * covariant task its own category (*work = task_category(t), *owned =
 * NULL); for a contravariant one the opposite (category_opposite),
 * enumerated with at most max_morphisms morphisms (<= 0: the default), in
 * *work and in *owned, which the caller frees with category_free.  The one
 * place that builds it.  YO_OK; YO_LIMIT (the opposite has more than
 * max_morphisms morphisms) or YO_INTERNAL, with the reason in d. */
yo_status task_work_category(const task *t, int max_morphisms, const category **work,
                             category **owned, diag_list *d);
/* The same for variance v on category c (a task yet to be built, such as
 * a representable Hom(-,X)); `user` names what needs the opposite in the
 * messages, e.g. "task 'T'".  task_work_category is this on t's category
 * and variance: every opposite category yoneda works on is built here. */
yo_status task_work_on(const category *c, task_variance v, int max_morphisms,
                       const char *user, const category **work, category **owned,
                       diag_list *d);

#endif
