/* decision.h — a representability answer the tool may print: the solver's
 * decision (solver/represent.h) whose certificate the kernel has accepted
 * (proofs/check.h), and with --all every other universal pair re-checked by
 * the kernel as a positive certificate of its own.  Shared by `represent`
 * and `claims`.
 *
 * Ownership: decision_make fills a caller-provided decision; decision_free
 * releases what it owns (the solver result).  The task is borrowed.
 */
#ifndef YONEDA_DECISION_H
#define YONEDA_DECISION_H

#include <stddef.h>

#include "solver/represent.h"

typedef struct decision {
  yo_status status;          /* YO_YES, YO_NO, YO_LIMIT or YO_INTERNAL */
  int kernel_rejected;       /* YO_INTERNAL because the kernel said no */
  represent_result *result;  /* set on YO_YES / YO_NO (and on rejection) */
  const rep_cert *cert;      /* the checked certificate */
  const category *work;      /* the working category its ids refer to */
  double seconds;            /* wall time of decision + check */
  int pairs_checked;         /* with all: 1 when every universal pair was
                                kernel-checked, 0 when only the
                                certificate's (over DECISION_ALL_BUDGET) */
} decision;

/* With --all each further universal pair costs one full kernel run
 * (category + task + certificate).  Above this many estimated kernel steps
 * in total (about a second or two), only the certificate's own pair is
 * kernel-checked and the others are reported as found by the solver. */
#define DECISION_ALL_BUDGET 100000000.0

/* Decide t with o and have the kernel check the certificate (and with
 * o->all every universal pair, within DECISION_ALL_BUDGET).  Returns the status stored in out->status;
 * reasons (solver's or kernel's) are appended to d. */
yo_status decision_make(const task *t, const represent_options *o, decision *out,
                        diag_list *d);
void decision_free(decision *x);

/* The answer line: "representable by object P, universal element u" or
 * "not representable" (needs status YO_YES / YO_NO), snprintf-style: the
 * length it needs is returned, buf may be NULL when cap is 0. */
int decision_answer(const decision *x, const task *t, char *buf, size_t cap);

/* The answer line in full, malloc'ed (the caller frees it); NULL on OOM. */
char *decision_answer_text(const decision *x, const task *t);

/* Engine by name ("direct", "z3", "naive"); 0 on success, -1 if unknown. */
int decision_engine_from_name(const char *name, represent_engine *out);

/* Monotonic wall-clock seconds. */
double decision_clock(void);

#endif
