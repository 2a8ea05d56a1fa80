/* answer.h — kernel-checked answers: the entry point of the library.
 *
 * answer_decide_representable decides whether a task is representable
 * (Theorem 1 of the paper: T ≅ Hom(P,-), or Hom(-,P) for a contravariant
 * task) with an engine of solver/represent.h, and returns the answer only
 * after the proved kernel (proofs/check.h) accepted the engine's
 * certificate.  An answer with status YO_YES or YO_NO is therefore checked;
 * nothing else is an answer.  This is what `yoneda represent` and `yoneda
 * claims` print.
 *
 *   check_cache *cache = check_cache_new(0);      optional, may be NULL
 *   answer *a = NULL;
 *   yo_status st = answer_decide_representable(t, NULL, cache, &a, d);
 *   if (st == YO_YES || st == YO_NO) {
 *     char line[512];
 *     answer_format(a, line, sizeof line);    "representable by object P, ..."
 *   }
 *   answer_free(a);
 *   check_cache_free(cache);
 *
 * Statuses: YO_YES / YO_NO (checked answer); YO_LIMIT (timeout, solver
 * unknown, instance too big for the engine or the kernel: nothing was
 * decided); YO_INTERNAL (the kernel rejected the certificate —
 * answer_kernel_rejected — or out of memory).  Reasons are appended to d.
 *
 * A check_cache (proofs/check.h) passed to several calls builds each
 * working category (the opposite category for a contravariant task) and
 * runs kernel 1 on it once, however many tasks and calls use it.
 *
 * Ownership: *out is set on every status except out-of-memory before the
 * answer existed (then NULL); free it with answer_free (NULL is allowed).
 * The task and the cache are borrowed: both must outlive the answer, whose
 * working category may belong to the cache.
 */
#ifndef YONEDA_ANSWER_H
#define YONEDA_ANSWER_H

#include <stddef.h>

#include "proofs/cert.h"
#include "proofs/check.h"
#include "solver/represent.h"

typedef struct answer answer;

/* With o->all every further universal pair is proved universal against the
 * prepared context: kernel 3 (objects x morphisms steps, plus the task) on
 * one pair per object and on the pairs whose natural automorphisms of T
 * (kernel 5, elements x generators steps) carry the checked pairs to all
 * the others (docs/represent.md, "--all").  Above this many estimated
 * kernel steps in total (a second or two), only the certificate's own pair
 * is claimed and answer_pairs_checked is 0. */
#define ANSWER_ALL_BUDGET 100000000.0

/* Decide t with options o (NULL: defaults, the direct engine) and have the
 * kernel check the certificate (with o->all also every universal pair,
 * within ANSWER_ALL_BUDGET).  cache may be NULL.  Returns the status that
 * answer_status gives. */
yo_status answer_decide_representable(const task *t, const represent_options *o,
                                      check_cache *cache, answer **out, diag_list *d);
void answer_free(answer *a);

yo_status answer_status(const answer *a);
/* 1 when the status is YO_INTERNAL because the kernel rejected a
 * certificate (the solver erred), else 0. */
int answer_kernel_rejected(const answer *a);
/* Wall-clock seconds of decision and check. */
double answer_seconds(const answer *a);

/* The answer line: "representable by object P, universal element u",
 * "not representable", or the status name when there is no answer.
 * Returns the length it needed, like snprintf. */
int answer_format(const answer *a, char *buf, size_t cap);

/* YO_YES: the object P and the index of the universal element u in T(P)
 * (names: category_object_name(answer_work(a), P), task_element_name(t, P,
 * u)); -1 otherwise. */
int answer_object(const answer *a);
int answer_element(const answer *a);

/* The checked certificate (YO_YES / YO_NO, else NULL) and the working
 * category its ids refer to; both owned by the answer (or its cache). */
const rep_cert *answer_cert(const answer *a);
const category *answer_work(const answer *a);

/* The evidence, derived from the certificate: lines joined by '\n' ("" when
 * there is no answer). */
const char *answer_explanation(const answer *a);

/* With o->all: the universal pairs (object, element index) and whether
 * every one of them was proved from kernel checks (1), or only the
 * certificate's (0, over ANSWER_ALL_BUDGET). */
int answer_universal_count(const answer *a);
void answer_universal(const answer *a, int i, int *object, int *element);
int answer_pairs_checked(const answer *a);

#endif
