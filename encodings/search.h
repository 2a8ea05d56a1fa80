/* search.h — a <search> (specs/search.h) for one size class as Z3 terms:
 * "there is a category with exactly `objects` objects and `morphisms`
 * morphisms and a task on it with at most max-elements elements per set
 * satisfying the hypothesis and violating the conclusion".
 *
 * Unknowns (all Boolean, "one-hot"): s[f][x] / t[f][x] (source / target of
 * morphism f is x), c[f][g][h] (f;g = h, first f), p[x][i] (element i is
 * in T(x); p[x][i+1] → p[x][i], so |T(x)| is the number of true p[x][i]),
 * a[f][i][j] (T(f) sends element i to element j).  Morphisms 0..objects-1
 * are the identities of objects 0..objects-1: their rows of c and a are
 * fixed terms, which is the unit law.  Constraints: s and t exactly one
 * object; c[f][g][*] exactly one morphism when target f = source g and none
 * otherwise; typing of composites; associativity for every triple of
 * non-identity morphisms; T(f) a total function from T(dom f) to T(cod f);
 * functoriality for every composable pair of non-identity morphisms.
 * Every property is an exact propositional formula over these unknowns
 * (see docs/search.md); representability is grounded: OR over P and u of
 * "u ∈ T(P) and f ↦ T(f)(u) is injective and onto every T(Y)".
 * Symmetry breaking (sound: every category has a relabelling satisfying
 * it): the non-identity morphisms are sorted by (source, target), and the
 * objects by (out-degree, in-degree) non-increasing.
 *
 * Terms live in the caller's reference-counted context; the encoding pins
 * what it creates and releases it in enc_search_free (call it before
 * deleting the context).  The search is borrowed.
 */
#ifndef YONEDA_ENC_SEARCH_H
#define YONEDA_ENC_SEARCH_H

#include <z3.h>

#include "specs/diag.h"
#include "specs/search.h"

typedef struct enc_search enc_search;

/* Build the encoding of size class (objects, morphisms), 1 <= objects <=
 * morphisms, elements per set at most search_max_elements(s).  NULL on OOM
 * or Z3 error (reason in d). */
enc_search *enc_search_new(Z3_context ctx, const search *s, int objects, int morphisms,
                           diag_list *d);
void enc_search_free(enc_search *e);

/* The constraints (owned by e). */
Z3_ast_vector enc_search_assertions(const enc_search *e);
/* "At most k elements in all the sets together" (owned by e), for finding
 * a smallest task in a class. */
Z3_ast enc_search_total_at_most(enc_search *e, int k);

/* Decode a model: source/target [morphisms], compose [morphisms^2] (f;g or
 * -1), size [objects], action [morphisms * stride] with stride =
 * max(1, max-elements) (T(f)(e) for e below the size of dom f, -1 after).
 * 0 on success, -1 if the model leaves something undetermined. */
int enc_search_decode(const enc_search *e, Z3_model m, int *source, int *target,
                      int *compose, int *size, int *action);
int enc_search_stride(const enc_search *e);

#endif
