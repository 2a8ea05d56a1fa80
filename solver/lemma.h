/* lemma.h — the Yoneda lemma on one task (`yoneda lemma`, the `yoneda`
 * claims), computed without any search: for an object X of the working
 * category and u in T(X), the transformation alpha^u: Hom(X,-) => T is
 * f |-> T(f)(u), one tree walk over the morphisms out of X.  Untrusted: the
 * tool has kernel 5 (check_hom in proofs/check.h) check every
 * alpha^u.  Then:
 *   - alpha^u evaluated at the identity of X is u, so evaluation at the
 *     identity sends the |T(X)| checked transformations to |T(X)| distinct
 *     elements: it is onto T(X), and they are distinct;
 *   - lemma_determined checks on the instance that every morphism out of X
 *     is reached from the identity along generators (the normal-form tree),
 *     so naturality forces alpha_Y(f) = T(f)(alpha_X(id)) for every natural
 *     alpha: there are no others, and evaluation is one to one;
 *   - lemma_natural_in_x checks that the bijection is natural in X: for a
 *     generator h: X -> X' and u in T(X), alpha^u precomposed with
 *     Hom(h,-) is alpha^{T(h)(u)} (generators suffice: both sides are
 *     functorial in X).
 * Numbering: the elements of Hom(X,Y) are the morphisms of block X with
 * target Y in increasing id (as in proofs/check.h and specs/hom.h).
 *
 * Ownership: lemma_new returns an object freed with lemma_free; the task
 * and category are borrowed.
 */
#ifndef YONEDA_LEMMA_H
#define YONEDA_LEMMA_H

#include "specs/category.h"
#include "specs/task.h"

typedef struct lemma lemma;

/* work: the task's working category (its own, or the opposite for a
 * contravariant task), enumerated.  NULL on OOM. */
lemma *lemma_new(const task *T, const category *work);
void lemma_free(lemma *l);

/* Prepare object X (numbering of Hom(X,-)), in time proportional to its
 * block; returns |Hom(X,-)|. */
int lemma_prepare(lemma *l, int X);
/* alpha^u: afterwards lemma_value(l, i) = T(f)(u) for the i-th morphism f
 * of the block of X (f = block_start(X) + i), which is element
 * lemma_local(l, i) of Hom(X, target f). */
void lemma_transformation(lemma *l, int u);
int lemma_value(const lemma *l, int i);
int lemma_local(const lemma *l, int i);
/* 1 when every morphism out of X is reached from the identity along its
 * normal form's tree edge; 0 and *witness = a morphism that is not. */
int lemma_determined(const lemma *l, int *witness);
/* For generator h of work out of X and u in T(X) (after
 * lemma_transformation(l, u)): 1 when alpha^u(h;f) =
 * alpha^{T(h)(u)}(f) for every f out of the target of h; 0 with *witness =
 * such an f where it fails. */
int lemma_natural_in_x(lemma *l, int h, int u, int *witness);

#endif
