/* encoding.h — what the solver asks of an SMT encoding of "task T is
 * representable" (encodings/yoneda.h, encodings/naive.h): one table of
 * operations, so that the SMT engines (solver/represent.c) and the SMT-LIB
 * writer (solver/smt2.c) drive either encoding without a branch per call.
 *
 * An encoding has candidates (objects P that may represent T), each with a
 * Boolean selector; a model picks a candidate and an element u of T(P),
 * and `block` excludes one (candidate, element) pair to list them all.
 *
 * Ownership: `build` returns an encoding freed with `release` (before the
 * Z3 context is deleted); what the other operations return belongs to it.
 * The task and the working category are borrowed.
 */
#ifndef YONEDA_ENC_ENCODING_H
#define YONEDA_ENC_ENCODING_H

#include <z3.h>

#include "encodings/pins.h"
#include "specs/category.h"
#include "specs/diag.h"
#include "specs/task.h"

typedef struct enc_ops {
  const char *name;   /* "Yoneda", "naive" */
  /* Build in ctx (Z3_mk_context_rc); NULL on OOM or Z3 error (reason in d).
   * named: symbols named after the spec (for SMT-LIB text a person reads),
   * else numbered. */
  void *(*build)(Z3_context ctx, const task *t, const category *work, int named,
                 diag_list *d);
  void (*release)(void *e);
  /* The constraints: their conjunction is sat iff T is representable. */
  Z3_ast_vector (*assertions)(const void *e);
  int (*candidate_count)(const void *e);
  int (*candidate_object)(const void *e, int i);
  Z3_ast (*selector)(const void *e, int i);
  /* The element u ∈ T(P) of candidate i in model m; -1 if the model does
   * not say. */
  int (*element)(const void *e, Z3_model m, int i, const task *t);
  /* ¬(selector_i ∧ element_i = u). */
  Z3_ast (*block)(void *e, int i, int u);
} enc_ops;

/* What both representability encodings (yoneda.c, naive.c) begin with:
 * their pins and their candidates.  The operations of the table that only
 * read these are the enc_head_ functions, shared by both tables (e points
 * to an encoding whose first member is its enc_head). */
typedef struct enc_head {
  enc_pins z;
  int ncand;
  int *cand;     /* the candidates' objects */
  Z3_ast *sel;   /* their selectors */
} enc_head;

/* Drop the pins and free the candidate arrays. */
void enc_head_release(enc_head *h);

Z3_ast_vector enc_head_assertions(const void *e);
int enc_head_candidate_count(const void *e);
int enc_head_candidate_object(const void *e, int i);
Z3_ast enc_head_selector(const void *e, int i);

#endif
