/* check.h — the trusted path: flattens a category, a task, a functor or a
 * certificate into the caller-provided arrays of the kernel (proofs/kernel/,
 * ACSL-proved with Frama-C WP, see docs/trust.md) and reports the kernel's
 * verdict.  Every answer yoneda prints has passed through one of these.
 *
 * Each function returns YO_OK when the kernel accepts and YO_INTERNAL (exit
 * status 4) when it rejects, with the reason appended to d as an error; on
 * out-of-memory it also returns YO_INTERNAL.  When the input is too large
 * for the kernel's int-indexed flat arrays (a category's edge table, a
 * task's action tables, a functor's image words), nothing is checked and
 * the function returns YO_LIMIT (exit status 3) with a "too large for the
 * kernel" error in d: a limit, not a rejection.  Nothing here needs Z3.
 *
 * Most callers check many certificates against one task, or many tasks of
 * one category: a check_context holds a category and a task flattened and
 * accepted by kernels 1 and 2 once, and checks any number of certificates
 * (kernel 3 or 4 only); a check_cache keeps, per category and variance, the
 * working category and kernel 1's verdict on it, so that the opposite
 * category is built and kernel 1 runs once however many tasks use them.
 *
 * A rejection is explained in the spec's names (objects, elements, the
 * normal form of a morphism in the task's own category, the equation with
 * its line), recomputed outside the kernel from what it rejected.  The
 * code is split per kernel: check_category.c (1, and the names),
 * check_task.c (2), check_represent.c (3, 4 and the prepared contexts),
 * check_natural.c (5), check_functor.c (6), check_cache.c (the cache);
 * check_internal.h holds what they share.
 *
 * Ownership: the one-shot functions retain nothing; all inputs are
 * borrowed.  A check_context (check_prepare, check_cache_prepare) is freed
 * with check_context_free; one from a cache must be freed before the
 * cache.  A check_cache borrows the tasks and categories it is asked about
 * (they must outlive it) and owns the opposite categories it builds.
 */
#ifndef YONEDA_CHECK_H
#define YONEDA_CHECK_H

#include "proofs/cert.h"
#include "specs/category.h"
#include "specs/diag.h"
#include "specs/functor.h"
#include "specs/task.h"
#include "specs/transformation.h"

/* Kernel 1: the enumerated Cayley graph is complete and well typed, the
 * identities are roots, the normal-form spanning tree reaches every
 * morphism, and every equation holds at every node of its source object. */
yo_status check_category(const category *c, diag_list *d);

/* Kernel 2: the task's action tables respect every equation of `work`
 * (task_category(t), or its opposite for a contravariant task) on every
 * element. */
yo_status check_task(const task *t, const category *work, diag_list *d);

/* Kernel 6: functor typing and equations. */
yo_status check_functor(const functor *F, diag_list *d);

/* Kernels 1 + 2 + (3 or 4): the whole chain for a representability answer.
 * `work` is the working category (see cert.h). */
yo_status check_representability(const task *t, const category *work,
                                 const rep_cert *c, diag_list *d);

/* ---- prepared contexts --------------------------------------------------- */

typedef struct check_context check_context;

/* Kernels 1 and 2 on (work, t), once: on YO_OK *out is a context for
 * check_certificate.  Statuses as above. */
yo_status check_prepare(const task *t, const category *work, check_context **out,
                        diag_list *d);

/* Kernel 3 (positive) or 4 (negative) on certificate c for the prepared
 * task; the certificate must name that task.  YO_OK when accepted. */
yo_status check_certificate(const check_context *k, const rep_cert *c, diag_list *d);

/* The working category the context was prepared on. */
const category *check_context_work(const check_context *k);
void check_context_free(check_context *k);

/* ---- the cache ------------------------------------------------------------- */

typedef struct check_cache check_cache;

/* A new, empty cache; opposite categories are enumerated with at most
 * max_morphisms morphisms (<= 0: the default).  NULL on OOM. */
check_cache *check_cache_new(int max_morphisms);
void check_cache_free(check_cache *c);

/* The working category of t (task_work_category), built once per category
 * and variance; owned by the cache.  A failure is remembered: later calls
 * return the same status and append the same diagnostics. */
yo_status check_cache_work(check_cache *c, const task *t, const category **work,
                           diag_list *d);

/* Kernel 1 on category cat, run once (check_category through the cache). */
yo_status check_cache_category(check_cache *c, const category *cat, diag_list *d);

/* check_prepare on t's working category, where the working category and
 * kernel 1 come from the cache and only kernel 2 runs. */
yo_status check_cache_prepare(check_cache *c, const task *t, check_context **out,
                              diag_list *d);

/* ---- kernel 5: natural transformations (issue 8) ---------------------------- */

/* Kernel 5 on a loaded <transformation>: both tasks' tables are well formed,
 * every component is a total map S(x) -> T(x) and every naturality square of
 * a generator commutes.  (Functoriality of S and T is kernel 2's business:
 * check_task.) */
yo_status check_transformation(const transformation *a, diag_list *d);

/* Kernel 5 prepared once for many candidate transformations S => T (the
 * tasks flattened once; `nat` and `lemma` check every answer with it).
 * check_nat_new returns NULL with a reason in d (and *st = YO_LIMIT when the
 * tasks are too large for the kernel's int indices, YO_INTERNAL otherwise).
 * check_nat_run checks alpha in the flat layout of transformation.h
 * (component x at offset |S(0)|+...+|S(x-1)|): YO_OK when kernel 5 accepts,
 * YO_INTERNAL with the first failing square in d when it rejects. */
typedef struct check_nat check_nat;
check_nat *check_nat_new(const task *S, const task *T, yo_status *st, diag_list *d);
yo_status check_nat_run(const check_nat *k, const int *alpha, diag_list *d);
void check_nat_free(check_nat *k);

/* Kernel 5 with S = Hom(X,-) of the working category `work` (enumerated;
 * the task's own category, or its opposite for a contravariant task), read
 * straight from work's Cayley graph without naming its elements, object X
 * after object X (`lemma`).  check_hom_new flattens T once;
 * check_hom_prepare(X) builds the instance of X: its objects are the Y
 * with Hom(X,Y) non-empty, its generators those out of them (every other
 * square is empty: Hom(X, its source) is), so the cost is that of the
 * block of X, not of the whole category.  The elements of Hom(X,Y) are the
 * morphisms of block X with target Y in increasing id (the identity of X is
 * element 0 of Hom(X,X)); component Y starts at check_hom_offset(h, Y)
 * (-1 when Hom(X,Y) is empty) in the flat layout check_hom_run checks
 * (check_hom_width entries).  Statuses as for check_nat. */
typedef struct check_hom check_hom;
check_hom *check_hom_new(const category *work, const task *T, yo_status *st, diag_list *d);
yo_status check_hom_prepare(check_hom *h, int X, diag_list *d);
int check_hom_offset(const check_hom *h, int Y);
int check_hom_width(const check_hom *h);
yo_status check_hom_run(const check_hom *h, const int *alpha, diag_list *d);
void check_hom_free(check_hom *h);

#endif
