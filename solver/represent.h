/* represent.h — deciding representability (Theorem 1 of the paper): is the
 * task T ≅ Hom(P,-) (covariant) or Hom(-,P) (contravariant) for some object
 * P, i.e. is some u ∈ T(P) universal?
 *
 * Engines (all produce a certificate, proofs/cert.h, that the caller must
 * have checked by proofs/check.h before printing anything):
 *   direct  certifying algorithm: cardinality filter |Hom(P,Y)| = |T(Y)|,
 *           then for each u ∈ T(P) one pass over P's Cayley graph computing
 *           T(f)(u) and testing bijectivity; linear in category + task.
 *   z3      the Yoneda encoding through the Z3 C API (encodings/yoneda.h).
 *   naive   natural-transformation components as uninterpreted functions
 *           with naturality and bijectivity (encodings/naive.h); small
 *           instances only, refuses big ones with YO_LIMIT.
 * Contravariant tasks are decided on the opposite category (see cert.h for
 * "working category"; task_work_category builds it).  The answer a user
 * may rely on is solver/answer.h's, which has the kernel check all of this.
 *
 * Ownership: represent_decide returns (in *out, on YO_YES/YO_NO) a result
 * freed with represent_result_free; everything reachable from it belongs to
 * it.  The task is borrowed.
 */
#ifndef YONEDA_REPRESENT_H
#define YONEDA_REPRESENT_H

#include "proofs/cert.h"
#include "specs/category.h"
#include "specs/diag.h"
#include "specs/task.h"

typedef enum represent_engine {
  ENGINE_DIRECT = 0,
  ENGINE_Z3 = 1,
  ENGINE_NAIVE = 2
} represent_engine;

typedef struct represent_options {
  represent_engine engine;
  int all;              /* also list every universal pair (P, u) */
  double timeout;       /* seconds for SMT engines; <= 0: none */
  int max_morphisms;    /* limit for enumerating the opposite category */
  int full;             /* explanations list every witness (default: at most
                           EXPLAIN_MAX_LINES, then "... (N more; --full to
                           show all)") */
} represent_options;

typedef struct represent_result represent_result;

void represent_options_init(represent_options *o);

/* The engines' names, indexed by represent_engine ("direct", "z3",
 * "naive"), NULL-terminated: the words of `--engine`. */
extern const char *const represent_engine_names[];

/* Engine by name; 0 on success, -1 if unknown. */
int represent_engine_from_name(const char *name, represent_engine *out);

/* Decide (unchecked: see solver/answer.h).  YO_YES (representable) / YO_NO
 * with a result in *out; YO_LIMIT (timeout, solver unknown, instance too
 * big for the engine, opposite category over o->max_morphisms) or
 * YO_INTERNAL with the reason in d.  o may be NULL (defaults).  The result
 * owns the working category it built. */
yo_status represent_decide(const task *t, const represent_options *o,
                           represent_result **out, diag_list *d);

/* Same on a working category the caller built (task_work_category) and
 * keeps alive as long as the result. */
yo_status represent_decide_on(const task *t, const category *work,
                              const represent_options *o, represent_result **out,
                              diag_list *d);
void represent_result_free(represent_result *r);

const rep_cert *represent_result_cert(const represent_result *r);
/* The working category the certificate's ids refer to. */
const category *represent_result_work(const represent_result *r);
/* Human explanation lines (derived from the certificate), NUL-separated
 * lines joined by '\n', owned by r. */
const char *represent_result_explanation(const represent_result *r);
/* With o->all: the universal pairs found (object, element index). */
int represent_result_universal_count(const represent_result *r);
void represent_result_universal(const represent_result *r, int i, int *object,
                                int *element);
/* The positive certificate of universal pair i, built as the answer's own
 * certificate is; the caller frees it with cert_free.  NULL on OOM. */
rep_cert *represent_result_universal_cert(represent_result *r, int i);

#endif
