/* yoneda.h — the Yoneda encoding of "task T is representable" as Z3 terms,
 * plus the cardinality filter shared with the direct engine.
 *
 * By the Yoneda lemma a natural transformation Hom(P,-) → T is determined by
 * u = α_P(id_P): α_Y(f) = T(f)(u).  So the only unknowns are the object P
 * (Boolean selectors p_X, exactly one true) and u (an Int with a finite
 * domain, one equality literal per element).  Only objects P that pass the
 * cardinality filter (|Hom(P,Y)| = |T(Y)| for every Y, T(P) non-empty) get
 * constraints; for them, one Int constant v_f per morphism f out of P with
 *   p_P → v_{id_P} = u,   p_P → v_f = t_g(v_parent(f))  (g = last generator
 *   of f's normal form, t_g an uninterpreted function fixed by T(g)'s table),
 *   p_P → inv_P(Y, v_f) = f                 (injectivity, linear)
 * so the encoding is linear in the candidate blocks plus the task's tables.
 * Injective + equal cardinality = bijective, hence sat ⇔ representable.
 * Elements are the integers 0..|T(X)|-1; the logic is QF_UFLIA.
 *
 * Terms live in the caller's reference-counted context; the encoding pins
 * what it creates and releases it in enc_yoneda_free (call it before
 * deleting the context).  The task and category are borrowed.
 */
#ifndef YONEDA_ENC_YONEDA_H
#define YONEDA_ENC_YONEDA_H

#include <z3.h>

#include "specs/category.h"
#include "specs/diag.h"
#include "specs/task.h"

/* ---- cardinality filter (no Z3) ------------------------------------------ */
typedef struct enc_cardinality enc_cardinality;

/* Scratch for checking |Hom(P,Y)| = |T(Y)| for all Y in O(block_size(P))
 * time.  `work` is the working category (task_category or its opposite).
 * NULL on OOM. */
enc_cardinality *enc_cardinality_new(const task *t, const category *work);
void enc_cardinality_free(enc_cardinality *c);
/* 1 if |Hom(P,Y)| = |T(Y)| for every object Y; otherwise 0 and *witness =
 * one Y where they differ (witness may be NULL). */
int enc_cardinality_check(enc_cardinality *c, int P, int *witness);

/* ---- the encoding --------------------------------------------------------- */
typedef struct enc_yoneda enc_yoneda;

/* Build the encoding in ctx (created with Z3_mk_context_rc).  NULL on OOM or
 * Z3 error (reason in d). */
enc_yoneda *enc_yoneda_new(Z3_context ctx, const task *t, const category *work,
                           diag_list *d);
void enc_yoneda_free(enc_yoneda *e);

/* The constraints (owned by e): their conjunction is sat iff T is
 * representable. */
Z3_ast_vector enc_yoneda_assertions(const enc_yoneda *e);
/* Candidates: objects that got a selector. */
int enc_yoneda_candidate_count(const enc_yoneda *e);
int enc_yoneda_candidate_object(const enc_yoneda *e, int i);
Z3_ast enc_yoneda_selector(const enc_yoneda *e, int i);
/* The Int term whose model value is the universal element when candidate i
 * is selected (here: u for every i). */
Z3_ast enc_yoneda_element(const enc_yoneda *e, int i);
/* ¬(p_i ∧ element_i = u): excludes one pair (for listing all pairs). */
Z3_ast enc_yoneda_block(enc_yoneda *e, int i, int u);

#endif
